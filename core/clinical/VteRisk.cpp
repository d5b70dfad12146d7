// SPDX-License-Identifier: MIT
#include "clinical/VteRisk.h"

#include <QCoreApplication>

namespace bb::clinical {
namespace {

/// The words this shows go through Qt's translation system (translations/).
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(VteRisk)
};

} // namespace

int VteScore::total() const
{
    int sum = 0;
    for (const VteFactor &factor : factors)
        sum += factor.points;
    return sum;
}

QStringList VteScore::reasons() const
{
    QStringList list;
    for (const VteFactor &factor : factors) {
        list << QStringLiteral("%1: %2 %3")
                    .arg(factor.text)
                    .arg(factor.points)
                    .arg(factor.points == 1 ? QStringLiteral("point") : QStringLiteral("points"));
    }
    return list;
}

namespace {

// The factors of the antenatal score; after the birth assisted conception no longer applies
// and age is taken on the birth date.
VteScore scoreFactors(const BookingFacts &facts, int age, bool countConception)
{
    VteScore score;
    const Pregnancy &pregnancy = facts.booking.pregnancy;

    const ConditionInfo *comorbidity = nullptr;
    bool previousVte = facts.hasCondition("previous_vte");
    for (const ConditionInfo *info : facts.conditions) {
        // A surgery-provoked VTE scores 3 only when there is no other previous VTE (4): the
        // two describe the same history and are not added.
        if (previousVte && qstrcmp(info->code, "previous_vte_surgery") == 0)
            continue;
        if (info->vtePoints > 0)
            score.factors << VteFactor{info->meaningString(), info->vtePoints};
        if (info->vteComorbidity && comorbidity == nullptr)
            comorbidity = info;
    }
    if (comorbidity != nullptr) {
        QStringList names;
        for (const ConditionInfo *info : facts.conditions) {
            if (info->vteComorbidity)
                names << info->meaningString();
        }
        score.factors << VteFactor{
            Words::tr("medical condition (%1)").arg(names.join(QStringLiteral("; "))), 3};
    }
    if (age > 35)
        score.factors << VteFactor{Words::tr("age %1 (over 35)").arg(age), 1};
    if (facts.bmi && *facts.bmi >= 40.0)
        score.factors << VteFactor{bmiText(*facts.bmi) + Words::tr(" (40 or more)"), 2};
    else if (facts.bmi && *facts.bmi >= 30.0)
        score.factors << VteFactor{bmiText(*facts.bmi) + Words::tr(" (30 or more)"), 1};
    if (pregnancy.previousBirths >= 3) {
        score.factors << VteFactor{
            Words::tr("%1 previous births (3 or more)").arg(pregnancy.previousBirths), 1};
    }
    if (facts.smokesNow())
        score.factors << VteFactor{Words::tr("smokes now"), 1};
    if (countConception && pregnancy.conception == Conception::Assisted)
        score.factors << VteFactor{Words::tr("assisted conception (IVF/ART)"), 1};
    if (pregnancy.fetuses > 1)
        score.factors << VteFactor{Words::tr("expecting %1 babies").arg(pregnancy.fetuses), 1};
    return score;
}

} // namespace

VteScore antenatalVteScore(const BookingFacts &facts)
{
    return scoreFactors(facts, facts.ageAtBooking, true);
}

AntenatalLmwh antenatalLmwh(int score)
{
    if (score >= 4)
        return AntenatalLmwh::FromBooking;
    if (score == 3)
        return AntenatalLmwh::From28Weeks;
    return AntenatalLmwh::None;
}

QString postnatalLmwhAdvice(PostnatalLmwh lmwh)
{
    switch (lmwh) {
    case PostnatalLmwh::TenDays:
        return Words::tr("LMWH for at least 10 days");
    case PostnatalLmwh::SixWeeks:
        return Words::tr("LMWH for 6 weeks");
    case PostnatalLmwh::None:
        break;
    }
    return Words::tr("no LMWH needed");
}

PostnatalVteAssessment postnatalVteRisk(const BookingFacts &facts, const BirthEvent &birth,
                                        bool hadAntenatalLmwh)
{
    const int age = birth.date.isValid() ? ageInYears(facts.booking.woman.dateOfBirth, birth.date)
                                         : facts.ageAtBooking;
    PostnatalVteAssessment result;
    result.score = scoreFactors(facts, age, false);
    QList<VteFactor> &f = result.score.factors;
    if (birth.caesareanInLabour)
        f << VteFactor{Words::tr("caesarean birth in labour"), 2};
    if (birth.electiveCaesarean)
        f << VteFactor{Words::tr("planned (elective) caesarean birth"), 1};
    if (birth.midCavityOrRotationalBirth)
        f << VteFactor{Words::tr("mid-cavity or rotational assisted birth"), 1};
    if (birth.labourOver24Hours)
        f << VteFactor{Words::tr("labour longer than 24 hours"), 1};
    if (birth.pphOver1LitreOrTransfusion)
        f << VteFactor{Words::tr("bleeding over 1 litre or blood transfusion"), 1};
    if (birth.gestation && *birth.gestation < Gestation::fromWeeks(37))
        f << VteFactor{Words::tr("preterm birth (%1)").arg(birth.gestation->toString()), 1};
    if (birth.stillbirth)
        f << VteFactor{QStringLiteral("stillbirth"), 1};

    if (facts.hasCondition("previous_vte") || facts.hasCondition("previous_vte_surgery"))
        result.reasons << Words::tr("previous VTE");
    if (hadAntenatalLmwh)
        result.reasons << Words::tr("LMWH given in this pregnancy");
    if (facts.hasCondition("thrombophilia_high_risk"))
        result.reasons << Words::tr("known high-risk thrombophilia");
    if (facts.hasCondition("thrombophilia_low_risk") && facts.hasCondition("family_vte"))
        result.reasons << Words::tr("known low-risk thrombophilia with a family history of "
                                    "VTE");
    if (!result.reasons.isEmpty()) {
        result.lmwh = PostnatalLmwh::SixWeeks;
    } else if (result.score.total() >= 2) {
        result.lmwh = PostnatalLmwh::TenDays;
        result.reasons << Words::tr("postnatal VTE score %1 (2 or more)").arg(result.score.total());
        if (result.score.factors.size() > 3) {
            result.considerSixWeeks = true;
            result.reasons << Words::tr("%1 risk factors (more than 3): consider extending "
                                        "to 6 weeks")
                                  .arg(result.score.factors.size());
        }
    }
    return result;
}

} // namespace bb::clinical
