// SPDX-License-Identifier: MIT
#include "domain/Referral.h"

#include "domain/CodeTable.h"

namespace bb {

ReferralStatus usualNextStatus(ReferralStatus status)
{
    switch (status) {
    case ReferralStatus::Suggested:
        return ReferralStatus::Sent;
    case ReferralStatus::Sent:
        return ReferralStatus::Accepted;
    case ReferralStatus::Accepted:
        return ReferralStatus::Seen;
    case ReferralStatus::Seen:
    case ReferralStatus::Declined:
    case ReferralStatus::NotNeeded:
        break;
    }
    return ReferralStatus::Suggested;
}

} // namespace bb

namespace bb::codes {
namespace {

// The migration's CHECK lists repeat these codes.
constexpr LabelledCodeTable<ReferralStatus, 6> kStatus{{
    {ReferralStatus::Suggested, "suggested", "Suggested"},
    {ReferralStatus::Sent, "sent", "Sent"},
    {ReferralStatus::Accepted, "accepted", "Accepted"},
    {ReferralStatus::Seen, "seen", "Seen"},
    {ReferralStatus::Declined, "declined", "Declined"},
    {ReferralStatus::NotNeeded, "not_needed", "Not needed"},
}};
constexpr LabelledCodeTable<ReferralSource, 4> kSource{{
    {ReferralSource::Plan, "plan", "Her care plan"},
    {ReferralSource::Contact, "contact", "A contact"},
    {ReferralSource::Loss, "loss", "Pregnancy loss"},
    {ReferralSource::Circumstances, "circumstances", "Her circumstances"},
}};

struct TeamReferral
{
    const char *team;
    const char *label;
    const char *code; ///< the referral code that goes to this team
};

// Each team and the one referral code that goes to it. The codes of the care plan's
// recommendations are the rules page's; the others are made by a loss (bereavement, GP,
// health visitor, perinatal mortality review) or by her circumstances (learning disability:
// reasonable adjustments, Equality Act 2010; no fixed abode: the duty to refer, Homelessness
// Reduction Act 2017).
constexpr std::array<TeamReferral, 15> kTeams{{
    {"bereavement", "Bereavement midwives", "referral_bereavement"},
    {"safeguarding", "Safeguarding team", "referral_safeguarding"},
    {"perinatal_mental_health", "Perinatal mental health team", "referral_perinatal_mental_health"},
    {"diabetes", "Diabetes team", "referral_diabetes_team"},
    {"hypertension", "Hypertension specialist", "referral_hypertension_specialist"},
    {"multiple_pregnancy", "Multiple pregnancy team", "referral_multiple_pregnancy_team"},
    {"teenage_pregnancy", "Teenage pregnancy team", "referral_teenage_pregnancy_team"},
    {"asylum_refugee", "Asylum and refugee team", "referral_asylum_refugee_team"},
    {"weight_management", "Weight management service", "referral_weight_management"},
    {"stop_smoking", "Stop smoking service", "referral_stop_smoking"},
    {"learning_disability", "Learning disability liaison team",
     "referral_learning_disability_team"},
    {"housing", "Local authority housing team", "referral_housing"},
    {"gp", "Her GP", "inform_gp"},
    {"health_visitor", "Her health visitor", "inform_health_visitor"},
    {"perinatal_mortality_review", "Perinatal mortality review", "perinatal_mortality_review"},
}};

} // namespace

// clang-format off
QString toCode(ReferralStatus value) { return codeOf(kStatus, value); }
std::optional<ReferralStatus> referralStatusFromCode(const QString &code) { return valueOf(kStatus, code); }
QString label(ReferralStatus value) { return labelOf(kStatus, value); }
QStringList referralStatusCodes() { return allCodes(kStatus); }
QString toCode(ReferralSource value) { return codeOf(kSource, value); }
std::optional<ReferralSource> referralSourceFromCode(const QString &code) { return valueOf(kSource, code); }
QString label(ReferralSource value) { return labelOf(kSource, value); }
// clang-format on

QStringList referralTeamCodes()
{
    QStringList teams;
    for (const TeamReferral &t : kTeams)
        teams << QString::fromLatin1(t.team);
    return teams;
}

QString referralTeamLabel(const QString &team)
{
    for (const TeamReferral &t : kTeams) {
        if (team == QLatin1String(t.team))
            return QString::fromUtf8(t.label);
    }
    return {};
}

std::optional<QString> teamForReferral(const QString &code)
{
    for (const TeamReferral &t : kTeams) {
        if (code == QLatin1String(t.code))
            return QString::fromLatin1(t.team);
    }
    return std::nullopt;
}

QStringList referralCodes()
{
    QStringList codes;
    for (const TeamReferral &t : kTeams)
        codes << QString::fromLatin1(t.code);
    return codes;
}

bool isRestrictedReferral(const QString &code)
{
    return code == QLatin1String("referral_safeguarding");
}

} // namespace bb::codes
