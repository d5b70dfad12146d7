// SPDX-License-Identifier: MIT
#include "care/HerPreferences.h"

#include "care/Audited.h"
#include "care/CarePlans.h"
#include "care/Writes.h"
#include "clinical/CarePlanDecisions.h"
#include "clinical/InputRules.h"
#include "interop/BirthPreferencesJson.h"
#include "storage/BirthPreferencesRepository.h"
#include "storage/CarePlanRepository.h"
#include "storage/PregnancyRepository.h"
#include "storage/WomanRepository.h"
#include "util/Clock.h"

#include <QJsonDocument>

#include <QCoreApplication>

namespace bb::care {
namespace {

/// The words this shows go through Qt's translation system (translations/).
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(HerPreferences)
};

FieldErrors oneError(const char *path, const QString &message)
{
    return {{QString::fromLatin1(path), message}};
}

/// A stored row with its document read again. The document was checked when it came; one that
/// no longer reads is a damaged row, a failure rather than her input.
Outcome<ReceivedPreferences> decoded(const storage::PreferencesRow &row, const QDate &today)
{
    // Her own "written on" was checked against the day it came, not today's date.
    const auto read = interop::parseBirthPreferences(row.document, today.addYears(100));
    if (!read.preferences)
        return Failure{
            Words::tr("the birth preferences received on %1 cannot be read: %2")
                .arg(row.received.receivedAt.date().toString(Qt::ISODate),
                     read.errors.isEmpty() ? QString() : read.errors.first().toString())};
    ReceivedPreferences received = row.received;
    received.preferences = *read.preferences;
    return received;
}

} // namespace

HerPreferences::HerPreferences(const storage::Database &database, const Clock &clock)
    : m_database(database), m_clock(clock)
{
}

Outcome<ReceivedPreferences> HerPreferences::receive(const BirthPreferences &preferences,
                                                     const Actor &actor) const
{
    if (const auto nobody = unknownActor(actor))
        return *nobody;
    // Refused before looking her up: whether a number is known is not told to who may not ask.
    if (auto refused =
            refusedUnless(m_database, m_clock, actor, access::Permission::RecordCare,
                          {AuditEventKind::Create, 0, QStringLiteral("her birth preferences")}))
        return *refused;
    const auto woman = storage::WomanRepository(m_database).byNhsNumber(preferences.nhsNumber);
    if (!woman)
        return oneError("nhs_number",
                        Words::tr("nobody has the NHS number %1").arg(preferences.nhsNumber));
    const AuditEntry audit{AuditEventKind::Create, woman->id,
                           QStringLiteral("her birth preferences")};
    const QDateTime at = m_clock.now();
    return inOneTransaction(m_database, [&]() -> Outcome<ReceivedPreferences> {
        QString error;
        const QList<Pregnancy> pregnancies =
            storage::PregnancyRepository(m_database).forWoman(woman->id, &error);
        if (!error.isEmpty())
            return Failure{error};
        if (pregnancies.isEmpty() || pregnancies.first().status != PregnancyStatus::Booked)
            return oneError("nhs_number",
                            Words::tr("%1 has no pregnancy in care: her preferences have "
                                      "no plan to go into")
                                .arg(woman->fullName()));
        const Pregnancy &pregnancy = pregnancies.first();
        if (!storage::CarePlanRepository(m_database).hasPlan(pregnancy.id))
            return oneError("nhs_number",
                            Words::tr("%1 has no care plan yet: make it from her booking "
                                      "first")
                                .arg(woman->fullName()));
        const QByteArray document =
            QJsonDocument(interop::birthPreferencesToJson(preferences)).toJson();
        const qint64 id = storage::BirthPreferencesRepository(m_database)
                              .insert(pregnancy.id, document, preferences.writtenOn,
                                      recordedName(actor), at, &error);
        if (id == 0)
            return Failure{error};
        if (auto failed = appendAudit(m_database, m_clock, actor, audit))
            return *failed;
        ReceivedPreferences received;
        received.id = id;
        received.pregnancyId = pregnancy.id;
        received.preferences = preferences;
        received.receivedBy = recordedName(actor);
        received.receivedAt = at;
        return received;
    });
}

Outcome<QList<ReceivedPreferences>> HerPreferences::proposed(qint64 pregnancyId) const
{
    QString error;
    const QList<storage::PreferencesRow> rows =
        storage::BirthPreferencesRepository(m_database).proposed(pregnancyId, &error);
    if (!error.isEmpty())
        return Failure{error};
    QList<ReceivedPreferences> out;
    for (const storage::PreferencesRow &row : rows) {
        const auto received = decoded(row, m_clock.now().date());
        if (!received)
            return received.as<QList<ReceivedPreferences>>();
        out << received.value();
    }
    return out;
}

Outcome<StoredCarePlan> HerPreferences::take(qint64 preferencesId, const StoredCarePlan &plan,
                                             const Actor &actor) const
{
    if (const auto nobody = unknownActor(actor))
        return *nobody;
    if (auto refused =
            refusedUnless(m_database, m_clock, actor, access::Permission::RecordCare,
                          {AuditEventKind::Create, womanOfPregnancy(m_database, plan.pregnancyId),
                           QStringLiteral("care plan version with her birth preferences")}))
        return *refused;
    if (const FieldErrors errors = clinical::validateDecisions(plan.decisions); !errors.isEmpty())
        return errors;
    const CarePlans plans(m_database, m_clock);
    return inOneTransaction(m_database, [&]() -> Outcome<StoredCarePlan> {
        QString error;
        const storage::BirthPreferencesRepository repository(m_database);
        const auto row = repository.byId(preferencesId, &error);
        if (!row || row->received.pregnancyId != plan.pregnancyId)
            return error.isEmpty() ? Outcome<StoredCarePlan>(
                                         oneError("preferences", Words::tr("no such preferences "
                                                                           "for this pregnancy")))
                                   : Outcome<StoredCarePlan>(Failure{error});
        const auto saved = plans.store(plan, actor);
        if (!saved)
            return saved;
        if (!repository.decide(preferencesId, PreferencesStatus::Taken, {}, recordedName(actor),
                               m_clock.now(), &error))
            return oneError("preferences", error);
        if (auto failed = appendAudit(
                m_database, m_clock, actor,
                {AuditEventKind::Change, womanOfPregnancy(m_database, plan.pregnancyId),
                 QStringLiteral("her birth preferences taken into version %1 of her plan")
                     .arg(saved->version)}))
            return *failed;
        return saved;
    });
}

Outcome<ReceivedPreferences> HerPreferences::setAside(qint64 preferencesId, const QString &reason,
                                                      const Actor &actor) const
{
    if (const auto nobody = unknownActor(actor))
        return *nobody;
    FieldErrors errors;
    if (reason.trimmed().isEmpty())
        errors.append({QStringLiteral("reason"),
                       Words::tr("say why her preferences are not taken into her plan")});
    clinical::checkText(errors, reason, clinical::TextKind::Note, QStringLiteral("reason"));
    if (!errors.isEmpty())
        return errors;
    const storage::BirthPreferencesRepository repository(m_database);
    QString error;
    const auto row = repository.byId(preferencesId, &error);
    if (!row)
        return error.isEmpty() ? Outcome<ReceivedPreferences>(
                                     oneError("preferences", Words::tr("no such preferences")))
                               : Outcome<ReceivedPreferences>(Failure{error});
    const AuditEntry audit{AuditEventKind::Change,
                           womanOfPregnancy(m_database, row->received.pregnancyId),
                           QStringLiteral("her birth preferences set aside: %1").arg(reason)};
    if (auto refused =
            refusedUnless(m_database, m_clock, actor, access::Permission::RecordCare, audit))
        return *refused;
    const QDateTime at = m_clock.now();
    return inOneTransaction(m_database, [&]() -> Outcome<ReceivedPreferences> {
        QString failed;
        if (!repository.decide(preferencesId, PreferencesStatus::SetAside, reason.trimmed(),
                               recordedName(actor), at, &failed))
            return oneError("preferences", failed);
        if (auto notAudited = appendAudit(m_database, m_clock, actor, audit))
            return *notAudited;
        auto set = decoded(*row, at.date());
        if (set) {
            set.value().status = PreferencesStatus::SetAside;
            set.value().note = reason.trimmed();
            set.value().decidedBy = recordedName(actor);
            set.value().decidedAt = at;
        }
        return set;
    });
}

} // namespace bb::care
