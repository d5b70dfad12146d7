// SPDX-License-Identifier: MIT
#include "interop/FhirJson.h"

#include <QTimeZone>

namespace bb::interop::fhir {

QJsonObject coding(const char *system, const QString &code, const QString &display)
{
    return {{QStringLiteral("system"), QString::fromLatin1(system)},
            {QStringLiteral("code"), code},
            {QStringLiteral("display"), display}};
}

QJsonObject codeable(const char *system, const QString &code, const QString &display,
                     const QString &text)
{
    return {{QStringLiteral("coding"), one(coding(system, code, display))},
            {QStringLiteral("text"), text.isEmpty() ? display : text}};
}

QJsonObject text(const QString &words)
{
    return {{QStringLiteral("text"), words}};
}

QJsonObject reference(const QString &fullUrl, const QString &display)
{
    QJsonObject out{{QStringLiteral("reference"), fullUrl}};
    if (!display.isEmpty())
        out.insert(QStringLiteral("display"), display);
    return out;
}

QJsonObject named(const QString &display)
{
    return {{QStringLiteral("display"), display}};
}

QJsonObject quantity(double value, const QString &unit, const QString &ucum)
{
    return {{QStringLiteral("value"), value},
            {QStringLiteral("unit"), unit},
            {QStringLiteral("system"), QString::fromLatin1(kUcum)},
            {QStringLiteral("code"), ucum}};
}

QString date(const QDate &day)
{
    return day.toString(Qt::ISODate);
}

QString ukDateTime(const QDate &day, const QTime &time)
{
    static const QTimeZone uk(QByteArrayLiteral("Europe/London"));
    return QDateTime(day, time, uk)
        .toOffsetFromUtc(QDateTime(day, time, uk).offsetFromUtc())
        .toString(Qt::ISODate);
}

QJsonArray one(const QJsonValue &value)
{
    return QJsonArray{value};
}

} // namespace bb::interop::fhir
