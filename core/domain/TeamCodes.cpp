// SPDX-License-Identifier: MIT
#include "domain/Team.h"

#include "domain/CodeTable.h"

namespace bb::codes {
namespace {

// One table per choice, so the code, its label and the schema's CHECK lists are read from one
// place (the migration repeats these codes; a test checks every code is accepted there).
constexpr LabelledCodeTable<StaffRole, 5> kRoles{{
    {StaffRole::Midwife, "midwife", QT_TRANSLATE_NOOP("codes", "Midwife")},
    {StaffRole::MaternitySupportWorker, "maternity_support_worker",
     QT_TRANSLATE_NOOP("codes", "Maternity support worker")},
    {StaffRole::HealthVisitor, "health_visitor", QT_TRANSLATE_NOOP("codes", "Health visitor")},
    {StaffRole::Obstetrician, "obstetrician", QT_TRANSLATE_NOOP("codes", "Obstetrician")},
    {StaffRole::SpecialistMidwife, "specialist_midwife",
     QT_TRANSLATE_NOOP("codes", "Specialist midwife")},
}};
constexpr LabelledCodeTable<TeamKind, 9> kTeamKinds{{
    {TeamKind::Continuity, "continuity", QT_TRANSLATE_NOOP("codes", "Continuity of carer")},
    {TeamKind::Community, "community", QT_TRANSLATE_NOOP("codes", "Community midwifery")},
    {TeamKind::HomeBirth, "home_birth", QT_TRANSLATE_NOOP("codes", "Home birth")},
    {TeamKind::Diabetes, "diabetes", QT_TRANSLATE_NOOP("codes", "Diabetes (specialist)")},
    {TeamKind::Hypertension, "hypertension",
     QT_TRANSLATE_NOOP("codes", "Hypertension (specialist)")},
    {TeamKind::PerinatalMentalHealth, "perinatal_mental_health",
     QT_TRANSLATE_NOOP("codes", "Perinatal mental health (specialist)")},
    {TeamKind::Bereavement, "bereavement", QT_TRANSLATE_NOOP("codes", "Bereavement (specialist)")},
    {TeamKind::TeenagePregnancy, "teenage_pregnancy",
     QT_TRANSLATE_NOOP("codes", "Teenage pregnancy (specialist)")},
    {TeamKind::AsylumRefugee, "asylum_refugee",
     QT_TRANSLATE_NOOP("codes", "Asylum seekers and refugees (specialist)")},
}};
constexpr LabelledCodeTable<VenueKind, 4> kVenueKinds{{
    {VenueKind::GpSurgery, "gp_surgery", QT_TRANSLATE_NOOP("codes", "GP surgery")},
    {VenueKind::ChildrensCentre, "childrens_centre",
     QT_TRANSLATE_NOOP("codes", "Children's centre")},
    {VenueKind::HospitalClinic, "hospital_clinic", QT_TRANSLATE_NOOP("codes", "Hospital clinic")},
    {VenueKind::Home, "home", QT_TRANSLATE_NOOP("codes", "The woman's home")},
}};
constexpr LabelledCodeTable<AbsenceReason, 3> kReasons{{
    {AbsenceReason::Leave, "leave", QT_TRANSLATE_NOOP("codes", "Leave")},
    {AbsenceReason::Sickness, "sickness", QT_TRANSLATE_NOOP("codes", "Sickness")},
    {AbsenceReason::Training, "training", QT_TRANSLATE_NOOP("codes", "Training")},
}};
constexpr LabelledCodeTable<AppointmentKind, 6> kKinds{{
    {AppointmentKind::Booking, "booking", QT_TRANSLATE_NOOP("codes", "Booking appointment")},
    {AppointmentKind::AntenatalContact, "antenatal_contact",
     QT_TRANSLATE_NOOP("codes", "Antenatal contact")},
    {AppointmentKind::HomeVisit, "home_visit", QT_TRANSLATE_NOOP("codes", "Home visit")},
    {AppointmentKind::PostnatalContact, "postnatal_contact",
     QT_TRANSLATE_NOOP("codes", "Postnatal contact")},
    {AppointmentKind::SpecialistReview, "specialist_review",
     QT_TRANSLATE_NOOP("codes", "Specialist review")},
    {AppointmentKind::ObstetricReview, "obstetric_review",
     QT_TRANSLATE_NOOP("codes", "Obstetric review")},
}};
constexpr LabelledCodeTable<AppointmentStatus, 5> kStatuses{{
    {AppointmentStatus::Booked, "booked", QT_TRANSLATE_NOOP("codes", "Booked")},
    {AppointmentStatus::Attended, "attended", QT_TRANSLATE_NOOP("codes", "Attended")},
    {AppointmentStatus::DidNotAttend, "did_not_attend",
     QT_TRANSLATE_NOOP("codes", "Did not attend")},
    {AppointmentStatus::Cancelled, "cancelled", QT_TRANSLATE_NOOP("codes", "Cancelled")},
    {AppointmentStatus::Rescheduled, "rescheduled", QT_TRANSLATE_NOOP("codes", "Rescheduled")},
}};

constexpr std::array<CodeLabel, 11> kSkills{{
    {"home_birth", QT_TRANSLATE_NOOP("codes", "Home birth")},
    {"newborn_examination", QT_TRANSLATE_NOOP("codes", "Newborn and infant physical examination")},
    {"phlebotomy", QT_TRANSLATE_NOOP("codes", "Phlebotomy")},
    {"infant_feeding", QT_TRANSLATE_NOOP("codes", "Infant feeding")},
    {"safeguarding", QT_TRANSLATE_NOOP("codes", "Safeguarding")},
    {"diabetes", QT_TRANSLATE_NOOP("codes", "Diabetes in pregnancy")},
    {"hypertension", QT_TRANSLATE_NOOP("codes", "Hypertension in pregnancy")},
    {"perinatal_mental_health", QT_TRANSLATE_NOOP("codes", "Perinatal mental health")},
    {"bereavement", QT_TRANSLATE_NOOP("codes", "Bereavement care")},
    {"teenage_pregnancy", QT_TRANSLATE_NOOP("codes", "Teenage pregnancy")},
    {"asylum_refugee", QT_TRANSLATE_NOOP("codes", "Asylum seekers and refugees")},
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
