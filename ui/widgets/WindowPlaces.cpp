// SPDX-License-Identifier: MIT
#include "widgets/WindowPlaces.h"

#include <QSettings>
#include <QSplitter>
#include <QWidget>

namespace bb::ui {
namespace {

QString geometryKey(const QString &key)
{
    return QStringLiteral("windows/%1/geometry").arg(key);
}

QString splitterKey(const QString &key)
{
    return QStringLiteral("windows/%1/splitter").arg(key);
}

} // namespace

bool WindowPlaces::restore(QWidget *window, const QString &key) const
{
    if (!m_settings)
        return false;
    const QByteArray geometry = m_settings->value(geometryKey(key)).toByteArray();
    return !geometry.isEmpty() && window->restoreGeometry(geometry);
}

void WindowPlaces::save(const QWidget *window, const QString &key) const
{
    if (m_settings)
        m_settings->setValue(geometryKey(key), window->saveGeometry());
}

bool WindowPlaces::restore(QSplitter *splitter, const QString &key) const
{
    if (!m_settings)
        return false;
    const QByteArray state = m_settings->value(splitterKey(key)).toByteArray();
    return !state.isEmpty() && splitter->restoreState(state);
}

void WindowPlaces::save(const QSplitter *splitter, const QString &key) const
{
    if (m_settings)
        m_settings->setValue(splitterKey(key), splitter->saveState());
}

} // namespace bb::ui
