// SPDX-License-Identifier: MIT
#include "care/Results.h"

#include "care/Audited.h"
#include "care/Writes.h"
#include "clinical/Dating.h"
#include "storage/PregnancyRepository.h"
#include "storage/ResultRepository.h"
#include "util/Clock.h"

#include <QCoreApplication>

namespace bb::care {
namespace {

/// The words this shows go through Qt's translation system (translations/).
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(Results)
};

} // namespace

Results::Results(const storage::Database &database, const Clock &clock)
    : m_database(database), m_clock(clock)
{
}

Outcome<TestResult> Results::record(TestResult result, const Actor &actor) const
{
    if (const auto nobody = unknownActor(actor))
        return *nobody;
    const AuditEntry audit{
        AuditEventKind::Create, womanOfPregnancy(m_database, result.pregnancyId),
        QStringLiteral("%1 result of %2").arg(result.kind, result.date.toString(Qt::ISODate))};
    if (auto refused =
            refusedUnless(m_database, m_clock, actor, access::Permission::RecordCare, audit))
        return *refused;
    QString error;
    const auto booking =
        storage::PregnancyRepository(m_database).booking(result.pregnancyId, &error);
    if (!error.isEmpty())
        return Failure{error};
    if (!booking)
        return FieldErrors{{QStringLiteral("pregnancy"),
                            Words::tr("no pregnancy with id %1").arg(result.pregnancyId)}};
    // The pregnancy began at her LMP, or as her dating scan dates it.
    const auto dating = clinical::estimateDueDate(booking->pregnancy);
    const QDate began = dating ? dating->edd.addDays(-280) : booking->pregnancy.bookingDate;
    result.value = result.value.trimmed();
    result.actionTaken = result.actionTaken.trimmed();
    if (const FieldErrors problems = clinical::resultProblems(result, began, m_clock.today());
        !problems.isEmpty())
        return problems;
    if (!result.actionTaken.isEmpty() && result.actedBy.isEmpty())
        result.actedBy = recordedName(actor);
    result.recordedBy = recordedName(actor);
    result.recordedAt = m_clock.now();
    return inOneTransaction(m_database, [&]() -> Outcome<TestResult> {
        if (!storage::ResultRepository(m_database).save(result, &error))
            return Failure{error};
        if (auto failure = appendAudit(m_database, m_clock, actor, audit))
            return *failure;
        return result;
    });
}

Outcome<TestResult> Results::actOn(qint64 resultId, const QString &actionTaken,
                                   const Actor &actor) const
{
    if (const auto nobody = unknownActor(actor))
        return *nobody;
    const auto before = storage::ResultRepository(m_database).byId(resultId);
    AuditEntry audit{AuditEventKind::Change,
                     before ? womanOfPregnancy(m_database, before->pregnancyId) : 0,
                     QStringLiteral("action on result %1").arg(resultId)};
    if (auto refused =
            refusedUnless(m_database, m_clock, actor, access::Permission::RecordCare, audit))
        return *refused;
    if (actionTaken.trimmed().isEmpty())
        return FieldErrors{{QStringLiteral("action_taken"), Words::tr("say what was done")}};
    return inOneTransaction(m_database, [&]() -> Outcome<TestResult> {
        QString error;
        auto result = storage::ResultRepository(m_database).byId(resultId, &error);
        if (!error.isEmpty())
            return Failure{error};
        if (!result)
            return FieldErrors{
                {QStringLiteral("result"), Words::tr("no result with id %1").arg(resultId)}};
        result->actionTaken = actionTaken.trimmed();
        result->actedOn = m_clock.today();
        const QString previous = result->actionTaken;
        result->actedBy = recordedName(actor);
        if (!storage::ResultRepository(m_database).save(*result, &error))
            return Failure{error};
        audit.changes = changedFields({{QStringLiteral("action_taken"), previous}},
                                      {{QStringLiteral("action_taken"), result->actionTaken}});
        if (auto failure = appendAudit(m_database, m_clock, actor, audit))
            return *failure;
        return *result;
    });
}

Outcome<QList<TestResult>> Results::resultsOf(qint64 pregnancyId) const
{
    QString error;
    QList<TestResult> list =
        storage::ResultRepository(m_database).forPregnancy(pregnancyId, &error);
    if (!error.isEmpty())
        return Failure{error};
    return list;
}

Outcome<QList<clinical::ResultDue>> Results::dueFor(qint64 pregnancyId) const
{
    const auto results = resultsOf(pregnancyId);
    if (!results)
        return results.as<QList<clinical::ResultDue>>();
    QString error;
    const auto booking = storage::PregnancyRepository(m_database).booking(pregnancyId, &error);
    if (!error.isEmpty())
        return Failure{error};
    const auto dating = booking ? clinical::estimateDueDate(booking->pregnancy) : std::nullopt;
    const Gestation now =
        dating ? clinical::gestationOn(dating->edd, m_clock.today()) : Gestation{};
    QList<clinical::ResultDue> due = clinical::resultsDue(
        results.value(), now, booking ? booking->details.rhesus : Rhesus::NotKnown);
    // What the rules plan for the pregnancy (anti-D at 28 weeks) ends with it; a result that
    // needs action stays until it is acted on.
    if (booking && booking->pregnancy.status != PregnancyStatus::Booked)
        due.removeIf([](const clinical::ResultDue &d) { return d.resultId == 0; });
    return due;
}

} // namespace bb::care
