// SPDX-License-Identifier: MIT
#include "loss/EnteredInErrorDialog.h"

#include "ClinicContext.h"
#include "clinical/Dating.h"
#include "clinical/NhsNumber.h"
#include "widgets/FieldRows.h"
#include "widgets/ScreenFit.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace bb::ui {

EnteredInErrorDialog::EnteredInErrorDialog(ClinicContext &context, const Booking &booking,
                                           QWidget *parent)
    : QDialog(parent), m_context(context), m_booking(booking), m_pregnancy(new QRadioButton),
      m_woman(new QRadioButton), m_reason(new QPlainTextEdit), m_message(makeMessageLabel())
{
    setObjectName(QStringLiteral("enteredInErrorDialog"));
    setWindowTitle(tr("Mark as entered in error"));
    const Woman &woman = booking.woman;
    auto *whose = new QLabel(tr("%1, %2   %3   born %4")
                                 .arg(woman.familyName.toUpper(), woman.givenName,
                                      clinical::nhs::labelled(woman.nhsNumber),
                                      woman.dateOfBirth.toString(QStringLiteral("dd-MMM-yyyy"))));
    QFont bold = whose->font();
    bold.setBold(true);
    whose->setFont(bold);
    auto *what = new QLabel(
        tr("For a record that should never have been made: a pregnancy that was not hers, or a "
           "woman registered twice. It is hidden from every list and kept for the record. A "
           "pregnancy that ended is recorded as a loss or a birth instead."));
    what->setWordWrap(true);

    const auto dating = clinical::estimateDueDate(booking.pregnancy);
    m_pregnancy->setObjectName(QStringLiteral("errorPregnancy"));
    m_pregnancy->setText(
        dating ? tr("&This pregnancy (booked %1, EDD %2)")
                     .arg(booking.pregnancy.bookingDate.toString(QStringLiteral("dd-MMM-yyyy")),
                          dating->edd.toString(QStringLiteral("dd-MMM-yyyy")))
               : tr("&This pregnancy (booked %1)")
                     .arg(booking.pregnancy.bookingDate.toString(QStringLiteral("dd-MMM-yyyy"))));
    m_woman->setObjectName(QStringLiteral("errorWoman"));
    m_woman->setText(tr("Her &whole record: her registration and every pregnancy"));
    const bool pregnancySaved = booking.pregnancy.id != 0;
    m_pregnancy->setEnabled(pregnancySaved);
    (pregnancySaved ? m_pregnancy : m_woman)->setChecked(true);

    m_rows = new FieldRows;
    m_reason->setObjectName(QStringLiteral("errorReason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setFixedHeight(m_reason->fontMetrics().lineSpacing() * 3);
    m_reason->setPlaceholderText(tr("e.g. booked against the wrong woman; registered twice"));
    m_rows->add(tr("&Reason"), m_reason, QStringLiteral("reason"));
    m_message->setObjectName(QStringLiteral("errorMessage"));

    auto *mark = new QPushButton(tr("&Mark as entered in error..."));
    mark->setObjectName(QStringLiteral("markInError"));
    auto *cancel = new QPushButton(tr("Cancel"));
    connect(mark, &QPushButton::clicked, this, &EnteredInErrorDialog::mark);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    auto *buttons = new QDialogButtonBox;
    buttons->addButton(mark, QDialogButtonBox::AcceptRole);
    buttons->addButton(cancel, QDialogButtonBox::RejectRole);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(whose);
    layout->addWidget(what);
    layout->addWidget(m_pregnancy);
    layout->addWidget(m_woman);
    layout->addLayout(m_rows);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resizeWithinScreen(this, QSize(600, sizeHint().height()));
    (pregnancySaved ? m_pregnancy : m_woman)->setFocus();
}

int EnteredInErrorDialog::bookedAppointments(bool wholeRecord) const
{
    QList<qint64> pregnancies;
    if (!wholeRecord) {
        pregnancies << m_booking.pregnancy.id;
    } else if (const auto hers = m_context.clinic.women.pregnancies(m_booking.woman.id)) {
        for (const Pregnancy &p : hers.value())
            pregnancies << p.id;
    }
    int booked = 0;
    for (const qint64 id : pregnancies) {
        for (const AppointmentListing &l : m_context.clinic.scheduling.appointmentsOf(id))
            booked += l.appointment.status == AppointmentStatus::Booked ? 1 : 0;
    }
    return booked;
}

bool EnteredInErrorDialog::mark()
{
    m_rows->clearMessages();
    setMessage(m_message, {});
    const bool whole = m_woman->isChecked();
    const QString reason = m_reason->toPlainText().trimmed();
    if (reason.isEmpty()) {
        m_rows->show({{QStringLiteral("reason"), tr("say why it was entered in error")}});
        m_reason->setFocus();
        return false;
    }
    const Woman &woman = m_booking.woman;
    const int booked = bookedAppointments(whole);
    const QString cancelled =
        booked == 0   ? tr("No appointment is booked for it.")
        : booked == 1 ? tr("Her appointment still booked is cancelled with the reason \"entered "
                           "in error\".")
                      : tr("Her %1 appointments still booked are cancelled with the reason "
                           "\"entered in error\".")
                            .arg(booked);
    const QString question =
        whole ? tr("Mark the whole record of %1, %2 as entered in error?\n\n\u2022 She is "
                   "listed nowhere: not found by a search, in no caseload, queue or list.\n"
                   "\u2022 %3\n\u2022 Her record is kept, with the reason, for the record.")
                    .arg(woman.familyName.toUpper(), woman.givenName, cancelled)
              : tr("Mark this pregnancy of %1, %2 as entered in error?\n\n\u2022 It is listed "
                   "nowhere and no care is planned for it.\n\u2022 %3\n\u2022 It is kept, with "
                   "the reason, for the record.")
                    .arg(woman.familyName.toUpper(), woman.givenName, cancelled);
    if (m_context.confirm && !m_context.confirm(this, tr("Mark as entered in error"), question))
        return false;
    const auto done = m_context.clinic.losses.enterInError(
        woman.id, whole ? 0 : m_booking.pregnancy.id, reason, m_context.actor);
    if (done.invalid()) {
        const FieldErrors left = m_rows->show(done.fieldErrors());
        QStringList lines;
        for (const FieldError &e : left)
            lines << e.toString();
        setMessage(m_message, lines.isEmpty()
                                  ? tr("Not marked: correct what is marked above.")
                                  : tr("Not marked: %1").arg(lines.join(QStringLiteral("; "))));
        return false;
    }
    if (!done) {
        setMessage(m_message, tr("Not marked: %1. What you typed is kept.").arg(done.message()));
        return false;
    }
    m_marked = whole ? Marked::Woman : Marked::Pregnancy;
    accept();
    return true;
}

EnteredInErrorDialog::Marked EnteredInErrorDialog::ask(ClinicContext &context,
                                                       const Booking &booking, QWidget *parent)
{
    EnteredInErrorDialog dialog(context, booking, parent);
    dialog.exec();
    return dialog.marked();
}

} // namespace bb::ui
