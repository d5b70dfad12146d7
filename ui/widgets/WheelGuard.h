// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

namespace bb::ui {

/// Keeps the mouse wheel from changing a value nobody is editing. Over a combo box, spin box or
/// date edit that does not have keyboard focus, the wheel scrolls the form it sits in instead
/// (a midwife scrolling a long booking form once turned "Never smoked" into "Smokes now"); such
/// a field no longer takes focus from the wheel either. Installed once on the application, so
/// every window and dialog is covered, including those made later.
class WheelGuard : public QObject
{
    Q_OBJECT
public:
    /// Installs the guard on the running application; a second call does nothing.
    static void install();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit WheelGuard(QObject *parent);
};

} // namespace bb::ui
