// SPDX-License-Identifier: MIT
#include "care/Women.h"

#include "care/Integrity.h"

#include "access/Permissions.h"
#include "care/Audited.h"
#include "care/Writes.h"
#include "clinical/BookingValidation.h"
#include "clinical/Dating.h"
#include "clinical/EarlierPregnancies.h"
#include "clinical/NhsNumber.h"
#include "domain/Codes.h"
#include "interop/BookingJson.h"
#include "storage/BirthRepository.h"
#include "storage/CarePlanRepository.h"
#include "storage/DischargeRepository.h"
#include "storage/DraftRepository.h"
#include "storage/LossRepository.h"
#include "storage/PregnancyRepository.h"
#include "storage/RecordFlagsRepository.h"
#include "storage/SearchQuery.h"
#include "storage/SettingsRepository.h"
#include "storage/WomanRepository.h"
#include "util/Clock.h"

#include <algorithm>

#include <QCoreApplication>

namespace bb::care {
namespace {

/// The words this shows go through Qt's translation system (translations/).
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(Women)
};

// The setting that keeps the last temporary identifier given.
const QString kLastTemporaryIdentifier = QStringLiteral("last_temporary_identifier");

template <typename T> Outcome<T> readOrFail(T value, const QString &error)
{
    if (!error.isEmpty())
        return Failure{error};
    return value;
}

} // namespace

Women::Women(const storage::Database &database, const Clock &clock)
    : m_database(database), m_clock(clock)
{
}

Outcome<Woman> Women::save(const Woman &woman, const Actor &actor,
                           std::optional<int> readAtVersion) const
{
    if (const auto refused = unknownActor(actor))
        return *refused;
    if (auto refused = refusedUnless(m_database, m_clock, actor, access::Permission::RecordCare,
                                     {woman.id ? AuditEventKind::Change : AuditEventKind::Create,
                                      woman.id, QStringLiteral("registration")}))
        return *refused;
    if (const FieldErrors refused = problems(woman); !refused.isEmpty())
        return refused;
    const QDateTime at = m_clock.now();
    return inOneTransaction(m_database, [&]() -> Outcome<Woman> {
        // Checked again inside the write, so two registrations at once cannot both take one
        // number.
        if (const FieldErrors refused = problems(woman); !refused.isEmpty())
            return refused;
        // Asked inside the write, which holds the one write lock: nobody saves in between.
        if (readAtVersion && woman.id != 0) {
            QString error;
            const auto stored = storage::WomanRepository(m_database).version(woman.id, &error);
            if (!stored)
                return Failure{error.isEmpty() ? Words::tr("she is no longer stored") : error};
            if (*stored != *readAtVersion)
                return Outcome<Woman>(
                    Failure{Words::tr("a colleague saved her details after you opened them (their "
                                      "save is number %1; you started from number %2)")
                                .arg(*stored)
                                .arg(*readAtVersion),
                            true});
        }
        return write(woman, NhsNumberKnown::Yes, at, actor);
    });
}

Outcome<int> Women::version(qint64 womanId) const
{
    QString error;
    const auto version = storage::WomanRepository(m_database).version(womanId, &error);
    if (!version)
        return Outcome<int>::failure(error.isEmpty() ? Words::tr("no woman with id %1").arg(womanId)
                                                     : error);
    return *version;
}

Outcome<Woman> Women::registerWithoutNhsNumber(const Woman &woman, const Actor &actor) const
{
    if (const auto refused = unknownActor(actor))
        return *refused;
    if (auto refused = refusedUnless(
            m_database, m_clock, actor, access::Permission::RecordCare,
            {AuditEventKind::Create, 0, QStringLiteral("registration without an NHS number")}))
        return *refused;
    if (const FieldErrors refused = problems(woman, NhsNumberKnown::NotYet); !refused.isEmpty())
        return refused;
    const QDateTime at = m_clock.now();
    // The largest identifier held is read inside the write, so two registrations at once
    // cannot be given the same one.
    return inOneTransaction(m_database, [&]() -> Outcome<Woman> {
        return write(woman, NhsNumberKnown::NotYet, at, actor);
    });
}

Outcome<Woman> Women::replaceTemporaryNumber(qint64 womanId, const QString &nhsNumber,
                                             const Actor &actor) const
{
    if (const auto refused = unknownActor(actor))
        return *refused;
    const auto her = byId(womanId);
    if (!her)
        return Failure{Words::tr("no woman with id %1 in this database").arg(womanId)};
    const QString path = QStringLiteral("woman.nhs_number");
    if (!clinical::nhs::isTemporary(her->nhsNumber))
        return FieldErrors{{path, Words::tr("she has an NHS number already (%1): only a "
                                            "temporary identifier is replaced")
                                      .arg(clinical::nhs::format(her->nhsNumber))}};
    const QString number = clinical::nhs::normalise(nhsNumber);
    if (const QString why = clinical::nhs::problem(number); !why.isEmpty())
        return FieldErrors{{path, why}};
    // Her stored record is written back with the new number and sealed again: never from rows
    // that are not what was saved.
    const auto damage = Integrity(m_database, m_clock).ofWoman(womanId);
    if (!damage)
        return Failure{damage.message()};
    if (damage.value())
        return Failure{Words::tr("her NHS number was not recorded. ") + damage.value()->warning()};
    Woman known = *her;
    known.nhsNumber = number;
    return save(known, actor);
}

FieldErrors Women::problems(const Woman &woman, NhsNumberKnown known) const
{
    const storage::WomanRepository women(m_database);
    const QString path = QStringLiteral("woman.nhs_number");
    if (known == NhsNumberKnown::NotYet) {
        FieldErrors errors;
        if (woman.id != 0)
            errors.append({path, Words::tr("only a new registration is given a temporary "
                                           "identifier")});
        // Her other details are checked as for anyone; her identifier is the app's to give.
        Woman checked = woman;
        checked.nhsNumber = clinical::nhs::temporaryIdentifier(1);
        for (const FieldError &e : clinical::validateWoman(checked, m_clock.today()))
            errors.append(e);
        return errors;
    }
    FieldErrors errors = clinical::validateWoman(woman, m_clock.today());
    const auto stored = woman.id == 0 ? std::nullopt : women.byId(woman.id);
    const bool wasTemporary = stored && clinical::nhs::isTemporary(stored->nhsNumber);
    if (clinical::nhs::isTemporary(woman.nhsNumber) &&
        !(wasTemporary && stored->nhsNumber == woman.nhsNumber)) {
        errors.append(
            {path, wasTemporary
                       ? Words::tr("is not her temporary identifier (%1): type her NHS number "
                                   "to replace it")
                             .arg(stored->nhsNumber)
                       : Words::tr("a temporary identifier is given only to a woman "
                                   "registered without an NHS number")});
    }
    if (const auto other = women.byNhsNumber(woman.nhsNumber); other && other->id != woman.id) {
        errors.append({path, Words::tr("already registered to %1 (born %2)")
                                 .arg(other->fullName(),
                                      other->dateOfBirth.toString(QStringLiteral("dd-MMM-yyyy")))});
    }
    return errors;
}

Outcome<Woman> Women::write(const Woman &woman, NhsNumberKnown known, const QDateTime &at,
                            const Actor &actor) const
{
    const storage::WomanRepository women(m_database);
    QString error;
    Woman saved = woman;
    if (known == NhsNumberKnown::NotYet) {
        const QString largest =
            women.largestNhsNumberStartingWith(clinical::nhs::temporaryPrefix(), &error);
        // The last one given is kept too: one replaced by her NHS number may be on a paper note
        // or a sample label still, so it is never given to another woman.
        const storage::SettingsRepository settings(m_database);
        const auto lastGiven = settings.value(kLastTemporaryIdentifier, &error);
        if (!error.isEmpty())
            return Failure{error};
        const int next = std::max(clinical::nhs::temporarySequence(largest),
                                  clinical::nhs::temporarySequence(lastGiven.value_or(QString()))) +
                         1;
        saved.nhsNumber = clinical::nhs::temporaryIdentifier(next);
        if (saved.nhsNumber.isEmpty())
            return Failure{Words::tr("every temporary identifier has been given")};
        if (!settings.setValue(kLastTemporaryIdentifier, saved.nhsNumber, at, &error))
            return Failure{error};
    }
    const auto stored = saved.id == 0 ? std::nullopt : women.byId(saved.id);
    const bool replacing = stored && clinical::nhs::isTemporary(stored->nhsNumber) &&
                           stored->nhsNumber != saved.nhsNumber;
    if (!women.save(saved, at, &error))
        return Failure{error};
    // Her NHS number replaces her temporary identifier wherever it was stored.
    if (replacing &&
        (!storage::CarePlanRepository(m_database)
              .replaceNhsNumber(saved.id, stored->nhsNumber, saved.nhsNumber, &error) ||
         !storage::DraftRepository(m_database)
              .replaceValue(stored->nhsNumber, saved.nhsNumber, &error)))
        return Failure{error};
    // Her details as they were and as they are, so an edit never loses what it replaced.
    const auto asJson = [](const Woman &w) {
        Booking hers;
        hers.woman = w;
        return interop::bookingToJson(hers).value(QStringLiteral("woman")).toObject();
    };
    if (auto failure =
            appendAudit(m_database, m_clock, actor,
                        {stored ? AuditEventKind::Change : AuditEventKind::Create, saved.id,
                         QStringLiteral("registration"),
                         changedFields(stored ? asJson(*stored) : QJsonObject(), asJson(saved))}))
        return *failure;
    return saved;
}

Outcome<Woman> Women::open(qint64 womanId, const Actor &actor, const QString &what) const
{
    QString error;
    const auto her = storage::WomanRepository(m_database).byId(womanId);
    if (!her)
        return Failure{error.isEmpty()
                           ? Words::tr("no woman with id %1 in this database").arg(womanId)
                           : error};
    // A health visitor sees a woman once her care has been handed over: a discharge recorded
    // for any of her pregnancies.
    bool handedOver = false;
    const storage::DischargeRepository discharges(m_database);
    for (const Pregnancy &p : storage::PregnancyRepository(m_database).forWoman(womanId, &error))
        handedOver = handedOver || discharges.forPregnancy(p.id, &error).has_value();
    const AuditEntry looked{AuditEventKind::View, womanId, what};
    if (const QString why = access::recordRefusal(actor.role, handedOver); !why.isEmpty()) {
        AuditEntry refused = looked;
        refused.outcome = AuditOutcome::Refused;
        if (auto failure = auditAlone(m_database, m_clock, actor, refused))
            return *failure;
        return Failure{why};
    }
    if (auto failure = auditAlone(m_database, m_clock, actor, looked))
        return *failure;
    return *her;
}

Outcome<QList<Woman>> Women::sameNameAndBirth(const Woman &woman) const
{
    const QString family = storage::foldName(woman.familyName);
    const QString given = storage::foldName(woman.givenName);
    if (family.isEmpty() || given.isEmpty() || !woman.dateOfBirth.isValid())
        return QList<Woman>{};
    QString error;
    auto same = storage::WomanRepository(m_database)
                    .withNameAndBirth(family, given, woman.dateOfBirth, woman.id, &error);
    return readOrFail(std::move(same), error);
}

Outcome<QHash<qint64, RecordFlags>> Women::flagsOf(const QList<qint64> &womanIds,
                                                   const Actor &viewer) const
{
    const bool seesSafeguarding = access::may(viewer.role, access::Permission::SeeSafeguarding);
    QString error;
    const QList<storage::FlagFacts> facts =
        storage::RecordFlagsRepository(m_database).factsOf(womanIds, &error);
    if (!error.isEmpty())
        return Failure{error};
    const QDate today = m_clock.today();
    QHash<qint64, RecordFlags> flags;
    flags.reserve(facts.size());
    for (const storage::FlagFacts &f : facts) {
        RecordFlags r;
        r.social = f.social;
        if (!seesSafeguarding)
            r.social.removeIf(codes::isSafeguardingSocialCode);
        r.interpreterNeeded = f.interpreterNeeded;
        r.language = f.preferredLanguage;
        r.teenageParent = clinical::isTeenageParent(
            f.dateOfBirth, f.latestBookingDate.isValid() ? f.latestBookingDate : today);
        r.loss = codes::lossKindFromCode(f.lossKind);
        if (r.loss)
            r.lossDate = f.lossDate;
        r.temporaryNumber = clinical::nhs::isTemporary(f.nhsNumber);
        r.enteredInError = f.inError;
        flags.insert(f.womanId, r);
    }
    return flags;
}

std::optional<Woman> Women::byId(qint64 womanId) const
{
    return storage::WomanRepository(m_database).byId(womanId);
}

std::optional<Woman> Women::byNhsNumber(const QString &nhsNumber) const
{
    return storage::WomanRepository(m_database).byNhsNumber(nhsNumber);
}

int Women::count() const
{
    return storage::WomanRepository(m_database).count();
}

int Women::pregnancyCount() const
{
    return storage::PregnancyRepository(m_database).count();
}

WomanSearch Women::search(const QString &typed, int limit, const Actor &viewer) const
{
    // Who may open no record has no list of women to look through either.
    if (QString refusal = access::refusal(viewer.role, access::Permission::OpenRecord);
        !refusal.isEmpty()) {
        WomanSearch nobody;
        nobody.refusal = std::move(refusal);
        return nobody;
    }
    auto query = storage::SearchQuery::parse(typed, m_clock.today());
    WomanSearch found;
    found.everyone = query.kind == storage::SearchQuery::Kind::Empty;
    if (found.everyone)
        query.kind = storage::SearchQuery::Kind::Everyone;
    found.women = storage::WomanRepository(m_database).search(query, limit);
    QList<qint64> ids;
    ids.reserve(found.women.size());
    for (const WomanSummary &w : std::as_const(found.women))
        ids << w.id;
    if (const auto flags = flagsOf(ids, viewer))
        found.flags = flags.value();
    else
        found.flagsProblem = flags.message();
    return found;
}

Outcome<QList<Pregnancy>> Women::pregnancies(qint64 womanId) const
{
    QString error;
    auto list = storage::PregnancyRepository(m_database).forWoman(womanId, &error);
    return readOrFail(std::move(list), error);
}

Outcome<std::optional<Booking>> Women::booking(qint64 pregnancyId) const
{
    QString error;
    auto booking = storage::PregnancyRepository(m_database).booking(pregnancyId, &error);
    return readOrFail(std::move(booking), error);
}

Outcome<std::optional<Booking>> Women::latestBooking(qint64 womanId) const
{
    QString error;
    auto booking = storage::PregnancyRepository(m_database).latestBooking(womanId, &error);
    return readOrFail(std::move(booking), error);
}

Booking Women::newPregnancy(const Woman &woman)
{
    Booking booking;
    booking.woman = woman;
    return booking;
}

Outcome<QList<PregnancyHistory>> Women::history(qint64 womanId) const
{
    QString error;
    const storage::PregnancyRepository pregnancies(m_database);
    const QList<Pregnancy> list = pregnancies.forWoman(womanId, &error);
    const QList<qint64> inError = pregnancies.enteredInError(womanId, &error);
    if (!error.isEmpty())
        return Failure{error};
    const storage::BirthRepository births(m_database);
    const storage::LossRepository losses(m_database);
    QList<PregnancyHistory> history;
    for (const Pregnancy &p : list) {
        const auto birth = births.forPregnancy(p.id, &error);
        const auto loss = losses.forPregnancy(p.id, &error);
        if (!error.isEmpty())
            return Failure{error};
        history << clinical::historyOf(
            p, birth ? std::optional<Birth>(birth->birth) : std::nullopt,
            loss ? std::optional<PregnancyLoss>(loss->loss) : std::nullopt, inError.contains(p.id));
    }
    return history;
}

Outcome<QList<PreviousPregnancy>> Women::earlierOutcomes(qint64 womanId) const
{
    const auto all = history(womanId);
    if (!all)
        return all.as<QList<PreviousPregnancy>>();
    QList<PreviousPregnancy> rows;
    // Newest first in her record; oldest first as she tells them at booking.
    for (auto it = all->crbegin(); it != all->crend(); ++it) {
        if (it->asEarlier)
            rows << *it->asEarlier;
    }
    return rows;
}

} // namespace bb::care
