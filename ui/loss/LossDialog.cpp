// SPDX-License-Identifier: MIT
#include "loss/LossDialog.h"

#include "ClinicContext.h"
#include "clinical/Dating.h"
#include "clinical/LossRules.h"
#include "clinical/NhsNumber.h"
#include "domain/Referral.h"
#include "loss/SignpostingPrinting.h"
#include "widgets/DateField.h"
#include "widgets/FieldRows.h"
#include "widgets/ScreenFit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace bb::ui {
namespace {

QString dayText(const QDate &date)
{
    return date.toString(QStringLiteral("ddd dd-MMM-yyyy"));
}

QString appointmentText(const Appointment &a)
{
    const QString kind =
        a.contactWeek ? QObject::tr("%1 (%2 weeks)").arg(codes::label(a.kind)).arg(*a.contactWeek)
                      : codes::label(a.kind);
    return QStringLiteral("%1 %2").arg(dayText(a.date), kind.toLower());
}

QString teamsText(const QList<Referral> &referrals)
{
    QStringList teams;
    for (const Referral &r : referrals)
        teams << codes::referralTeamLabel(r.team);
    return teams.join(QStringLiteral("; "));
}

QLabel *wrapped(const char *name)
{
    auto *label = new QLabel;
    label->setObjectName(QLatin1String(name));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

} // namespace

LossDialog::LossDialog(ClinicContext &context, const Booking &booking, QWidget *parent)
    : QDialog(parent), m_context(context), m_booking(booking), m_steps(new QStackedWidget),
      m_kind(new QComboBox), m_date(new DateField), m_notes(new QPlainTextEdit),
      m_message(makeMessageLabel()), m_done(wrapped("lossDone")), m_printMessage(makeMessageLabel())
{
    setObjectName(QStringLiteral("lossDialog"));
    setWindowTitle(tr("Record a pregnancy loss"));
    const Woman &woman = booking.woman;
    const auto dating = clinical::estimateDueDate(booking.pregnancy);
    // Whose pregnancy, in sight before anything is recorded against it.
    auto *whose = wrapped("lossWhose");
    QFont bold = whose->font();
    bold.setBold(true);
    whose->setFont(bold);
    whose->setText(
        tr("%1, %2   %3   born %4%5")
            .arg(woman.familyName.toUpper(), woman.givenName,
                 clinical::nhs::labelled(woman.nhsNumber),
                 woman.dateOfBirth.toString(QStringLiteral("dd-MMM-yyyy")),
                 dating ? tr("   EDD %1").arg(dating->edd.toString(QStringLiteral("dd-MMM-yyyy")))
                        : QString()));

    // The form.
    auto *form = new QWidget;
    m_rows = new FieldRows;
    m_kind->setObjectName(QStringLiteral("lossKind"));
    for (const QString &code : codes::lossKindCodes())
        m_kind->addItem(codes::label(*codes::lossKindFromCode(code)), code);
    m_rows->add(tr("&Kind of loss"), m_kind, QStringLiteral("kind"));
    auto *kinds = new QLabel(
        tr("A miscarriage is before 24+0 weeks; a stillbirth is a baby born dead at 24+0 or "
           "later; a neonatal death is of a baby born alive, in the first 28 days "
           "(National Bereavement Care Pathway)."));
    kinds->setWordWrap(true);
    // As wide as the fields: a form row's label keeps to its words' width unless it may grow.
    kinds->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_rows->addRow(QString(), kinds);
    m_date->setObjectName(QStringLiteral("lossDate"));
    m_date->setMaximumWidth(160);
    m_rows->add(tr("&Date of the loss"), m_date, QStringLiteral("date"));
    m_notes->setObjectName(QStringLiteral("lossNotes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 4);
    m_notes->setPlaceholderText(tr("for staff: never printed on her copy"));
    m_rows->add(tr("&Notes for staff"), m_notes, QStringLiteral("notes"));
    m_message->setObjectName(QStringLiteral("lossMessage"));
    m_record = new QPushButton(tr("&Record the loss..."));
    m_record->setObjectName(QStringLiteral("recordLoss"));
    m_record->setDefault(true);
    auto *cancel = new QPushButton(tr("Cancel"));
    cancel->setObjectName(QStringLiteral("cancelLoss"));
    connect(m_record, &QPushButton::clicked, this, &LossDialog::record);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    auto *formButtons = new QDialogButtonBox;
    formButtons->addButton(m_record, QDialogButtonBox::AcceptRole);
    formButtons->addButton(cancel, QDialogButtonBox::RejectRole);
    // The buttons are driven here: the box's accepted() would close the dialog before checking.
    auto *formLayout = new QVBoxLayout(form);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addLayout(m_rows);
    formLayout->addWidget(m_message);
    formLayout->addStretch(1);
    formLayout->addWidget(formButtons);

    // What was done, and her sheet.
    auto *done = new QWidget;
    auto *print = new QPushButton(tr("&Print her bereavement support sheet..."));
    print->setObjectName(QStringLiteral("printSignposting"));
    auto *pdf = new QPushButton(tr("Save the sheet as P&DF..."));
    pdf->setObjectName(QStringLiteral("saveSignpostingPdf"));
    auto *close = new QPushButton(tr("&Close"));
    close->setObjectName(QStringLiteral("closeLoss"));
    m_printMessage->setObjectName(QStringLiteral("signpostingMessage"));
    connect(print, &QPushButton::clicked, this, [this] {
        QString error;
        setMessage(m_printMessage, {});
        if (!previewSignposting(m_context, m_booking.pregnancy.id, this, &error))
            setMessage(m_printMessage, tr("The sheet cannot be printed: %1").arg(error));
    });
    connect(pdf, &QPushButton::clicked, this, [this] {
        QString saved;
        const QString error = saveSignpostingPdf(m_context, m_booking.pregnancy.id, this, &saved);
        setMessage(m_printMessage,
                   error.isEmpty() ? QString() : tr("The PDF was not saved: %1").arg(error));
        if (!saved.isEmpty())
            m_done->setText(m_done->text() + QStringLiteral("\n\n") +
                            tr("Her sheet is saved as %1.").arg(QDir::toNativeSeparators(saved)));
    });
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    auto *doneButtons = new QHBoxLayout;
    doneButtons->addWidget(print);
    doneButtons->addWidget(pdf);
    doneButtons->addStretch(1);
    doneButtons->addWidget(close);
    auto *doneLayout = new QVBoxLayout(done);
    doneLayout->setContentsMargins(0, 0, 0, 0);
    doneLayout->addWidget(m_done);
    doneLayout->addWidget(m_printMessage);
    doneLayout->addStretch(1);
    doneLayout->addLayout(doneButtons);

    m_steps->addWidget(form);
    m_steps->addWidget(done);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(whose);
    layout->addWidget(m_steps, 1);
    resizeWithinScreen(
        this, QSize(640, heightForWidth(640) > 0 ? heightForWidth(640) : sizeHint().height()));
    m_kind->setFocus();
}

PregnancyLoss LossDialog::typed() const
{
    PregnancyLoss loss;
    loss.pregnancyId = m_booking.pregnancy.id;
    loss.kind = *codes::lossKindFromCode(m_kind->currentData().toString());
    loss.date = m_date->date();
    loss.notes = m_notes->toPlainText().trimmed();
    return loss;
}

FieldErrors LossDialog::problems(const PregnancyLoss &loss) const
{
    if (m_date->hasProblem())
        return {{QStringLiteral("date"), tr("'%1' is not a date").arg(m_date->text())}};
    // What care::Losses::record checks the loss against: her gestation on the day, and her
    // birth when it is recorded. It checks again when recording.
    clinical::LossFacts facts;
    if (const auto dating = clinical::estimateDueDate(m_booking.pregnancy);
        dating && loss.date.isValid())
        facts.atLoss = clinical::gestationOn(dating->edd, loss.date);
    const auto birth = m_context.clinic.births.birthOf(m_booking.pregnancy.id);
    if (birth && birth.value()) {
        facts.birthDate = birth.value()->birth.date;
        for (const Baby &baby : birth.value()->birth.babies)
            (baby.outcome == BabyOutcome::LiveBirth ? facts.bornAlive : facts.stillborn) += 1;
    }
    return clinical::lossProblems(loss, facts, m_context.clock.today());
}

void LossDialog::showProblems(const FieldErrors &errors)
{
    const FieldErrors left = m_rows->show(errors);
    QStringList lines;
    for (const FieldError &e : left)
        lines << e.toString();
    setMessage(m_message, lines.isEmpty()
                              ? tr("Not recorded: correct what is marked. What you typed is kept.")
                              : tr("Not recorded: %1").arg(lines.join(QStringLiteral("; "))));
    if (!errors.isEmpty()) {
        if (QWidget *field = m_rows->fieldFor(errors.front().path))
            field->setFocus();
    }
}

QString LossDialog::consequences(const PregnancyLoss &loss) const
{
    // The appointments care::Losses::record cancels: those still booked from the day of the
    // loss, her postnatal contacts kept when a baby was born.
    QStringList cancelled;
    for (const AppointmentListing &l :
         m_context.clinic.scheduling.appointmentsOf(m_booking.pregnancy.id)) {
        const Appointment &a = l.appointment;
        if (a.status != AppointmentStatus::Booked || a.date < loss.date ||
            (postnatalCareContinues(loss.kind) && a.kind == AppointmentKind::PostnatalContact))
            continue;
        cancelled << appointmentText(a);
    }
    QStringList teams;
    for (const QString &code : clinical::referralsAfterLoss(loss.kind))
        teams << codes::referralTeamLabel(codes::teamForReferral(code).value_or(QString()));
    QStringList lines;
    if (cancelled.isEmpty())
        lines << tr("No appointment is booked from %1 on: none is cancelled.")
                     .arg(dayText(loss.date));
    else if (cancelled.size() == 1)
        lines << tr("Her appointment booked from %1 on is cancelled with the reason \"pregnancy "
                    "loss\": %2.")
                     .arg(dayText(loss.date), cancelled.front());
    else
        lines << tr("Her %1 appointments booked from %2 on are cancelled with the reason "
                    "\"pregnancy loss\": %3.")
                     .arg(cancelled.size())
                     .arg(dayText(loss.date), cancelled.join(QStringLiteral("; ")));
    lines << tr("Routine referrals not yet sent end as no longer needed; those to perinatal "
                "mental health and safeguarding stay.");
    lines << tr("Referrals made: %1.").arg(teams.join(QStringLiteral("; ")));
    lines << tr("No routine plan, reminder or letter is made for this pregnancy again.");
    if (postnatalCareContinues(loss.kind))
        lines << tr("Her postnatal care continues.");
    return lines.join(QStringLiteral("\n\u2022 ")).prepend(QStringLiteral("\u2022 "));
}

bool LossDialog::record()
{
    m_rows->clearMessages();
    setMessage(m_message, {});
    const PregnancyLoss loss = typed();
    if (const FieldErrors found = problems(loss); !found.isEmpty()) {
        showProblems(found);
        return false;
    }
    const QString kind = codes::label(loss.kind).toLower();
    if (m_context.confirm &&
        !m_context.confirm(
            this, tr("Record the %1").arg(kind),
            tr("Record the loss of this pregnancy of %1, %2: %3 on %4?\nIt cannot be "
               "undone.\n\n%5")
                .arg(m_booking.woman.familyName.toUpper(), m_booking.woman.givenName, kind,
                     dayText(loss.date), consequences(loss))))
        return false;
    const auto recorded = m_context.clinic.losses.record(loss, m_context.actor);
    if (recorded.invalid()) {
        showProblems(recorded.fieldErrors());
        return false;
    }
    if (!recorded) {
        setMessage(m_message,
                   tr("Not recorded: %1. What you typed is kept.").arg(recorded.message()));
        return false;
    }
    m_recorded = recorded.value();
    showDone();
    return true;
}

void LossDialog::showDone()
{
    const care::LossRecorded &r = *m_recorded;
    QStringList lines;
    lines << tr("Recorded: %1 on %2.")
                 .arg(codes::label(r.loss.loss.kind).toLower(), dayText(r.loss.loss.date));
    QStringList cancelled;
    for (const Appointment &a : r.cancelled)
        cancelled << appointmentText(a);
    lines << (cancelled.isEmpty() ? tr("No appointment needed cancelling.")
                                  : tr("Cancelled: %1.").arg(cancelled.join(QStringLiteral("; "))));
    if (!r.referrals.isEmpty())
        lines << tr("Referrals made, on her referrals list (Timeline page, Alt+6): %1.")
                     .arg(teamsText(r.referrals));
    if (!r.notNeeded.isEmpty())
        lines << tr("No longer needed: %1.").arg(teamsText(r.notNeeded));
    if (!r.postnatal.isEmpty()) {
        QStringList actions;
        for (const ContactAction &a : r.postnatal)
            actions << clinical::lossActionTitle(a.code);
        lines << tr("Her postnatal care continues, with: %1.")
                     .arg(actions.join(QStringLiteral("; ")));
    }
    lines << tr("Her bereavement support sheet can be printed now, or later from the Woman "
                "menu.");
    m_done->setText(lines.join(QStringLiteral("\n\n")));
    setWindowTitle(tr("Pregnancy loss recorded"));
    m_steps->setCurrentIndex(1);
    if (auto *print = findChild<QPushButton *>(QStringLiteral("printSignposting")))
        print->setFocus();
}

std::optional<care::LossRecorded> LossDialog::ask(ClinicContext &context, const Booking &booking,
                                                  QWidget *parent)
{
    LossDialog dialog(context, booking, parent);
    dialog.exec();
    return dialog.recorded();
}

} // namespace bb::ui
