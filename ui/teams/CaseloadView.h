// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace bb::ui {

struct ClinicContext;

/// Caseloads by team and named midwife: each woman with her EDD and gestation today (the list
/// NHS England's maternity catalogue asks for), and the women not yet given a named midwife.
/// Counts come from one aggregate query; each list is read a page at a time.
class CaseloadView : public QWidget
{
    Q_OBJECT
public:
    explicit CaseloadView(ClinicContext &context, QWidget *parent = nullptr);
    void refresh();
    QTreeWidget *tree() const { return m_tree; }

signals:
    void openWoman(qint64 womanId);

private:
    /// Marks `list` as the caseload of `midwifeId` in `teamId` (0 and 0: waiting for one).
    static void setList(QTreeWidgetItem *list, qint64 teamId, qint64 midwifeId, int total);
    /// Lists the next page of women under `list`, and a row that lists more if there are more.
    void addPage(QTreeWidgetItem *list);

    ClinicContext &m_context;
    QComboBox *m_team;
    QTreeWidget *m_tree;
    QLabel *m_summary;
    int m_generation = 0; ///< counts refreshes, so a queued page load knows its rows still exist
};

} // namespace bb::ui
