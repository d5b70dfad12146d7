// SPDX-License-Identifier: MIT
// import-preferences end to end: the documented example kept as a proposal that changes nothing
// of her plan, and bad input refused with every problem's field path, storing nothing.
#include "CliSupport.h"
#include "TestSupport.h"

#include <QFile>

using namespace bb;
using namespace bb::clitest;

namespace {

const QString kExample = QStringLiteral(BB_DOCS_EXAMPLES "/birth-preferences.json");

struct Clinic
{
    test::ScratchDir scratch;
    QString db = test::databaseAt(scratch, QStringLiteral("clinic.sqlite"));

    Clinic()
    {
        REQUIRE(cli({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--demo")})
                    .exitCode == 0);
        importAsha(db, QDate::currentDate(), 10, 12); // 943 476 5919, as the example
    }
    Run import(const QString &file, const QByteArray &input = {}) const
    {
        return cli({QStringLiteral("import-preferences"), QStringLiteral("--db"), db, file}, input);
    }
    int proposals() const
    {
        return rowCount(db, QStringLiteral("SELECT count(*) FROM birth_preferences WHERE status "
                                           "= 'proposed'"));
    }
    QString chosenPlace() const
    {
        return firstValue(db, QStringLiteral("SELECT v.chosen_place_of_birth FROM "
                                             "care_plan_version v JOIN pregnancy p ON p.id = "
                                             "v.pregnancy_id JOIN woman w ON w.id = p.woman_id "
                                             "WHERE w.nhs_number = '9434765919' ORDER BY "
                                             "v.version DESC LIMIT 1"));
    }
};

} // namespace

TEST_CASE("import-preferences keeps the example as a proposed change to her plan and changes "
          "nothing of the plan itself",
          "[cli][preferences]")
{
    Clinic clinic;
    const QString placeBefore = clinic.chosenPlace();
    const Run run = clinic.import(kExample);
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains("as a proposed change to her plan"));
    CHECK(clinic.proposals() == 1);
    CHECK(clinic.chosenPlace() == placeBefore);
    CHECK(rowCount(clinic.db, QStringLiteral("SELECT count(*) FROM audit_event WHERE what = "
                                             "'her birth preferences'")) == 1);
}

TEST_CASE("import-preferences refuses bad input with one line per problem and its field path, "
          "and stores nothing",
          "[cli][preferences]")
{
    Clinic clinic;
    const QByteArray bad = R"({"format": "bbclinic-birth-preferences/1",
        "nhs_number": "9434765918", "written_on": "2999-01-01", "place_of_birth": "moon",
        "birth_companions": ["Dev", 7], "pain_relief": {"choices": ["water", "laughing gas"]},
        "feeding": {"choice": "bottle"}, "what_maters": "typo"})";
    const Run run = clinic.import(QStringLiteral("-"), bad);
    CHECK(run.exitCode == 2);
    const QStringList lines = run.errLines();
    const QStringList paths{QStringLiteral("nhs_number:"),
                            QStringLiteral("written_on:"),
                            QStringLiteral("place_of_birth:"),
                            QStringLiteral("birth_companions[1]:"),
                            QStringLiteral("pain_relief.choices[1]:"),
                            QStringLiteral("feeding.choice:"),
                            QStringLiteral("what_maters:")};
    for (const QString &path : paths) {
        INFO(path.toStdString() << " in " << run.err.toStdString());
        CHECK(std::any_of(lines.cbegin(), lines.cend(),
                          [&](const QString &line) { return line.startsWith(path); }));
    }
    CHECK(clinic.proposals() == 0);

    // Not JSON, another format, nothing said, and a woman the clinic does not have.
    CHECK(clinic.import(QStringLiteral("-"), "{not json").exitCode == 2);
    CHECK(clinic.import(QStringLiteral("-"), R"({"format": "bbclinic-booking/1"})").exitCode == 2);
    const Run empty = clinic.import(QStringLiteral("-"), R"({"format":
        "bbclinic-birth-preferences/1", "nhs_number": "9434765919", "written_on": "2026-01-02"})");
    CHECK(empty.exitCode == 2);
    CHECK(empty.err.contains("says none of her preferences"));
    const Run nobody = clinic.import(QStringLiteral("-"), R"({"format":
        "bbclinic-birth-preferences/1", "nhs_number": "4010232137", "written_on": "2026-01-02",
        "what_matters": "x"})");
    CHECK(nobody.exitCode == 2);
    CHECK(nobody.err.startsWith("nhs_number: nobody has the NHS number"));
    CHECK(clinic.proposals() == 0);
}
