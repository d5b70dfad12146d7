// SPDX-License-Identifier: MIT
#include "care/CarePlans.h"

#include "care/Audited.h"
#include "care/ReferralWrites.h"
#include "care/Writes.h"
#include "clinical/AntenatalSchedule.h"
#include "clinical/CarePlanDecisions.h"
#include "clinical/CarePlanner.h"
#include "interop/BookingJson.h"
#include "interop/CarePlanJson.h"
#include "storage/CarePlanRepository.h"
#include "storage/LossRepository.h"
#include "storage/ReferralRepository.h"
#include "util/Clock.h"

#include <QJsonDocument>

#include <QCoreApplication>

namespace bb::care {
namespace {

/// The words this shows go through Qt's translation system (translations/).
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(CarePlans)
};

// What is checked and discussed at each contact is NICE NG201's schedule for that week: the same
// for every woman, and most of a plan's text. It is kept once, in the rules, not in every
// version of every plan (the file stays small enough to check quickly on every open), and put
// back when a version is read.
CarePlan withoutScheduleText(CarePlan plan)
{
    for (PlannedContact &contact : plan.contacts) {
        contact.checks.clear();
        contact.discussed.clear();
    }
    return plan;
}

StoredCarePlan withScheduleText(StoredCarePlan stored)
{
    CarePlan &plan = stored.plan;
    const Pregnancy &pregnancy = stored.basedOn.pregnancy;
    const auto full = clinical::plannedContacts(
        {plan.edd, pregnancy.bookingDate, plan.nulliparous, pregnancy.fetuses,
         plan.eddMethod == EddMethod::Crl, stored.basedOn.assessment.smoking == Smoking::Current});
    for (PlannedContact &contact : plan.contacts) {
        for (const PlannedContact &rule : full) {
            if (rule.date == contact.date) {
                contact.checks = rule.checks;
                contact.discussed = rule.discussed;
            }
        }
    }
    return stored;
}

/// The time a version is stamped with, to the second, as it is stored.
QDateTime wholeSeconds(QDateTime at)
{
    return at.addMSecs(-at.time().msec());
}

QString errorLines(const FieldErrors &errors)
{
    QStringList lines;
    for (const FieldError &e : errors)
        lines << e.toString();
    return lines.join(QStringLiteral("; "));
}

/// A version saved in the public formats, read with them as it was written; or what is wrong.
std::optional<std::pair<CarePlan, Booking>>
readPublicFormats(const storage::CarePlanInPublicFormats &row, QString *error)
{
    QStringList problems;
    QJsonParseError parseError;
    const QJsonDocument plan = QJsonDocument::fromJson(row.planJson.toUtf8(), &parseError);
    const bool planIsJson = parseError.error == QJsonParseError::NoError && plan.isObject();
    const interop::CarePlanReadResult readPlan = interop::carePlanFromJson(plan.object());
    if (!planIsJson)
        problems << QStringLiteral("plan_json: is not a JSON object");
    else if (!readPlan.plan)
        problems << QStringLiteral("plan_json: ") + errorLines(readPlan.errors);
    const interop::BookingParseResult readBooking = interop::parseBooking(row.bookingJson.toUtf8());
    if (!readBooking.booking)
        problems << QStringLiteral("booking_json: ") + errorLines(readBooking.errors);
    if (!problems.isEmpty()) {
        *error = Words::tr("version %1 of the care plan of pregnancy %2 cannot be read in "
                           "the formats it was saved in: %3")
                     .arg(row.version)
                     .arg(row.pregnancyId)
                     .arg(problems.join(QStringLiteral("; ")));
        return std::nullopt;
    }
    return std::pair{*readPlan.plan, *readBooking.booking};
}

} // namespace

CarePlans::CarePlans(const storage::Database &database, const Clock &clock)
    : m_database(database), m_clock(clock)
{
}

Outcome<QList<StoredCarePlan>> CarePlans::versions(qint64 pregnancyId) const
{
    QString error;
    const auto stored = storage::CarePlanRepository(m_database).versions(pregnancyId, &error);
    if (!stored)
        return Failure{error};
    QList<StoredCarePlan> list;
    list.reserve(stored->size());
    for (const StoredCarePlan &version : *stored)
        list << withScheduleText(version);
    return list;
}

Outcome<std::optional<StoredCarePlan>> CarePlans::latest(qint64 pregnancyId) const
{
    QString error;
    const auto stored = storage::CarePlanRepository(m_database).latest(pregnancyId, &error);
    if (!error.isEmpty())
        return Failure{error};
    if (!stored)
        return std::optional<StoredCarePlan>();
    return std::optional(withScheduleText(*stored));
}

Outcome<StoredCarePlan> CarePlans::saveVersion(StoredCarePlan plan, const Actor &actor) const
{
    if (const auto nobody = unknownActor(actor))
        return *nobody;
    if (auto refused =
            refusedUnless(m_database, m_clock, actor, access::Permission::RecordCare,
                          {AuditEventKind::Create, womanOfPregnancy(m_database, plan.pregnancyId),
                           QStringLiteral("care plan version")}))
        return *refused;
    if (const FieldErrors errors = clinical::validateDecisions(plan.decisions); !errors.isEmpty())
        return errors;
    return inOneTransaction(m_database, [&] { return store(plan, actor); });
}

Outcome<std::optional<StoredCarePlan>> CarePlans::firstVersion(const Booking &booking,
                                                               const Actor &actor) const
{
    using Made = Outcome<std::optional<StoredCarePlan>>;
    if (const auto nobody = unknownActor(actor))
        return *nobody;
    return inOneTransaction(m_database, [&]() -> Made {
        if (storage::CarePlanRepository(m_database).hasPlan(booking.pregnancy.id))
            return std::optional<StoredCarePlan>();
        QString error;
        if (storage::LossRepository(m_database).forPregnancy(booking.pregnancy.id, &error))
            return std::optional<StoredCarePlan>(); // none after a loss: the page says why
        if (!error.isEmpty())
            return Failure{error};
        const auto planned = clinical::planCare(booking);
        const auto *plan = std::get_if<CarePlan>(&planned);
        if (!plan)
            return std::optional<StoredCarePlan>(); // kept unplanned; the page says why
        const Outcome<StoredCarePlan> first =
            store(initialCarePlan(booking.pregnancy.id, booking, *plan), actor);
        if (!first)
            return first.as<std::optional<StoredCarePlan>>();
        return std::optional(first.value());
    });
}

Outcome<StoredCarePlan> CarePlans::store(StoredCarePlan plan, const Actor &actor) const
{
    QString error;
    // National Bereavement Care Pathway: no routine plan is made for a pregnancy after its loss.
    if (const auto loss =
            storage::LossRepository(m_database).forPregnancy(plan.pregnancyId, &error))
        return FieldErrors{{QStringLiteral("pregnancy"),
                            Words::tr("this pregnancy ended in a %1 on %2: no routine plan is "
                                      "made for it")
                                .arg(codes::label(loss->loss.kind).toLower(),
                                     loss->loss.date.toString(Qt::ISODate))}};
    if (!error.isEmpty())
        return Failure{error};
    plan.savedBy = recordedName(actor);
    plan.savedAt = wholeSeconds(m_clock.now());
    plan.plan.chosenPlaceOfBirth = plan.chosenPlaceOfBirth;
    plan.plan = withoutScheduleText(plan.plan);
    if (!storage::CarePlanRepository(m_database).saveNewVersion(plan, &error) ||
        !referPlan(plan, actor, &error))
        return Failure{error};
    // Every version is kept as it was given to her, so the row need not repeat what changed.
    if (auto failure =
            appendAudit(m_database, m_clock, actor,
                        {AuditEventKind::Create, womanOfPregnancy(m_database, plan.pregnancyId),
                         QStringLiteral("care plan version %1").arg(plan.version)}))
        return *failure;
    return withScheduleText(plan); // as versions() will read it back
}

bool CarePlans::referPlan(const StoredCarePlan &plan, const Actor &actor, QString *error) const
{
    // Each referral the plan recommends is an item for its team, unless she declined it: a
    // referral she declined before it was sent is recorded as declined, with her reason.
    QStringList wanted;
    QHash<QString, QString> declined;
    for (const Recommendation &r : plan.plan.recommendations)
        wanted << r.code;
    for (const CarePlanDecision &d : plan.decisions) {
        if (d.declined()) {
            wanted.removeAll(d.code);
            declined.insert(d.code, d.reason);
        }
    }
    suggestReferrals(m_database, plan.pregnancyId, wanted, ReferralSource::Plan, plan.savedBy,
                     plan.savedAt, error);
    if (!error->isEmpty())
        return false;
    const storage::ReferralRepository referrals(m_database);
    for (Referral r : referrals.forPregnancy(plan.pregnancyId, error)) {
        if (r.status != ReferralStatus::Suggested || !declined.contains(r.code))
            continue;
        r.status = ReferralStatus::Declined;
        r.note = declined.value(r.code);
        r.updatedOn = plan.savedAt.date();
        r.updatedBy = recordedName(actor);
        if (!referrals.update(r, plan.savedAt, error))
            return false;
    }
    return error->isEmpty();
}

Outcome<int> CarePlans::upgradeStoredPlans() const
{
    const storage::CarePlanRepository repository(m_database);
    QString error;
    if (!repository.anyInPublicFormats(&error))
        return error.isEmpty() ? Outcome<int>(0) : Outcome<int>(Failure{error});
    return inOneTransaction(m_database, [&]() -> Outcome<int> {
        const auto rows = repository.inPublicFormats(&error);
        if (!rows)
            return Failure{error};
        for (const storage::CarePlanInPublicFormats &row : *rows) {
            const auto read = readPublicFormats(row, &error);
            if (!read || !repository.rewriteInEncoding(row.id, read->first, read->second, &error))
                return Failure{error}; // the transaction rolls back: every row stays as it was
        }
        return static_cast<int>(rows->size());
    });
}

} // namespace bb::care
