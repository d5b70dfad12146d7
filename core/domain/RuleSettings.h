// SPDX-License-Identifier: MIT
#pragma once

namespace bb {

/// The values the rules page leaves to a trust, with the page's defaults. A plain value the
/// care-plan rules take: where it is stored and who edits it is not their concern.
struct RuleSettings
{
    /// NICE NG133 allows 75-150 mg; the page's default is 150 mg.
    int aspirinDoseMg = 150;
    /// NICE NG247 removed BMI 30 or more as a reason for folic acid 5 mg; RCOG GTG 72 still
    /// lists it, so a trust may bring it back.
    bool folicAcid5mgForBmi30 = false;
    /// Carbon monoxide at or above this (ppm) is raised: stop-smoking referral, or in a woman who
    /// does not smoke, advice about other sources (SBL v3, NICE NG209).
    double coRaisedPpm = 4.0;
    /// Carbon monoxide above this (ppm) in a woman who does not smoke: possible poisoning,
    /// safety advice the same day (NICE NG209).
    double coPoisoningPpm = 10.0;
    /// The symphysis–fundal height chart (SBL v3 element 2): her gestation in weeks, give or take
    /// this many centimetres from 24+0 to 35+6, and the wider figure from 36+0. Trusts with
    /// customised charts set their own.
    double sfhToleranceCm = 2.0;
    double sfhToleranceFrom36Cm = 3.0;

    bool operator==(const RuleSettings &) const = default;
};

} // namespace bb
