// SPDX-License-Identifier: MIT
#include "widgets/WheelGuard.h"

#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QWheelEvent>

namespace bb::ui {
namespace {

bool holdsAValue(const QObject *object)
{
    return qobject_cast<const QComboBox *>(object) != nullptr ||
           qobject_cast<const QAbstractSpinBox *>(object) != nullptr;
}

/// The scroll area the widget sits in, whose page the wheel should move instead.
QAbstractScrollArea *scrollAreaAround(QWidget *widget)
{
    for (QWidget *w = widget->parentWidget(); w != nullptr; w = w->parentWidget()) {
        if (auto *area = qobject_cast<QAbstractScrollArea *>(w))
            return area;
    }
    return nullptr;
}

} // namespace

WheelGuard::WheelGuard(QObject *parent) : QObject(parent) {}

void WheelGuard::install()
{
    QCoreApplication *app = QCoreApplication::instance();
    if (app == nullptr || app->findChild<WheelGuard *>(QString(), Qt::FindDirectChildrenOnly))
        return;
    app->installEventFilter(new WheelGuard(app));
}

bool WheelGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (!holdsAValue(watched))
        return false;
    auto *widget = static_cast<QWidget *>(watched);
    // The application gives wheel focus before any filter sees the wheel event, so a field
    // must not accept focus from the wheel at all.
    if (event->type() == QEvent::Polish && widget->focusPolicy() == Qt::WheelFocus)
        widget->setFocusPolicy(Qt::StrongFocus);
    if (event->type() != QEvent::Wheel || widget->hasFocus())
        return false;
    if (QAbstractScrollArea *area = scrollAreaAround(widget))
        QCoreApplication::sendEvent(area->viewport(), event);
    return true;
}

} // namespace bb::ui
