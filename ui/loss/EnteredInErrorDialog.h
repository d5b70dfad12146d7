// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Booking.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QRadioButton;

namespace bb::ui {

struct ClinicContext;
class FieldRows;

/// Marking a pregnancy, or her whole record, as entered in error: it was never hers, or she
/// was registered twice. Unlike a loss nothing clinical happened: what was entered is hidden
/// from every list and kept for the record (care::Losses::enterInError). A reason is required;
/// before anything is marked the midwife is told what follows and asked to go ahead.
class EnteredInErrorDialog : public QDialog
{
    Q_OBJECT
public:
    /// What was marked.
    enum class Marked
    {
        Nothing,
        Pregnancy,
        Woman
    };

    /// `booking` is the pregnancy shown; with no saved pregnancy only her whole record can be
    /// marked.
    EnteredInErrorDialog(ClinicContext &context, const Booking &booking, QWidget *parent = nullptr);

    static Marked ask(ClinicContext &context, const Booking &booking, QWidget *parent);

    /// Checks the reason, asks to go ahead and marks; false when nothing was marked.
    bool mark();
    Marked marked() const { return m_marked; }

private:
    /// How many of the appointments still booked for the pregnancies marked would be cancelled.
    int bookedAppointments(bool wholeRecord) const;

    ClinicContext &m_context;
    Booking m_booking;
    Marked m_marked = Marked::Nothing;
    QRadioButton *m_pregnancy;
    QRadioButton *m_woman;
    QPlainTextEdit *m_reason;
    FieldRows *m_rows = nullptr;
    QLabel *m_message;
};

} // namespace bb::ui
