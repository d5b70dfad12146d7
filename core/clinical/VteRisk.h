// SPDX-License-Identifier: MIT
#pragma once

#include "clinical/BookingFacts.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace bb::clinical {

/// One RCOG GTG 37a risk factor and the points it scores.
struct VteFactor
{
    QString text;
    int points = 0;
    bool operator==(const VteFactor &) const = default;
};

struct VteScore
{
    QList<VteFactor> factors;
    int total() const;
    QStringList reasons() const; ///< `age 37 (over 35): 1 point`
};

/// RCOG GTG 37a antenatal score at booking: previous VTE 4 (or surgery-provoked VTE 3, never
/// both); thrombophilia high 3 / low 1; any comorbidity 3, counted once; family VTE 1; age over
/// 35 1; BMI 30 or more 1, 40 or more 2; three or more previous births 1; smokes now 1; gross
/// varicose veins 1; assisted conception 1; more than one baby 1.
VteScore antenatalVteScore(const BookingFacts &facts);

enum class AntenatalLmwh
{
    None,
    From28Weeks,
    FromBooking
};
/// Score 4 or more: LMWH from booking; exactly 3: from 28 weeks.
AntenatalLmwh antenatalLmwh(int score);

/// What happened at the birth that RCOG GTG 37a scores after it.
struct BirthEvent
{
    QDate date;                         ///< the birth date; age is taken on it when valid
    std::optional<Gestation> gestation; ///< at birth; before 37+0 is preterm
    bool caesareanInLabour = false;
    bool electiveCaesarean = false;
    bool midCavityOrRotationalBirth = false;
    bool labourOver24Hours = false;
    bool pphOver1LitreOrTransfusion = false;
    bool stillbirth = false;
    bool operator==(const BirthEvent &) const = default;
};

enum class PostnatalLmwh
{
    None,
    TenDays,
    SixWeeks
};

/// The advice in words ("LMWH for at least 10 days"), as the screen and the command line say it.
QString postnatalLmwhAdvice(PostnatalLmwh lmwh);

struct PostnatalVteAssessment
{
    VteScore score;
    PostnatalLmwh lmwh = PostnatalLmwh::None;
    /// More than three risk factors with ten days advised: consider extending to six weeks.
    bool considerSixWeeks = false;
    QStringList reasons; ///< why LMWH is advised (empty when it is not)
};

/// RCOG GTG 37a after the birth: the antenatal factors still present (assisted conception no
/// longer counts) plus the birth's own. Previous VTE, antenatal LMWH in this pregnancy,
/// high-risk thrombophilia, or low-risk thrombophilia with a family history of VTE: LMWH for 6
/// weeks; otherwise a score of 2 or more: at least 10 days, and with more than three risk
/// factors, consider extending to 6 weeks.
PostnatalVteAssessment postnatalVteRisk(const BookingFacts &facts, const BirthEvent &birth,
                                        bool hadAntenatalLmwh);

} // namespace bb::clinical
