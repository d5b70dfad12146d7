// SPDX-License-Identifier: MIT
#include "domain/TestResult.h"

#include "domain/CodeTable.h"

namespace bb::codes {
namespace {

// The migration's CHECK repeats these codes (a test checks each is accepted there).
constexpr std::array<CodeLabel, 15> kKinds{{
    {"fbc", "Full blood count (booking)"},
    {"blood_group", "Blood group and rhesus"},
    {"red_cell_antibodies", "Red cell antibodies"},
    {"hiv", "HIV"},
    {"hepatitis_b", "Hepatitis B"},
    {"syphilis", "Syphilis"},
    {"sickle_thalassaemia", "Sickle cell and thalassaemia"},
    {"fbc_28_weeks", "Full blood count (28 weeks)"},
    {"antibodies_28_weeks", "Red cell antibodies (28 weeks)"},
    {"anti_d_given", "Anti-D given"},
    {"ogtt", "Glucose tolerance test (OGTT)"},
    {"dating_scan", "Dating scan"},
    {"anomaly_scan", "Anomaly scan (18 to 20+6 weeks)"},
    {"growth_scan", "Growth scan"},
    {"other", "Other result"},
}};

} // namespace

QStringList resultKindCodes()
{
    return allCodes(kKinds);
}

QString resultKindLabel(const QString &code)
{
    return labelOfCode(kKinds, code, code);
}

bool isResultKind(const QString &code)
{
    return resultKindCodes().contains(code);
}

} // namespace bb::codes
