// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace bb {

/// Where a referral is in its life: suggested by the rules or a loss, sent by the midwife,
/// accepted and then seen by the team; or declined by her, or not needed after all.
enum class ReferralStatus
{
    Suggested,
    Sent,
    Accepted,
    Seen,
    Declined,
    NotNeeded
};

/// What made the referral.
enum class ReferralSource
{
    Plan,         ///< a recommendation of her care plan
    Contact,      ///< what an antenatal or postnatal contact's rules asked for
    Loss,         ///< a pregnancy loss (bereavement, her GP, her health visitor)
    Circumstances ///< her circumstances at registration (learning disability, no fixed abode)
};

/// A referral as an item of work for a team. `code` is the recommendation's code
/// (`referral_bereavement`); `team` the specialist team's code (`bereavement`).
struct Referral
{
    qint64 id = 0;
    qint64 pregnancyId = 0;
    QString code;
    QString team;
    ReferralSource source = ReferralSource::Plan;
    ReferralStatus status = ReferralStatus::Suggested;
    bool restricted = false; ///< safeguarding: seen only by staff who work with it
    QDate createdOn;
    QDate sentOn; ///< invalid until sent
    QDate updatedOn;
    QString updatedBy;
    QString note;

    bool isOpen() const
    {
        return status != ReferralStatus::Seen && status != ReferralStatus::Declined &&
               status != ReferralStatus::NotNeeded;
    }
    bool operator==(const Referral &) const = default;
};

/// One change of a referral's status, as its history lists it.
struct ReferralChange
{
    ReferralStatus status = ReferralStatus::Suggested;
    QDate on;
    QString by;
    QDateTime at;
    QString note;
    bool operator==(const ReferralChange &) const = default;
};

/// One line of a team's referral queue: the referral, whom it is for, and whether it is late.
struct ReferralListing
{
    Referral referral;
    qint64 womanId = 0;
    QString nhsNumber;
    QString womanName;       ///< `PATEL, Asha`
    bool afterLoss = false;  ///< her pregnancy ended in a loss: a flag wherever she is listed
    QDate sendBy;            ///< the last working day it should be sent by (two working days)
    bool lateToSend = false; ///< still suggested after sendBy
    bool operator==(const ReferralListing &) const = default;
};

/// The step a referral usually takes next, where a screen starts the choice: suggested to sent,
/// sent to accepted, accepted to seen; a closed one back to suggested.
ReferralStatus usualNextStatus(ReferralStatus status);

} // namespace bb

namespace bb::codes {

QString toCode(ReferralStatus value);
std::optional<ReferralStatus> referralStatusFromCode(const QString &code);
QString label(ReferralStatus value);
QStringList referralStatusCodes();

QString toCode(ReferralSource value);
std::optional<ReferralSource> referralSourceFromCode(const QString &code);
QString label(ReferralSource value);

/// The teams that take referrals, by code (`bereavement`), in the order the queues list them.
QStringList referralTeamCodes();
/// A team's name as screens show it (`Bereavement midwives`); empty for an unknown code.
QString referralTeamLabel(const QString &team);
/// The team a referral code goes to (`referral_stop_smoking` → `stop_smoking`); nothing when
/// the code is not a referral to a team.
std::optional<QString> teamForReferral(const QString &code);
/// Every referral code teamForReferral() knows.
QStringList referralCodes();
/// Whether referrals of this code are restricted: only staff who work with them see them, and
/// her copy never does.
bool isRestrictedReferral(const QString &code);

} // namespace bb::codes
