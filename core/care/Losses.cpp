// SPDX-License-Identifier: MIT
#include "care/Losses.h"

#include "care/Audited.h"
#include "care/ReferralWrites.h"
#include "care/Writes.h"
#include "clinical/Dating.h"
#include "clinical/LossRules.h"
#include "clinical/ResultRules.h"
#include "storage/AppointmentRepository.h"
#include "storage/BirthRepository.h"
#include "storage/LossRepository.h"
#include "storage/PregnancyRepository.h"
#include "storage/ReferralRepository.h"
#include "storage/ResultRepository.h"
#include "storage/WomanRepository.h"
#include "util/Clock.h"

#include <QCoreApplication>

namespace bb::care {
namespace {

/// The words this shows go through Qt's translation system (translations/).
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(Losses)
};

// Stored as the reason an appointment was cancelled, in the same words whoever recorded it.
const QString kCancelledForLoss = QStringLiteral("pregnancy loss");
const QString kCancelledInError = QStringLiteral("entered in error");

FieldErrors oneError(const char *path, const QString &message)
{
    return {{QString::fromLatin1(path), message}};
}

// What her loss is checked against: her gestation on the day, and her birth if recorded.
clinical::LossFacts factsOf(const Booking &booking,
                            const std::optional<storage::StoredBirth> &birth, const QDate &lossDate)
{
    clinical::LossFacts facts;
    if (const auto dating = clinical::estimateDueDate(booking.pregnancy);
        dating && lossDate.isValid())
        facts.atLoss = clinical::gestationOn(dating->edd, lossDate);
    if (birth) {
        facts.birthDate = birth->birth.date;
        for (const Baby &baby : birth->birth.babies)
            (baby.outcome == BabyOutcome::LiveBirth ? facts.bornAlive : facts.stillborn) += 1;
    }
    return facts;
}

// Referrals kept after a loss though she is no longer pregnant: her mental health matters more
// now, and a safeguarding concern does not end with the pregnancy.
bool staysAfterLoss(const Referral &r)
{
    return r.team == QLatin1String("perinatal_mental_health") ||
           r.team == QLatin1String("safeguarding");
}

// Whether she is rhesus D negative: her latest blood group result, else her booking's record.
std::optional<bool> rhesusNegativeOf(const QList<TestResult> &results, const Booking &booking)
{
    const TestResult *group = nullptr;
    for (const TestResult &r : results) {
        if (r.kind == QLatin1String("blood_group") && (group == nullptr || r.date >= group->date))
            group = &r;
    }
    if (group != nullptr) {
        if (const auto negative = clinical::rhesusNegative(group->value))
            return negative;
    }
    switch (booking.details.rhesus) {
    case Rhesus::Negative:
        return true;
    case Rhesus::Positive:
        return false;
    case Rhesus::NotKnown:
        break;
    }
    return std::nullopt;
}

} // namespace

Losses::Losses(const storage::Database &database, const Clock &clock)
    : m_database(database), m_clock(clock)
{
}

Outcome<LossRecorded> Losses::record(PregnancyLoss loss, const Actor &actor) const
{
    if (const auto nobody = unknownActor(actor))
        return *nobody;
    const AuditEntry audit{
        AuditEventKind::Create, womanOfPregnancy(m_database, loss.pregnancyId),
        QStringLiteral("%1 on %2").arg(codes::label(loss.kind), loss.date.toString(Qt::ISODate))};
    if (auto refused =
            refusedUnless(m_database, m_clock, actor, access::Permission::RecordCare, audit))
        return *refused;
    const QDateTime at = m_clock.now();
    return inOneTransaction(m_database, [&]() -> Outcome<LossRecorded> {
        QString error;
        const storage::PregnancyRepository pregnancies(m_database);
        const auto booking = pregnancies.booking(loss.pregnancyId, &error);
        if (!error.isEmpty())
            return Failure{error};
        if (!booking)
            return oneError("pregnancy", Words::tr("there is no such pregnancy"));
        const storage::LossRepository losses(m_database);
        if (const auto earlier = losses.forPregnancy(loss.pregnancyId, &error))
            return oneError("pregnancy", Words::tr("a %1 was recorded on %2 already")
                                             .arg(codes::label(earlier->loss.kind).toLower(),
                                                  earlier->loss.date.toString(Qt::ISODate)));
        if (!error.isEmpty())
            return Failure{error};
        const auto birth =
            storage::BirthRepository(m_database).forPregnancy(loss.pregnancyId, &error);
        if (!error.isEmpty())
            return Failure{error};
        loss.notes = loss.notes.trimmed();
        if (const FieldErrors problems =
                clinical::lossProblems(loss, factsOf(*booking, birth, loss.date), m_clock.today());
            !problems.isEmpty())
            return problems;

        LossRecorded done;
        done.loss = {loss, recordedName(actor), at};
        done.birthRecorded = birth.has_value();
        if (!losses.insert(done.loss, &error) ||
            !pregnancies.setStatus(loss.pregnancyId, PregnancyStatus::Loss, at, &error))
            return Failure{error};

        const storage::AppointmentRepository appointments(m_database);
        for (Appointment a : appointments.forPregnancy(loss.pregnancyId)) {
            if (a.status != AppointmentStatus::Booked || a.date < loss.date ||
                (postnatalCareContinues(loss.kind) && a.kind == AppointmentKind::PostnatalContact))
                continue;
            a.status = AppointmentStatus::Cancelled;
            a.reason = kCancelledForLoss;
            a.updatedBy = recordedName(actor);
            if (!appointments.save(a, at, &error))
                return Failure{error};
            done.cancelled << a;
        }

        const storage::ReferralRepository referrals(m_database);
        const QList<Referral> before = referrals.forPregnancy(loss.pregnancyId, &error);
        if (!error.isEmpty())
            return Failure{error};
        for (Referral r : before) {
            if (r.status != ReferralStatus::Suggested || staysAfterLoss(r))
                continue;
            r.status = ReferralStatus::NotNeeded;
            r.note = kCancelledForLoss;
            r.updatedOn = at.date();
            r.updatedBy = recordedName(actor);
            if (!referrals.update(r, at, &error))
                return Failure{error};
            done.notNeeded << r;
        }
        done.referrals =
            suggestReferrals(m_database, loss.pregnancyId, clinical::referralsAfterLoss(loss.kind),
                             ReferralSource::Loss, recordedName(actor), at, &error);
        if (!error.isEmpty())
            return Failure{error};

        const QList<TestResult> results =
            storage::ResultRepository(m_database).forPregnancy(loss.pregnancyId, &error);
        if (!error.isEmpty())
            return Failure{error};
        done.postnatal =
            clinical::postnatalAfterLoss(loss.kind, rhesusNegativeOf(results, *booking));
        if (auto failure = appendAudit(m_database, m_clock, actor, audit))
            return *failure;
        return done;
    });
}

Outcome<std::optional<RecordedLoss>> Losses::lossOf(qint64 pregnancyId) const
{
    QString error;
    auto loss = storage::LossRepository(m_database).forPregnancy(pregnancyId, &error);
    if (!error.isEmpty())
        return Failure{error};
    return loss;
}

Outcome<QList<ContactAction>> Losses::postnatalAfterLoss(qint64 pregnancyId) const
{
    QString error;
    const auto loss = storage::LossRepository(m_database).forPregnancy(pregnancyId, &error);
    if (!error.isEmpty())
        return Failure{error};
    if (!loss)
        return QList<ContactAction>{};
    const auto booking = storage::PregnancyRepository(m_database).booking(pregnancyId, &error);
    const QList<TestResult> results =
        storage::ResultRepository(m_database).forPregnancy(pregnancyId, &error);
    if (!error.isEmpty() || !booking)
        return Failure{error.isEmpty() ? Words::tr("her booking cannot be read") : error};
    return clinical::postnatalAfterLoss(loss->loss.kind, rhesusNegativeOf(results, *booking));
}

Outcome<QList<Appointment>> Losses::enterInError(qint64 womanId, qint64 pregnancyId,
                                                 const QString &reason, const Actor &actor) const
{
    if (const auto nobody = unknownActor(actor))
        return *nobody;
    const AuditEntry audit{
        AuditEventKind::Change,
        womanId,
        pregnancyId == 0 ? QStringLiteral("her whole record entered in error")
                         : QStringLiteral("pregnancy %1 entered in error").arg(pregnancyId),
        {{QStringLiteral("in_error"),
          QJsonObject{{QStringLiteral("old"), false}, {QStringLiteral("new"), true}}},
         {QStringLiteral("reason"), reason.trimmed()}}};
    if (auto refused =
            refusedUnless(m_database, m_clock, actor, access::Permission::RecordCare, audit))
        return *refused;
    const QDateTime at = m_clock.now();
    return inOneTransaction(m_database, [&]() -> Outcome<QList<Appointment>> {
        QString error;
        const QList<Pregnancy> hers =
            storage::PregnancyRepository(m_database).forWoman(womanId, &error);
        if (!error.isEmpty())
            return Failure{error};
        if (!storage::WomanRepository(m_database).byId(womanId))
            return oneError("woman", Words::tr("there is no such woman"));
        QList<qint64> affected;
        for (const Pregnancy &p : hers) {
            if (pregnancyId == 0 || p.id == pregnancyId)
                affected << p.id;
        }
        if (pregnancyId != 0 && affected.isEmpty())
            return oneError("pregnancy", Words::tr("not one of her pregnancies"));
        if (reason.trimmed().isEmpty())
            return oneError("reason", Words::tr("say why it was entered in error"));
        if (!storage::LossRepository(m_database)
                 .markEnteredInError(womanId, pregnancyId, reason.trimmed(), recordedName(actor),
                                     at, &error))
            return Failure{error};
        QList<Appointment> cancelled;
        const storage::AppointmentRepository appointments(m_database);
        for (const qint64 id : affected) {
            for (Appointment a : appointments.forPregnancy(id)) {
                if (a.status != AppointmentStatus::Booked)
                    continue;
                a.status = AppointmentStatus::Cancelled;
                a.reason = kCancelledInError;
                a.updatedBy = recordedName(actor);
                if (!appointments.save(a, at, &error))
                    return Failure{error};
                cancelled << a;
            }
        }
        if (auto failure = appendAudit(m_database, m_clock, actor, audit))
            return *failure;
        return cancelled;
    });
}

} // namespace bb::care
