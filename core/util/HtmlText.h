// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace bb::html {

// The small pieces every document written for the woman is built from. Values are always
// escaped; dates are in a fixed English form so a plan does not change with the machine's locale.

inline QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

/// `Monday 7 December 2026`
inline QString longDate(const QDate &date)
{
    return date.toString(QStringLiteral("dddd d MMMM yyyy"));
}

/// A bulleted list of escaped items; nothing for no items.
inline QString bulletList(const QStringList &items)
{
    if (items.isEmpty())
        return {};
    QString html = QStringLiteral("<ul>");
    for (const QString &item : items)
        html += QStringLiteral("<li>%1</li>").arg(esc(item));
    return html + QStringLiteral("</ul>");
}

} // namespace bb::html
