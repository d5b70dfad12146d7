// SPDX-License-Identifier: MIT
#pragma once

#include "care/Losses.h"
#include "domain/Booking.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;

namespace bb::ui {

struct ClinicContext;
class DateField;
class FieldRows;

/// Recording that a pregnancy ended in a loss (National Bereavement Care Pathway): the kind,
/// its date and notes for staff. Before anything is recorded the midwife is told what follows
/// (the appointments cancelled, the referrals ended and made) and asked to go ahead; then
/// care::Losses::record does it all in one transaction. A problem shows beside its field and
/// keeps what was typed. Once recorded the dialog says what was done and offers her
/// signposting sheet of bereavement support to print.
class LossDialog : public QDialog
{
    Q_OBJECT
public:
    LossDialog(ClinicContext &context, const Booking &booking, QWidget *parent = nullptr);

    /// Asks, records and offers the sheet; what was recorded, or nothing when she cancelled.
    static std::optional<care::LossRecorded> ask(ClinicContext &context, const Booking &booking,
                                                 QWidget *parent);

    /// Checks what is typed, asks to go ahead and records the loss; false when it was not
    /// recorded (a problem is shown, or she chose not to go ahead).
    bool record();
    const std::optional<care::LossRecorded> &recorded() const { return m_recorded; }

    /// What will follow from recording the loss as typed, as the question before it says it.
    QString consequences(const PregnancyLoss &loss) const;

private:
    PregnancyLoss typed() const;
    /// The problems the rules find in the loss as typed, before asking to go ahead.
    FieldErrors problems(const PregnancyLoss &loss) const;
    void showProblems(const FieldErrors &errors);
    void showDone();

    ClinicContext &m_context;
    Booking m_booking;
    std::optional<care::LossRecorded> m_recorded;
    QStackedWidget *m_steps;
    FieldRows *m_rows = nullptr;
    QComboBox *m_kind;
    DateField *m_date;
    QPlainTextEdit *m_notes;
    QLabel *m_message;
    QPushButton *m_record = nullptr;
    QLabel *m_done;
    QLabel *m_printMessage;
};

} // namespace bb::ui
