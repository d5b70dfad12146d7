// SPDX-License-Identifier: MIT
#pragma once

#include "domain/AntenatalContact.h"
#include "domain/Birth.h"
#include "domain/Booking.h"
#include "domain/Gestation.h"
#include "domain/Listings.h"
#include "domain/RecordFlags.h"
#include "domain/Referral.h"
#include "domain/StoredCarePlan.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace bb {

/// Everything of one pregnancy that leaves the app in a format other systems read (her FHIR
/// bundle, the monthly MSDS return): read together by care::pregnancyRecord(), written by
/// writers that do no I/O.
struct PregnancyRecord
{
    Booking booking; ///< her details as they are now, and this pregnancy's booking
    std::optional<StoredCarePlan> plan; ///< the latest version of her plan; none before it is made
    qint64 namedMidwifeId = 0;          ///< 0 until she is given one
    QString namedMidwife;
    qint64 teamId = 0;
    QString team;
    QDate namedSince;
    QList<AntenatalContact> contacts; ///< after the booking, oldest first
    std::optional<Birth> birth;
    std::optional<Gestation> gestationAtBirth;
    QList<Referral> referrals;
    QList<AppointmentListing> appointments; ///< every status, oldest first
    RecordFlags flags;
    QHash<qint64, QString> staffNames; ///< by staff id: who saw her, who attended the birth

    QString staffName(qint64 staffId) const { return staffNames.value(staffId); }
};

} // namespace bb
