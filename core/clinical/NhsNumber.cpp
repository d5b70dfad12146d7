// SPDX-License-Identifier: MIT
#include "clinical/NhsNumber.h"

namespace bb::clinical::nhs {

QString normalise(const QString &input)
{
    QString digits;
    digits.reserve(input.size());
    for (QChar c : input) {
        if (c != QLatin1Char(' ') && c != QLatin1Char('-') && c != QChar(0x2013))
            digits.append(c);
    }
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
        return QStringLiteral("is required");
    for (QChar c : digits) {
        if (!c.isDigit() || c.unicode() > '9')
            return QStringLiteral("must contain only digits, spaces and dashes");
    }
    if (digits.size() != 10)
        return QStringLiteral("must have 10 digits (has %1)").arg(digits.size());
    const int check = checkDigit(QStringView(digits).left(9));
    if (check < 0)
        return QStringLiteral("is not a valid NHS number (no check digit exists for it)");
    if (check != digits.at(9).digitValue())
        return QStringLiteral("check digit does not match");
    return {};
}

bool isValid(const QString &input)
{
    return problem(input).isEmpty();
}

QString format(const QString &input)
{
    const QString digits = normalise(input);
    if (digits.size() != 10)
        return input;
    return digits.left(3) + QLatin1Char(' ') + digits.mid(3, 3) + QLatin1Char(' ') + digits.mid(6);
}

} // namespace bb::clinical::nhs
