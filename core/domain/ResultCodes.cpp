// SPDX-License-Identifier: MIT
#include "domain/TestResult.h"

#include "domain/CodeTable.h"

namespace bb::codes {
namespace {

// The migration's CHECK repeats these codes (a test checks each is accepted there).
constexpr std::array<CodeLabel, 15> kKinds{{
    {"fbc", QT_TRANSLATE_NOOP("codes", "Full blood count (booking)")},
    {"blood_group", QT_TRANSLATE_NOOP("codes", "Blood group and rhesus")},
    {"red_cell_antibodies", QT_TRANSLATE_NOOP("codes", "Red cell antibodies")},
    {"hiv", QT_TRANSLATE_NOOP("codes", "HIV")},
    {"hepatitis_b", QT_TRANSLATE_NOOP("codes", "Hepatitis B")},
    {"syphilis", QT_TRANSLATE_NOOP("codes", "Syphilis")},
    {"sickle_thalassaemia", QT_TRANSLATE_NOOP("codes", "Sickle cell and thalassaemia")},
    {"fbc_28_weeks", QT_TRANSLATE_NOOP("codes", "Full blood count (28 weeks)")},
    {"antibodies_28_weeks", QT_TRANSLATE_NOOP("codes", "Red cell antibodies (28 weeks)")},
    {"anti_d_given", QT_TRANSLATE_NOOP("codes", "Anti-D given")},
    {"ogtt", QT_TRANSLATE_NOOP("codes", "Glucose tolerance test (OGTT)")},
    {"dating_scan", QT_TRANSLATE_NOOP("codes", "Dating scan")},
    {"anomaly_scan", QT_TRANSLATE_NOOP("codes", "Anomaly scan (18 to 20+6 weeks)")},
    {"growth_scan", QT_TRANSLATE_NOOP("codes", "Growth scan")},
    {"other", QT_TRANSLATE_NOOP("codes", "Other result")},
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
