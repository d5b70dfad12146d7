// SPDX-License-Identifier: MIT
// The staff list as the team lead keeps it: a staff member and her team change together, or
// not at all.
#include "TestSupport.h"

#include "care/Staffing.h"
#include "storage/Database.h"
#include "storage/StaffRepository.h"
#include "util/Clock.h"

using namespace bb;

TEST_CASE("Saving a staff member moves her to her new team in the same write", "[care][teams]")
{
    test::ScratchDir scratch;
    FixedClock clock{QDateTime(QDate(2026, 11, 2), QTime(9, 0))};
    QString error;
    const auto db =
        storage::Database::open(test::databaseAt(scratch, QStringLiteral("t.sqlite")), &error);
    REQUIRE(db);
    const care::Staffing staffing(*db, clock);
    const storage::StaffRepository staff(*db);
    const Actor lead = Actor::named(QStringLiteral("Team Lead"), UserRole::TeamLead);

    const auto city = staffing.saveTeam({0,
                                         QStringLiteral("City Continuity Team"),
                                         TeamKind::Continuity,
                                         {},
                                         {QStringLiteral("le4")},
                                         35,
                                         QStringLiteral("0116 496 0301")},
                                        lead);
    REQUIRE(city);
    CHECK(city->postcodeAreas == QStringList{QStringLiteral("LE4")});
    CHECK(staffing.teamById(city->id)->phone == QStringLiteral("0116 496 0301"));
    const auto county = staffing.saveTeam({0,
                                           QStringLiteral("County Community Team"),
                                           TeamKind::Community,
                                           {},
                                           {QStringLiteral("LE15")},
                                           35,
                                           {}},
                                          lead);
    REQUIRE(county);

    const auto jo = staffing.saveStaff(
        {{0, QStringLiteral("Jo Smith"), StaffRole::Midwife, 1.0, {}, {1, 2, 3}}, city->id}, lead);
    INFO(jo.message().toStdString());
    REQUIRE(jo);
    CHECK(staff.teamsOf(jo->id) == QList<Team>{city.value()});
    REQUIRE(staffing.saveStaff({jo.value(), county->id}, lead));
    CHECK(staff.teamsOf(jo->id) == QList<Team>{county.value()});

    // Her values are checked before anything is written.
    Staff none = jo.value();
    none.fte = 0;
    const auto refused = staffing.saveStaff({none, city->id}, lead);
    REQUIRE(refused.invalid());
    CHECK(refused.fieldErrors().front().path == QStringLiteral("staff.fte"));

    // A team that cannot be joined keeps her edit out too: one write, all or nothing.
    Staff renamed = jo.value();
    renamed.name = QStringLiteral("Jo Brown");
    CHECK(staffing.saveStaff({renamed, 999}, lead).failed());
    CHECK(staff.staffById(jo->id)->name == QStringLiteral("Jo Smith"));
    CHECK(staff.teamsOf(jo->id) == QList<Team>{county.value()});

    // Nobody in particular changes nothing.
    CHECK(staffing.saveStaff({renamed, county->id}, Actor{}).failed());
    CHECK(staffing.saveTeam(city.value(), Actor{}).failed());
    CHECK(staff.staffById(jo->id)->name == QStringLiteral("Jo Smith"));
}
