// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Actor.h"

#include <optional>

class QSettings;
class QWidget;

namespace bb::ui {

/// Who is using the app, until it has logins of its own: the name she gave the first time she
/// opened it, kept in `settings`. Without one, asks for it (every change she makes is recorded
/// with it) and keeps it; nothing when she cancels.
std::optional<Actor> whoIsUsing(QSettings &settings, QWidget *parent = nullptr);

/// The name kept from an earlier start; nothing before the first.
std::optional<Actor> keptUser(const QSettings &settings);
/// Keeps `name` as who uses the app from now on.
void keepUser(QSettings &settings, const QString &name);

} // namespace bb::ui
