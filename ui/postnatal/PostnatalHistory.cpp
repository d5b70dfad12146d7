// SPDX-License-Identifier: MIT
#include "postnatal/PostnatalHistory.h"

#include "clinical/PostnatalRules.h"
#include "postnatal/BabyCheckGroup.h"
#include "widgets/ReadOnlyTable.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

namespace bb::ui {
namespace {

// Enough rows to see the first week's contacts at once; more scroll.
constexpr int kRowsInSight = 4;

QString signedPercent(double percent)
{
    const QString number = QString::number(std::fabs(percent), 'f', 1) + QLatin1Char('%');
    if (percent < 0)
        return QStringLiteral("\u2212") + number;
    return percent > 0 ? QStringLiteral("+") + number : number;
}

} // namespace

PostnatalHistory::PostnatalHistory(QWidget *parent)
    : QWidget(parent),
      m_table(makeReadOnlyTable("postnatalContacts",
                                {tr("Date"), tr("Role"), tr("Seen by"), tr("Findings")},
                                RowSelection::Single))
{
    m_label = new QLabel(tr("Her postnatal c&ontacts, newest first: what the rules asked for after "
                            "the one chosen shows beside the form"));
    m_label->setBuddy(m_table);
    m_label->setWordWrap(true);
    m_table->setAccessibleName(tr("Her postnatal contacts"));
    m_table->setWordWrap(true);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    QHeaderView *header = m_table->horizontalHeader();
    for (int column = 0; column < 3; ++column)
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    connect(header, &QHeaderView::sectionResized, this, &PostnatalHistory::fitRows);
    connect(m_table, &QTableWidget::currentCellChanged, this,
            [this](int row) { emit chosen(row); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_table);
    hide();
}

void PostnatalHistory::setContacts(const QList<care::PostnatalReview> &newestFirst,
                                   const Birth &birth, const QHash<qint64, QString> &staffNames)
{
    {
        const QSignalBlocker quiet(m_table);
        m_table->setRowCount(0);
        m_ids.clear();
        m_table->setRowCount(int(newestFirst.size()));
        for (int row = 0; row < newestFirst.size(); ++row) {
            const care::PostnatalReview &r = newestFirst.at(row);
            const PostnatalContact &c = r.contact;
            m_ids << c.id;
            setRowCells(m_table, row,
                        {tr("%1, day %2")
                             .arg(c.date.toString(QStringLiteral("ddd d MMM yyyy")))
                             .arg(birth.date.daysTo(c.date)),
                         codes::label(c.role),
                         staffNames.value(c.clinicianId, tr("staff %1").arg(c.clinicianId)),
                         findings(r, birth)});
        }
    }
    setVisible(!newestFirst.isEmpty());
    fitRows();
    if (!newestFirst.isEmpty())
        m_table->setCurrentCell(0, 0);
    else
        emit chosen(-1);
}

// A table sizes its rows to the columns in sight, and a hidden one has none: the rows are
// sized again once it is shown at its width, after the layout that gives it the width: a
// height changed while the layout is placing things is not taken up.
void PostnatalHistory::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    QTimer::singleShot(0, this, &PostnatalHistory::fitRows);
}

void PostnatalHistory::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    QTimer::singleShot(0, this, &PostnatalHistory::fitRows);
}

void PostnatalHistory::fitRows()
{
    // Findings wrap at the width the page gives them.
    m_table->resizeRowsToContents();
    int height = m_table->horizontalHeader()->sizeHint().height() + 2 * m_table->frameWidth();
    for (int row = 0; row < std::min(kRowsInSight, m_table->rowCount()); ++row)
        height += m_table->rowHeight(row);
    if (height != m_table->height() || height != m_table->minimumHeight())
        m_table->setFixedHeight(height);
}

void PostnatalHistory::choose(qint64 contactId)
{
    if (const auto row = m_ids.indexOf(contactId); row >= 0)
        m_table->setCurrentCell(int(row), 0);
}

QString PostnatalHistory::findings(const care::PostnatalReview &review, const Birth &birth)
{
    const PostnatalContact &c = review.contact;
    if (!c.attended)
        return tr("not seen");
    QStringList parts;
    if (c.bloodPressure)
        parts << tr("BP %1/%2").arg(c.bloodPressure->systolic).arg(c.bloodPressure->diastolic);
    if (c.temperatureC)
        parts << tr("%1 °C").arg(*c.temperatureC, 0, 'f', 1);
    if (c.mentalHealth)
        parts << tr("mood asked (GAD-2 %1)").arg(c.mentalHealth->gad2Score);
    if (c.feeding != Feeding::NotDiscussed)
        parts << codes::label(c.feeding).toLower();
    for (const BabyCheck &check : c.babies) {
        const Baby *baby = nullptr;
        for (const Baby &b : birth.babies) {
            if (b.id == check.babyId)
                baby = &b;
        }
        QStringList seen;
        if (check.weightGrams) {
            QString weight = gramsText(*check.weightGrams);
            if (baby != nullptr && baby->weightGrams > 0)
                weight += QStringLiteral(" (%1)").arg(signedPercent(
                    clinical::weightChangePercent(baby->weightGrams, *check.weightGrams)));
            seen << weight;
        }
        if (check.jaundice != Jaundice::NotAssessed)
            seen << codes::label(check.jaundice).toLower();
        if (check.bloodSpotTaken)
            seen << tr("blood spot taken");
        if (check.hearingScreened)
            seen << tr("hearing screened");
        if (check.physicalExamination)
            seen << tr("examined");
        parts << tr("baby %1: %2")
                     .arg(baby != nullptr ? baby->order : 0)
                     .arg(seen.isEmpty() ? tr("seen") : seen.join(QStringLiteral(", ")));
    }
    if (!review.actions.isEmpty())
        parts << (review.actions.size() == 1 ? tr("1 action")
                                             : tr("%1 actions").arg(review.actions.size()));
    return parts.isEmpty() ? tr("seen") : parts.join(QStringLiteral(" \u00b7 "));
}

} // namespace bb::ui
