// SPDX-License-Identifier: MIT
#include "clinical/InputRules.h"

#include <QCoreApplication>

namespace bb::clinical {
namespace {

/// The words this shows go through Qt's translation system (translations/).
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(InputRules)
};

bool linesAllowed(TextKind kind)
{
    return kind == TextKind::Address || kind == TextKind::Note;
}

bool isNoncharacter(char32_t c)
{
    return (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE;
}

} // namespace

int maxLength(TextKind kind)
{
    switch (kind) {
    case TextKind::Name:
        return 100;
    case TextKind::Line:
        return 200;
    case TextKind::Address:
        return 500;
    case TextKind::Note:
        return 5000;
    }
    return 0;
}

QString textProblem(const QString &text, TextKind kind)
{
    if (text.size() > maxLength(kind))
        return Words::tr("is longer than %1 characters").arg(maxLength(kind));
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        char32_t code = c.unicode();
        if (c.isHighSurrogate() && i + 1 < size && text.at(i + 1).isLowSurrogate()) {
            code = QChar::surrogateToUcs4(c, text.at(i + 1));
            ++i;
        } else if (c.isSurrogate()) {
            return Words::tr("is not valid Unicode (a lone surrogate at character %1)").arg(i + 1);
        }
        if (code == 0xFFFD)
            return Words::tr("is not valid text: character %1 stands for bytes that were not "
                             "UTF-8")
                .arg(i + 1);
        if (isNoncharacter(code))
            return Words::tr("is not valid Unicode (U+%1 at character %2)")
                .arg(quint32(code), 4, 16, QLatin1Char('0'))
                .arg(i + 1);
        const bool control =
            code < 0x20 || (code >= 0x7F && code <= 0x9F) || code == 0x2028 || code == 0x2029;
        if (!control)
            continue;
        if (code == '\n' && linesAllowed(kind))
            continue;
        if (code == '\r' && linesAllowed(kind) && i + 1 < size && text.at(i + 1) == u'\n')
            continue; // a line break as Windows writes it
        if ((code == '\n' || code == '\r') && !linesAllowed(kind))
            return Words::tr("must be one line");
        return Words::tr("holds a control character (U+%1 at character %2)")
            .arg(quint32(code), 4, 16, QLatin1Char('0'))
            .arg(i + 1);
    }
    return {};
}

void checkText(FieldErrors &errors, const QString &text, TextKind kind, const QString &path)
{
    if (const QString problem = textProblem(text, kind); !problem.isEmpty())
        errors.append({path, problem});
}

QString implausibleDate(const QDate &date, const QDate &today)
{
    if (!date.isValid())
        return {};
    if (date < kEarliestDate)
        return Words::tr("is before 1900");
    if (today.isValid() && date > today.addYears(1))
        return Words::tr("is more than a year from today");
    return {};
}

} // namespace bb::clinical
