// SPDX-License-Identifier: MIT
#pragma once

#include "domain/PrintSettings.h"

#include <QStringList>

namespace bb::documents {

// The settings are a plain value of the domain; these names keep the documents' own spelling.
using bb::PrintSettings;
using bb::ServiceContact;

/// The kinds a directory entry can have: support services (stop_smoking, weight_management,
/// perinatal_mental_health, multiple_pregnancy, diabetes_team, hypertension_specialist,
/// teenage_pregnancy, asylum_refugee, safeguarding) and places of birth (home_birth_team,
/// birth_centre, midwifery_unit_freestanding, midwifery_unit_alongside, obstetric_unit).
QStringList serviceKinds();
/// What a kind of service is, in words, for a person choosing it (in the installed translation).
QString serviceKindLabel(const QString &kind);

/// The service kind that delivers a referral recommendation (`referral_stop_smoking` ->
/// `stop_smoking`); empty for recommendations that are not referrals to a local service.
QString serviceKindForRecommendation(const QString &recommendationCode);

/// Demonstration settings for Leicester, Leicestershire and Rutland. Every phone number is in
/// Ofcom's drama range (0116 496 0000-0999), so a printed demo can never ring a real person.
PrintSettings demoPrintSettings();

} // namespace bb::documents
