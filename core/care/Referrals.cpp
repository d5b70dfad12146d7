// SPDX-License-Identifier: MIT
#include "care/Referrals.h"

#include "care/Audited.h"
#include "care/ReferralWrites.h"
#include "care/Writes.h"
#include "scheduling/WorkingDays.h"
#include "storage/ReferralRepository.h"
#include "storage/SettingsRepository.h"
#include "util/Clock.h"

#include <QCoreApplication>

namespace bb::care {
namespace {

/// The words this shows go through Qt's translation system (translations/).
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(Referrals)
};

constexpr int kClosedShownForDays = 14;

FieldErrors oneError(const char *path, const QString &message)
{
    return {{QString::fromLatin1(path), message}};
}

} // namespace

QList<Referral> suggestReferrals(const storage::Database &database, qint64 pregnancyId,
                                 const QStringList &codes, ReferralSource source, const QString &by,
                                 const QDateTime &at, QString *error)
{
    const storage::ReferralRepository repository(database);
    QString readError;
    if (source != ReferralSource::Loss && repository.afterLoss(pregnancyId, &readError))
        return {};
    if (!readError.isEmpty()) {
        *error = readError;
        return {};
    }
    QList<Referral> made;
    for (const QString &code : codes) {
        const auto team = codes::teamForReferral(code);
        if (!team)
            continue;
        Referral r;
        r.pregnancyId = pregnancyId;
        r.code = code;
        r.team = *team;
        r.source = source;
        r.restricted = codes::isRestrictedReferral(code);
        r.createdOn = at.date();
        r.updatedOn = at.date();
        r.updatedBy = by;
        const qint64 id = repository.insertIfNew(r, at, error);
        if (id < 0)
            return {};
        if (id > 0) {
            r.id = id;
            made << r;
        }
    }
    return made;
}

QStringList circumstanceReferrals(const QStringList &social)
{
    QStringList codes;
    if (social.contains(QLatin1String("learning_disability")))
        codes << QStringLiteral("referral_learning_disability_team");
    if (social.contains(QLatin1String("no_fixed_abode")))
        codes << QStringLiteral("referral_housing");
    return codes;
}

Referrals::Referrals(const storage::Database &database, const Clock &clock)
    : m_database(database), m_clock(clock)
{
}

Outcome<QList<Referral>> Referrals::forPregnancy(qint64 pregnancyId, bool withRestricted) const
{
    QString error;
    QList<Referral> referrals =
        storage::ReferralRepository(m_database).forPregnancy(pregnancyId, &error);
    if (!error.isEmpty())
        return Failure{error};
    if (!withRestricted)
        referrals.removeIf([](const Referral &r) { return r.restricted; });
    return referrals;
}

Outcome<QList<ReferralListing>> Referrals::queue(const QString &team, const Actor &actor) const
{
    if (!team.isEmpty() && codes::referralTeamLabel(team).isEmpty())
        return oneError("team",
                        Words::tr("'%1' is not a team that takes referrals (one of: %2)")
                            .arg(team, codes::referralTeamCodes().join(QStringLiteral(", "))));
    const AuditEntry looked{AuditEventKind::View, 0,
                            team.isEmpty() ? QStringLiteral("every team's referral queue")
                                           : QStringLiteral("referral queue of %1").arg(team)};
    if (team == QLatin1String("safeguarding")) {
        if (auto refused = refusedUnless(m_database, m_clock, actor,
                                         access::Permission::SeeSafeguarding, looked))
            return *refused;
    }
    if (auto refused =
            refusedUnless(m_database, m_clock, actor, access::Permission::OpenRecord, looked))
        return *refused;
    QString error;
    const QList<QDate> holidays = storage::SettingsRepository(m_database).bankHolidays(&error);
    if (!error.isEmpty())
        return Failure{error};
    const QDate today = m_clock.today();
    const bool restricted = team == QLatin1String("safeguarding");
    QList<ReferralListing> listings =
        storage::ReferralRepository(m_database)
            .queue(team, restricted, today.addDays(-kClosedShownForDays), &error);
    if (!error.isEmpty())
        return Failure{error};
    for (ReferralListing &l : listings) {
        l.sendBy = scheduling::referralSendBy(l.referral.createdOn, holidays);
        l.lateToSend = l.referral.status == ReferralStatus::Suggested && today > l.sendBy;
    }
    if (auto failure = auditAlone(m_database, m_clock, actor, looked))
        return *failure;
    return listings;
}

Outcome<Referral> Referrals::setStatus(qint64 referralId, ReferralStatus status,
                                       const QString &note, const QDate &on,
                                       const Actor &actor) const
{
    if (const auto nobody = unknownActor(actor))
        return *nobody;
    const auto before = storage::ReferralRepository(m_database).byId(referralId);
    AuditEntry audit{AuditEventKind::Change,
                     before ? womanOfPregnancy(m_database, before->pregnancyId) : 0,
                     before ? QStringLiteral("referral %1 (%2)").arg(referralId).arg(before->code)
                            : QStringLiteral("referral %1").arg(referralId)};
    if (auto refused =
            refusedUnless(m_database, m_clock, actor, access::Permission::RecordCare, audit))
        return *refused;
    if (before && before->restricted) {
        if (auto refused = refusedUnless(m_database, m_clock, actor,
                                         access::Permission::SeeSafeguarding, audit))
            return *refused;
    }
    const QDateTime at = m_clock.now();
    return inOneTransaction(m_database, [&]() -> Outcome<Referral> {
        const storage::ReferralRepository repository(m_database);
        QString error;
        auto stored = repository.byId(referralId, &error);
        if (!error.isEmpty())
            return Failure{error};
        if (!stored)
            return oneError("id", Words::tr("there is no referral %1").arg(referralId));
        Referral r = *stored;
        FieldErrors problems;
        if (status == r.status)
            problems << FieldError{
                QStringLiteral("status"),
                Words::tr("it is %1 already").arg(codes::label(status).toLower())};
        const QString why = note.trimmed();
        if ((status == ReferralStatus::Declined || status == ReferralStatus::NotNeeded) &&
            why.isEmpty())
            problems << FieldError{
                QStringLiteral("note"),
                Words::tr("say why it is %1").arg(codes::label(status).toLower())};
        if (!on.isValid())
            problems << FieldError{QStringLiteral("date"), Words::tr("a date is needed")};
        else if (on > m_clock.today())
            problems << FieldError{QStringLiteral("date"), Words::tr("is after today")};
        else if (on < r.createdOn)
            problems << FieldError{QStringLiteral("date"),
                                   Words::tr("is before the referral was made on %1")
                                       .arg(r.createdOn.toString(Qt::ISODate))};
        if (!problems.isEmpty())
            return problems;

        r.status = status;
        r.note = why;
        r.updatedOn = on;
        r.updatedBy = recordedName(actor);
        switch (status) {
        case ReferralStatus::Suggested:
            r.sentOn = QDate();
            break;
        case ReferralStatus::Sent:
            r.sentOn = on;
            break;
        case ReferralStatus::Accepted:
        case ReferralStatus::Seen:
            // A team cannot accept or see what it was never sent.
            if (!r.sentOn.isValid())
                r.sentOn = on;
            break;
        case ReferralStatus::Declined:
        case ReferralStatus::NotNeeded:
            break;
        }
        if (!repository.update(r, at, &error))
            return Failure{error};
        audit.changes = changedFields({{QStringLiteral("status"), codes::toCode(stored->status)},
                                       {QStringLiteral("note"), stored->note}},
                                      {{QStringLiteral("status"), codes::toCode(r.status)},
                                       {QStringLiteral("note"), r.note}});
        if (auto failure = appendAudit(m_database, m_clock, actor, audit))
            return *failure;
        return r;
    });
}

Outcome<QList<ReferralChange>> Referrals::history(qint64 referralId) const
{
    QString error;
    const QList<ReferralChange> changes =
        storage::ReferralRepository(m_database).history(referralId, &error);
    if (!error.isEmpty())
        return Failure{error};
    return changes;
}

} // namespace bb::care
