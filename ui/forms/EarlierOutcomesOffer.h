// SPDX-License-Identifier: MIT
#pragma once

#include "domain/BookingDetails.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace bb::ui {

/// On the booking of a new pregnancy, what became of her earlier pregnancies recorded here,
/// offered as rows of her earlier pregnancies: shown while some are not among her rows yet.
/// Nothing is added until the midwife presses its button; then she sees the rows, and changes
/// or removes any before she saves.
class EarlierOutcomesOffer : public QFrame
{
    Q_OBJECT
public:
    explicit EarlierOutcomesOffer(QWidget *parent = nullptr);

    /// What her pregnancies recorded here offer (care::Women::earlierOutcomes()); empty for a
    /// pregnancy already booked. `problem` says why they could not be read.
    void setRecorded(const QList<PreviousPregnancy> &recorded, const QString &problem = {});
    /// Offers what is not among `rows` yet (clinical::notYetListed()); hidden when nothing is.
    void compareWith(const QList<PreviousPregnancy> &rows);
    QList<PreviousPregnancy> offered() const { return m_left; }

signals:
    /// The midwife pressed the button: these rows are to be added to her earlier pregnancies.
    void added(const QList<PreviousPregnancy> &rows);

private:
    QList<PreviousPregnancy> m_recorded;
    QList<PreviousPregnancy> m_left;
    QString m_problem;
    QLabel *m_text = nullptr;
    QPushButton *m_add = nullptr;
};

} // namespace bb::ui
