// SPDX-License-Identifier: MIT
// The guidelines the About box names, against the rules page's list of sources (version 2).
#include "clinical/Guidelines.h"

#include <catch2/catch.hpp>

#include <QSet>

using bb::clinical::guidelines;

namespace {

QString versionOf(const QString &name)
{
    for (const auto &g : guidelines()) {
        if (g.name == name)
            return g.version;
    }
    return QStringLiteral("(not listed)");
}

} // namespace

TEST_CASE("The rules follow version 2 of the rules page", "[guidelines]")
{
    CHECK(bb::clinical::clinicalRulesVersion() == 2);
}

TEST_CASE("Each guideline the rules page names is listed with the edition it gives", "[guidelines]")
{
    // "Sources: NICE NG201 (antenatal care, 2021), NICE NG133 (hypertension in pregnancy, 2019,
    // updated 2023), NICE NG3 (diabetes in pregnancy, 2015/2020), NICE NG247 (maternal
    // nutrition, January 2025), NICE NG209 (tobacco, 2021/2023), NICE NG137 (twin and triplet
    // pregnancy, 2019/2024), NICE NG207 (inducing labour, 2021), RCOG Green-top Guideline 37a
    // (2015), NICE NG235 (intrapartum care, 2023), ... Saving Babies' Lives Care Bundle v3
    // (NHS England, 2023) ... Working Together to Safeguard Children (2023)."
    CHECK(versionOf(QStringLiteral("NICE NG201")) == QStringLiteral("2021"));
    CHECK(versionOf(QStringLiteral("NICE NG133")) == QStringLiteral("2019, updated 2023"));
    CHECK(versionOf(QStringLiteral("NICE NG3")) == QStringLiteral("2015, updated 2020"));
    CHECK(versionOf(QStringLiteral("NICE NG247")) == QStringLiteral("January 2025"));
    CHECK(versionOf(QStringLiteral("NICE NG209")) == QStringLiteral("2021, updated 2023"));
    CHECK(versionOf(QStringLiteral("NICE NG137")) == QStringLiteral("2019, updated 2024"));
    CHECK(versionOf(QStringLiteral("NICE NG207")) == QStringLiteral("2021"));
    CHECK(versionOf(QStringLiteral("RCOG GTG 37a")) == QStringLiteral("2015"));
    CHECK(versionOf(QStringLiteral("NICE NG235")) == QStringLiteral("2023"));
    CHECK(versionOf(QStringLiteral("SBL v3")) == QStringLiteral("version 3, 2023"));
    CHECK(versionOf(QStringLiteral("Working Together")) == QStringLiteral("2023"));
    // Named without an edition on the page: said so, not guessed.
    for (const char *undated : {"NICE CG192", "RCOG GTG 72", "UKHSA Green Book", "BMUS/FASP"})
        CHECK(versionOf(QString::fromLatin1(undated)).contains(QLatin1String("not given")));
}

TEST_CASE("Each guideline a rule cites is listed: DG49, CG110 and GTG 31 too", "[guidelines]")
{
    // Rules page: "once per episode between 20+0 and 36+6 (NICE DG49)". The social-factor
    // referrals cite NICE CG110; fibroids and serial growth scans, RCOG GTG 31.
    for (const char *cited : {"NICE DG49", "NICE CG110", "RCOG GTG 31", "NICE NG194",
                              "National Bereavement Care Pathway"})
        CHECK(versionOf(QString::fromLatin1(cited)) != QStringLiteral("(not listed)"));
}

TEST_CASE("Each guideline is listed once, with a title", "[guidelines]")
{
    QSet<QString> names;
    for (const auto &g : guidelines()) {
        INFO(g.name.toStdString());
        CHECK_FALSE(names.contains(g.name));
        CHECK_FALSE(g.title.isEmpty());
        names.insert(g.name);
    }
    CHECK(names.size() >= 15);
}
