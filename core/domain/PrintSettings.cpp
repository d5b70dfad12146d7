// SPDX-License-Identifier: MIT
#include "domain/PrintSettings.h"

namespace bb {

QList<ServiceContact> PrintSettings::servicesOfKind(const QString &kind) const
{
    QList<ServiceContact> list;
    for (const ServiceContact &s : services) {
        if (s.kind == kind)
            list << s;
    }
    return list;
}

std::optional<ServiceContact> PrintSettings::service(const QString &kind) const
{
    for (const ServiceContact &s : services) {
        if (s.kind == kind)
            return s;
    }
    return std::nullopt;
}

} // namespace bb
