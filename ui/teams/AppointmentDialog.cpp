// SPDX-License-Identifier: MIT
#include "teams/AppointmentDialog.h"

#include "ClinicContext.h"
#include "clinical/NhsNumber.h"
#include "domain/RecordFlags.h"
#include "widgets/DateField.h"
#include "widgets/FieldRows.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace bb::ui {

AppointmentDialog::AppointmentDialog(ClinicContext &context,
                                     const std::optional<Appointment> &existing, QWidget *parent)
    : QDialog(parent), m_context(context), m_existing(existing), m_nhsNumber(new QLineEdit),
      m_matches(new QListWidget), m_clinician(new QComboBox), m_date(new DateField),
      m_start(new QTimeEdit), m_minutes(new QSpinBox), m_message(makeMessageLabel())
{
    setWindowTitle(existing ? tr("Move an appointment") : tr("Book an appointment"));
    m_nhsNumber->setObjectName(QStringLiteral("appointmentNhsNumber"));
    m_clinician->setObjectName(QStringLiteral("appointmentClinician"));
    m_date->setObjectName(QStringLiteral("appointmentDate"));
    m_start->setObjectName(QStringLiteral("appointmentStart"));
    m_minutes->setObjectName(QStringLiteral("appointmentMinutes"));
    m_start->setDisplayFormat(QStringLiteral("HH:mm"));
    m_minutes->setRange(10, 180);
    m_minutes->setSingleStep(5);
    m_minutes->setValue(30);
    for (const Staff &s : m_context.clinic.staffing.staff())
        m_clinician->addItem(QStringLiteral("%1 (%2)").arg(s.name, codes::label(s.role)), s.id);

    auto *rows = new FieldRows;
    m_matches->setObjectName(QStringLiteral("appointmentMatches"));
    m_matches->setAccessibleName(tr("Women found"));
    m_matches->setMaximumHeight(m_matches->fontMetrics().height() * 7);
    m_nhsNumber->setPlaceholderText(tr("name, NHS number or date of birth"));
    rows->add(tr("&Her name or NHS number"), m_nhsNumber, QStringLiteral("appointment.nhs_number"),
              tr("Type her name, NHS number or date of birth, then choose her from the list"));
    rows->add(tr("Women &found"), m_matches);
    connect(m_nhsNumber, &QLineEdit::textEdited, this, &AppointmentDialog::findHer);
    rows->add(tr("&With"), m_clinician, QStringLiteral("appointment.clinician_id"));
    rows->add(tr("&Date"), m_date, QStringLiteral("appointment.date"));
    rows->add(tr("&Start"), m_start, QStringLiteral("appointment.start"));
    rows->add(tr("&Minutes"), m_minutes);
    if (existing) {
        m_nhsNumber->setEnabled(false);
        m_matches->setEnabled(false);
        const auto booking = m_context.clinic.women.booking(existing->pregnancyId);
        if (!booking)
            setMessage(m_message, booking.message());
        else if (booking.value())
            m_nhsNumber->setText(clinical::nhs::format(booking.value()->woman.nhsNumber));
        m_clinician->setCurrentIndex(std::max(0, m_clinician->findData(existing->clinicianId)));
        m_date->setDate(existing->date);
        m_start->setTime(existing->start.isValid() ? existing->start : QTime(9, 0));
        if (existing->isTimed())
            m_minutes->setValue(existing->start.secsTo(existing->end) / 60);
    } else {
        m_date->setDate(m_context.clock.today());
        m_start->setTime(QTime(9, 0));
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (typed())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(rows);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
}

std::optional<Appointment> AppointmentDialog::typed()
{
    Appointment a = m_existing.value_or(Appointment{});
    a.id = 0;
    a.status = AppointmentStatus::Booked;
    a.reason.clear();
    if (!m_existing) {
        QString problem;
        const qint64 womanId = chosenWoman(&problem);
        const auto pregnancies = womanId != 0 ? m_context.clinic.women.pregnancies(womanId)
                                              : care::Outcome<QList<Pregnancy>>(QList<Pregnancy>{});
        if (!pregnancies) {
            setMessage(m_message, pregnancies.message());
            return std::nullopt;
        }
        if (pregnancies.value().isEmpty()) {
            setMessage(m_message,
                       problem.isEmpty() ? tr("She has no pregnancy in care.") : problem);
            return std::nullopt;
        }
        a.pregnancyId = pregnancies.value().front().id;
        a.kind = AppointmentKind::AntenatalContact;
    }
    if (!m_date->date().isValid()) {
        setMessage(m_message, tr("The date is not a real date (dd/mm/yyyy)."));
        return std::nullopt;
    }
    a.clinicianId = m_clinician->currentData().toLongLong();
    a.date = m_date->date();
    a.start = m_start->time();
    a.end = a.start.addSecs(m_minutes->value() * 60);
    return a;
}

void AppointmentDialog::findHer(const QString &typed)
{
    m_matches->clear();
    if (typed.trimmed().size() < 2)
        return;
    const auto found = m_context.clinic.women.search(typed, 8, m_context.actor);
    for (const WomanSummary &w : found.women) {
        const QString flags = flagText(found.flags.value(w.id), FlagStyle::List);
        auto *item = new QListWidgetItem(
            QStringLiteral("%1, %2   %3   born %4")
                .arg(w.familyName.toUpper(), w.givenName, clinical::nhs::listed(w.nhsNumber),
                     w.dateOfBirth.toString(QStringLiteral("dd-MMM-yyyy"))) +
            (flags.isEmpty() ? QString() : QStringLiteral("   ") + flags));
        item->setData(Qt::UserRole, w.id);
        m_matches->addItem(item);
    }
    // One match is chosen already; with several, she picks (Tab, then the arrow keys).
    if (m_matches->count() > 0)
        m_matches->setCurrentRow(0);
}

qint64 AppointmentDialog::chosenWoman(QString *problem) const
{
    if (const QListWidgetItem *item = m_matches->currentItem())
        return item->data(Qt::UserRole).toLongLong();
    const QString typed = m_nhsNumber->text();
    if (const QString nhs = clinical::nhs::identifierProblem(typed); !nhs.isEmpty()) {
        *problem = typed.trimmed().isEmpty() ? tr("Type her name or NHS number.")
                                             : tr("No woman found for \"%1\".").arg(typed);
        return 0;
    }
    const auto woman = m_context.clinic.women.byNhsNumber(clinical::nhs::normalise(typed));
    if (!woman)
        *problem =
            tr("No woman with %1.").arg(clinical::nhs::labelled(clinical::nhs::normalise(typed)));
    return woman ? woman->id : 0;
}

std::optional<Appointment> AppointmentDialog::ask(ClinicContext &context,
                                                  const std::optional<Appointment> &existing,
                                                  QWidget *parent)
{
    AppointmentDialog dialog(context, existing, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.typed();
}

} // namespace bb::ui
