// SPDX-License-Identifier: MIT
#pragma once

#include <QList>

namespace bb::ui {

struct ClinicContext;
class StageForm;

/// Whose a page of her record is: hers (one page whatever the pregnancy), or the pregnancy
/// chosen at the top of the record.
enum class StageScope
{
    Woman,
    Pregnancy
};

/// What must be saved before a page can be used.
enum class StageNeeds
{
    Nothing,
    RegisteredWoman,
    SavedPregnancy
};

/// One stage of care as her record shows it: a tab, numbered by its place in the list (Alt+1,
/// Alt+2, ...), holding the page `make` builds.
struct RecordStage
{
    const char *title; ///< untranslated; translated in the record view (QT_TRANSLATE_NOOP)
    StageScope scope;
    StageNeeds needs;
    StageForm *(*make)(ClinicContext &context);
};

/// The stages of care, in the order her record shows them. A new stage of care is added here:
/// a StageForm for it, and one line.
QList<RecordStage> recordStages();

} // namespace bb::ui
