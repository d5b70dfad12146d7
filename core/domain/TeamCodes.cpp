// SPDX-License-Identifier: MIT
#include "domain/Team.h"

#include "domain/CodeTable.h"

namespace bb::codes {
namespace {

// One table per choice, so the code, its label and the schema's CHECK lists are read from one
// place (the migration repeats these codes; a test checks every code is accepted there).
constexpr LabelledCodeTable<StaffRole, 5> kRoles{{
    {StaffRole::Midwife, "midwife", "Midwife"},
    {StaffRole::MaternitySupportWorker, "maternity_support_worker", "Maternity support worker"},
    {StaffRole::HealthVisitor, "health_visitor", "Health visitor"},
    {StaffRole::Obstetrician, "obstetrician", "Obstetrician"},
    {StaffRole::SpecialistMidwife, "specialist_midwife", "Specialist midwife"},
}};
constexpr LabelledCodeTable<TeamKind, 9> kTeamKinds{{
    {TeamKind::Continuity, "continuity", "Continuity of carer"},
    {TeamKind::Community, "community", "Community midwifery"},
    {TeamKind::HomeBirth, "home_birth", "Home birth"},
    {TeamKind::Diabetes, "diabetes", "Diabetes (specialist)"},
    {TeamKind::Hypertension, "hypertension", "Hypertension (specialist)"},
    {TeamKind::PerinatalMentalHealth, "perinatal_mental_health",
     "Perinatal mental health (specialist)"},
    {TeamKind::Bereavement, "bereavement", "Bereavement (specialist)"},
    {TeamKind::TeenagePregnancy, "teenage_pregnancy", "Teenage pregnancy (specialist)"},
    {TeamKind::AsylumRefugee, "asylum_refugee", "Asylum seekers and refugees (specialist)"},
}};
constexpr LabelledCodeTable<VenueKind, 4> kVenueKinds{{
    {VenueKind::GpSurgery, "gp_surgery", "GP surgery"},
    {VenueKind::ChildrensCentre, "childrens_centre", "Children's centre"},
    {VenueKind::HospitalClinic, "hospital_clinic", "Hospital clinic"},
    {VenueKind::Home, "home", "The woman's home"},
}};
constexpr LabelledCodeTable<AbsenceReason, 3> kReasons{{
    {AbsenceReason::Leave, "leave", "Leave"},
    {AbsenceReason::Sickness, "sickness", "Sickness"},
    {AbsenceReason::Training, "training", "Training"},
}};
constexpr LabelledCodeTable<AppointmentKind, 6> kKinds{{
    {AppointmentKind::Booking, "booking", "Booking appointment"},
    {AppointmentKind::AntenatalContact, "antenatal_contact", "Antenatal contact"},
    {AppointmentKind::HomeVisit, "home_visit", "Home visit"},
    {AppointmentKind::PostnatalContact, "postnatal_contact", "Postnatal contact"},
    {AppointmentKind::SpecialistReview, "specialist_review", "Specialist review"},
    {AppointmentKind::ObstetricReview, "obstetric_review", "Obstetric review"},
}};
constexpr LabelledCodeTable<AppointmentStatus, 5> kStatuses{{
    {AppointmentStatus::Booked, "booked", "Booked"},
    {AppointmentStatus::Attended, "attended", "Attended"},
    {AppointmentStatus::DidNotAttend, "did_not_attend", "Did not attend"},
    {AppointmentStatus::Cancelled, "cancelled", "Cancelled"},
    {AppointmentStatus::Rescheduled, "rescheduled", "Rescheduled"},
}};

constexpr std::array<CodeLabel, 11> kSkills{{
    {"home_birth", "Home birth"},
    {"newborn_examination", "Newborn and infant physical examination"},
    {"phlebotomy", "Phlebotomy"},
    {"infant_feeding", "Infant feeding"},
    {"safeguarding", "Safeguarding"},
    {"diabetes", "Diabetes in pregnancy"},
    {"hypertension", "Hypertension in pregnancy"},
    {"perinatal_mental_health", "Perinatal mental health"},
    {"bereavement", "Bereavement care"},
    {"teenage_pregnancy", "Teenage pregnancy"},
    {"asylum_refugee", "Asylum seekers and refugees"},
}};

} // namespace

QString toCode(StaffRole value)
{
    return codeOf(kRoles, value);
}
QString toCode(TeamKind value)
{
    return codeOf(kTeamKinds, value);
}
QString toCode(VenueKind value)
{
    return codeOf(kVenueKinds, value);
}
QString toCode(AbsenceReason value)
{
    return codeOf(kReasons, value);
}
QString toCode(AppointmentKind value)
{
    return codeOf(kKinds, value);
}
QString toCode(AppointmentStatus value)
{
    return codeOf(kStatuses, value);
}

std::optional<StaffRole> staffRoleFromCode(const QString &code)
{
    return valueOf(kRoles, code);
}
std::optional<TeamKind> teamKindFromCode(const QString &code)
{
    return valueOf(kTeamKinds, code);
}
std::optional<VenueKind> venueKindFromCode(const QString &code)
{
    return valueOf(kVenueKinds, code);
}
std::optional<AbsenceReason> absenceReasonFromCode(const QString &code)
{
    return valueOf(kReasons, code);
}
std::optional<AppointmentKind> appointmentKindFromCode(const QString &code)
{
    return valueOf(kKinds, code);
}
std::optional<AppointmentStatus> appointmentStatusFromCode(const QString &code)
{
    return valueOf(kStatuses, code);
}

QString label(StaffRole value)
{
    return labelOf(kRoles, value);
}
QString label(TeamKind value)
{
    return labelOf(kTeamKinds, value);
}
QString label(VenueKind value)
{
    return labelOf(kVenueKinds, value);
}
QString label(AbsenceReason value)
{
    return labelOf(kReasons, value);
}
QString label(AppointmentKind value)
{
    return labelOf(kKinds, value);
}
QString label(AppointmentStatus value)
{
    return labelOf(kStatuses, value);
}

QStringList staffRoleCodes()
{
    return allCodes(kRoles);
}
QStringList teamKindCodes()
{
    return allCodes(kTeamKinds);
}
QStringList venueKindCodes()
{
    return allCodes(kVenueKinds);
}
QStringList absenceReasonCodes()
{
    return allCodes(kReasons);
}
QStringList appointmentKindCodes()
{
    return allCodes(kKinds);
}
QStringList appointmentStatusCodes()
{
    return allCodes(kStatuses);
}

QStringList skillCodes()
{
    return allCodes(kSkills);
}

QString skillLabel(const QString &code)
{
    return labelOfCode(kSkills, code, code);
}

} // namespace bb::codes
