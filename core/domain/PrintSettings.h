// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace bb {

/// One local service or place of birth, as printed on documents for the woman.
struct ServiceContact
{
    QString name;    ///< `St Mary's Birth Centre, Melton Mowbray`
    QString kind;    ///< one of serviceKinds(), e.g. `stop_smoking`
    QString address; ///< one line; may say how the service is reached when it has no building
    QString phone;   ///< as printed, e.g. `0116 496 0140`
    bool operator==(const ServiceContact &) const = default;
};

/// What printed documents need to know about the trust and its local services. A plain value:
/// where it is stored and how it is edited is not the documents' concern.
struct PrintSettings
{
    QString trustName;
    QString assessmentLinePhone; ///< the maternity assessment line, answered 24 hours a day
    QList<ServiceContact> services;

    /// Every service of `kind`, in directory order (a trust may have two obstetric units).
    QList<ServiceContact> servicesOfKind(const QString &kind) const;
    /// The first service of `kind`, when there is one.
    std::optional<ServiceContact> service(const QString &kind) const;

    bool operator==(const PrintSettings &) const = default;
};

} // namespace bb
