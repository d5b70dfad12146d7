// SPDX-License-Identifier: MIT
#include "domain/Gestation.h"

namespace bb {

QString Gestation::toString() const
{
    return QStringLiteral("%1+%2").arg(weeks()).arg(extraDays());
}

QString toCode(EddMethod method)
{
    return method == EddMethod::Crl ? QStringLiteral("crl") : QStringLiteral("lmp");
}

QString label(EddMethod method)
{
    return method == EddMethod::Crl ? QStringLiteral("dating scan (CRL)")
                                    : QStringLiteral("last menstrual period");
}

} // namespace bb
