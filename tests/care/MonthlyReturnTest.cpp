// SPDX-License-Identifier: MIT
// Which pregnancies the monthly MSDS return covers (care::MonthlyReturns): any activity in the
// period (booked, a plan version saved, an appointment attended or missed, the birth), none
// entered in error, and only for who may see both women's records and the service's figures.
#include "TestSupport.h"

#include "care/Clinic.h"
#include "care/MonthlyReturn.h"
#include "demo/DemoTeams.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QSqlQuery>

using namespace bb;

namespace {

// Asha booked on 12-Oct-2026 (EDD 17-May-2027), her booking saved late on the 13th.
const QDateTime kSaved(QDate(2026, 10, 13), QTime(23, 30));
const QDate kBirthDay(2027, 5, 10);

struct ReturnClinic
{
    test::ScratchDir scratch;
    FixedClock clock{QDateTime(QDate(2027, 6, 1), QTime(9, 0))};
    QString error;
    std::unique_ptr<storage::Database> db =
        storage::Database::open(test::databaseAt(scratch, QStringLiteral("r.sqlite")), &error);
    Booking her = test::lowRiskBooking();
    Booking other = test::lowRiskBooking();
    qint64 midwife = 0;

    ReturnClinic()
    {
        REQUIRE(db);
        const FixedClock savedThen(kSaved);
        REQUIRE(test::book(*db, savedThen, her, &error));
        other.woman.nhsNumber = QStringLiteral("9990079196");
        other.woman.givenName = QStringLiteral("Mina");
        REQUIRE(test::book(*db, savedThen, other, &error));
        REQUIRE(demo::storeDemoTeams(*db, savedThen, {her, other}, &error));
        for (const Staff &s : clinic().staffing.staff())
            if (s.isMidwife() && midwife == 0)
                midwife = s.id;
        REQUIRE(midwife != 0);
    }
    care::Clinic clinic() const { return care::Clinic(*db, clock); }

    QList<qint64> active(const QDate &from, const QDate &to) const
    {
        const auto ids = clinic().monthlyReturns.activeBetween(from, to, test::testMidwife());
        INFO(ids.message().toStdString());
        REQUIRE(ids);
        return ids.value();
    }

    void appointment(const QDate &day, AppointmentStatus status) const
    {
        Appointment a;
        a.pregnancyId = her.pregnancy.id;
        a.clinicianId = midwife;
        a.date = day;
        a.kind = AppointmentKind::AntenatalContact;
        a.status = status;
        if (status == AppointmentStatus::Cancelled)
            a.reason = QStringLiteral("she asked to move it");
        const auto added = clinic().scheduling.addAppointment(a, test::testTeamLead());
        INFO(added.message().toStdString());
        REQUIRE(added);
    }
};

} // namespace

TEST_CASE("Monthly return: a pregnancy is in the period's return for its booking, a plan version "
          "saved, an appointment she attended or missed, or the birth",
          "[msds][care]")
{
    ReturnClinic c;
    const qint64 hers = c.her.pregnancy.id;
    const qint64 others = c.other.pregnancy.id;
    // Booked on the 12th; the plan saved late on the 13th counts for the 13th, not the 14th.
    CHECK(c.active(QDate(2026, 10, 12), QDate(2026, 10, 12)) == QList<qint64>{hers, others});
    CHECK(c.active(QDate(2026, 10, 13), QDate(2026, 10, 13)) == QList<qint64>{hers, others});
    CHECK(c.active(QDate(2026, 10, 14), QDate(2026, 10, 31)).isEmpty());

    c.appointment(QDate(2026, 11, 10), AppointmentStatus::Attended);
    c.appointment(QDate(2026, 12, 10), AppointmentStatus::Cancelled);
    c.appointment(QDate(2027, 1, 5), AppointmentStatus::DidNotAttend);
    c.appointment(QDate(2027, 2, 9), AppointmentStatus::Booked);
    CHECK(c.active(QDate(2026, 11, 1), QDate(2026, 11, 30)) == QList<qint64>{hers});
    CHECK(c.active(QDate(2026, 12, 1), QDate(2026, 12, 31)).isEmpty()); // cancelled: no contact
    CHECK(c.active(QDate(2027, 1, 1), QDate(2027, 1, 31)) == QList<qint64>{hers});
    CHECK(c.active(QDate(2027, 2, 1), QDate(2027, 2, 28)).isEmpty()); // booked, never recorded

    // Read as it stood at the end of the period: on the 12th her plan was not saved yet, nor her
    // named midwife recorded (a few days after the booking); by the end of November both were.
    const auto booked = care::monthlyReturn(c.clinic(), QDate(2026, 10, 12), QDate(2026, 10, 12),
                                            test::testMidwife());
    REQUIRE(booked);
    REQUIRE(booked->size() == 2);
    CHECK_FALSE(booked->front().record.plan.has_value());
    CHECK(booked->front().record.namedMidwifeId == 0);
    const auto november = care::monthlyReturn(c.clinic(), QDate(2026, 11, 1), QDate(2026, 11, 30),
                                              test::testMidwife());
    REQUIRE(november);
    REQUIRE(november->size() == 1);
    REQUIRE(november->front().record.plan.has_value());
    CHECK(november->front().record.plan->version == 1);
    CHECK(november->front().record.namedMidwifeId != 0);
    CHECK(november->front().record.namedSince <= QDate(2026, 11, 30));

    Birth birth;
    birth.pregnancyId = hers;
    birth.date = kBirthDay;
    birth.time = QTime(14, 35);
    birth.plannedSetting = BirthSetting::AlongsideMidwiferyUnit;
    birth.setting = BirthSetting::AlongsideMidwiferyUnit;
    birth.bloodLossMl = 350;
    birth.perineum = Perineum::FirstDegree;
    birth.attendants = {c.midwife};
    Baby baby;
    baby.weightGrams = 3420;
    baby.apgar1 = 9;
    baby.apgar5 = 10;
    birth.babies = {baby};
    const auto born = c.clinic().births.record(birth, test::testMidwife());
    INFO(born.message().toStdString());
    REQUIRE(born);
    CHECK(c.active(QDate(2027, 5, 1), QDate(2027, 5, 31)) == QList<qint64>{hers});

    // Read whole for the return: her appointments and the birth with them.
    const auto records =
        care::monthlyReturn(c.clinic(), QDate(2027, 5, 1), QDate(2027, 5, 31), test::testMidwife());
    REQUIRE(records);
    REQUIRE(records->size() == 1);
    CHECK(records->front().record.booking.pregnancy.id == hers);
    CHECK(records->front().record.birth.has_value());
    CHECK(records->front().record.appointments.size() >= 4);
    CHECK_FALSE(records->front().dischargedOn.isValid());
}

TEST_CASE("Monthly return: a pregnancy or woman entered in error is in no return", "[msds][care]")
{
    ReturnClinic c;
    const care::Clinic clinic = c.clinic();
    REQUIRE(clinic.losses.enterInError(c.other.woman.id, c.other.pregnancy.id,
                                       QStringLiteral("booked twice"), test::testMidwife()));
    CHECK(c.active(QDate(2026, 10, 1), QDate(2026, 10, 31)) == QList<qint64>{c.her.pregnancy.id});
    REQUIRE(clinic.losses.enterInError(c.her.woman.id, 0, QStringLiteral("not our patient"),
                                       test::testMidwife()));
    CHECK(c.active(QDate(2026, 10, 1), QDate(2026, 10, 31)).isEmpty());
}

TEST_CASE("Monthly return: refused, and the refusal audited, for who may not open women's "
          "records or see the figures, and a period that ends before it starts refused",
          "[msds][care]")
{
    ReturnClinic c;
    const care::Clinic clinic = c.clinic();
    const QDate from(2026, 10, 1);
    const QDate to(2026, 10, 31);
    for (const UserRole role :
         {UserRole::SupportWorker, UserRole::HealthVisitor, UserRole::Administrator}) {
        const auto refused =
            clinic.monthlyReturns.activeBetween(from, to, Actor::named(QStringLiteral("x"), role));
        REQUIRE(refused.invalid());
        CHECK(refused.fieldErrors().front().path == QStringLiteral("viewer"));
    }
    QSqlQuery q(c.db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM audit_event WHERE event = 'export' AND "
                                  "outcome = 'refused' AND what = 'MSDS return 2026-10-01 to "
                                  "2026-10-31'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 3);
    CHECK(clinic.monthlyReturns.activeBetween(from, to, test::testTeamLead()));

    const auto backwards = clinic.monthlyReturns.activeBetween(to, from, test::testMidwife());
    REQUIRE(backwards.invalid());
    CHECK(backwards.fieldErrors().front().path == QStringLiteral("to"));
}
