// SPDX-License-Identifier: MIT
// Named-midwife allocation: the team for a postcode, and midwives suggested by capacity.
#include "TestSupport.h"

#include "scheduling/Allocation.h"

using namespace bb::scheduling;

namespace {
TeamInfo team(qint64 id, const QString &name, const QStringList &areas, int target = 35)
{
    TeamInfo t;
    t.id = id;
    t.name = name;
    t.postcodeAreas = areas;
    t.caseloadTargetPerFte = target;
    return t;
}

Clinician midwife(qint64 id, double fte, qint64 teamId, Role role = Role::Midwife)
{
    Clinician c;
    c.id = id;
    c.name = QStringLiteral("Midwife %1").arg(id);
    c.role = role;
    c.fte = fte;
    c.teamId = teamId;
    return c;
}

QList<qint64> ids(const QList<MidwifeCandidate> &list)
{
    QList<qint64> out;
    for (const MidwifeCandidate &m : list)
        out << m.clinicianId;
    return out;
}
} // namespace

TEST_CASE("Allocation: outward code of a postcode", "[scheduling][allocation]")
{
    CHECK(outwardCode(QStringLiteral("LE15 6AB")) == QStringLiteral("LE15"));
    CHECK(outwardCode(QStringLiteral("le156ab")) == QStringLiteral("LE15"));
    CHECK(outwardCode(QStringLiteral("LE1 5WW")) == QStringLiteral("LE1"));
    CHECK(outwardCode(QStringLiteral("LE15")) == QStringLiteral("LE15"));
    CHECK(outwardCode(QStringLiteral("EC1A 1BB")) == QStringLiteral("EC1A"));
    CHECK(outwardCode(QStringLiteral("M1 1AE")) == QStringLiteral("M1"));
    CHECK(outwardCode(QStringLiteral("not a postcode")).isEmpty());
    CHECK(outwardCode(QString()).isEmpty());
}

TEST_CASE("Allocation: team by postcode outward code, most specific area first (LE15 before LE1)",
          "[scheduling][allocation]")
{
    const QList<TeamInfo> teams{
        team(1, QStringLiteral("Leicester Central"),
             {QStringLiteral("LE1"), QStringLiteral("LE2")}),
        team(2, QStringLiteral("Rutland"), {QStringLiteral("LE15")}),
        team(3, QStringLiteral("County"), {QStringLiteral("LE")}),
        team(4, QStringLiteral("Oakham North"), {QStringLiteral("LE15 7")}),
    };
    CHECK(teamForPostcode(QStringLiteral("LE15 6AB"), teams)->id == 2);
    CHECK(teamForPostcode(QStringLiteral("LE1 5WW"), teams)->id == 1);
    CHECK(teamForPostcode(QStringLiteral("le2 1aa"), teams)->id == 1);
    CHECK(teamForPostcode(QStringLiteral("LE15 7XY"), teams)->id == 4); // sector beats district
    CHECK(teamForPostcode(QStringLiteral("LE11 3TU"), teams)->id == 3); // LE1 never claims LE11
    CHECK(teamForPostcode(QStringLiteral("LE15"), teams)->id == 2);
    // The district LE15 is not the sector "LE1 5".
    CHECK(teamForPostcode(QStringLiteral("LE1 5WW"), {teams[1], teams[2]})->id == 3);
    CHECK_FALSE(teamForPostcode(QStringLiteral("NG7 2UH"), teams).has_value());
    CHECK_FALSE(teamForPostcode(QStringLiteral("rubbish"), teams).has_value());

    // The order teams are listed in does not matter.
    QList<TeamInfo> reversed(teams.crbegin(), teams.crend());
    CHECK(teamForPostcode(QStringLiteral("LE15 6AB"), reversed)->id == 2);
}

TEST_CASE("Allocation: two teams covering one area, the lower id wins", "[scheduling][allocation]")
{
    const QList<TeamInfo> teams{team(7, QStringLiteral("B"), {QStringLiteral("NG7")}),
                                team(5, QStringLiteral("A"), {QStringLiteral("NG7")})};
    CHECK(teamForPostcode(QStringLiteral("NG7 2UH"), teams)->id == 5);
}

TEST_CASE("Allocation: capacity is FTE x caseload target against her current caseload",
          "[scheduling][allocation]")
{
    const TeamInfo t = team(1, QStringLiteral("Rutland"), {QStringLiteral("LE15")});
    const QList<Clinician> staff{midwife(10, 1.0, 1), midwife(11, 0.6, 1), midwife(12, 0.5, 1),
                                 midwife(13, 1.0, 2), // another team
                                 midwife(14, 1.0, 1, Role::MaternitySupportWorker)};
    const QHash<qint64, int> caseloads{{10, 30}, {11, 10}, {12, 17}};
    const QList<MidwifeCandidate> list =
        suggestNamedMidwife(t, staff, caseloads, {}, QDate(2027, 3, 1));

    REQUIRE(ids(list) == QList<qint64>{11, 10, 12}); // only this team's midwives
    CHECK(list[0].capacity == 21);                   // 0.6 x 35
    CHECK(list[0].capacityLeft == 11);
    CHECK(list[1].capacity == 35);
    CHECK(list[1].capacityLeft == 5);
    CHECK(list[2].capacity == 17); // 0.5 x 35 = 17.5: women are whole
    CHECK(list[2].capacityLeft == 0);
    CHECK_FALSE(list[2].hasCapacity()); // listed, so the midwife can still pick her, but last
}

TEST_CASE("Allocation: midwives with capacity first, even the least full of a full team",
          "[scheduling][allocation]")
{
    const TeamInfo t = team(1, QStringLiteral("T"), {}, 10);
    const QList<Clinician> staff{midwife(1, 1.0, 1), midwife(2, 1.0, 1), midwife(3, 1.0, 1)};
    // 1 is over capacity, 2 is exactly full, 3 has one place left.
    const QList<MidwifeCandidate> list =
        suggestNamedMidwife(t, staff, {{1, 12}, {2, 10}, {3, 9}}, {}, QDate(2027, 3, 1));
    CHECK(ids(list) == QList<qint64>{3, 2, 1});
    CHECK(list[0].hasCapacity());
    CHECK_FALSE(list[1].hasCapacity());
    CHECK(list[2].capacityLeft == -2);
}

TEST_CASE("Allocation: equal capacity is tie-broken by fewest due the same month, then id",
          "[scheduling][allocation]")
{
    const TeamInfo t = team(1, QStringLiteral("T"), {});
    const QList<Clinician> staff{midwife(4, 1.0, 1), midwife(2, 1.0, 1), midwife(3, 1.0, 1),
                                 midwife(1, 1.0, 1)};
    const QHash<qint64, int> caseloads{{1, 20}, {2, 20}, {3, 20}, {4, 20}};
    const QDate edd(2027, 3, 14);
    DueMonthCounts due;
    due[1][monthKey(edd)] = 4;
    due[2][monthKey(edd)] = 1;
    due[2][monthKey(QDate(2027, 4, 1))] = 9; // another month: not counted
    due[3][monthKey(edd)] = 1;
    const QList<MidwifeCandidate> list = suggestNamedMidwife(t, staff, caseloads, due, edd);
    CHECK(ids(list) == QList<qint64>{4, 2, 3, 1});
    CHECK(list[0].dueSameMonth == 0);
    CHECK(list[1].dueSameMonth == 1);
    CHECK(list[3].dueSameMonth == 4);
}

TEST_CASE("Allocation: a specialist midwife in the team is a candidate, other roles are not",
          "[scheduling][allocation]")
{
    const TeamInfo t = team(1, QStringLiteral("T"), {});
    const QList<Clinician> staff{midwife(1, 1.0, 1, Role::Obstetrician),
                                 midwife(2, 1.0, 1, Role::SpecialistMidwife),
                                 midwife(3, 1.0, 1, Role::HealthVisitor)};
    CHECK(ids(suggestNamedMidwife(t, staff, {}, {}, QDate(2027, 3, 1))) == QList<qint64>{2});
}

TEST_CASE("Allocation: role codes round-trip", "[scheduling][allocation]")
{
    for (Role r : {Role::Midwife, Role::MaternitySupportWorker, Role::HealthVisitor,
                   Role::Obstetrician, Role::SpecialistMidwife})
        CHECK(roleFromCode(toCode(r)) == r);
    CHECK(toCode(Role::MaternitySupportWorker) == QStringLiteral("maternity_support_worker"));
    CHECK_FALSE(roleFromCode(QStringLiteral("surgeon")).has_value());
}
