// SPDX-License-Identifier: MIT
#include "widgets/DateField.h"

#include <QRegularExpression>

namespace bb::ui {

DateField::DateField(QWidget *parent) : QLineEdit(parent)
{
    setPlaceholderText(tr("dd/mm/yyyy"));
    setMaxLength(10);
    setClearButtonEnabled(false);
    // Wide enough for a date, not the whole form: a short field says "short answer".
    setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("00/00/00000")) + 24);
}

QDate DateField::parse(const QString &text)
{
    static const QRegularExpression dmy(
        QStringLiteral("^(\\d{1,2})[/.\\- ](\\d{1,2})[/.\\- ](\\d{2}|\\d{4})$"));
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    const QString t = text.trimmed();
    if (const auto m = iso.match(t); m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (const auto m = dmy.match(t); m.hasMatch()) {
        int year = m.captured(3).toInt();
        if (m.captured(3).size() == 2)
            year += year > 50 ? 1900 : 2000; // 96 -> 1996, 27 -> 2027
        return QDate(year, m.captured(2).toInt(), m.captured(1).toInt());
    }
    return {};
}

QDate DateField::date() const
{
    return parse(text());
}

void DateField::setDate(const QDate &date)
{
    setText(date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : QString());
}

} // namespace bb::ui
