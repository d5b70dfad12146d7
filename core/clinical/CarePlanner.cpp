// SPDX-License-Identifier: MIT
#include "clinical/CarePlanner.h"

#include "clinical/AntenatalSchedule.h"
#include "clinical/BirthPlace.h"
#include "clinical/BookingFacts.h"
#include "clinical/Recommendations.h"
#include "clinical/VteRisk.h"
#include "domain/Codes.h"

#include <QCoreApplication>

namespace bb::clinical {
namespace {

/// The words this shows go through Qt's translation system (translations/).
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(CarePlanner)
};

} // namespace

CarePlanResult planCare(const Booking &booking, const RuleSettings &settings)
{
    auto factsOrErrors = bookingFacts(booking);
    if (auto *errors = std::get_if<FieldErrors>(&factsOrErrors))
        return *errors;
    const BookingFacts &facts = std::get<BookingFacts>(factsOrErrors);

    CarePlan plan;
    plan.edd = facts.edd;
    plan.eddMethod = facts.eddMethod;
    plan.gestationAtBooking = facts.gestationAtBooking;
    plan.ageAtBooking = facts.ageAtBooking;
    plan.bmi = facts.bmi;
    plan.nulliparous = facts.nulliparous;
    plan.firstPregnancy = facts.firstPregnancy;

    const BirthPlaceFactors placeFactors = birthPlaceFactors(facts);
    plan.pathway = carePathway(placeFactors);
    plan.birthPlaces = birthPlaceAdvice(placeFactors, facts.nulliparous);
    plan.chosenPlaceOfBirth = booking.assessment.preferredPlaceOfBirth;

    plan.vteScore = antenatalVteScore(facts).total();
    plan.recommendations = recommendationsFor(facts, settings);

    const ScheduleInputs schedule{facts.edd,
                                  booking.pregnancy.bookingDate,
                                  facts.nulliparous,
                                  booking.pregnancy.fetuses,
                                  facts.eddMethod == EddMethod::Crl,
                                  facts.smokesNow()};
    plan.contacts = plannedContacts(schedule);
    plan.scans = scanWindows(schedule);

    plan.warnings = facts.warnings;
    // Her choice is recorded even against advice (NG235); the plan says so plainly.
    for (const BirthPlaceAdvice &advice : plan.birthPlaces) {
        if (advice.setting == plan.chosenPlaceOfBirth &&
            advice.advice == BirthPlaceAdviceKind::ObstetricUnitRecommended) {
            plan.warnings << Words::tr("chosen place of birth (%1) is not the one advised: "
                                       "an obstetric unit is recommended")
                                 .arg(codes::toCode(plan.chosenPlaceOfBirth));
        }
    }
    return plan;
}

} // namespace bb::clinical
