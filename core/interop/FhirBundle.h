// SPDX-License-Identifier: MIT
#pragma once

#include "domain/PregnancyRecord.h"

#include <QDateTime>
#include <QJsonObject>

namespace bb::interop {

/// Her current pregnancy as a FHIR R4 Bundle (type `collection`), shaped as UK Core: the
/// Patient with her NHS number, an EpisodeOfCare for the pregnancy, her Conditions, the
/// Observations of the booking and of each contact (EDD, gestation, height, weight, BMI,
/// smoking, CO reading, blood pressure, fundal height), her CarePlan with its activities and
/// version, the CareTeam with her named midwife, the Practitioners who saw her, her
/// Appointments, an Encounter for each contact she came to, the birth (Encounter and Procedure)
/// with each baby as a Patient whose RelatedPerson is her, her referrals as ServiceRequests, and
/// the Flags of her record. docs/formats.md lists every code.
///
/// Writes only what `record` holds: for her own copy, pass documents::herCopyOf(record). The
/// resources' ids are stable (made from the records' own), so a second export of the same
/// record names the same resources. `at` stamps the bundle.
QJsonObject fhirBundle(const PregnancyRecord &record, const QDateTime &at);

} // namespace bb::interop
