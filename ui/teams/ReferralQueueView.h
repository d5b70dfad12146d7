// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Referral.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace bb::ui {

struct ClinicContext;

/// A specialist team's referral queue (or every team's, or the safeguarding team's own): each
/// referral with whom it is for, its status and dates, and a late flag in words for one not sent
/// within two working days of being made. A referral is moved on (sent, accepted, seen, declined,
/// not needed) and its history read from here; Enter or a double click opens her record.
/// Safeguarding referrals are listed in the safeguarding queue only.
class ReferralQueueView : public QWidget
{
    Q_OBJECT
public:
    explicit ReferralQueueView(ClinicContext &context, QWidget *parent = nullptr);
    /// Reads the chosen queue again, keeping the highlighted referral highlighted.
    void refresh();

    QTableWidget *table() const { return m_table; }
    QComboBox *team() const { return m_team; }
    /// What the view says above the table: how many and how many late, or why none.
    QLabel *summary() const { return m_summary; }
    /// What was saved last, until the queue is read again.
    QLabel *done() const { return m_done; }
    /// The referral on the highlighted row, if any.
    std::optional<ReferralListing> current() const;
    /// Shows the queue of `team` (a code of codes::referralTeamCodes(), or empty for every team).
    void showTeam(const QString &team);

signals:
    void openWoman(qint64 womanId);
    /// A referral was moved on: other lists that show it (a midwife's day) are out of date.
    void referralChanged(qint64 referralId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fitColumns();
    void moveOn();
    void showHistory();
    void fillTable();

    ClinicContext &m_context;
    QComboBox *m_team;
    QLabel *m_summary;
    QTableWidget *m_table;
    QLabel *m_message;
    QLabel *m_done; ///< what was saved last
    QPushButton *m_moveOn;
    QPushButton *m_history;
    QPushButton *m_open;
    QList<ReferralListing> m_shown; ///< one for each row of the table, in its order
    QList<int> m_natural;           ///< each column's width for its contents
};

} // namespace bb::ui
