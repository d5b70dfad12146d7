// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Booking.h"
#include "forms/StageForm.h"

class QLabel;
class QTableWidget;

namespace bb::ui {

class ReferralsPanel;

/// Her pregnancy on one timeline: the booking, each antenatal contact and each care-plan
/// version, newest first, with its date and gestation. Read only; it follows what the other
/// pages save. Below it her referrals, each moved on from here as the teams answer.
class TimelinePage : public StageForm
{
    Q_OBJECT
public:
    explicit TimelinePage(ClinicContext &context, QWidget *parent = nullptr);

    /// Nothing is typed here, so there is nothing to save.
    bool save() override { return true; }
    void openPregnancy(const Booking &booking) override;
    QTableWidget *table() const { return m_table; }
    ReferralsPanel *referrals() const { return m_referrals; }

protected:
    QString recordKey() const override;
    void showSavedValue() override;
    /// Nothing here waits for Ctrl+S: a referral's change is recorded by its own button.
    QWidget *inputsRoot() override;
    void showEvent(QShowEvent *event) override;

private:
    qint64 m_pregnancyId = 0;
    QTableWidget *m_table;
    QLabel *m_message;
    ReferralsPanel *m_referrals;
};

} // namespace bb::ui
