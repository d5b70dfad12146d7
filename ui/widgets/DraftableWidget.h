// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonValue>
#include <QWidget>

namespace bb::ui {

/// An input that is more than one value (a list of rows edited in a dialog): forms keep its
/// value in their drafts and notice its edits as they do a line edit's, through this.
class DraftableWidget : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    virtual QJsonValue draftValue() const = 0;
    /// Shows a value draftValue() gave; one it cannot read leaves the widget as it was.
    virtual void setDraftValue(const QJsonValue &value) = 0;

signals:
    /// The midwife changed the value (not setDraftValue()).
    void draftValueChanged();
};

} // namespace bb::ui
