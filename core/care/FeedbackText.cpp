// SPDX-License-Identifier: MIT
#include "care/FeedbackText.h"

#include <QLocale>
#include <QRegularExpression>

namespace bb::care {
namespace {

// Not inside a longer word: `Asha` is her name in "Asha's midwife", not in "Ashanti".
const QString kNotInWord = QStringLiteral("(?<![\\p{L}\\p{M}\\p{N}])");
const QString kNotInWordAfter = QStringLiteral("(?![\\p{L}\\p{M}\\p{N}])");

QRegularExpression wholeWords(const QString &pattern)
{
    return QRegularExpression(kNotInWord + pattern + kNotInWordAfter,
                              QRegularExpression::CaseInsensitiveOption |
                                  QRegularExpression::UseUnicodePropertiesOption);
}

// A name as a pattern: an apostrophe, straight or curly, may be written either way or left out
// (O'Connor, O’Connor, OConnor).
QString namePattern(const QString &name)
{
    QString pattern;
    for (const QChar c : name.normalized(QString::NormalizationForm_C)) {
        if (c == QLatin1Char('\'') || c == QChar(0x2019))
            pattern += QStringLiteral("['\\x{2019}]?");
        else if (c.isSpace())
            pattern += QStringLiteral("\\s+");
        else
            pattern += QRegularExpression::escape(QString(c));
    }
    return pattern;
}

QString replaceName(QString text, const QString &name)
{
    if (name.trimmed().size() < 2)
        return text;
    return text.replace(wholeWords(namePattern(name.trimmed())), QStringLiteral("[name]"));
}

// Her date of birth in the ways people write one: 9/7/1994, 09.07.94, 1994-07-09, 9th July 1994,
// 9 Jul 1994, July 9, 1994.
QRegularExpression dateOfBirthPattern(const QDate &date)
{
    const QLocale english(QLocale::English);
    const QString day = QStringLiteral("0?%1(?:st|nd|rd|th)?").arg(date.day());
    const QString month = QStringLiteral("(?:0?%1|%2|%3)")
                              .arg(date.month())
                              .arg(english.monthName(date.month(), QLocale::LongFormat),
                                   english.monthName(date.month(), QLocale::ShortFormat));
    const QString year = QStringLiteral("(?:%1|%2)")
                             .arg(date.year())
                             .arg(date.year() % 100, 2, 10, QLatin1Char('0'));
    const QString sep = QStringLiteral("[\\s./,-]+");
    return wholeWords(
        QStringLiteral("(?:%1%4%2%4%3|%3%4%2%4%1|%2%4%1%4%3)").arg(day, month, year, sep));
}

} // namespace

QString withoutHerIdentifiers(const QString &words, const Woman &woman)
{
    QString text = words.normalized(QString::NormalizationForm_C);
    if (woman.dateOfBirth.isValid())
        text.replace(dateOfBirthPattern(woman.dateOfBirth), QStringLiteral("[date]"));
    // Six or more digits, however spaced, dotted or dashed: 943 476 5919, 07700-900123.
    static const QRegularExpression longNumber(QStringLiteral("\\d(?:[\\s./-]*\\d){5,}"));
    text.replace(longNumber, QStringLiteral("[number]"));
    QString postcode = woman.postcode.simplified();
    postcode.remove(QLatin1Char(' '));
    if (postcode.size() > 3) {
        // With or without its space: LE1 5WW, LE15WW.
        text.replace(wholeWords(QRegularExpression::escape(postcode.left(postcode.size() - 3)) +
                                QStringLiteral("\\s*") +
                                QRegularExpression::escape(postcode.right(3))),
                     QStringLiteral("[postcode]"));
    }
    // Whole names first, then each part of them (Mary-Jane Smith-Jones: Mary, Jane, Smith,
    // Jones), hers and her next of kin's.
    const QStringList whole{woman.givenName + QLatin1Char(' ') + woman.familyName,
                            woman.nextOfKin.name};
    for (const QString &name : whole)
        text = replaceName(text, name);
    static const QRegularExpression parts(QStringLiteral("[\\s\\-]+"));
    for (const QString &name : whole) {
        for (const QString &part : name.split(parts, Qt::SkipEmptyParts))
            text = replaceName(text, part);
    }
    return text.trimmed();
}

} // namespace bb::care
