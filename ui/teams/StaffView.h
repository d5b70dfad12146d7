// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QLabel;
class QTableWidget;

namespace bb::ui {

struct ClinicContext;

/// Staff and teams: who works where, her role, FTE, skills and working days; each team's kind,
/// base, the postcode areas it covers and its caseload target.
class StaffView : public QWidget
{
    Q_OBJECT
public:
    explicit StaffView(ClinicContext &context, QWidget *parent = nullptr);
    void refresh();
    QTableWidget *staffTable() const { return m_staff; }

private:
    /// Why who is using the app may not change staff or teams; empty when she may.
    QString mayNotAdminister() const;
    void editStaff(qint64 id);
    void editTeam(qint64 id);

    ClinicContext &m_context;
    QTableWidget *m_staff;
    QTableWidget *m_teams;
    QLabel *m_message;
};

} // namespace bb::ui
