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
    {ReferralStatus::Suggested, "suggested", QT_TRANSLATE_NOOP("codes", "Suggested")},
    {ReferralStatus::Sent, "sent", QT_TRANSLATE_NOOP("codes", "Sent")},
    {ReferralStatus::Accepted, "accepted", QT_TRANSLATE_NOOP("codes", "Accepted")},
    {ReferralStatus::Seen, "seen", QT_TRANSLATE_NOOP("codes", "Seen")},
    {ReferralStatus::Declined, "declined", QT_TRANSLATE_NOOP("codes", "Declined")},
    {ReferralStatus::NotNeeded, "not_needed", QT_TRANSLATE_NOOP("codes", "Not needed")},
}};
constexpr LabelledCodeTable<ReferralSource, 4> kSource{{
    {ReferralSource::Plan, "plan", QT_TRANSLATE_NOOP("codes", "Her care plan")},
    {ReferralSource::Contact, "contact", QT_TRANSLATE_NOOP("codes", "A contact")},
    {ReferralSource::Loss, "loss", QT_TRANSLATE_NOOP("codes", "Pregnancy loss")},
    {ReferralSource::Circumstances, "circumstances",
     QT_TRANSLATE_NOOP("codes", "Her circumstances")},
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
    {"bereavement", QT_TRANSLATE_NOOP("codes", "Bereavement midwives"), "referral_bereavement"},
    {"safeguarding", QT_TRANSLATE_NOOP("codes", "Safeguarding team"), "referral_safeguarding"},
    {"perinatal_mental_health", QT_TRANSLATE_NOOP("codes", "Perinatal mental health team"),
     "referral_perinatal_mental_health"},
    {"diabetes", QT_TRANSLATE_NOOP("codes", "Diabetes team"), "referral_diabetes_team"},
    {"hypertension", QT_TRANSLATE_NOOP("codes", "Hypertension specialist"),
     "referral_hypertension_specialist"},
    {"multiple_pregnancy", QT_TRANSLATE_NOOP("codes", "Multiple pregnancy team"),
     "referral_multiple_pregnancy_team"},
    {"teenage_pregnancy", QT_TRANSLATE_NOOP("codes", "Teenage pregnancy team"),
     "referral_teenage_pregnancy_team"},
    {"asylum_refugee", QT_TRANSLATE_NOOP("codes", "Asylum and refugee team"),
     "referral_asylum_refugee_team"},
    {"weight_management", QT_TRANSLATE_NOOP("codes", "Weight management service"),
     "referral_weight_management"},
    {"stop_smoking", QT_TRANSLATE_NOOP("codes", "Stop smoking service"), "referral_stop_smoking"},
    {"learning_disability", QT_TRANSLATE_NOOP("codes", "Learning disability liaison team"),
     "referral_learning_disability_team"},
    {"housing", QT_TRANSLATE_NOOP("codes", "Local authority housing team"), "referral_housing"},
    {"gp", QT_TRANSLATE_NOOP("codes", "Her GP"), "inform_gp"},
    {"health_visitor", QT_TRANSLATE_NOOP("codes", "Her health visitor"), "inform_health_visitor"},
    {"perinatal_mortality_review", QT_TRANSLATE_NOOP("codes", "Perinatal mortality review"),
     "perinatal_mortality_review"},
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
            return QCoreApplication::translate("codes", t.label);
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
