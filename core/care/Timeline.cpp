// SPDX-License-Identifier: MIT
#include "care/Timeline.h"

#include "care/Births.h"
#include "care/CarePlans.h"
#include "care/Contacts.h"
#include "care/Discharges.h"
#include "care/Postnatal.h"
#include "care/Results.h"
#include "clinical/ConditionCodes.h"
#include "clinical/ContactRules.h"
#include "clinical/Dating.h"
#include "domain/Codes.h"
#include "storage/BirthRepository.h"
#include "storage/LossRepository.h"
#include "storage/PregnancyRepository.h"
#include "storage/StaffRepository.h"

#include <QRegularExpression>

#include <algorithm>

#include <QCoreApplication>

namespace bb::care {
namespace {

/// The words this shows go through Qt's translation system (translations/).
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(Timeline)
};

QString contactDetail(const ContactReview &r)
{
    const AntenatalContact &c = r.contact;
    if (!c.attended)
        return Words::tr("Did not attend");
    QStringList parts;
    if (c.bloodPressure)
        parts
            << Words::tr("BP %1/%2").arg(c.bloodPressure->systolic).arg(c.bloodPressure->diastolic);
    if (c.urineProtein != Dipstick::NotTested)
        parts << QStringLiteral("protein %1").arg(codes::label(c.urineProtein).toLower());
    if (c.sfhCm)
        parts << Words::tr("SFH %1 cm").arg(*c.sfhCm);
    if (c.presentation != Presentation::NotRecorded)
        parts << codes::label(c.presentation).toLower();
    for (const QString &code : c.conditions) {
        if (const auto *info = clinical::findCondition(code))
            parts << QStringLiteral("diagnosed: %1").arg(info->meaningString());
    }
    QStringList actions;
    for (const ContactAction &a : r.assessment.actions)
        actions << clinical::contactActionTitle(a.code);
    if (!actions.isEmpty())
        parts << QStringLiteral("action: %1").arg(actions.join(QStringLiteral("; ")));
    return parts.isEmpty() ? Words::tr("Attended") : parts.join(QStringLiteral(" · "));
}

QString postnatalDetail(const PostnatalReview &r, const Birth &birth)
{
    const PostnatalContact &c = r.contact;
    if (!c.attended)
        return Words::tr("Did not attend");
    QStringList parts;
    if (c.bloodPressure)
        parts
            << Words::tr("BP %1/%2").arg(c.bloodPressure->systolic).arg(c.bloodPressure->diastolic);
    for (const BabyCheck &check : c.babies) {
        for (const Baby &baby : birth.babies) {
            if (baby.id == check.babyId && check.weightGrams)
                parts << Words::tr("baby %1 %2 g").arg(baby.order).arg(*check.weightGrams);
        }
    }
    QStringList actions;
    for (const ContactAction &a : r.actions)
        actions << clinical::contactActionTitle(a.code);
    if (!actions.isEmpty())
        parts << QStringLiteral("action: %1").arg(actions.join(QStringLiteral("; ")));
    return parts.isEmpty() ? Words::tr("Attended") : parts.join(QStringLiteral(" · "));
}

int sameDayOrder(TimelineKind kind)
{
    switch (kind) {
    case TimelineKind::Loss:
        return -1;
    case TimelineKind::Discharge:
        return 0;
    case TimelineKind::BabyMove:
        return 1;
    case TimelineKind::PostnatalContact:
        return 2;
    case TimelineKind::Birth:
        return 3;
    case TimelineKind::PlanVersion:
        return 4;
    case TimelineKind::Result:
        return 5;
    case TimelineKind::Contact:
        return 6;
    case TimelineKind::Booking:
        return 7;
    }
    return 8;
}

// The birth, her postnatal contacts, her babies' moves and her discharge.
std::optional<Failure> appendAfterBirth(const storage::Database &database, const Clock &clock,
                                        qint64 pregnancyId, const Gestation &atBirth,
                                        QList<TimelineEntry> &entries)
{
    const auto birth = Births(database, clock).birthOf(pregnancyId);
    if (!birth)
        return Failure{birth.message()};
    if (!birth.value())
        return std::nullopt;
    const Birth &b = birth.value()->birth;
    const auto dayOf = [&b](const QDate &date) { return int(b.date.daysTo(date)); };
    QStringList babies;
    for (const Baby &baby : b.babies)
        babies << QStringLiteral("%1 %2 g")
                      .arg(codes::label(baby.sex).toLower())
                      .arg(baby.weightGrams);
    entries.append(
        {b.date, atBirth, TimelineKind::Birth, Words::tr("Birth: %1").arg(codes::label(b.mode)),
         QStringLiteral("%1 · %2").arg(codes::label(b.setting), babies.join(QStringLiteral(", "))),
         b.id, std::nullopt});

    const auto contacts = Postnatal(database, clock).contactsOf(pregnancyId);
    if (!contacts)
        return Failure{contacts.message()};
    const storage::StaffRepository staff(database);
    for (const PostnatalReview &r : contacts.value()) {
        const auto who = staff.staffById(r.contact.clinicianId);
        entries.append({r.contact.date,
                        {},
                        TimelineKind::PostnatalContact,
                        Words::tr("Postnatal contact (%1)%2")
                            .arg(codes::label(r.contact.role).toLower(),
                                 who ? QStringLiteral(" with ") + who->name : QString()),
                        postnatalDetail(r, b),
                        r.contact.id,
                        dayOf(r.contact.date)});
    }

    const Discharges discharges(database, clock);
    const auto moves = discharges.movesOf(pregnancyId);
    if (!moves)
        return Failure{moves.message()};
    for (const BabyCareMove &move : moves.value()) {
        int order = 0;
        for (const Baby &baby : b.babies)
            order = baby.id == move.babyId ? baby.order : order;
        entries.append({move.from,
                        {},
                        TimelineKind::BabyMove,
                        Words::tr("Baby %1: %2").arg(order).arg(codes::label(move.location)),
                        QStringList{move.unit, move.reason}
                            .filter(QRegularExpression(QStringLiteral("\\S")))
                            .join(QStringLiteral(" · ")),
                        move.id,
                        dayOf(move.from)});
    }
    const auto discharge = discharges.dischargeOf(pregnancyId);
    if (!discharge)
        return Failure{discharge.message()};
    if (const auto &d = discharge.value()) {
        entries.append({d->discharge.date,
                        {},
                        TimelineKind::Discharge,
                        Words::tr("Discharged from maternity care"),
                        d->discharge.healthVisitor.isEmpty()
                            ? Words::tr("To the health visitor")
                            : Words::tr("To %1").arg(d->discharge.healthVisitor),
                        pregnancyId,
                        dayOf(d->discharge.date)});
    }
    return std::nullopt;
}

} // namespace

QString TimelineEntry::when() const
{
    return dayAfterBirth ? Words::tr("Day %1").arg(*dayAfterBirth) : gestation.toString();
}

Timeline::Timeline(const storage::Database &database, const Clock &clock)
    : m_database(database), m_clock(clock)
{
}

Outcome<QList<TimelineEntry>> Timeline::of(qint64 pregnancyId) const
{
    QString error;
    const auto booking = storage::PregnancyRepository(m_database).booking(pregnancyId, &error);
    if (!error.isEmpty())
        return Failure{error};
    if (!booking)
        return QList<TimelineEntry>{};
    const auto dating = clinical::estimateDueDate(booking->pregnancy);
    const auto at = [&dating](const QDate &date) {
        return dating ? clinical::gestationOn(dating->edd, date) : Gestation{};
    };
    QList<TimelineEntry> entries;
    entries.append(
        {booking->pregnancy.bookingDate, at(booking->pregnancy.bookingDate), TimelineKind::Booking,
         Words::tr("Booking appointment"),
         dating ? Words::tr("Due %1").arg(dating->edd.toString(QStringLiteral("dd-MMM-yyyy")))
                : Words::tr("Not yet dated"),
         pregnancyId, std::nullopt});

    const auto contacts = Contacts(m_database, m_clock).contactsOf(pregnancyId);
    if (!contacts)
        return contacts.as<QList<TimelineEntry>>();
    const storage::StaffRepository staff(m_database);
    for (const ContactReview &r : contacts.value()) {
        const auto who = staff.staffById(r.contact.clinicianId);
        entries.append({r.contact.date, at(r.contact.date), TimelineKind::Contact,
                        who ? Words::tr("Antenatal contact with %1").arg(who->name)
                            : Words::tr("Antenatal contact"),
                        contactDetail(r), r.contact.id, std::nullopt});
    }

    const auto results = Results(m_database, m_clock).resultsOf(pregnancyId);
    if (!results)
        return results.as<QList<TimelineEntry>>();
    for (const TestResult &r : results.value()) {
        QString detail = r.value;
        if (r.awaitingAction())
            detail += Words::tr(" · needs action");
        else if (!r.actionTaken.isEmpty())
            detail += Words::tr(" · acted on %1: %2")
                          .arg(r.actedOn.toString(QStringLiteral("dd-MMM-yyyy")), r.actionTaken);
        entries.append({r.date, at(r.date), TimelineKind::Result, codes::resultKindLabel(r.kind),
                        detail, r.id, std::nullopt});
    }

    const auto versions = CarePlans(m_database, m_clock).versions(pregnancyId);
    if (!versions)
        return versions.as<QList<TimelineEntry>>();
    for (const StoredCarePlan &v : versions.value()) {
        const QDate day = v.savedAt.date();
        entries.append(
            {day, at(day), TimelineKind::PlanVersion,
             Words::tr("Care plan version %1").arg(v.version),
             Words::tr("%1; saved by %2")
                 .arg(v.plan.pathway == CarePathway::ObstetricLed ? Words::tr("Obstetric-led care")
                                                                  : Words::tr("Midwife-led care"),
                      v.savedBy),
             v.id, std::nullopt});
    }
    const auto delivered = storage::BirthRepository(m_database).forPregnancy(pregnancyId, &error);
    if (!error.isEmpty())
        return Failure{error};
    if (delivered) {
        if (const auto failed = appendAfterBirth(m_database, m_clock, pregnancyId,
                                                 at(delivered->birth.date), entries))
            return *failed;
    }
    const auto loss = storage::LossRepository(m_database).forPregnancy(pregnancyId, &error);
    if (!error.isEmpty())
        return Failure{error};
    if (loss) {
        const QDate day = loss->loss.date;
        std::optional<int> afterBirth;
        if (delivered && day >= delivered->birth.date)
            afterBirth = int(delivered->birth.date.daysTo(day));
        const QString recorded = Words::tr("recorded by %1").arg(loss->recordedBy);
        entries.append({day, at(day), TimelineKind::Loss, codes::label(loss->loss.kind),
                        loss->loss.notes.isEmpty()
                            ? Words::tr("Bereavement care; %1").arg(recorded)
                            : QStringLiteral("%1; %2").arg(loss->loss.notes, recorded),
                        pregnancyId, afterBirth});
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [](const TimelineEntry &a, const TimelineEntry &b) {
                         if (a.date != b.date)
                             return a.date > b.date;
                         return sameDayOrder(a.kind) < sameDayOrder(b.kind);
                     });
    return entries;
}

} // namespace bb::care
