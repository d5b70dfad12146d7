// SPDX-License-Identifier: MIT
#pragma once

#include <QLocale>
#include <QString>

namespace bb::ui {

/// Shows the app in the first of `locale`'s languages it has a translation for (compiled into
/// the app from translations/, see the README), with Qt's own words (standard buttons) in the
/// same language where Qt's translations are installed. British English, the source, needs none.
/// Returns the language used, or an empty string for British English.
QString installTranslations(const QLocale &locale);

/// Shows the app through the translation in the compiled file `qmFile` (a .qm): the
/// pseudo-translation the tests look at it through. False, with nothing changed, if it cannot
/// be read.
bool installTranslationFile(const QString &qmFile);

/// Takes away what the two above installed: the app speaks British English again.
void removeTranslations();

} // namespace bb::ui
