// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Referral.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace bb::ui {

struct ClinicContext;
class DateField;
class FieldRows;

/// Her referrals for the pregnancy shown, as items of work: each with its team, what made it,
/// its status, when it was made and sent, and who last changed it. Safeguarding referrals are
/// listed too: this is a staff screen. The one chosen is moved on (sent, accepted, seen,
/// declined, not needed) with its date and a note, by keyboard; its history shows beside.
class ReferralsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ReferralsPanel(ClinicContext &context, QWidget *parent = nullptr);

    /// Lists the referrals of a pregnancy (0: none).
    void showPregnancy(qint64 pregnancyId);
    /// Moves the chosen referral on as typed; false when it was not (a problem is shown).
    bool recordChange();

    QTableWidget *table() const { return m_table; }
    const QList<Referral> &referrals() const { return m_referrals; }

private:
    void fill();
    void showChosen();
    /// The referral on the table's current row; null when none is chosen.
    const Referral *chosen() const;

    ClinicContext &m_context;
    qint64 m_pregnancyId = 0;
    QList<Referral> m_referrals;
    QTableWidget *m_table;
    QWidget *m_move; ///< the form that moves the chosen referral on
    FieldRows *m_rows = nullptr;
    QComboBox *m_status;
    DateField *m_date;
    QLineEdit *m_note;
    QPushButton *m_record;
    QLabel *m_history;
    QLabel *m_message;
    QLabel *m_outcome;
};

} // namespace bb::ui
