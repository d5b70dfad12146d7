// SPDX-License-Identifier: MIT
#include "storage/SearchQuery.h"

#include <QRegularExpression>

namespace bb::storage {

namespace {

/// Whether canonical decomposition never reorders anything across the start of `code`: a
/// starter (combining class 0) whose own decomposition, if it has one, also begins with a
/// starter. (U+0F73, U+0F75 and U+0F81 are starters that decompose into marks.)
bool beginsAFreshRun(char32_t code)
{
    if (QChar::combiningClass(code) != 0)
        return false;
    const QString parts = QChar::decomposition(code);
    if (parts.isEmpty())
        return true;
    const char32_t first = parts.at(0).isHighSurrogate() && parts.size() > 1
                               ? QChar::surrogateToUcs4(parts.at(0), parts.at(1))
                               : parts.at(0).unicode();
    return QChar::combiningClass(first) == 0;
}

/// Canonical decomposition (NFD) in time linear in the length: QString::normalized() takes time
/// growing with the square of it (a million accented letters took minutes). The text is
/// decomposed a run at a time, each run ending before a character that begins a fresh run, so
/// the result is the same; only a run of more than kLongestRun marks with no starter among
/// them (no name or search has one) is cut, to keep the time linear.
QString decomposedInRuns(const QString &text)
{
    constexpr qsizetype kRun = 64;
    constexpr qsizetype kLongestRun = 4096;
    if (text.size() <= kRun)
        return text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(text.size() * 2);
    qsizetype start = 0;
    for (qsizetype i = kRun; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (i - start < kRun || c.isLowSurrogate())
            continue;
        const char32_t code = c.isHighSurrogate() && i + 1 < text.size()
                                  ? QChar::surrogateToUcs4(c, text.at(i + 1))
                                  : c.unicode();
        if (!beginsAFreshRun(code) && i - start < kLongestRun)
            continue;
        out += text.mid(start, i - start).normalized(QString::NormalizationForm_D);
        start = i;
    }
    out += text.mid(start).normalized(QString::NormalizationForm_D);
    return out;
}

} // namespace

QString foldName(const QString &name)
{
    const QString decomposed = decomposedInRuns(name);
    QString folded;
    folded.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c == QLatin1Char('\'') || c == QChar(0x2019) || c == QLatin1Char('.'))
            continue; // O'Connor, O’Connor, St. John
        folded.append(c == QLatin1Char('-') || c == QLatin1Char(',') ? QLatin1Char(' ')
                                                                     : c.toLower());
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

namespace {

int monthNumber(const QString &word)
{
    static const QStringList kMonths{
        QStringLiteral("january"), QStringLiteral("february"), QStringLiteral("march"),
        QStringLiteral("april"),   QStringLiteral("may"),      QStringLiteral("june"),
        QStringLiteral("july"),    QStringLiteral("august"),   QStringLiteral("september"),
        QStringLiteral("october"), QStringLiteral("november"), QStringLiteral("december")};
    bool isNumber = false;
    const int number = word.toInt(&isNumber);
    if (isNumber)
        return number;
    const QString lower = word.toLower();
    for (int i = 0; i < kMonths.size(); ++i) {
        // "Oct" or "October" (and "Sept"), as the app and people write them; not "Octopus".
        if (lower == kMonths[i] || lower == kMonths[i].left(3) ||
            (i == 8 && lower == QLatin1String("sept")))
            return i + 1;
    }
    return 0;
}

int fullYear(const QString &digits, const QDate &today)
{
    const int year = digits.toInt();
    if (digits.size() == 4)
        return year;
    if (!today.isValid())
        return 0;
    const int century = today.year() - today.year() % 100;
    return century + year <= today.year() ? century + year : century - 100 + year;
}

} // namespace

QDate parseTypedDate(const QString &text, const QDate &today)
{
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"));
    static const QRegularExpression dmy(
        QStringLiteral("^(\\d{1,2})[ /.\\-]+(\\d{1,2}|[A-Za-z]{3,9})[ /.\\-]+(\\d{2}|\\d{4})$"));
    const QString trimmed = text.trimmed();
    if (const auto m = iso.match(trimmed); m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (const auto m = dmy.match(trimmed); m.hasMatch()) {
        const int year = fullYear(m.captured(3), today);
        const int month = monthNumber(m.captured(2));
        if (year > 0 && month > 0)
            return QDate(year, month, m.captured(1).toInt());
    }
    return {};
}

SearchQuery SearchQuery::parse(const QString &text, const QDate &today)
{
    SearchQuery query;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return query;

    static const QRegularExpression nhs(QStringLiteral("^[0-9][0-9 \\-]*$"));
    static const QRegularExpression postcode(
        QStringLiteral("^[A-Za-z]{1,2}[0-9][A-Za-z0-9]?( ?[0-9][A-Za-z]{0,2})?$"));

    // A whole date first: "28 10 2002" is her birthday, not the start of an NHS number.
    if (const QDate date = parseTypedDate(trimmed, today); date.isValid()) {
        query.kind = Kind::DateOfBirth;
        query.date = date;
        return query;
    }
    // A temporary identifier, given to a woman with no NHS number yet (`TMP0000001`), is
    // looked up where her NHS number would be.
    static const QRegularExpression temporary(QStringLiteral("^[Tt][Mm][Pp][0-9 \\-]*$"));
    if (temporary.match(trimmed).hasMatch()) {
        query.kind = Kind::NhsNumberPrefix;
        query.prefix = trimmed.toUpper();
        query.prefix.remove(QRegularExpression(QStringLiteral("[ \\-]")));
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
    QStringList tokens = trimmed.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    // Her date of birth typed after her name: the last one to three words ("11/04/1990",
    // "28 Oct 2002").
    for (qsizetype n = std::min<qsizetype>(3, tokens.size() - 1); n >= 1; --n) {
        const QDate date =
            parseTypedDate(tokens.mid(tokens.size() - n).join(QLatin1Char(' ')), today);
        if (date.isValid()) {
            query.date = date;
            tokens = tokens.mid(0, tokens.size() - n);
            break;
        }
    }
    query.words =
        foldName(tokens.join(QLatin1Char(' '))).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return query;
}

} // namespace bb::storage
