// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Booking.h"

#include <QFrame>

class QLabel;

namespace bb::ui {

/// What the rules make of the booking so far: EDD and how it was set, gestation at booking and
/// today, BMI, age at booking, and warnings that do not stop saving.
class BookingSummary : public QFrame
{
    Q_OBJECT
public:
    explicit BookingSummary(QWidget *parent = nullptr);
    void showBooking(const Booking &booking, const QDate &today);

private:
    QLabel *m_edd;
    QLabel *m_gestationAtBooking;
    QLabel *m_gestationToday;
    QLabel *m_bmi;
    QLabel *m_age;
    QLabel *m_warnings;
};

} // namespace bb::ui
