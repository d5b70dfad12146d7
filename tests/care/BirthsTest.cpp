// SPDX-License-Identifier: MIT
// Recording a birth as one care::Births operation: the pregnancy delivered, antenatal
// appointments still to come cancelled, postnatal contacts booked, twins as two babies, and the
// continuity measure's intrapartum part from who attended.
#include "TestSupport.h"

#include "care/Clinic.h"
#include "demo/DemoTeams.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QSqlQuery>

using namespace bb;

namespace {

// Booked 12-Oct-2026 with LMP 10-Aug-2026: EDD 17-May-2027; born at 39+0 on 10-May-2027.
const QDate kBirthDay(2027, 5, 10);

struct BirthClinic
{
    test::ScratchDir scratch;
    FixedClock clock{QDateTime(kBirthDay, QTime(20, 0))};
    QString error;
    std::unique_ptr<storage::Database> db =
        storage::Database::open(test::databaseAt(scratch, QStringLiteral("b.sqlite")), &error);
    Booking her = test::lowRiskBooking();
    Team team;
    QList<Staff> teamMidwives;
    Staff outsider; ///< a midwife of no team of hers

    BirthClinic()
    {
        REQUIRE(db);
        FixedClock bookingDay(her.pregnancy.bookingDate);
        REQUIRE(test::book(*db, bookingDay, her, &error));
        REQUIRE(demo::storeDemoTeams(*db, bookingDay, {her}, &error));
        const care::Clinic c = clinic();
        for (const Team &t : c.staffing.teams()) {
            QList<Staff> midwives;
            for (const Staff &s : c.staffing.members(t.id))
                if (s.isMidwife())
                    midwives << s;
            if (midwives.size() >= 2 && teamMidwives.isEmpty()) {
                team = t;
                teamMidwives = midwives;
            }
        }
        REQUIRE(teamMidwives.size() >= 2);
        for (const Staff &s : c.staffing.staff()) {
            bool inTeam = false;
            for (const Staff &m : teamMidwives)
                inTeam = inTeam || m.id == s.id;
            if (!inTeam && s.isMidwife() && outsider.id == 0)
                outsider = s;
        }
        REQUIRE(outsider.id != 0);
    }
    care::Clinic clinic() const { return care::Clinic(*db, clock); }

    Birth birth(QList<qint64> attendants) const
    {
        Birth b;
        b.pregnancyId = her.pregnancy.id;
        b.date = kBirthDay;
        b.time = QTime(14, 35);
        b.plannedSetting = BirthSetting::AlongsideMidwiferyUnit;
        b.setting = BirthSetting::AlongsideMidwiferyUnit;
        b.bloodLossMl = 350;
        b.perineum = Perineum::FirstDegree;
        b.attendants = std::move(attendants);
        Baby baby;
        baby.sex = BabySex::Female;
        baby.weightGrams = 3420;
        baby.apgar1 = 9;
        baby.apgar5 = 10;
        baby.firstFeed = FirstFeed::Breast;
        baby.skinToSkinFirstHour = true;
        baby.vitaminK = VitaminK::Intramuscular;
        b.babies = {baby};
        return b;
    }

    /// Her named midwife and team from booking, and attended contacts with them after it.
    void placeWithTeam() const
    {
        const care::Clinic c = clinic();
        const Actor actor = test::testMidwife();
        Allocation a;
        a.pregnancyId = her.pregnancy.id;
        a.midwifeId = teamMidwives.at(0).id;
        a.teamId = team.id;
        a.recordedOn = her.pregnancy.bookingDate;
        REQUIRE(c.scheduling.allocate(a, actor));
        for (const QDate &day : {QDate(2026, 12, 7), QDate(2027, 1, 18), QDate(2027, 3, 1)}) {
            Appointment seen;
            seen.pregnancyId = her.pregnancy.id;
            seen.clinicianId = teamMidwives.at(0).id;
            seen.date = day;
            seen.kind = AppointmentKind::AntenatalContact;
            seen.status = AppointmentStatus::Attended;
            const auto added = c.scheduling.addAppointment(seen, actor);
            INFO(added.message().toStdString());
            REQUIRE(added);
        }
    }

    const scheduling::WomanContinuity *
    continuityOfHer(const scheduling::ContinuityReport &report) const
    {
        for (const scheduling::WomanContinuity &w : report.women)
            if (w.pregnancyId == her.pregnancy.id)
                return &w;
        return nullptr;
    }
};

} // namespace

TEST_CASE("A birth makes the pregnancy delivered, cancels the antenatal appointments still to "
          "come and books the postnatal contacts, all in one transaction",
          "[births][care]")
{
    BirthClinic c;
    const care::Clinic clinic = c.clinic();
    const Actor actor = test::testMidwife();
    // Booked antenatal appointments: one before the birth (kept), two after it (cancelled).
    for (const QDate &day : {QDate(2027, 5, 3), QDate(2027, 5, 12), QDate(2027, 5, 19)}) {
        Appointment a;
        a.pregnancyId = c.her.pregnancy.id;
        a.clinicianId = c.teamMidwives.at(1).id;
        a.date = day;
        a.kind = AppointmentKind::AntenatalContact;
        REQUIRE(clinic.scheduling.addAppointment(a, actor));
    }
    const auto saved = clinic.births.record(c.birth({c.teamMidwives.at(0).id}), actor);
    INFO(saved.message().toStdString());
    REQUIRE(saved);
    CHECK(saved->record.gestation == Gestation::fromWeeks(39));
    CHECK(saved->cancelled.size() == 2);
    CHECK(clinic.women.pregnancies(c.her.woman.id).value().front().status ==
          PregnancyStatus::Delivered);

    int antenatalBooked = 0;
    QList<QDate> postnatal;
    for (const AppointmentListing &l : clinic.scheduling.appointmentsOf(c.her.pregnancy.id)) {
        const Appointment &a = l.appointment;
        if (a.kind == AppointmentKind::PostnatalContact)
            postnatal << a.date;
        else if (a.status == AppointmentStatus::Booked && a.date >= kBirthDay)
            ++antenatalBooked;
        if (a.status == AppointmentStatus::Cancelled)
            CHECK(a.reason == QStringLiteral("birth"));
    }
    CHECK(antenatalBooked == 0); // after a birth no antenatal appointment is left booked
    // Day 5 is a Saturday, when none of her team works: the blood spot visit is on Monday,
    // day 7, still within day 5 to day 8.
    CHECK(postnatal ==
          QList<QDate>{kBirthDay.addDays(1), kBirthDay.addDays(7), kBirthDay.addDays(10)});
    CHECK(saved->notPlanned.isEmpty());

    // Read back as saved.
    const auto back = clinic.births.birthOf(c.her.pregnancy.id);
    REQUIRE(back);
    REQUIRE(back.value());
    CHECK(back.value()->birth == saved->record.birth);

    // A second birth for the same pregnancy is refused and changes nothing.
    const auto again = clinic.births.record(c.birth({c.teamMidwives.at(0).id}), actor);
    REQUIRE(again.invalid());
    CHECK(again.fieldErrors().front().path == QStringLiteral("pregnancy"));
}

TEST_CASE("Twins are two babies on one birth, and a refused birth stores nothing", "[births][care]")
{
    BirthClinic c;
    const care::Clinic clinic = c.clinic();
    Birth twins = c.birth({c.teamMidwives.at(0).id, c.outsider.id});
    Baby second = twins.babies.front();
    second.sex = BabySex::Male;
    second.weightGrams = 2980;
    twins.babies << second;

    Birth bad = twins;
    bad.babies[1].apgar5 = 6; // no 10-minute score
    bad.attendants << 999999;
    const auto refused = clinic.births.record(bad, test::testMidwife());
    REQUIRE(refused.invalid());
    QStringList paths;
    for (const FieldError &e : refused.fieldErrors())
        paths << e.path;
    CHECK(paths.contains(QStringLiteral("babies[1].apgar_10")));
    CHECK(paths.contains(QStringLiteral("clinicians")));
    CHECK(clinic.women.pregnancies(c.her.woman.id).value().front().status ==
          PregnancyStatus::Booked);

    const auto saved = clinic.births.record(twins, test::testMidwife());
    REQUIRE(saved);
    // RCOG GTG 37a counts the babies born: twins found only at the birth score their point.
    REQUIRE(saved->record.vte);
    CHECK(saved->record.vte->score.reasons()
              .join(QLatin1Char(' '))
              .contains(QStringLiteral("expecting 2 babies")));
    const auto back = clinic.births.birthOf(c.her.pregnancy.id).value();
    REQUIRE(back);
    REQUIRE(back->birth.babies.size() == 2);
    CHECK(back->birth.babies.at(0).order == 1);
    CHECK(back->birth.babies.at(1).order == 2);
    CHECK(back->birth.babies.at(1).weightGrams == 2980);
    CHECK(back->birth.attendants.size() == 2);
    CHECK(back->bloodSpot.size() == 2);
}

TEST_CASE("NHS England continuity: a birth attended by her named midwife keeps continuity, one "
          "attended only by a midwife outside her team loses it",
          "[births][continuity]")
{
    SECTION("her named midwife")
    {
        BirthClinic c;
        c.placeWithTeam();
        const care::Clinic clinic = c.clinic();
        REQUIRE(clinic.births.record(c.birth({c.teamMidwives.at(0).id}), test::testMidwife()));
        const auto report = clinic.scheduling.continuityReport(kBirthDay);
        const auto *her = c.continuityOfHer(report);
        REQUIRE(her);
        CHECK(her->outcome.intrapartumWithTeam);
        CHECK(her->outcome.receiving);
        // Visits after the birth are not antenatal care: two home visits by a midwife outside
        // her team change neither the count nor the measure.
        for (int day : {1, 2}) {
            Appointment visit;
            visit.pregnancyId = c.her.pregnancy.id;
            visit.clinicianId = c.outsider.id;
            visit.date = kBirthDay.addDays(day);
            visit.kind = AppointmentKind::HomeVisit;
            visit.status = AppointmentStatus::Attended;
            REQUIRE(clinic.scheduling.addAppointment(visit, test::testMidwife()));
        }
        const auto later = clinic.scheduling.continuityReport(kBirthDay.addDays(3));
        const auto *after = c.continuityOfHer(later);
        REQUIRE(after);
        CHECK(after->outcome.attendedContacts == 3);
        CHECK(after->outcome.receiving);
    }
    SECTION("a midwife outside her team")
    {
        BirthClinic c;
        c.placeWithTeam();
        const care::Clinic clinic = c.clinic();
        REQUIRE(clinic.births.record(c.birth({c.outsider.id}), test::testMidwife()));
        const auto report = clinic.scheduling.continuityReport(kBirthDay);
        const auto *her = c.continuityOfHer(report);
        REQUIRE(her);
        CHECK_FALSE(her->outcome.intrapartumWithTeam);
        CHECK_FALSE(her->outcome.receiving);
        // The day before, she had not given birth: still receiving, and still in the report.
        const auto before = clinic.scheduling.continuityReport(kBirthDay.addDays(-1));
        const auto *then = c.continuityOfHer(before);
        REQUIRE(then);
        CHECK(then->outcome.receiving);
    }
}

TEST_CASE("After the birth, anti-D at 28 weeks is no longer due, and a result waiting for "
          "action still is",
          "[births][results]")
{
    BirthClinic c;
    const care::Clinic clinic = c.clinic();
    TestResult group;
    group.pregnancyId = c.her.pregnancy.id;
    group.kind = QStringLiteral("blood_group");
    group.date = c.her.pregnancy.bookingDate;
    group.value = QStringLiteral("O RhD negative");
    REQUIRE(clinic.results.record(group, test::testMidwife()));
    TestResult hb = group;
    hb.kind = QStringLiteral("fbc_28_weeks");
    hb.date = QDate(2027, 2, 22);
    hb.value = QStringLiteral("Hb 98 g/L");
    hb.needsAction = true;
    REQUIRE(clinic.results.record(hb, test::testMidwife()));
    REQUIRE(clinic.results.dueFor(c.her.pregnancy.id).value().size() == 2);

    REQUIRE(clinic.births.record(c.birth({c.teamMidwives.at(0).id}), test::testMidwife()));
    const auto due = clinic.results.dueFor(c.her.pregnancy.id).value();
    REQUIRE(due.size() == 1);
    CHECK(due.front().resultId != 0);
}

TEST_CASE("A birth recorded after its first contacts' windows have passed says so, not that "
          "nobody is at work",
          "[births][care]")
{
    BirthClinic c;
    c.clock.set(QDateTime(kBirthDay.addDays(9), QTime(9, 0)));
    const auto saved =
        c.clinic().births.record(c.birth({c.teamMidwives.at(0).id}), test::testMidwife());
    REQUIRE(saved);
    REQUIRE(saved->notPlanned.size() >= 2);
    CHECK(saved->notPlanned.front().startsWith(QStringLiteral("day 1 ")));
    CHECK(saved->notPlanned.front().endsWith(
        QStringLiteral("its window has passed: record it if it happened")));
}
