// SPDX-License-Identifier: MIT
#pragma once

#include "care/Postnatal.h"

#include <QGroupBox>
#include <QStringList>

class QLabel;

namespace bb::ui {

/// What the rules asked for after one postnatal contact, each action with its source and
/// reasons, as the antenatal contact page shows its actions.
class PostnatalActions : public QGroupBox
{
    Q_OBJECT
public:
    explicit PostnatalActions(QWidget *parent = nullptr);

    /// Shows the actions of `review`, a contact `day` days after the birth seen by `seenBy`;
    /// none says where they will show.
    void showContact(const care::PostnatalReview *review, qint64 day, const QString &seenBy);
    /// The action codes shown now.
    const QStringList &shownCodes() const { return m_codes; }

private:
    QLabel *m_title = nullptr;
    QLabel *m_actions = nullptr;
    QStringList m_codes;
};

} // namespace bb::ui
