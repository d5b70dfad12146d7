// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Team.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QTableWidget;

namespace bb::ui {

struct ClinicContext;
class DateField;

/// Naming her midwife: the team that covers her postcode and its midwives ranked by capacity
/// (FTE × caseload target against their current caseloads) and by how many of their women are due
/// the same month. The midwife confirms the first or picks another.
class AllocationDialog : public QDialog
{
    Q_OBJECT
public:
    static std::optional<Allocation> ask(ClinicContext &context, qint64 pregnancyId,
                                         QWidget *parent);

    AllocationDialog(ClinicContext &context, qint64 pregnancyId, QWidget *parent = nullptr);
    std::optional<Allocation> chosen() const;
    QTableWidget *midwives() const { return m_midwives; }

private:
    void showTeam();

    ClinicContext &m_context;
    qint64 m_pregnancyId;
    qint64 m_suggestedTeam = 0;
    QComboBox *m_team;
    QTableWidget *m_midwives;
    DateField *m_date;
    QLabel *m_reason;
};

} // namespace bb::ui
