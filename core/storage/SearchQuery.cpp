// SPDX-License-Identifier: MIT
#include "storage/SearchQuery.h"

#include <QRegularExpression>

namespace bb::storage {

QString foldName(const QString &name)
{
    const QString decomposed = name.normalized(QString::NormalizationForm_D);
    QString folded;
    folded.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        folded.append(c == QLatin1Char('-') ? QLatin1Char(' ') : c.toLower());
    }
    return folded.simplified();
}

QString foldPostcode(const QString &postcode)
{
    QString key = postcode.toUpper();
    key.remove(QLatin1Char(' '));
    return key;
}

QString prefixUpperBound(const QString &prefix)
{
    if (prefix.isEmpty())
        return QString(QChar(0xFFFF));
    QString bound = prefix;
    bound[bound.size() - 1] = QChar(bound.back().unicode() + 1);
    return bound;
}

SearchQuery SearchQuery::parse(const QString &text)
{
    SearchQuery query;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return query;

    static const QRegularExpression nhs(QStringLiteral("^[0-9][0-9 \\-]*$"));
    static const QRegularExpression dmy(
        QStringLiteral("^(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{4})$"));
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"));
    static const QRegularExpression postcode(
        QStringLiteral("^[A-Za-z]{1,2}[0-9][A-Za-z0-9]?( ?[0-9][A-Za-z]{0,2})?$"));

    if (auto m = iso.match(trimmed); m.hasMatch()) {
        query.kind = Kind::DateOfBirth;
        query.date = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        return query;
    }
    if (auto m = dmy.match(trimmed); m.hasMatch()) {
        query.kind = Kind::DateOfBirth;
        query.date = QDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
        return query;
    }
    if (nhs.match(trimmed).hasMatch()) {
        query.kind = Kind::NhsNumberPrefix;
        query.prefix = trimmed;
        query.prefix.remove(QRegularExpression(QStringLiteral("[ \\-]")));
        return query;
    }
    if (postcode.match(trimmed).hasMatch()) {
        query.kind = Kind::PostcodePrefix;
        query.prefix = foldPostcode(trimmed);
        return query;
    }
    query.kind = Kind::Name;
    query.words = foldName(trimmed).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return query;
}

} // namespace bb::storage
