// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Team.h"

#include <QDate>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QTableWidget;

namespace bb::ui {

struct ClinicContext;
class DateField;

/// A midwife's or a team's week of appointments, where an appointment is booked, moved, or
/// marked attended, did not attend or cancelled.
class WeekView : public QWidget
{
    Q_OBJECT
public:
    explicit WeekView(ClinicContext &context, QWidget *parent = nullptr);
    void refresh();
    void showWeekOf(const QDate &date);

    QTableWidget *table() const { return m_table; }
    /// The appointment on the highlighted row, if any.
    std::optional<Appointment> current() const;
    bool setStatus(AppointmentStatus status, const QString &reason = {});

signals:
    /// The midwife asked to record what happened at this appointment (Enter or a double click
    /// on it, or the button).
    void recordContact(qint64 appointmentId);

private:
    void book();
    void move();
    void cancel();
    void recordAbsence();
    void bookPlannedContacts();
    void report(const QString &error);

    ClinicContext &m_context;
    QComboBox *m_whose;
    DateField *m_week;
    QTableWidget *m_table;
    QLabel *m_message;
    QList<Appointment> m_shown; ///< one for each row of the table, in its order
    QDate m_monday;
};

} // namespace bb::ui
