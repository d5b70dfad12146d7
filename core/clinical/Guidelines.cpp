// SPDX-License-Identifier: MIT
// The rules page's list of sources (docs/clinical-rules: "Sources"), with the edition of each.
// Shown in the About box, so that whoever checks a recommendation knows which edition it follows.
#include "clinical/Guidelines.h"

namespace bb::clinical {

int clinicalRulesVersion()
{
    return 2;
}

QList<Guideline> guidelines()
{
    // Said as it is rather than guessed: a wrong edition would mislead whoever checks a rule.
    const char *kUndated = "edition not given on the rules page";
    const auto g = [](const char *name, const char *title, const char *version) {
        return Guideline{QString::fromUtf8(name), QString::fromUtf8(title),
                         QString::fromUtf8(version)};
    };
    return {
        g("NICE NG201", "Antenatal care", "2021"),
        g("NICE NG133", "Hypertension in pregnancy", "2019, updated 2023"),
        g("NICE NG3", "Diabetes in pregnancy", "2015, updated 2020"),
        g("NICE NG247", "Maternal and child nutrition", "January 2025"),
        g("NICE NG209", "Tobacco: preventing uptake, promoting quitting", "2021, updated 2023"),
        g("NICE NG137", "Twin and triplet pregnancy", "2019, updated 2024"),
        g("NICE NG207", "Inducing labour", "2021"),
        g("RCOG GTG 37a", "Reducing the risk of venous thromboembolism", "2015"),
        g("NICE NG235", "Intrapartum care: planning place of birth", "2023"),
        g("NICE CG192", "Antenatal and postnatal mental health", kUndated),
        g("NICE NG194", "Postnatal care", kUndated),
        g("SBL v3", "Saving Babies' Lives Care Bundle, NHS England", "version 3, 2023"),
        g("RCOG GTG 72", "Care of women with obesity in pregnancy", kUndated),
        g("UKHSA Green Book", "Immunisation: chapters 19 (flu), 24 (pertussis), 27a (RSV)",
          kUndated),
        g("BMUS/FASP", "First-trimester dating and screening", kUndated),
        g("Working Together", "Working Together to Safeguard Children", "2023"),
        g("National Bereavement Care Pathway", "Pregnancy loss", kUndated),
        // Cited by rules beside the page's own list of sources.
        g("NICE DG49", "PlGF-based testing to help diagnose suspected pre-eclampsia", kUndated),
        g("NICE CG110", "Pregnancy and complex social factors", kUndated),
        g("RCOG GTG 31", "The small-for-gestational-age fetus", kUndated),
    };
}

} // namespace bb::clinical
