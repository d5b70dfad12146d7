// SPDX-License-Identifier: MIT
#include "clinical/NhsNumber.h"

#include <QRegularExpression>

#include <QCoreApplication>

namespace bb::clinical::nhs {
namespace {

/// The words this shows go through Qt's translation system (translations/).
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(NhsNumber)
};

constexpr int kTemporaryDigits = 7;
constexpr int kLargestTemporary = 9999999;

} // namespace

QString temporaryPrefix()
{
    return QStringLiteral("TMP");
}

QString normalise(const QString &input)
{
    QString digits;
    digits.reserve(input.size());
    for (QChar c : input) {
        if (c != QLatin1Char(' ') && c != QLatin1Char('-') && c != QChar(0x2013))
            digits.append(c);
    }
    if (isTemporary(digits.toUpper()))
        return digits.toUpper();
    return digits;
}

int checkDigit(QStringView nineDigits)
{
    int sum = 0;
    for (int i = 0; i < 9; ++i)
        sum += nineDigits[i].digitValue() * (10 - i);
    const int check = 11 - (sum % 11);
    if (check == 11)
        return 0;
    if (check == 10)
        return -1;
    return check;
}

QString problem(const QString &input)
{
    const QString digits = normalise(input);
    if (digits.isEmpty())
        return Words::tr("is required");
    if (isTemporary(digits))
        return Words::tr("is a temporary identifier, not an NHS number");
    for (QChar c : digits) {
        if (!c.isDigit() || c.unicode() > '9')
            return Words::tr("must contain only digits, spaces and dashes");
    }
    if (digits.size() != 10)
        return Words::tr("must have 10 digits (has %1)").arg(digits.size());
    const int check = checkDigit(QStringView(digits).left(9));
    if (check < 0)
        return Words::tr("is not a valid NHS number (no check digit exists for it)");
    if (check != digits.at(9).digitValue())
        return Words::tr("check digit does not match");
    return {};
}

bool isValid(const QString &input)
{
    return problem(input).isEmpty();
}

QString format(const QString &input)
{
    const QString digits = normalise(input);
    if (isTemporary(digits))
        return digits;
    if (digits.size() != 10)
        return input;
    return digits.left(3) + QLatin1Char(' ') + digits.mid(3, 3) + QLatin1Char(' ') + digits.mid(6);
}

bool isTemporary(const QString &identifier)
{
    static const QRegularExpression pattern(QStringLiteral("^TMP[0-9]{7}$"));
    return pattern.match(identifier).hasMatch();
}

QString temporaryIdentifier(int sequence)
{
    if (sequence < 1 || sequence > kLargestTemporary)
        return {};
    return temporaryPrefix() +
           QStringLiteral("%1").arg(sequence, kTemporaryDigits, 10, QLatin1Char('0'));
}

int temporarySequence(const QString &identifier)
{
    return isTemporary(identifier) ? identifier.mid(temporaryPrefix().size()).toInt() : 0;
}

QString identifierProblem(const QString &input)
{
    if (isTemporary(normalise(input)))
        return {};
    return problem(input);
}

QString labelled(const QString &identifier)
{
    if (isTemporary(identifier))
        return Words::tr("%1 (temporary: no NHS number yet)").arg(identifier);
    return Words::tr("NHS number %1").arg(format(identifier));
}

QString listed(const QString &identifier)
{
    if (isTemporary(identifier))
        return QStringLiteral("%1 (temp)").arg(identifier);
    return format(identifier);
}

} // namespace bb::clinical::nhs
