// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Booking.h"
#include "forms/StageForm.h"

class QLabel;
class QTableWidget;

namespace bb::ui {

/// Her pregnancy on one timeline: the booking, each antenatal contact and each care-plan
/// version, newest first, with its date and gestation. Read only; it follows what the other
/// pages save.
class TimelinePage : public StageForm
{
    Q_OBJECT
public:
    explicit TimelinePage(ClinicContext &context, QWidget *parent = nullptr);

    /// Nothing is typed here, so there is nothing to save.
    bool save() override { return true; }
    void openPregnancy(const Booking &booking) override;
    QTableWidget *table() const { return m_table; }

protected:
    QString recordKey() const override;
    void showSavedValue() override;
    void showEvent(QShowEvent *event) override;

private:
    qint64 m_pregnancyId = 0;
    QTableWidget *m_table;
    QLabel *m_message;
};

} // namespace bb::ui
