// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;

namespace bb::ui {

struct ClinicContext;
class WomanSearchModel;

/// Find a woman as you type: name, NHS number, date of birth or postcode.
class SearchPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SearchPanel(ClinicContext &context, QWidget *parent = nullptr);

    void focusSearch();
    /// Runs the search again (after a save changed what it would find).
    void refresh();
    QLineEdit *searchField() const { return m_field; }
    QTableView *resultsView() const { return m_results; }

signals:
    void womanChosen(qint64 womanId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void search();
    void chooseCurrent();

    ClinicContext &m_context;
    QLineEdit *m_field;
    QTableView *m_results;
    QLabel *m_status;
    WomanSearchModel *m_model;
};

} // namespace bb::ui
