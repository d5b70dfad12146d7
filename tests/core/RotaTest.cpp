// SPDX-License-Identifier: MIT
// The Home Birth Team's on-call rota and the women whose home births it covers.
#include "TestSupport.h"

#include "scheduling/Rota.h"

#include <QHash>
#include <QSet>

using namespace bb::scheduling;

namespace {
const QDate kStart(2026, 11, 2); // a Monday

Clinician homeBirthMidwife(qint64 id, double fte = 1.0)
{
    Clinician c;
    c.id = id;
    c.name = QStringLiteral("HB %1").arg(id);
    c.fte = fte;
    c.skills = {QStringLiteral("home_birth")};
    c.teamId = 9;
    return c;
}

// Every shift has at most two, distinct, eligible midwives, none away, and every midwife rests
// eleven hours between shifts. Returns the shifts each one worked.
QHash<qint64, int> checkRotaInvariants(const RotaResult &rota, const QList<Clinician> &staff,
                                       const QList<Absence> &absences)
{
    QSet<qint64> eligible;
    for (const Clinician &c : staff)
        if (c.skills.contains(QStringLiteral("home_birth")) && isMidwife(c.role))
            eligible.insert(c.id);
    QHash<qint64, QDateTime> lastEnd;
    QHash<qint64, int> worked;
    for (const RotaShift &s : rota.shifts) {
        REQUIRE(s.midwifeIds.size() <= 2);
        CHECK(QSet<qint64>(s.midwifeIds.cbegin(), s.midwifeIds.cend()).size() ==
              s.midwifeIds.size());
        CHECK(s.start().secsTo(s.end()) == 12 * 3600);
        for (qint64 id : s.midwifeIds) {
            CHECK(eligible.contains(id));
            for (const Absence &a : absences)
                CHECK_FALSE((a.clinicianId == id && a.covers(s.date)));
            if (lastEnd.contains(id))
                CHECK(lastEnd.value(id).secsTo(s.start()) >= 11 * 3600);
            lastEnd.insert(id, s.end());
            ++worked[id];
        }
        CHECK(s.hasGap() == (s.midwifeIds.size() < 2));
    }
    return worked;
}
} // namespace

TEST_CASE("Home birth rota: two distinct midwives every day and night shift, 11 hours' rest",
          "[scheduling][rota]")
{
    QList<Clinician> staff;
    for (qint64 id = 1; id <= 8; ++id)
        staff << homeBirthMidwife(id);
    const RotaResult rota = buildHomeBirthRota(staff, {}, kStart, 4);
    REQUIRE(rota.shifts.size() == 4 * 7 * 2);
    CHECK(rota.gaps.isEmpty());
    CHECK(rota.shifts.first().date == kStart);
    CHECK(rota.shifts.first().kind == ShiftKind::Day);
    CHECK(rota.shifts.first().start() == QDateTime(kStart, QTime(8, 0)));
    CHECK(rota.shifts.at(1).kind == ShiftKind::Night);
    CHECK(rota.shifts.at(1).end() == QDateTime(kStart.addDays(1), QTime(8, 0)));
    for (const RotaShift &s : rota.shifts)
        CHECK(s.midwifeIds.size() == 2);
    const QHash<qint64, int> worked = checkRotaInvariants(rota, staff, {});
    // 112 places shared by 8 full-timers: 14 each.
    for (qint64 id = 1; id <= 8; ++id)
        CHECK(worked.value(id) == 14);
    CHECK(rota.shiftsPerMidwife.value(1) == 14);
}

TEST_CASE("Home birth rota: day then the same night, or night then the next day, never happens",
          "[scheduling][rota]")
{
    // Four midwives is the fewest that can cover: each pair needs a shift off after working.
    QList<Clinician> staff;
    for (qint64 id = 1; id <= 4; ++id)
        staff << homeBirthMidwife(id);
    const RotaResult rota = buildHomeBirthRota(staff, {}, kStart, 2);
    CHECK(rota.gaps.isEmpty());
    checkRotaInvariants(rota, staff, {});
    for (int i = 1; i < rota.shifts.size(); ++i)
        for (qint64 id : rota.shifts.at(i).midwifeIds)
            CHECK_FALSE(rota.shifts.at(i - 1).midwifeIds.contains(id));

    // Three cannot: every other shift is short of one, and flagged.
    staff.removeLast();
    const RotaResult thin = buildHomeBirthRota(staff, {}, kStart, 1);
    checkRotaInvariants(thin, staff, {});
    CHECK_FALSE(thin.gaps.isEmpty());
    for (const RotaShift &gap : thin.gaps)
        CHECK(gap.midwifeIds.size() < 2);
}

TEST_CASE("Home birth rota: shares fair by FTE", "[scheduling][rota]")
{
    QList<Clinician> staff{homeBirthMidwife(1, 1.0), homeBirthMidwife(2, 1.0),
                           homeBirthMidwife(3, 1.0), homeBirthMidwife(4, 1.0),
                           homeBirthMidwife(5, 0.5), homeBirthMidwife(6, 0.5)};
    const RotaResult rota = buildHomeBirthRota(staff, {}, kStart, 8);
    CHECK(rota.gaps.isEmpty());
    const QHash<qint64, int> worked = checkRotaInvariants(rota, staff, {});
    // 224 places over 5 FTE: about 44.8 per full-timer and 22.4 per half-timer.
    for (qint64 id : {1, 2, 3, 4})
        CHECK(std::abs(worked.value(id) - 44.8) <= 2.0);
    for (qint64 id : {5, 6})
        CHECK(std::abs(worked.value(id) - 22.4) <= 2.0);
}

TEST_CASE("Home birth rota: only midwives with the home-birth skill, absences respected",
          "[scheduling][rota]")
{
    QList<Clinician> staff;
    for (qint64 id = 1; id <= 6; ++id)
        staff << homeBirthMidwife(id);
    Clinician noSkill = homeBirthMidwife(7);
    noSkill.skills.clear();
    Clinician doctor = homeBirthMidwife(8);
    doctor.role = Role::Obstetrician;
    staff << noSkill << doctor;
    const QList<Absence> away{{1, kStart, kStart.addDays(6)},
                              {2, kStart.addDays(3), kStart.addDays(4)},
                              {3, kStart.addDays(10), kStart.addDays(10)}};
    const RotaResult rota = buildHomeBirthRota(staff, away, kStart, 2);
    CHECK(rota.gaps.isEmpty());
    const QHash<qint64, int> worked = checkRotaInvariants(rota, staff, away);
    CHECK_FALSE(worked.contains(7));
    CHECK_FALSE(worked.contains(8));
    CHECK_FALSE(rota.shiftsPerMidwife.contains(7));
    // Nobody works the night before her leave starts: it would run into her first day away.
    for (const RotaShift &s : rota.shifts)
        if (s.kind == ShiftKind::Night && s.date == kStart.addDays(9))
            CHECK_FALSE(s.midwifeIds.contains(3));
}

TEST_CASE("Home birth rota: gaps in cover are flagged", "[scheduling][rota]")
{
    QList<Clinician> staff;
    for (qint64 id = 1; id <= 5; ++id)
        staff << homeBirthMidwife(id);
    // Three away on the Wednesday leaves two, who cannot do both its day and its night.
    const QDate wed = kStart.addDays(2);
    const QList<Absence> away{{1, wed, wed}, {2, wed, wed}, {3, wed, wed}};
    const RotaResult rota = buildHomeBirthRota(staff, away, kStart, 1);
    checkRotaInvariants(rota, staff, away);
    REQUIRE_FALSE(rota.gaps.isEmpty());
    bool wednesdayShort = false;
    for (const RotaShift &gap : rota.gaps)
        wednesdayShort = wednesdayShort || gap.date == wed || gap.date == wed.addDays(-1);
    CHECK(wednesdayShort);

    // Nobody eligible: every shift is a gap, kept in the rota with nobody on it.
    const RotaResult empty = buildHomeBirthRota({}, {}, kStart, 1);
    CHECK(empty.shifts.size() == 14);
    CHECK(empty.gaps.size() == 14);
}

TEST_CASE("Home birth rota: the same input gives the same rota", "[scheduling][rota]")
{
    QList<Clinician> staff;
    for (qint64 id = 1; id <= 7; ++id)
        staff << homeBirthMidwife(id, id % 2 ? 1.0 : 0.8);
    QList<Clinician> shuffled(staff.crbegin(), staff.crend());
    const RotaResult a = buildHomeBirthRota(staff, {}, kStart, 3);
    const RotaResult b = buildHomeBirthRota(shuffled, {}, kStart, 3);
    CHECK(a.shifts == b.shifts);
}

TEST_CASE("Home birth windows: 37+0 to 42+0 weeks from the EDD", "[scheduling][rota]")
{
    const QList<HomeBirthWindow> list =
        homeBirthWindows({{QStringLiteral("9434765919"), QDate(2027, 5, 1)},
                          {QStringLiteral("9434765870"), QDate(2027, 3, 1)},
                          {QStringLiteral("4010232137"), QDate()}});
    REQUIRE(list.size() == 2); // no EDD, no window
    CHECK(list[0].nhsNumber == QStringLiteral("9434765870"));
    // EDD 2027-05-01: start 2026-07-25; + 259 days = 2027-04-10; + 294 days = 2027-05-15.
    CHECK(list[1].from == QDate(2027, 4, 10));
    CHECK(list[1].to == QDate(2027, 5, 15));
    CHECK(list[1].from == QDate(2027, 5, 1).addDays(-280 + 37 * 7));
    CHECK(list[1].to == QDate(2027, 5, 1).addDays(-280 + 42 * 7));
}
