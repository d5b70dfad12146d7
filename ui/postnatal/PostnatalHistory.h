// SPDX-License-Identifier: MIT
#pragma once

#include "care/Postnatal.h"
#include "domain/Birth.h"

#include <QHash>
#include <QList>
#include <QWidget>

class QLabel;
class QTableWidget;

namespace bb::ui {

/// Her postnatal contacts so far, newest first, one row each: the date and the day after the
/// birth, the role, who saw her and what was found. Hidden while there are none.
class PostnatalHistory : public QWidget
{
    Q_OBJECT
public:
    explicit PostnatalHistory(QWidget *parent = nullptr);

    /// Shows `newestFirst`; `birth` gives the day after it and each baby's birth weight.
    void setContacts(const QList<care::PostnatalReview> &newestFirst, const Birth &birth,
                     const QHash<qint64, QString> &staffNames);
    /// Makes the row of the contact `contactId` the current one.
    void choose(qint64 contactId);
    QTableWidget *table() const { return m_table; }

    /// What was found at a contact, in a few words (`BP 152/98 · baby 1 2,840 g (−10.7%)`).
    static QString findings(const care::PostnatalReview &review, const Birth &birth);

signals:
    /// The current row changed: the contact at `row` of those shown, or -1 for none.
    void chosen(int row);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    /// Rows as high as their wrapped findings, and the table as high as the newest few.
    void fitRows();

    QLabel *m_label = nullptr;
    QTableWidget *m_table = nullptr;
    QList<qint64> m_ids;
};

} // namespace bb::ui
