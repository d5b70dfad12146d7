// SPDX-License-Identifier: MIT
#pragma once

#include "domain/FieldError.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>

#include <optional>

namespace bb {

enum class StaffRole
{
    Midwife,
    MaternitySupportWorker,
    HealthVisitor,
    Obstetrician,
    SpecialistMidwife
};
enum class TeamKind
{
    Continuity,
    Community,
    HomeBirth,
    Diabetes,
    Hypertension,
    PerinatalMentalHealth,
    Bereavement,
    TeenagePregnancy,
    AsylumRefugee
};
enum class VenueKind
{
    GpSurgery,
    ChildrensCentre,
    HospitalClinic,
    Home
};
enum class AbsenceReason
{
    Leave,
    Sickness,
    Training
};
enum class AppointmentKind
{
    Booking,
    AntenatalContact,
    HomeVisit,
    PostnatalContact,
    SpecialistReview,
    ObstetricReview
};
enum class AppointmentStatus
{
    Booked,
    Attended,
    DidNotAttend,
    Cancelled,
    Rescheduled
};

/// Agenda for Change full-time hours: FTE 1.0 is 37.5 hours a week.
inline constexpr double kFullTimeHours = 37.5;

/// A clinician or support worker who can run clinics and see women.
struct Staff
{
    qint64 id = 0;
    QString name;
    StaffRole role = StaffRole::Midwife;
    double fte = 1.0;       ///< whole-time equivalent, above 0 and at most 1
    QStringList skills;     ///< skill codes (codes::skillCodes()), sorted
    QList<int> workingDays; ///< Qt::DayOfWeek numbers, 1 Monday to 7 Sunday, ascending

    double hoursPerWeek() const { return fte * kFullTimeHours; }
    /// Midwives and specialist midwives: the roles that can be a named midwife and that count
    /// in the continuity measure.
    bool isMidwife() const
    {
        return role == StaffRole::Midwife || role == StaffRole::SpecialistMidwife;
    }
    bool worksOn(int dayOfWeek) const { return workingDays.contains(dayOfWeek); }
    bool operator==(const Staff &) const = default;
};

/// A team of staff and the places it covers. Team size is its membership, not a setting.
struct Team
{
    qint64 id = 0;
    QString name;
    TeamKind kind = TeamKind::Community;
    QString base; ///< where the team is based, as said to a woman ("Highfields Children's Centre")
    /// Postcode districts (outward codes such as LE1, LE15) or whole areas (LE), upper case,
    /// sorted.
    QStringList postcodeAreas;
    int caseloadPerFullTimeMidwife = 35; ///< women a year; NHS England's continuity guide
    QString phone; ///< for the women in its care, printed on their plans; may be empty

    /// Whether her postcode (full, outward code, any spacing or case) is in one of the areas.
    bool covers(const QString &postcode) const;
    bool operator==(const Team &) const = default;
};

struct TeamMembership
{
    qint64 teamId = 0;
    qint64 staffId = 0;
    bool operator==(const TeamMembership &) const = default;
};

/// Where care happens: a GP surgery, a children's centre, a hospital clinic, or her home.
struct Venue
{
    qint64 id = 0;
    QString name;
    VenueKind kind = VenueKind::ChildrensCentre;
    QString address; ///< empty for "the woman's home": the address is hers
    bool operator==(const Venue &) const = default;
};

/// A weekly clinic one clinician runs at one venue, cut into appointment slots.
struct ClinicSession
{
    qint64 id = 0;
    qint64 venueId = 0;
    qint64 staffId = 0;
    int dayOfWeek = 1; ///< Qt::DayOfWeek, 1 Monday to 7 Sunday
    QTime start;
    QTime end;
    int slotMinutes = 30;

    int slotCount() const { return slotMinutes > 0 ? start.secsTo(end) / 60 / slotMinutes : 0; }
    bool operator==(const ClinicSession &) const = default;
};

/// Days a clinician is away, both ends included.
struct Absence
{
    qint64 id = 0;
    qint64 staffId = 0;
    QDate from;
    QDate to;
    AbsenceReason reason = AbsenceReason::Leave;

    bool covers(const QDate &date) const { return from <= date && date <= to; }
    bool operator==(const Absence &) const = default;
};

/// The record that names her midwife and team for one pregnancy: what places her on a
/// continuity pathway (clinical rules). Kept with history; the latest record is in force.
struct Allocation
{
    qint64 id = 0;
    qint64 pregnancyId = 0;
    qint64 midwifeId = 0;
    qint64 teamId = 0;
    QDate recordedOn; ///< the date the midwife and team were named: the continuity measure's start
    QString recordedBy; ///< who recorded it, as the actor of the use case that did; required
    bool operator==(const Allocation &) const = default;
};

/// One appointment of one pregnancy with one clinician. Times may be empty for a contact
/// recorded afterwards without them; such a contact takes part in no overlap check.
struct Appointment
{
    qint64 id = 0;
    qint64 pregnancyId = 0;
    qint64 clinicianId = 0;
    std::optional<qint64> venueId;
    QDate date;
    QTime start;
    QTime end;
    AppointmentKind kind = AppointmentKind::AntenatalContact;
    std::optional<int> contactWeek; ///< the scheduled contact's week (NICE NG201), e.g. 16, 25
    AppointmentStatus status = AppointmentStatus::Booked;
    QString reason;    ///< why it was cancelled (required then) or rescheduled
    QString updatedBy; ///< who made the latest change, as the actor of the use case that did

    bool isTimed() const { return start.isValid() && end.isValid(); }
    /// Booked and attended appointments take the clinician's time: no other may overlap them.
    bool holdsTime() const
    {
        return status == AppointmentStatus::Booked || status == AppointmentStatus::Attended;
    }
    /// Whether the clinician was expected to be there: not while she is on an absence.
    bool needsClinician() const { return holdsTime() || status == AppointmentStatus::DidNotAttend; }
    bool operator==(const Appointment &) const = default;
};

/// `LE15` from `le15 6ab`, `LE15 6AB` or `LE15`; empty when nothing postcode-like is given.
QString outwardCode(const QString &postcode);

/// Problems that stop a value being saved, by field path (`staff.fte`). Checks of the value
/// alone; the repositories add the checks that need the database.
FieldErrors validate(const Staff &staff);
FieldErrors validate(const Team &team);
FieldErrors validate(const Venue &venue);
FieldErrors validate(const ClinicSession &session);
FieldErrors validate(const Absence &absence);
FieldErrors validate(const Appointment &appointment);

namespace codes {

// The words the database and the command line use; the schema's CHECK constraints list the same.
QString toCode(StaffRole value);
QString toCode(TeamKind value);
QString toCode(VenueKind value);
QString toCode(AbsenceReason value);
QString toCode(AppointmentKind value);
QString toCode(AppointmentStatus value);

std::optional<StaffRole> staffRoleFromCode(const QString &code);
std::optional<TeamKind> teamKindFromCode(const QString &code);
std::optional<VenueKind> venueKindFromCode(const QString &code);
std::optional<AbsenceReason> absenceReasonFromCode(const QString &code);
std::optional<AppointmentKind> appointmentKindFromCode(const QString &code);
std::optional<AppointmentStatus> appointmentStatusFromCode(const QString &code);

QString label(StaffRole value);
QString label(TeamKind value);
QString label(VenueKind value);
QString label(AbsenceReason value);
QString label(AppointmentKind value);
QString label(AppointmentStatus value);

QStringList staffRoleCodes();
QStringList teamKindCodes();
QStringList venueKindCodes();
QStringList absenceReasonCodes();
QStringList appointmentKindCodes();
QStringList appointmentStatusCodes();

/// Skills a team or the scheduler can ask for: home_birth, newborn_examination, ...
QStringList skillCodes();
QString skillLabel(const QString &code);

} // namespace codes
} // namespace bb
