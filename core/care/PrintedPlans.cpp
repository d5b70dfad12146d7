// SPDX-License-Identifier: MIT
#include "care/PrintedPlans.h"

#include "care/Clinic.h"

#include <QCoreApplication>

namespace bb::care {
namespace {

/// The words this shows go through Qt's translation system (translations/).
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(PrintedPlans)
};

} // namespace

Outcome<documents::CarePlanPrintInput> printInput(const Clinic &clinic, const StoredCarePlan &plan,
                                                  const QDate &printedOn)
{
    if (auto damaged = clinic.integrity.refusalToPrint(plan.pregnancyId))
        return *damaged;
    // National Bereavement Care Pathway: no routine plan or letter for a pregnancy after its loss.
    const auto loss = clinic.losses.lossOf(plan.pregnancyId);
    if (!loss)
        return Failure{loss.message()};
    if (const auto &l = loss.value())
        return FieldErrors{
            {QStringLiteral("pregnancy"),
             Words::tr("this pregnancy ended in a %1 on %2: her routine plan is "
                       "not printed again (print her bereavement support "
                       "sheet instead)")
                 .arg(codes::label(l->loss.kind).toLower(), l->loss.date.toString(Qt::ISODate))}};
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
