// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Gestation.h"
#include "domain/Pregnancy.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace bb {

enum class CarePathway
{
    MidwifeLed,
    ObstetricLed
};
enum class RecommendationCategory
{
    Medicine,
    Test,
    Referral,
    Support
};
enum class BirthPlaceAdviceKind
{
    Suitable,
    IndividualAssessment,
    ObstetricUnitRecommended
};

/// One thing the plan advises, with the guideline it comes from and why it applies to her.
struct Recommendation
{
    QString code;        ///< e.g. `aspirin`; the codes are part of the care-plan format
    QString source;      ///< e.g. `NICE NG133`
    QStringList reasons; ///< at least one, in words a woman can read (`BMI 36.5`)
    RecommendationCategory category = RecommendationCategory::Support;
    QString dose; ///< a medicine's dose as printed (`150 mg once a day`); empty otherwise
    /// When it applies, both dates inclusive; both null for advice with no time window. Never
    /// before the booking date (rules page, version 2).
    QDate from;
    QDate to;
    bool hasWindow() const { return from.isValid() && to.isValid(); }
    bool operator==(const Recommendation &) const = default;
};

/// An antenatal contact at a completed week of gestation (NICE NG201).
struct PlannedContact
{
    int week = 0;
    QDate date;
    QString purpose;
    QStringList checks;    ///< what is measured or tested
    QStringList discussed; ///< what is talked about
    bool operator==(const PlannedContact &) const = default;
};

/// A screening scan window: `dating_scan`, `anomaly_scan` or `late_booking_scan`, both dates
/// inclusive.
struct ScanWindow
{
    QString code;
    QDate from;
    QDate to;
    bool operator==(const ScanWindow &) const = default;
};

/// NICE NG235 advice for one place of birth, and the factors (or notes) behind it.
struct BirthPlaceAdvice
{
    PlaceOfBirth setting = PlaceOfBirth::ObstetricUnit;
    BirthPlaceAdviceKind advice = BirthPlaceAdviceKind::Suitable;
    QStringList reasons;
    bool operator==(const BirthPlaceAdvice &) const = default;
};

/// The personalised care plan derived from one booking. Everything here is computed by
/// clinical::planCare(); the plan is stored as the document the woman was given.
struct CarePlan
{
    QDate edd;
    EddMethod eddMethod = EddMethod::Lmp;
    Gestation gestationAtBooking;
    int ageAtBooking = 0;
    std::optional<double> bmi; ///< rounded to one decimal; empty when not measured
    bool nulliparous = false;
    bool firstPregnancy = false;
    CarePathway pathway = CarePathway::MidwifeLed;
    int vteScore = 0; ///< RCOG GTG 37a antenatal score at booking
    QList<Recommendation> recommendations;
    QList<PlannedContact> contacts;
    QList<ScanWindow> scans;
    QList<BirthPlaceAdvice> birthPlaces; ///< home, FMU, AMU, obstetric unit, in that order
    PlaceOfBirth chosenPlaceOfBirth = PlaceOfBirth::Undecided;
    QStringList warnings;

    bool operator==(const CarePlan &) const = default;
};

// The words the care-plan format uses for each choice.
QString toCode(CarePathway value);
QString toCode(RecommendationCategory value);
QString toCode(BirthPlaceAdviceKind value);
std::optional<CarePathway> carePathwayFromCode(const QString &code);
std::optional<RecommendationCategory> recommendationCategoryFromCode(const QString &code);
std::optional<BirthPlaceAdviceKind> birthPlaceAdviceFromCode(const QString &code);

QString label(CarePathway value);
QString label(BirthPlaceAdviceKind value);

// The same choices in the words midwives use with each other, for screens rather than her copy.
QString clinicalLabel(CarePathway value);
QString clinicalLabel(BirthPlaceAdviceKind value);

} // namespace bb
