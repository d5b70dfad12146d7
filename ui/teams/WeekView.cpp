// SPDX-License-Identifier: MIT
#include "teams/WeekView.h"

#include "ClinicContext.h"
#include "clinical/NhsNumber.h"
#include "domain/RecordFlags.h"
#include "teams/AppointmentDialog.h"
#include "widgets/DateField.h"
#include "widgets/FieldRows.h"
#include "widgets/ReadOnlyTable.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace bb::ui {
namespace {
// Choices in "whose week": a team is stored as a negative id, a person as a positive one.
qint64 teamKey(qint64 teamId)
{
    return -teamId;
}
} // namespace

WeekView::WeekView(ClinicContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_whose(new QComboBox), m_week(new DateField),
      m_table(makeReadOnlyTable("weekTable",
                                {tr("Day"), tr("Time"), tr("With"), tr("Woman"), tr("Flags"),
                                 tr("What"), tr("Where"), tr("Status")},
                                RowSelection::Single)),
      m_message(makeMessageLabel())
{
    m_whose->setObjectName(QStringLiteral("weekWhose"));
    m_whose->setAccessibleName(tr("Whose week"));
    m_week->setObjectName(QStringLiteral("weekDate"));
    m_week->setAccessibleName(tr("A day in the week"));
    m_table->setAccessibleName(tr("Appointments this week"));

    auto *previous = new QPushButton(tr("< Pre&vious week"));
    auto *next = new QPushButton(tr("Ne&xt week >"));
    connect(previous, &QPushButton::clicked, this, [this] { showWeekOf(m_monday.addDays(-7)); });
    connect(next, &QPushButton::clicked, this, [this] { showWeekOf(m_monday.addDays(7)); });
    connect(m_whose, &QComboBox::activated, this, &WeekView::refresh);
    connect(m_week, &QLineEdit::editingFinished, this, [this] {
        if (m_week->date().isValid())
            showWeekOf(m_week->date());
    });
    auto *whoseLabel = new QLabel(tr("&Whose week:"));
    whoseLabel->setBuddy(m_whose);
    auto *bar = new QHBoxLayout;
    bar->addWidget(whoseLabel);
    bar->addWidget(m_whose, 1);
    bar->addWidget(previous);
    bar->addWidget(m_week);
    bar->addWidget(next);

    auto button = [this](const QString &text, const char *name, auto slot) {
        auto *b = new QPushButton(text);
        b->setObjectName(QLatin1String(name));
        connect(b, &QPushButton::clicked, this, slot);
        return b;
    };
    auto *actions = new QHBoxLayout;
    const auto record = [this] {
        if (const auto a = current())
            emit recordContact(a->id);
        else
            report(tr("Choose an appointment first."));
    };
    connect(m_table, &QTableWidget::cellActivated, this, record);
    actions->addWidget(button(tr("&Record the contact..."), "recordContact", record));
    actions->addWidget(button(tr("&Attended"), "markAttended",
                              [this] { setStatus(AppointmentStatus::Attended); }));
    actions->addWidget(button(tr("Did &not attend"), "markDidNotAttend",
                              [this] { setStatus(AppointmentStatus::DidNotAttend); }));
    actions->addWidget(button(tr("&Cancel..."), "cancelAppointment", [this] { cancel(); }));
    actions->addWidget(button(tr("&Move..."), "moveAppointment", [this] { move(); }));
    actions->addStretch();
    actions->addWidget(
        button(tr("Record an ab&sence..."), "recordAbsence", [this] { recordAbsence(); }));
    actions->addWidget(button(tr("Book &planned contacts (12 weeks)"), "bookPlanned",
                              [this] { bookPlannedContacts(); }));
    actions->addWidget(button(tr("&Book..."), "bookAppointment", [this] { book(); }));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addLayout(actions);

    for (const Team &team : m_context.clinic.staffing.teams())
        m_whose->addItem(tr("Team: %1").arg(team.name), teamKey(team.id));
    for (const Staff &s : m_context.clinic.staffing.staff())
        m_whose->addItem(s.name, s.id);
    // This week; its appointments are read when the team window shows the tab.
    const QDate today = m_context.clock.today();
    m_monday = today.addDays(1 - today.dayOfWeek());
    m_week->setDate(m_monday);
}

void WeekView::showWeekOf(const QDate &date)
{
    m_monday = date.addDays(1 - date.dayOfWeek());
    m_week->setDate(m_monday);
    refresh();
}

void WeekView::refresh()
{
    const qint64 whose = m_whose->currentData().toLongLong();
    QSet<qint64> clinicians;
    if (whose < 0) {
        for (const Staff &s : m_context.clinic.staffing.members(-whose))
            clinicians.insert(s.id);
    } else {
        clinicians.insert(whose);
    }
    QList<AppointmentListing> rows;
    for (const AppointmentListing &row :
         m_context.clinic.scheduling.appointmentsBetween(m_monday, m_monday.addDays(6))) {
        if (clinicians.contains(row.appointment.clinicianId))
            rows << row;
    }
    // Her flags beside each appointment, read for the week's women at once.
    QList<qint64> women;
    for (const AppointmentListing &row : std::as_const(rows))
        women << row.womanId;
    const auto flags = m_context.clinic.women.flagsOf(women, m_context.actor);
    m_shown.clear();
    m_table->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        const Appointment &a = rows[i].appointment;
        m_shown << a;
        const QString what = a.contactWeek
                                 ? tr("%1 (%2 weeks)").arg(codes::label(a.kind)).arg(*a.contactWeek)
                                 : codes::label(a.kind);
        const QStringList cells{
            a.date.toString(QStringLiteral("ddd dd-MMM")),
            a.isTimed() ? QStringLiteral("%1-%2").arg(a.start.toString(QStringLiteral("HH:mm")),
                                                      a.end.toString(QStringLiteral("HH:mm")))
                        : QString(),
            rows[i].clinicianName,
            // Her name first, as the midwife knows her; the number tells two Asha Patels apart.
            QStringLiteral("%1  %2").arg(rows[i].womanName,
                                         clinical::nhs::listed(rows[i].nhsNumber)),
            flags ? flagText(flags.value().value(rows[i].womanId), FlagStyle::List) : QString(),
            what, rows[i].venueName, codes::label(a.status)};
        setRowCells(m_table, i, cells);
    }
    m_table->resizeColumnsToContents();
    setMessage(m_message,
               flags ? QString() : tr("Their flags could not be read: %1").arg(flags.message()));
}

std::optional<Appointment> WeekView::current() const
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_shown.size())
        return std::nullopt;
    return m_shown[row];
}

void WeekView::report(const QString &error)
{
    setMessage(m_message, error);
}

bool WeekView::setStatus(AppointmentStatus status, const QString &reason)
{
    auto a = current();
    if (!a) {
        report(tr("Choose an appointment first."));
        return false;
    }
    const auto changed =
        m_context.clinic.scheduling.setAppointmentStatus({a->id, status, reason}, m_context.actor);
    if (!changed) {
        report(changed.message());
        return false;
    }
    const int row = m_table->currentRow();
    refresh();
    m_table->selectRow(row);
    return true;
}

void WeekView::cancel()
{
    if (!current())
        return report(tr("Choose an appointment first."));
    bool ok = false;
    const QString reason =
        QInputDialog::getText(this, tr("Cancel the appointment"), tr("Why is it cancelled?"),
                              QLineEdit::Normal, QString(), &ok);
    if (ok && !reason.trimmed().isEmpty())
        setStatus(AppointmentStatus::Cancelled, reason.trimmed());
    else if (ok)
        report(tr("A cancellation needs a reason."));
}

void WeekView::move()
{
    const auto a = current();
    if (!a)
        return report(tr("Choose an appointment first."));
    auto moved = AppointmentDialog::ask(m_context, a, this);
    if (!moved)
        return;
    const auto replacement = m_context.clinic.scheduling.moveAppointment(
        {a->id, *moved, tr("moved by the midwife")}, m_context.actor);
    if (!replacement)
        return report(replacement.message());
    showWeekOf(replacement->date);
}

void WeekView::recordAbsence()
{
    const qint64 whose = m_whose->currentData().toLongLong();
    if (whose <= 0)
        return report(tr("Choose a person in \"Whose week\" first: an absence is one person's."));
    bool ok = false;
    const QString from = QInputDialog::getText(
        this, tr("Record an absence"), tr("First day away (dd/mm/yyyy):"), QLineEdit::Normal,
        m_monday.toString(QStringLiteral("dd/MM/yyyy")), &ok);
    if (!ok)
        return;
    const QString to =
        QInputDialog::getText(this, tr("Record an absence"), tr("Last day away (dd/mm/yyyy):"),
                              QLineEdit::Normal, from, &ok);
    if (!ok)
        return;
    QStringList reasons;
    for (const QString &code : codes::absenceReasonCodes())
        reasons << codes::label(*codes::absenceReasonFromCode(code));
    const QString reason =
        QInputDialog::getItem(this, tr("Record an absence"), tr("Why:"), reasons, 0, false, &ok);
    if (!ok)
        return;
    Absence absence;
    absence.staffId = whose;
    absence.from = DateField::parse(from);
    absence.to = DateField::parse(to);
    absence.reason =
        *codes::absenceReasonFromCode(codes::absenceReasonCodes().at(reasons.indexOf(reason)));
    if (!absence.from.isValid() || !absence.to.isValid() || absence.to < absence.from)
        return report(tr("Those are not two real dates, the first before the last."));
    const auto result =
        m_context.clinic.scheduling.recordAbsenceAndRebook(absence, m_context.actor);
    if (!result)
        return report(result.message());
    refresh();
    // What could not be moved stays booked with her: someone has to ring these women.
    const int moved = int(result->rebooked.size());
    QStringList lines{
        moved == 1 ? tr("Absence recorded. 1 appointment moved to a colleague.")
                   : tr("Absence recorded. %1 appointments moved to colleagues.").arg(moved)};
    for (const auto &left : result->toActOn)
        lines << tr("Could not move: %1, week %2: %3")
                     .arg(clinical::nhs::listed(left.contact.nhsNumber))
                     .arg(left.contact.week)
                     .arg(left.reason);
    setMessage(m_message, lines.join(QLatin1Char('\n')));
}

void WeekView::bookPlannedContacts()
{
    // Every care plan's contacts from this week on, named midwife first, then her team.
    const qint64 whose = m_whose->currentData().toLongLong();
    QString team;
    if (whose < 0) {
        if (const auto t = m_context.clinic.staffing.teamById(-whose))
            team = t->name;
    }
    const auto summary =
        m_context.clinic.scheduling.runSchedule({m_monday, 12, team}, m_context.actor);
    if (!summary)
        return report(summary.message());
    refresh();
    QStringList lines{tr("Booked %1 contacts: %2% with her named midwife, %3% within her team.")
                          .arg(summary->booked)
                          .arg(summary->withNamedMidwifePercent, 0, 'f', 1)
                          .arg(summary->withTeamPercent, 0, 'f', 1)};
    for (const auto &left : summary->unplaced)
        lines << tr("Not booked: %1, week %2: %3")
                     .arg(clinical::nhs::listed(left.contact.nhsNumber))
                     .arg(left.contact.week)
                     .arg(left.reason);
    setMessage(m_message, lines.join(QLatin1Char('\n')));
}

void WeekView::book()
{
    const auto typed = AppointmentDialog::ask(m_context, std::nullopt, this);
    if (!typed)
        return;
    const auto booked = m_context.clinic.scheduling.addAppointment(*typed, m_context.actor);
    if (!booked)
        return report(booked.message());
    showWeekOf(booked->date);
}

} // namespace bb::ui
