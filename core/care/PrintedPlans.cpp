// SPDX-License-Identifier: MIT
#include "care/PrintedPlans.h"

#include "care/Clinic.h"

namespace bb::care {

Outcome<documents::CarePlanPrintInput> printInput(const Clinic &clinic, const StoredCarePlan &plan,
                                                  const QDate &printedOn)
{
    const auto settings = clinic.settings.printSettings();
    if (!settings)
        return Failure{settings.message()};
    const auto carers = clinic.scheduling.namedCarers(plan.pregnancyId);
    documents::CarePlanPrintInput input = documents::printInputFor(
        plan, settings.value(), printedOn, carers ? carers->midwife : QString(),
        carers ? carers->team : QString());
    if (carers)
        input.teamPhone = carers->teamPhone;
    for (const AppointmentListing &a : clinic.scheduling.appointmentsOf(plan.pregnancyId)) {
        if (a.appointment.status == AppointmentStatus::Booked && a.appointment.contactWeek) {
            input.booked << documents::PrintedAppointment{
                *a.appointment.contactWeek, a.appointment.date, a.appointment.start, a.venueName};
        }
    }
    return input;
}

} // namespace bb::care
