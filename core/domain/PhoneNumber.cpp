// SPDX-License-Identifier: MIT
#include "domain/PhoneNumber.h"

namespace bb {

QString ukPhoneNumberProblem(const QString &text)
{
    const QString example = QStringLiteral("a UK phone number, such as 0116 496 0100");
    QString digits;
    const QString trimmed = text.trimmed();
    for (qsizetype i = 0; i < trimmed.size(); ++i) {
        const QChar c = trimmed.at(i);
        if (c.isDigit())
            digits += c;
        else if (c == QLatin1Char('+') && i == 0)
            digits += c;
        else if (c != QLatin1Char(' ') && c != QLatin1Char('-') && c != QLatin1Char('(') &&
                 c != QLatin1Char(')'))
            return QStringLiteral("must be %1 (digits and spaces only)").arg(example);
    }
    if (digits.startsWith(QLatin1String("+44")))
        digits = QLatin1Char('0') + digits.mid(3);
    if (!digits.startsWith(QLatin1Char('0')) || digits.size() < 10 || digits.size() > 11)
        return QStringLiteral("must be %1 (10 or 11 digits starting with 0)").arg(example);
    return {};
}

} // namespace bb
