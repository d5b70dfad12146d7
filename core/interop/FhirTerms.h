// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Birth.h"
#include "domain/CarePlan.h"
#include "domain/Pregnancy.h"
#include "domain/Referral.h"
#include "domain/StoredCarePlan.h"
#include "domain/Team.h"

#include <QJsonObject>
#include <QString>

#include <optional>

// The codes her FHIR bundle speaks in: LOINC and SNOMED CT where UK Core and the PRSB maternity
// standard use them, FHIR's own code systems for statuses and categories, and the app's own
// codes (`urn:bbclinic:…`) for what no national code system holds. docs/formats.md lists them.
namespace bb::interop::fhir {

/// One of the app's own codes, with its meaning: `urn:bbclinic:condition` for the rules page's
/// condition codes, `urn:bbclinic:recommendation` for its recommendations.
QJsonObject localConcept(const char *kind, const QString &code, const QString &display);

// Patient
QJsonObject language(const QString &isoCode);
QJsonObject interpreterRequired(bool needed);
QJsonObject ethnicCategory(const QString &letter);
/// Her NHS number's verification status: present, its check digit checked, but not traced
/// against the national spine (the app works offline and traces nothing).
QJsonObject nhsNumberNotTraced();
QString babyGender(BabySex sex);
QJsonObject motherRole();

// Care team and episode
QJsonObject namedMidwifeRole();
QJsonObject maternityEpisodeType();

// Conditions
QJsonObject conditionActive();
QJsonObject conditionConfirmed();
QJsonObject problemListItem();

// Encounters
QJsonObject ambulatoryClass();
QJsonObject homeVisitClass();
QJsonObject inpatientClass();
QJsonObject bookingVisitType();
QJsonObject antenatalVisitType();
QJsonObject birthVisitType();

// Observations
QJsonObject observationCategory(const char *code); ///< `vital-signs`, `exam`, `social-history`
QJsonObject eddCode();
QJsonObject eddMethod(EddMethod method);
QJsonObject gestationCode();
QJsonObject bmiCode();
QJsonObject heightCode();
QJsonObject weightCode();
QJsonObject smokingCode();
std::optional<QJsonObject> smokingStatus(Smoking smoking); ///< none when nobody asked
QJsonObject carbonMonoxideCode();
QJsonObject bloodPressureCode();
QJsonObject systolicCode();
QJsonObject diastolicCode();
QJsonObject fundalHeightCode();
QJsonObject birthWeightCode();
QJsonObject apgarCode(int minutes); ///< 1, 5 or 10

// Care plan
QJsonObject antenatalCarePlanCategory();
QJsonObject scanConcept(const QString &scanCode);
/// The kind of request a recommendation becomes; none for support and advice.
const char *activityKind(RecommendationCategory category);
QString activityStatus(DecisionStatus status);

// Referrals, appointments, the birth, flags
QJsonObject referralCategory();
QString serviceRequestStatus(ReferralStatus status);
QString appointmentStatus(AppointmentStatus status);
QJsonObject appointmentType(const QString &words);
QJsonObject deliveryCategory();
QJsonObject deliveryCode(BirthMode mode);
QJsonObject flagCategory(const char *code); ///< `safety`, `clinical`, `admin`

} // namespace bb::interop::fhir
