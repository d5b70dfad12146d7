// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace bb::documents {

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

/// The kinds a directory entry can have: support services (stop_smoking, weight_management,
/// perinatal_mental_health, diabetes_team, hypertension_specialist, teenage_pregnancy,
/// asylum_refugee, safeguarding) and places of birth (home_birth_team, birth_centre,
/// midwifery_unit_freestanding, midwifery_unit_alongside, obstetric_unit).
QStringList serviceKinds();

/// The service kind that delivers a referral recommendation (`referral_stop_smoking` ->
/// `stop_smoking`); empty for recommendations that are not referrals to a local service.
QString serviceKindForRecommendation(const QString &recommendationCode);

/// Demonstration settings for Leicester, Leicestershire and Rutland. Every phone number is in
/// Ofcom's drama range (0116 496 0000-0999), so a printed demo can never ring a real person.
PrintSettings demoPrintSettings();

} // namespace bb::documents
