// SPDX-License-Identifier: MIT
#include "widgets/FormSnapshot.h"

#include "widgets/DraftableWidget.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace bb::ui {
namespace {

template <typename Fn> void forEachInput(const QWidget *root, Fn &&fn)
{
    for (QWidget *child : root->findChildren<QWidget *>()) {
        const QString name = child->objectName();
        // Qt's internal children (the line edit inside a spin box) have names starting "qt_".
        if (name.isEmpty() || name.startsWith(QLatin1String("qt_")))
            continue;
        fn(name, child);
    }
}

} // namespace

QJsonObject captureForm(const QWidget *root)
{
    QJsonObject snapshot;
    forEachInput(root, [&](const QString &name, QWidget *w) {
        if (auto *draftable = qobject_cast<DraftableWidget *>(w))
            snapshot.insert(name, draftable->draftValue());
        else if (auto *spin = qobject_cast<QSpinBox *>(w))
            snapshot.insert(name, spin->value());
        else if (auto *line = qobject_cast<QLineEdit *>(w))
            snapshot.insert(name, line->text());
        else if (auto *text = qobject_cast<QPlainTextEdit *>(w))
            snapshot.insert(name, text->toPlainText());
        else if (auto *combo = qobject_cast<QComboBox *>(w))
            snapshot.insert(name, combo->currentData().isValid() ? combo->currentData().toString()
                                                                 : combo->currentText());
        else if (auto *button = qobject_cast<QAbstractButton *>(w); button && button->isCheckable())
            snapshot.insert(name, button->isChecked());
    });
    return snapshot;
}

void restoreForm(QWidget *root, const QJsonObject &snapshot)
{
    forEachInput(root, [&](const QString &name, QWidget *w) {
        if (!snapshot.contains(name))
            return;
        const QJsonValue value = snapshot.value(name);
        if (auto *draftable = qobject_cast<DraftableWidget *>(w)) {
            draftable->setDraftValue(value);
        } else if (auto *spin = qobject_cast<QSpinBox *>(w)) {
            spin->setValue(value.toInt());
        } else if (auto *line = qobject_cast<QLineEdit *>(w)) {
            line->setText(value.toString());
        } else if (auto *text = qobject_cast<QPlainTextEdit *>(w)) {
            text->setPlainText(value.toString());
        } else if (auto *combo = qobject_cast<QComboBox *>(w)) {
            const int index = combo->findData(value.toString());
            combo->setCurrentIndex(index >= 0 ? index : combo->findText(value.toString()));
        } else if (auto *button = qobject_cast<QAbstractButton *>(w);
                   button && button->isCheckable()) {
            button->setChecked(value.toBool());
        }
    });
}

} // namespace bb::ui
