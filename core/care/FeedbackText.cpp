// SPDX-License-Identifier: MIT
#include "care/FeedbackText.h"

#include <QRegularExpression>

#include <algorithm>

namespace bb::care {
namespace {

QString replaceWord(QString text, const QString &word, const QString &with)
{
    if (word.trimmed().size() < 2)
        return text;
    const QRegularExpression whole(
        QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(word.trimmed())),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return text.replace(whole, with);
}

// The ways a date of birth is commonly written: 14/03/1996, 14-3-96, 1996-03-14, 14 March 1996,
// 14 Mar 1996, 14-Mar-1996.
QStringList dateForms(const QDate &date)
{
    if (!date.isValid())
        return {};
    QStringList forms;
    for (const char *format : {"dd/MM/yyyy", "d/M/yyyy", "dd-MM-yyyy", "d-M-yyyy", "dd.MM.yyyy",
                               "yyyy-MM-dd", "dd/MM/yy", "d/M/yy", "d MMMM yyyy", "d MMM yyyy",
                               "dd MMMM yyyy", "dd MMM yyyy", "dd-MMM-yyyy", "d-MMM-yyyy"})
        forms << date.toString(QString::fromLatin1(format));
    forms.removeDuplicates();
    // Longest first, so 14/03/1996 is not half-replaced as 14/03/19.
    std::sort(forms.begin(), forms.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    return forms;
}

} // namespace

QString withoutHerIdentifiers(const QString &words, const Woman &woman)
{
    QString text = words;
    for (const QString &form : dateForms(woman.dateOfBirth))
        text.replace(form, QStringLiteral("[date]"), Qt::CaseInsensitive);
    // Six or more digits, however spaced or dashed: 943 476 5919, 07700-900123.
    static const QRegularExpression longNumber(QStringLiteral("\\d(?:[\\s-]*\\d){5,}"));
    text.replace(longNumber, QStringLiteral("[number]"));
    if (!woman.postcode.trimmed().isEmpty()) {
        QString postcode = woman.postcode.simplified();
        postcode.remove(QLatin1Char(' '));
        // With or without its space: LE1 5WW, LE15WW.
        const QString spaced =
            postcode.size() > 3
                ? QRegularExpression::escape(postcode.left(postcode.size() - 3)) +
                      QStringLiteral("\\s*") + QRegularExpression::escape(postcode.right(3))
                : QRegularExpression::escape(postcode);
        text.replace(QRegularExpression(QStringLiteral("\\b%1\\b").arg(spaced),
                                        QRegularExpression::CaseInsensitiveOption),
                     QStringLiteral("[postcode]"));
    }
    const QString fullName =
        woman.givenName.trimmed() + QLatin1Char(' ') + woman.familyName.trimmed();
    text = replaceWord(text, fullName, QStringLiteral("[name]"));
    for (const QString &name : woman.givenName.split(QLatin1Char(' '), Qt::SkipEmptyParts) +
                                   woman.familyName.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        text = replaceWord(text, name, QStringLiteral("[name]"));
    return text.trimmed();
}

} // namespace bb::care
