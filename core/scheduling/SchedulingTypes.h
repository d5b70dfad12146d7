// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>

#include <optional>

/// Plain inputs and outputs of the scheduling rules (allocation, slot booking, on-call rota,
/// continuity). Storage and UI map their own records to these; nothing here reads a database,
/// the clock or the screen. Ids are the database ids; 0 means "none recorded".
namespace bb::scheduling {

enum class Role
{
    Midwife,
    MaternitySupportWorker,
    HealthVisitor,
    Obstetrician,
    SpecialistMidwife
};
QString toCode(Role role); ///< `midwife`, `maternity_support_worker`, ...
std::optional<Role> roleFromCode(const QString &code);

/// Midwife and specialist midwife. The continuity measure counts only contacts with a midwife,
/// and antenatal contacts are booked only with midwives, so both use this one test.
bool isMidwife(Role role);

/// The skill that puts a midwife on the Home Birth Team's on-call rota.
inline constexpr char kHomeBirthSkill[] = "home_birth";

struct Clinician
{
    qint64 id = 0;
    QString name;
    Role role = Role::Midwife;
    double fte = 1.0; ///< whole-time equivalent, 1.0 = full time
    QStringList skills;
    qint64 teamId = 0;
    /// Days she works. Empty means no pattern is recorded, and her sessions alone decide.
    QList<Qt::DayOfWeek> workingDays;

    bool worksOn(const QDate &date) const;
    bool operator==(const Clinician &) const = default;
};

struct TeamInfo
{
    qint64 id = 0;
    QString name;
    /// The team's kind as its code (`continuity`, `community`, `home_birth`, ...), the same words
    /// the domain's team codes use, so storage passes it through without a second enum to map.
    QString kind;
    /// Postcode areas (`LE`), districts (`LE15`) or sectors (`LE15 6`) the team covers.
    QStringList postcodeAreas;
    int caseloadTargetPerFte = 35; ///< women a year per full-time midwife: a team setting
    bool operator==(const TeamInfo &) const = default;
};

/// A weekly session: one clinician, one venue (or home visits), one weekday, cut into slots.
struct Session
{
    qint64 id = 0;
    qint64 venueId = 0;
    QString venueName;
    bool homeVisits = false;
    Qt::DayOfWeek weekday = Qt::Monday;
    QTime start;
    QTime end;
    int slotMinutes = 30;
    qint64 clinicianId = 0;
    bool operator==(const Session &) const = default;
};

/// A clinician away (leave, sickness, training), both dates inclusive.
struct Absence
{
    qint64 clinicianId = 0;
    QDate from;
    QDate to;
    bool covers(const QDate &date) const { return date >= from && date <= to; }
    bool operator==(const Absence &) const = default;
};

/// An appointment already in the diary; it blocks both the clinician and the woman.
struct Booked
{
    QDate date;
    QTime start;
    QTime end;
    qint64 clinicianId = 0;
    qint64 pregnancyId = 0;
    bool operator==(const Booked &) const = default;
};

/// One planned antenatal contact still to be given a time.
struct ContactToPlace
{
    qint64 pregnancyId = 0;
    QString nhsNumber;
    int week = 0;      ///< completed weeks of gestation (NICE NG201)
    QDate weekStart;   ///< the contact's date: its window is this day and the six after
    QDate bookingDate; ///< never placed on or before this day
    qint64 namedMidwifeId = 0;
    qint64 teamId = 0;
    bool homeVisit = false;
    bool operator==(const ContactToPlace &) const = default;
};

struct Placement
{
    enum Match
    {
        NamedMidwife, ///< with her named midwife
        Team,         ///< with another member of her team
        Other         ///< with a midwife outside her team
    };

    ContactToPlace contact;
    QDate date;
    QTime start;
    QTime end;
    qint64 clinicianId = 0;
    qint64 sessionId = 0;
    QString venue;
    Match match = Other;

    Booked asBooked() const { return {date, start, end, clinicianId, contact.pregnancyId}; }
    bool operator==(const Placement &) const = default;
};

enum class UnplacedReason
{
    WindowPassed,  ///< the contact's week ended before the first day being scheduled
    BookedTooLate, ///< the contact's week ended on or before the booking date
    NoFreeSlot,    ///< no midwife had a free slot of the right kind in the window
    NoDate         ///< the contact has no date to place it by
};

struct Unplaced
{
    ContactToPlace contact;
    UnplacedReason code = UnplacedReason::NoFreeSlot;
    QString reason; ///< in words, for the person who has to act on it
    bool operator==(const Unplaced &) const = default;
};

} // namespace bb::scheduling
