// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QTreeWidget;

namespace bb::ui {

struct ClinicContext;

/// Caseloads by team and named midwife: each woman with her EDD and gestation today (the list
/// NHS England's maternity catalogue asks for), and the women not yet given a named midwife.
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
    ClinicContext &m_context;
    QComboBox *m_team;
    QTreeWidget *m_tree;
    QLabel *m_summary;
};

} // namespace bb::ui
