// SPDX-License-Identifier: MIT
#include "domain/Loss.h"

#include "domain/CodeTable.h"

namespace bb::codes {
namespace {

// The migration's CHECK list repeats these codes.
constexpr LabelledCodeTable<LossKind, 5> kLossKinds{{
    {LossKind::Miscarriage, "miscarriage", QT_TRANSLATE_NOOP("codes", "Miscarriage")},
    {LossKind::Ectopic, "ectopic", QT_TRANSLATE_NOOP("codes", "Ectopic pregnancy")},
    {LossKind::Termination, "termination", QT_TRANSLATE_NOOP("codes", "Termination of pregnancy")},
    {LossKind::Stillbirth, "stillbirth", QT_TRANSLATE_NOOP("codes", "Stillbirth")},
    {LossKind::NeonatalDeath, "neonatal_death", QT_TRANSLATE_NOOP("codes", "Neonatal death")},
}};

} // namespace

// clang-format off
QString toCode(LossKind value) { return codeOf(kLossKinds, value); }
std::optional<LossKind> lossKindFromCode(const QString &code) { return valueOf(kLossKinds, code); }
QString label(LossKind value) { return labelOf(kLossKinds, value); }
QStringList lossKindCodes() { return allCodes(kLossKinds); }
// clang-format on

} // namespace bb::codes
