// SPDX-License-Identifier: MIT
#include "domain/PostnatalContact.h"

#include "domain/CodeTable.h"

namespace bb::codes {
namespace {

// One table per choice; the migration's CHECK lists repeat these codes.
constexpr LabelledCodeTable<PostnatalRole, 3> kRoles{{
    {PostnatalRole::Midwife, "midwife", QT_TRANSLATE_NOOP("codes", "Midwife")},
    {PostnatalRole::SupportWorker, "support_worker",
     QT_TRANSLATE_NOOP("codes", "Maternity support worker")},
    {PostnatalRole::HealthVisitor, "health_visitor", QT_TRANSLATE_NOOP("codes", "Health visitor")},
}};
constexpr LabelledCodeTable<Jaundice, 4> kJaundice{{
    {Jaundice::NotAssessed, "not_assessed", QT_TRANSLATE_NOOP("codes", "Not assessed")},
    {Jaundice::None, "none", QT_TRANSLATE_NOOP("codes", "No jaundice")},
    {Jaundice::Under24Hours, "under_24h",
     QT_TRANSLATE_NOOP("codes", "Jaundice in the first 24 hours")},
    {Jaundice::After24Hours, "after_24h", QT_TRANSLATE_NOOP("codes", "Jaundice after 24 hours")},
}};
constexpr LabelledCodeTable<Feeding, 4> kFeeding{{
    {Feeding::NotDiscussed, "not_discussed", QT_TRANSLATE_NOOP("codes", "Not discussed")},
    {Feeding::Breast, "breast", QT_TRANSLATE_NOOP("codes", "Breastfeeding")},
    {Feeding::Mixed, "mixed", QT_TRANSLATE_NOOP("codes", "Mixed feeding")},
    {Feeding::Formula, "formula", QT_TRANSLATE_NOOP("codes", "Formula feeding")},
}};

} // namespace

// clang-format off
QString toCode(PostnatalRole value) { return codeOf(kRoles, value); }
QString toCode(Jaundice value) { return codeOf(kJaundice, value); }
QString toCode(Feeding value) { return codeOf(kFeeding, value); }
std::optional<PostnatalRole> postnatalRoleFromCode(const QString &code) { return valueOf(kRoles, code); }
std::optional<Jaundice> jaundiceFromCode(const QString &code) { return valueOf(kJaundice, code); }
std::optional<Feeding> feedingFromCode(const QString &code) { return valueOf(kFeeding, code); }
QString label(PostnatalRole value) { return labelOf(kRoles, value); }
QString label(Jaundice value) { return labelOf(kJaundice, value); }
QString label(Feeding value) { return labelOf(kFeeding, value); }
QStringList postnatalRoleCodes() { return allCodes(kRoles); }
QStringList jaundiceCodes() { return allCodes(kJaundice); }
QStringList feedingCodes() { return allCodes(kFeeding); }
// clang-format on

} // namespace bb::codes
