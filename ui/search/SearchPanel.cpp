// SPDX-License-Identifier: MIT
#include "search/SearchPanel.h"

#include "ClinicContext.h"
#include "search/WomanSearchModel.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace bb::ui {

namespace {
constexpr int kMaxResults = 50;
}

SearchPanel::SearchPanel(ClinicContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_field(new QLineEdit), m_results(new QTableView),
      m_status(new QLabel), m_model(new WomanSearchModel(this))
{
    m_field->setObjectName(QStringLiteral("searchField"));
    m_field->setPlaceholderText(tr("Find a woman: name, NHS number, date of birth or postcode"));
    m_field->setAccessibleName(tr("Find a woman"));
    m_field->setClearButtonEnabled(true);
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setAccessibleName(tr("Women found"));
    m_results->setModel(m_model);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setAlternatingRowColors(true);
    m_results->verticalHeader()->hide();
    m_results->horizontalHeader()->setStretchLastSection(true);
    m_results->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Her flags beside her name, as wide as a short flag or two so the columns that tell women
    // apart stay in sight; the rest of a long line is in the row's tooltip.
    m_results->horizontalHeader()->setSectionResizeMode(WomanSearchModel::Flags,
                                                        QHeaderView::Interactive);
    m_results->horizontalHeader()->resizeSection(WomanSearchModel::Flags,
                                                 m_results->fontMetrics().averageCharWidth() * 24);
    m_results->setTabKeyNavigation(false);
    m_status->setObjectName(QStringLiteral("searchStatus"));
    m_status->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_field);
    layout->addWidget(m_status);
    layout->addWidget(m_results, 1);

    connect(m_field, &QLineEdit::textChanged, this, &SearchPanel::search);
    connect(m_field, &QLineEdit::returnPressed, this, &SearchPanel::chooseCurrent);
    connect(m_results, &QTableView::activated, this, &SearchPanel::chooseCurrent);
    m_field->installEventFilter(this);
    m_results->installEventFilter(this);
    search();
}

void SearchPanel::focusSearch()
{
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

void SearchPanel::refresh()
{
    search();
}

void SearchPanel::search()
{
    // Nothing typed yet lists women by family name, so the window is not empty.
    const auto found = m_context.clinic.women.search(m_field->text(), kMaxResults, m_context.actor);
    const bool everyone = found.everyone;
    m_model->setResults(found.women, m_context.clock.today(), found.flags);
    if (m_model->rowCount() > 0)
        m_results->selectRow(0);
    if (!found.refusal.isEmpty())
        m_status->setText(found.refusal);
    else if (everyone)
        m_status->setText(
            tr("Everyone, by family name. Type to search; Enter opens the highlighted woman."));
    else if (m_model->rowCount() == 0)
        m_status->setText(tr("No one found. Ctrl+N registers a new woman."));
    else if (m_model->rowCount() == kMaxResults)
        m_status->setText(tr("First %1 shown: type more to narrow it down.").arg(kMaxResults));
    else
        m_status->setText(tr("%n found", nullptr, m_model->rowCount()));
    if (!found.flagsProblem.isEmpty())
        m_status->setText(m_status->text() + QLatin1Char(' ') +
                          tr("Their flags could not be read: %1").arg(found.flagsProblem));
}

void SearchPanel::chooseCurrent()
{
    const QModelIndex index = m_results->currentIndex();
    if (index.isValid())
        emit womanChosen(index.data(WomanSearchModel::WomanIdRole).toLongLong());
}

bool SearchPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        // Up and down move through the results while the cursor stays in the search box.
        if (watched == m_field && (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up)) {
            const int row = m_results->currentIndex().row() + (key->key() == Qt::Key_Down ? 1 : -1);
            if (row >= 0 && row < m_model->rowCount())
                m_results->selectRow(row);
            return true;
        }
        if (watched == m_results && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
            chooseCurrent();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace bb::ui
