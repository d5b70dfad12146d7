// SPDX-License-Identifier: MIT
#include "care/Discharges.h"

#include "care/Audited.h"
#include "care/FeedbackText.h"
#include "care/Writes.h"
#include "clinical/NhsNumber.h"
#include "documents/PrintSettings.h"
#include "storage/AppointmentRepository.h"
#include "storage/BabyCareRepository.h"
#include "storage/BirthRepository.h"
#include "storage/Database.h"
#include "storage/DischargeRepository.h"
#include "storage/PregnancyRepository.h"
#include "storage/SettingsRepository.h"
#include "storage/StaffRepository.h"
#include "util/Clock.h"

#include <algorithm>

#include <QCoreApplication>

namespace bb::care {
namespace {

/// The words this shows go through Qt's translation system (translations/).
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(Discharges)
};

const QString kCancelledForDischarge = QStringLiteral("discharged");

FieldErrors oneError(const char *path, const QString &message)
{
    return {{QString::fromLatin1(path), message}};
}

// Why `day` is not one from the birth to today (`afterToday` says what to do instead); empty
// when it is.
QString notSinceBirth(const QDate &day, const QDate &birth, const QDate &today,
                      const QString &afterToday)
{
    if (!day.isValid())
        return Words::tr("a date is needed");
    if (day < birth)
        return Words::tr("is before the birth on %1").arg(birth.toString(Qt::ISODate));
    if (day > today)
        return Words::tr("is after today: %1").arg(afterToday);
    return {};
}

// Why the unit of a move away from her mother is not one the directory lists for that kind of
// care; empty when it is. `error` is set when the directory cannot be read.
QString notInDirectory(const BabyCareMove &move, const storage::Database &database, QString &error)
{
    const auto stored = storage::SettingsRepository(database).stored(&error);
    const PrintSettings settings = stored.value_or(documents::demoPrintSettings());
    const QString kind = serviceKindFor(move.location);
    QStringList units;
    for (const ServiceContact &service : settings.servicesOfKind(kind))
        units << service.name;
    if (units.isEmpty())
        return Words::tr("the service directory lists no %1: add it in Settings")
            .arg(codes::label(move.location).toLower());
    if (!units.contains(move.unit))
        return Words::tr("'%1' is not in the service directory (one of: %2)")
            .arg(move.unit, units.join(QStringLiteral("; ")));
    return {};
}

} // namespace

Discharges::Discharges(const storage::Database &database, const Clock &clock)
    : m_database(database), m_clock(clock)
{
}

Outcome<BabyCareMove> Discharges::moveBaby(qint64 pregnancyId, BabyCareMove move,
                                           const Actor &actor) const
{
    if (const auto nobody = unknownActor(actor))
        return *nobody;
    const AuditEntry audit{
        AuditEventKind::Create, womanOfPregnancy(m_database, pregnancyId),
        QStringLiteral("where her baby is cared for from %1").arg(move.from.toString(Qt::ISODate))};
    if (auto refused =
            refusedUnless(m_database, m_clock, actor, access::Permission::RecordPostnatal, audit))
        return *refused;
    return inOneTransaction(m_database, [&]() -> Outcome<BabyCareMove> {
        QString error;
        const auto birth = storage::BirthRepository(m_database).forPregnancy(pregnancyId, &error);
        if (!error.isEmpty())
            return Failure{error};
        if (!birth)
            return oneError("pregnancy", Words::tr("her birth is not recorded yet"));
        const Baby *baby = nullptr;
        for (const Baby &b : birth->birth.babies) {
            if (b.id == move.babyId && b.outcome == BabyOutcome::LiveBirth)
                baby = &b;
        }
        FieldErrors problems;
        if (baby == nullptr)
            problems << FieldError{QStringLiteral("baby"),
                                   Words::tr("not a baby born alive at this birth")};
        if (const QString why = notSinceBirth(move.from, birth->birth.date, m_clock.today(),
                                              Words::tr("record a move once it happens"));
            !why.isEmpty())
            problems << FieldError{QStringLiteral("from"), why};
        move.unit = move.unit.trimmed();
        move.reason = move.reason.trimmed();
        if (move.location == BabyCareLocation::WithMother)
            move.unit.clear();
        else if (move.unit.isEmpty())
            problems << FieldError{QStringLiteral("unit"),
                                   Words::tr("say which unit cares for her baby")};
        else if (const QString why = notInDirectory(move, m_database, error); !why.isEmpty())
            problems << FieldError{QStringLiteral("unit"), why};
        if (!error.isEmpty())
            return Failure{error};
        if (!problems.isEmpty())
            return problems;
        if (!storage::BabyCareRepository(m_database)
                 .insert(move, recordedName(actor), m_clock.now(), &error))
            return Failure{error};
        if (auto failure = appendAudit(m_database, m_clock, actor, audit))
            return *failure;
        return move;
    });
}

Outcome<QList<BabyCareMove>> Discharges::movesOf(qint64 pregnancyId) const
{
    QString error;
    const auto birth = storage::BirthRepository(m_database).forPregnancy(pregnancyId, &error);
    if (!error.isEmpty())
        return Failure{error};
    if (!birth)
        return QList<BabyCareMove>{};
    QList<qint64> babyIds;
    for (const Baby &b : birth->birth.babies)
        babyIds << b.id;
    const QList<BabyCareMove> moves =
        storage::BabyCareRepository(m_database).movesOf(babyIds, &error);
    if (!error.isEmpty())
        return Failure{error};
    return moves;
}

Outcome<QList<BabyAway>> Discharges::babiesAwayFromHome(const QDate &day, qint64 teamId) const
{
    QString error;
    const QList<BabyAway> away =
        storage::BabyCareRepository(m_database).awayFromHome(day, teamId, &error);
    if (!error.isEmpty())
        return Failure{error};
    return away;
}

Outcome<DischargeDone> Discharges::discharge(Discharge discharge,
                                             const std::optional<Feedback> &feedback,
                                             const Actor &actor) const
{
    if (const auto nobody = unknownActor(actor))
        return *nobody;
    const AuditEntry audit{AuditEventKind::Create,
                           womanOfPregnancy(m_database, discharge.pregnancyId),
                           QStringLiteral("discharge to the health visitor on %1")
                               .arg(discharge.date.toString(Qt::ISODate))};
    if (auto refused =
            refusedUnless(m_database, m_clock, actor, access::Permission::RecordCare, audit))
        return *refused;
    const QDateTime at = m_clock.now();
    return inOneTransaction(m_database, [&]() -> Outcome<DischargeDone> {
        QString error;
        const storage::BirthRepository births(m_database);
        const auto birth = births.forPregnancy(discharge.pregnancyId, &error);
        if (!error.isEmpty())
            return Failure{error};
        if (!birth)
            return oneError("pregnancy",
                            Words::tr("her birth is not recorded yet: record it first"));
        const storage::DischargeRepository discharges(m_database);
        if (const auto earlier = discharges.forPregnancy(discharge.pregnancyId, &error))
            return oneError("pregnancy", Words::tr("she was discharged on %1 already")
                                             .arg(earlier->discharge.date.toString(Qt::ISODate)));
        if (!error.isEmpty())
            return Failure{error};

        FieldErrors problems;
        if (const QString why = notSinceBirth(discharge.date, birth->birth.date, m_clock.today(),
                                              Words::tr("discharge her on the day"));
            !why.isEmpty())
            problems << FieldError{QStringLiteral("date"), why};
        const auto her =
            storage::PregnancyRepository(m_database).booking(discharge.pregnancyId, &error);
        if (!her)
            return Failure{error.isEmpty() ? Words::tr("her booking cannot be read") : error};
        QMap<qint64, QString> numbers;
        for (auto it = discharge.babyNhsNumbers.cbegin(); it != discharge.babyNhsNumbers.cend();
             ++it) {
            const QString number = clinical::nhs::normalise(it.value());
            if (number.isEmpty())
                continue;
            qsizetype index = -1;
            for (qsizetype i = 0; i < birth->birth.babies.size(); ++i) {
                if (birth->birth.babies[i].id == it.key())
                    index = i;
            }
            const QString path = QStringLiteral("babies.%1.nhs_number").arg(index + 1);
            if (index < 0) {
                problems << FieldError{QStringLiteral("babies"),
                                       Words::tr("baby %1 is not of this birth").arg(it.key())};
                continue;
            }
            const QString stored = birth->birth.babies[index].nhsNumber;
            // A number is each baby's own, and once recorded it is not changed in passing: a
            // wrong one on the handover would follow the baby everywhere.
            if (const QString why = clinical::nhs::problem(number); !why.isEmpty())
                problems << FieldError{path, why};
            else if (!stored.isEmpty() && stored != number)
                problems << FieldError{
                    path,
                    Words::tr("is recorded as %1 already").arg(clinical::nhs::format(stored))};
            else if (number == her->woman.nhsNumber)
                problems << FieldError{path, Words::tr("is her own NHS number")};
            else if (std::find(numbers.cbegin(), numbers.cend(), number) != numbers.cend())
                problems << FieldError{path, Words::tr("is another baby's number too")};
            else
                numbers.insert(it.key(), number);
        }
        if (!problems.isEmpty())
            return problems;

        for (auto it = numbers.cbegin(); it != numbers.cend(); ++it) {
            if (!births.setBabyNhsNumber(it.key(), it.value(), &error))
                return Failure{error};
        }
        discharge.babyNhsNumbers = numbers;
        discharge.healthVisitor = discharge.healthVisitor.trimmed();
        discharge.handoverNotes = discharge.handoverNotes.trimmed();
        DischargeDone done{{discharge, recordedName(actor), at}, {}};
        if (!discharges.insert(done.discharge, &error))
            return Failure{error};

        const storage::AppointmentRepository appointments(m_database);
        for (Appointment a : appointments.forPregnancy(discharge.pregnancyId)) {
            // Only her postnatal contacts end with maternity care: a review booked with a
            // doctor or a specialist stays.
            if (a.status != AppointmentStatus::Booked || a.date <= discharge.date ||
                a.kind != AppointmentKind::PostnatalContact)
                continue;
            a.status = AppointmentStatus::Cancelled;
            a.reason = kCancelledForDischarge;
            a.updatedBy = recordedName(actor);
            if (!appointments.save(a, at, &error))
                return Failure{error};
            done.cancelled << a;
        }

        if (feedback) {
            const auto allocation = appointments.currentAllocation(discharge.pregnancyId);
            FeedbackEntry entry;
            entry.teamId = allocation ? allocation->teamId : 0;
            entry.givenOn = QDate(discharge.date.year(), discharge.date.month(), 1);
            entry.feedback.answer = feedback->answer;
            entry.feedback.comment = withoutHerIdentifiers(feedback->comment, her->woman);
            if (!discharges.insertFeedback(entry, &error))
                return Failure{error};
        }
        if (auto failure = appendAudit(m_database, m_clock, actor, audit))
            return *failure;
        return done;
    });
}

Outcome<std::optional<RecordedDischarge>> Discharges::dischargeOf(qint64 pregnancyId) const
{
    QString error;
    const auto discharge =
        storage::DischargeRepository(m_database).forPregnancy(pregnancyId, &error);
    if (!error.isEmpty())
        return Failure{error};
    return discharge;
}

Outcome<FeedbackSummary> Discharges::feedback(const QString &teamName, const QDate &from,
                                              const QDate &to) const
{
    FieldErrors problems;
    const auto team = storage::StaffRepository(m_database).teamByName(teamName.trimmed());
    if (!team)
        problems << FieldError{QStringLiteral("team"),
                               Words::tr("no team is called '%1'").arg(teamName.trimmed())};
    if (!from.isValid())
        problems << FieldError{QStringLiteral("from"), Words::tr("a date is needed")};
    if (!to.isValid())
        problems << FieldError{QStringLiteral("to"), Words::tr("a date is needed")};
    else if (from.isValid() && to < from)
        problems << FieldError{QStringLiteral("to"), Words::tr("is before the first day")};
    if (!problems.isEmpty())
        return problems;
    QString error;
    const QList<FeedbackEntry> entries =
        storage::DischargeRepository(m_database).feedback(team->id, from, to, &error);
    if (!error.isEmpty())
        return Failure{error};
    return summariseFeedback(team->name, from, to, entries);
}

} // namespace bb::care
