// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Team.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QTimeEdit;

namespace bb::ui {

struct ClinicContext;
class DateField;

/// Books a new appointment or moves one: who, when, how long. Returns the appointment as typed;
/// the caller saves it, and the repository refuses double bookings and absences.
class AppointmentDialog : public QDialog
{
    Q_OBJECT
public:
    /// A new appointment (`existing` empty) or a move of `existing` (the woman stays the same).
    static std::optional<Appointment>
    ask(ClinicContext &context, const std::optional<Appointment> &existing, QWidget *parent);

private:
    AppointmentDialog(ClinicContext &context, const std::optional<Appointment> &existing,
                      QWidget *parent);
    std::optional<Appointment> typed();
    /// Lists the women whose name, NHS number or date of birth begins with what is typed.
    void findHer(const QString &typed);
    /// The woman chosen from the list, or the one whose whole NHS number is typed; 0 for none.
    qint64 chosenWoman(QString *problem) const;

    ClinicContext &m_context;
    std::optional<Appointment> m_existing;
    QLineEdit *m_nhsNumber; ///< her name or NHS number, as typed
    QListWidget *m_matches;
    QComboBox *m_clinician;
    DateField *m_date;
    QTimeEdit *m_start;
    QSpinBox *m_minutes;
    QLabel *m_message;
};

} // namespace bb::ui
