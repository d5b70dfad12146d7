// SPDX-License-Identifier: MIT
// Recording antenatal contacts: one transaction with her appointment, the rules' actions kept
// with the contact, and a diagnosis that changes her pathway taken into a new plan version.
#include "TestSupport.h"

#include "care/Clinic.h"
#include "demo/DemoTeams.h"
#include "storage/ContactRepository.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QSqlQuery>

#include <algorithm>

using namespace bb;

namespace {

// Booked 12-Oct-2026 with LMP 10-Aug-2026: EDD 17-May-2027, 32+0 on 22-Mar-2027.
const QDate k32Weeks(2027, 3, 22);

struct ContactClinic
{
    test::ScratchDir scratch;
    FixedClock clock{QDateTime(k32Weeks, QTime(17, 0))};
    QString error;
    std::unique_ptr<storage::Database> db =
        storage::Database::open(test::databaseAt(scratch, QStringLiteral("t.sqlite")), &error);
    Booking her = test::lowRiskBooking();
    qint64 midwife = 0;

    ContactClinic()
    {
        REQUIRE(db);
        FixedClock bookingDay(her.pregnancy.bookingDate);
        REQUIRE(test::book(*db, bookingDay, her, &error));
        REQUIRE(demo::storeDemoTeams(*db, bookingDay, {her}, &error));
        midwife = clinic().staffing.staff().front().id;
    }
    care::Clinic clinic() const { return care::Clinic(*db, clock); }
    int rows(const char *table) const
    {
        QSqlQuery q(db->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))));
        REQUIRE(q.next());
        return q.value(0).toInt();
    }
    AntenatalContact contact(const QDate &date) const
    {
        AntenatalContact c;
        c.pregnancyId = her.pregnancy.id;
        c.date = date;
        c.clinicianId = midwife;
        c.venue = QStringLiteral("Highfields Children's Centre");
        c.movements = Movements::Normal;
        return c;
    }
};

QStringList codesOf(const QList<ContactAction> &actions)
{
    QStringList list;
    for (const ContactAction &a : actions)
        list << a.code;
    return list;
}

} // namespace

TEST_CASE("A contact at 32 weeks with 150/95, protein 2+ and pre-eclampsia: same-day "
          "assessment, and the plan change taken into a new version",
          "[contacts][care]")
{
    ContactClinic c;
    const care::Clinic clinic = c.clinic();
    const Actor actor = test::testMidwife();
    AntenatalContact contact = c.contact(k32Weeks);
    contact.bloodPressure = BloodPressure{150, 95};
    contact.urineProtein = Dipstick::Plus2;
    contact.sfhCm = 31.0;
    contact.conditions = {QStringLiteral("pre_eclampsia")};

    const auto recorded = clinic.contacts.record(contact, actor);
    INFO(recorded.message().toStdString());
    REQUIRE(recorded);
    CHECK(recorded->assessment.gestation.toString() == QStringLiteral("32+0"));
    CHECK(codesOf(recorded->assessment.actions).contains(QStringLiteral("bp_same_day_assessment")));
    const clinical::PathwayChange &change = recorded->planChange;
    CHECK(change.pathwayFrom == CarePathway::MidwifeLed);
    CHECK(change.pathwayTo == CarePathway::ObstetricLed);
    QList<PlaceOfBirth> changed;
    for (const clinical::BirthPlaceChange &p : change.birthPlaces) {
        CHECK(p.to == BirthPlaceAdviceKind::ObstetricUnitRecommended);
        changed << p.setting;
    }
    CHECK(changed == QList<PlaceOfBirth>{PlaceOfBirth::Home,
                                         PlaceOfBirth::FreestandingMidwiferyUnit,
                                         PlaceOfBirth::AlongsideMidwiferyUnit});

    // Saved with its actions, and with an appointment that counts it (a walk-in gets one).
    const auto saved = clinic.contacts.contactsOf(c.her.pregnancy.id);
    REQUIRE(saved);
    REQUIRE(saved->size() == 1);
    CHECK(saved->front().contact.bloodPressure == BloodPressure{150, 95});
    CHECK(saved->front().contact.conditions == QStringList{QStringLiteral("pre_eclampsia")});
    CHECK(codesOf(saved->front().assessment.actions) == codesOf(recorded->assessment.actions));
    CHECK(saved->front().recordedBy == actor.displayName);
    const auto appointment = clinic.scheduling.appointment(saved->front().contact.appointmentId);
    REQUIRE(appointment);
    CHECK(appointment->status == AppointmentStatus::Attended);

    // The midwife takes it with her: a new version, obstetric-led, her choice kept.
    const auto before = clinic.carePlans.latest(c.her.pregnancy.id);
    REQUIRE(before);
    REQUIRE(before.value());
    const auto taken = clinic.contacts.takePlanChange(c.her.pregnancy.id, actor);
    INFO(taken.message().toStdString());
    REQUIRE(taken);
    CHECK(taken->version == before.value()->version + 1);
    CHECK(taken->plan.pathway == CarePathway::ObstetricLed);
    CHECK(taken->basedOn.assessment.conditions.contains(QStringLiteral("pre_eclampsia")));
    CHECK(taken->chosenPlaceOfBirth == before.value()->chosenPlaceOfBirth);
    for (const BirthPlaceAdvice &p : taken->plan.birthPlaces) {
        if (p.setting != PlaceOfBirth::ObstetricUnit)
            CHECK(p.advice == BirthPlaceAdviceKind::ObstetricUnitRecommended);
    }
    const auto nothingLeft = clinic.contacts.proposedPlanChange(c.her.pregnancy.id);
    REQUIRE(nothingLeft);
    CHECK(nothingLeft->isEmpty());
    CHECK(clinic.contacts.takePlanChange(c.her.pregnancy.id, actor).invalid());
}

TEST_CASE("Recording a contact marks her booked appointment that day attended, in the same "
          "transaction",
          "[contacts][care]")
{
    ContactClinic c;
    const care::Clinic clinic = c.clinic();
    Appointment booked;
    booked.pregnancyId = c.her.pregnancy.id;
    booked.clinicianId = c.midwife;
    booked.date = k32Weeks;
    booked.start = QTime(10, 0);
    booked.end = QTime(10, 30);
    booked.contactWeek = 31;
    const auto made = clinic.scheduling.addAppointment(booked, test::testMidwife());
    REQUIRE(made);
    const int appointments = c.rows("appointment");

    AntenatalContact contact = c.contact(k32Weeks);
    contact.attended = false;
    contact.movements = Movements::NotDiscussed;
    const auto recorded = clinic.contacts.record(contact, test::testMidwife());
    INFO(recorded.message().toStdString());
    REQUIRE(recorded);
    CHECK(recorded->contact.appointmentId == made->id);
    CHECK(recorded->assessment.actions.isEmpty());
    CHECK(clinic.scheduling.appointment(made->id)->status == AppointmentStatus::DidNotAttend);
    CHECK(c.rows("appointment") == appointments); // the booked one, not a new one
}

TEST_CASE("An impossible contact is refused and nothing is stored", "[contacts][care]")
{
    ContactClinic c;
    const care::Clinic clinic = c.clinic();
    AntenatalContact contact = c.contact(k32Weeks);
    contact.bloodPressure = BloodPressure{300, 20};
    const auto refused = clinic.contacts.record(contact, test::testMidwife());
    CHECK(refused.invalid());
    CHECK(refused.message().contains(QStringLiteral("bp: systolic 300")));

    AntenatalContact future = c.contact(k32Weeks.addDays(1));
    CHECK(clinic.contacts.record(future, test::testMidwife()).invalid());
    AntenatalContact unknown = c.contact(k32Weeks);
    unknown.conditions = {QStringLiteral("pre-eclampsia")};
    CHECK(clinic.contacts.record(unknown, test::testMidwife()).invalid());
    CHECK_FALSE(clinic.contacts.record(c.contact(k32Weeks), Actor{}));
    CHECK(c.rows("antenatal_contact") == 0);
    CHECK(c.rows("appointment") == 0);
}

TEST_CASE("Every contact code is accepted by the schema and read back the same",
          "[contacts][storage]")
{
    ContactClinic c;
    const storage::ContactRepository contacts(*c.db);
    const int n = int(std::max({codes::dipstickCodes().size(), codes::presentationCodes().size(),
                                codes::movementsCodes().size(), codes::inductionCodes().size()}));
    for (int i = 0; i < n; ++i) {
        const auto pick = [i](const QStringList &list) { return list.at(i % list.size()); };
        storage::StoredContact s;
        s.contact = c.contact(k32Weeks.addDays(-i));
        s.contact.urineProtein = *codes::dipstickFromCode(pick(codes::dipstickCodes()));
        s.contact.urineGlucose = *codes::dipstickFromCode(pick(codes::dipstickCodes()));
        s.contact.presentation = *codes::presentationFromCode(pick(codes::presentationCodes()));
        s.contact.movements = *codes::movementsFromCode(pick(codes::movementsCodes()));
        s.contact.induction = *codes::inductionFromCode(pick(codes::inductionCodes()));
        s.contact.sfhCm = 30.5;
        s.contact.coPpm = 2.0;
        s.contact.fetalHeartHeard = i % 2 == 0;
        s.contact.mentalHealth = MentalHealthAnswers{true, false, i % 7};
        s.contact.conditions = {QStringLiteral("fibroids"), QStringLiteral("pre_eclampsia")};
        s.contact.notes = QStringLiteral("Well; partner with her");
        s.actions = {{QStringLiteral("ecv_offer"),
                      QStringLiteral("NICE NG201"),
                      {QStringLiteral("breech at 36+0")}}};
        s.recordedBy = QStringLiteral("Test Midwife");
        s.recordedAt = QDateTime(k32Weeks, QTime(9, 30));
        QString error;
        INFO(error.toStdString());
        REQUIRE(contacts.save(s, &error));
        const auto back = contacts.byId(s.contact.id);
        REQUIRE(back);
        CHECK(back->contact == s.contact);
        CHECK(back->actions == s.actions);
        CHECK(back->recordedAt == s.recordedAt);
    }
}

TEST_CASE("Her pregnancy's timeline lists the booking, contacts and plan versions, newest first",
          "[contacts][timeline]")
{
    ContactClinic c;
    const care::Clinic clinic = c.clinic();
    AntenatalContact first = c.contact(QDate(2027, 1, 18));
    first.bloodPressure = BloodPressure{118, 74};
    REQUIRE(clinic.contacts.record(first, test::testMidwife()));
    AntenatalContact second = c.contact(k32Weeks);
    second.bloodPressure = BloodPressure{150, 95};
    second.urineProtein = Dipstick::Plus2;
    second.conditions = {QStringLiteral("pre_eclampsia")};
    REQUIRE(clinic.contacts.record(second, test::testMidwife()));
    REQUIRE(clinic.contacts.takePlanChange(c.her.pregnancy.id, test::testMidwife()));

    const auto timeline = clinic.timeline.of(c.her.pregnancy.id);
    REQUIRE(timeline);
    QList<care::TimelineKind> kinds;
    QList<QDate> dates;
    for (const care::TimelineEntry &e : timeline.value()) {
        kinds << e.kind;
        dates << e.date;
    }
    using K = care::TimelineKind;
    CHECK(kinds == QList<K>{K::PlanVersion, K::Contact, K::Contact, K::PlanVersion, K::Booking});
    CHECK(std::is_sorted(dates.crbegin(), dates.crend()));
    const care::TimelineEntry &latest = timeline->front();
    CHECK(latest.title == QStringLiteral("Care plan version 2"));
    CHECK(latest.detail.startsWith(QStringLiteral("Obstetric-led care")));
    const care::TimelineEntry &contact = timeline->at(1);
    CHECK(contact.gestation.toString() == QStringLiteral("32+0"));
    CHECK(contact.detail.contains(QStringLiteral("BP 150/95")));
    CHECK(contact.detail.contains(QStringLiteral("diagnosed: pre-eclampsia")));
    CHECK(contact.detail.contains(QStringLiteral("Same-day assessment")));
    CHECK(timeline->back().gestation.toString() == QStringLiteral("9+0"));
}

TEST_CASE("Results are recorded, acted on, and stay due until then", "[results][care]")
{
    ContactClinic c;
    const care::Clinic clinic = c.clinic();
    const Actor actor = test::testMidwife();
    TestResult group;
    group.pregnancyId = c.her.pregnancy.id;
    group.kind = QStringLiteral("blood_group");
    group.date = QDate(2026, 10, 12);
    group.value = QStringLiteral("O RhD negative");
    REQUIRE(clinic.results.record(group, actor));
    TestResult hb;
    hb.pregnancyId = c.her.pregnancy.id;
    hb.kind = QStringLiteral("fbc_28_weeks");
    hb.date = QDate(2027, 2, 22);
    hb.value = QStringLiteral("Hb 98 g/L");
    hb.needsAction = true;
    const auto saved = clinic.results.record(hb, actor);
    REQUIRE(saved);
    CHECK(saved->recordedBy == actor.displayName);

    auto due = clinic.results.dueFor(c.her.pregnancy.id);
    REQUIRE(due);
    REQUIRE(due->size() == 2); // the low haemoglobin, and anti-D at 28 weeks
    CHECK(clinic.results.actOn(saved->id, QStringLiteral(" "), actor).invalid());
    const auto acted =
        clinic.results.actOn(saved->id, QStringLiteral("oral iron prescribed by GP"), actor);
    REQUIRE(acted);
    CHECK(acted->actedOn == k32Weeks);
    CHECK(acted->actedBy == actor.displayName);
    TestResult antiD = group;
    antiD.kind = QStringLiteral("anti_d_given");
    antiD.date = QDate(2027, 3, 1);
    antiD.value = QStringLiteral("1500 IU");
    REQUIRE(clinic.results.record(antiD, actor));
    due = clinic.results.dueFor(c.her.pregnancy.id);
    REQUIRE(due);
    CHECK(due->isEmpty());

    TestResult bad = hb;
    bad.kind = QStringLiteral("unknown");
    CHECK(clinic.results.record(bad, actor).invalid());
    CHECK(c.rows("test_result") == 3);
    const auto timeline = clinic.timeline.of(c.her.pregnancy.id);
    REQUIRE(timeline);
    int shown = 0;
    for (const care::TimelineEntry &e : timeline.value())
        shown += e.kind == care::TimelineKind::Result ? 1 : 0;
    CHECK(shown == 3);
}

TEST_CASE("Every kind of result is accepted by the schema", "[results][storage]")
{
    ContactClinic c;
    const care::Clinic clinic = c.clinic();
    for (const QString &kind : codes::resultKindCodes()) {
        TestResult r;
        r.pregnancyId = c.her.pregnancy.id;
        r.kind = kind;
        r.date = QDate(2026, 12, 1);
        r.value = QStringLiteral("normal");
        const auto saved = clinic.results.record(r, test::testMidwife());
        INFO(kind.toStdString() << ": " << saved.message().toStdString());
        CHECK(saved);
    }
}
