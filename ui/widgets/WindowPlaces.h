// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QSettings;
class QSplitter;
class QWidget;

namespace bb::ui {

/// Where a midwife left a window: its size and position (and a splitter's division), kept in
/// this computer's desktop settings under `key`, so the app opens as she left it. Patient data
/// never goes there. With no settings (tests, unless they give one) nothing is kept.
class WindowPlaces
{
public:
    explicit WindowPlaces(QSettings *settings) : m_settings(settings) {}

    /// Puts `window` where it was left; false (and nothing changed) if it never was.
    /// A place off every screen now attached is brought back onto one by Qt.
    bool restore(QWidget *window, const QString &key) const;
    void save(const QWidget *window, const QString &key) const;

    bool restore(QSplitter *splitter, const QString &key) const;
    void save(const QSplitter *splitter, const QString &key) const;

private:
    QSettings *m_settings;
};

} // namespace bb::ui
