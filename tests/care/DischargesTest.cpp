// SPDX-License-Identifier: MIT
// The weeks after the birth end with care::Discharges: where each baby is cared for (with her
// mother, transitional care, a neonatal unit from the service directory), her discharge to the
// health visitor in one transaction, and her Friends and Family Test answer kept with her team
// and the month only. The handover and her discharge summary are checked as printed.
#include "TestSupport.h"

#include "care/Clinic.h"
#include "care/DischargePrints.h"
#include "care/FeedbackText.h"
#include "clinical/NhsNumber.h"
#include "demo/DemoTeams.h"
#include "documents/DischargeDocuments.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QSqlQuery>
#include <QSqlRecord>

using namespace bb;

namespace {

// Booked 12-Oct-2026 with LMP 10-Aug-2026; twins born on 10-May-2027, discharged ten days on.
const QDate kBirthDay(2027, 5, 10);
const QDate kDischargeDay = kBirthDay.addDays(10);
const QString kNeonatalUnit =
    QStringLiteral("Leicester Neonatal Service, Leicester Royal Infirmary");

struct DischargeClinic
{
    test::ScratchDir scratch;
    FixedClock clock{QDateTime(kBirthDay, QTime(20, 0))};
    QString error;
    std::unique_ptr<storage::Database> db =
        storage::Database::open(test::databaseAt(scratch, QStringLiteral("d.sqlite")), &error);
    Booking her = test::bookingWithDetails();
    Team team;
    Staff midwife;
    Birth born;

    DischargeClinic()
    {
        REQUIRE(db);
        // Everything the handover must keep from her copy.
        her.woman.social = {QStringLiteral("domestic_abuse")};
        her.details.abuseEnquiry = AbuseEnquiry::Disclosed;
        her.details.abuseEnquiryNote = QStringLiteral("Partner controls money");
        FixedClock bookingDay(her.pregnancy.bookingDate);
        REQUIRE(test::book(*db, bookingDay, her, &error));
        REQUIRE(demo::storeDemoTeams(*db, bookingDay, {her}, &error));
        const care::Clinic c = clinic();
        for (const Team &t : c.staffing.teams()) {
            for (const Staff &s : c.staffing.members(t.id)) {
                if (s.isMidwife() && midwife.id == 0) {
                    midwife = s;
                    team = t;
                }
            }
        }
        REQUIRE(midwife.id != 0);
        Allocation a;
        a.pregnancyId = her.pregnancy.id;
        a.midwifeId = midwife.id;
        a.teamId = team.id;
        a.recordedOn = her.pregnancy.bookingDate;
        REQUIRE(c.scheduling.allocate(a, test::testMidwife()));
    }
    care::Clinic clinic() const { return care::Clinic(*db, clock); }

    void recordTwins()
    {
        Birth b;
        b.pregnancyId = her.pregnancy.id;
        b.date = kBirthDay;
        b.plannedSetting = BirthSetting::ObstetricUnit;
        b.setting = BirthSetting::ObstetricUnit;
        b.mode = BirthMode::EmergencyCaesarean;
        b.perineum = Perineum::NotApplicable;
        b.bloodLossMl = 800;
        b.attendants = {midwife.id};
        for (const BabySex sex : {BabySex::Female, BabySex::Male}) {
            Baby baby;
            baby.sex = sex;
            baby.weightGrams = sex == BabySex::Female ? 2650 : 2400;
            baby.apgar1 = 8;
            baby.apgar5 = 9;
            b.babies << baby;
        }
        const auto saved = clinic().births.record(b, test::testMidwife());
        INFO(saved.message().toStdString());
        REQUIRE(saved);
        born = saved->record.birth;
        REQUIRE(born.babies.size() == 2);
    }

    Discharge dischargeOn(const QDate &day) const
    {
        Discharge d;
        d.pregnancyId = her.pregnancy.id;
        d.date = day;
        d.healthVisitor = QStringLiteral("Belgrave health visiting team");
        d.handoverNotes = QStringLiteral("Prefers visits after 10am; partner not to be told");
        return d;
    }
};

int count(const storage::Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

} // namespace

TEST_CASE("A baby moves to the neonatal unit named in the service directory and back, and the "
          "team lead sees her away from home only while she is there",
          "[discharge][care]")
{
    DischargeClinic c;
    c.recordTwins();
    c.clock.set(QDateTime(kDischargeDay, QTime(9, 0)));
    const care::Clinic clinic = c.clinic();
    const Actor actor = test::testMidwife();

    BabyCareMove move;
    move.babyId = c.born.babies[1].id;
    move.from = kBirthDay;
    move.location = BabyCareLocation::NeonatalUnit;
    move.unit = kNeonatalUnit;
    move.reason = QStringLiteral("Low blood sugar");
    REQUIRE(clinic.discharges.moveBaby(c.her.pregnancy.id, move, actor));

    const auto away = clinic.discharges.babiesAwayFromHome(kBirthDay.addDays(2), c.team.id);
    REQUIRE(away);
    REQUIRE(away->size() == 1);
    CHECK(away->front().baby.id == c.born.babies[1].id);
    CHECK(away->front().move.unit == kNeonatalUnit);
    CHECK(away->front().motherNhsNumber == c.her.woman.nhsNumber);
    // Another team's list does not hold her baby.
    CHECK(clinic.discharges.babiesAwayFromHome(kBirthDay.addDays(2), c.team.id + 1000)->isEmpty());

    BabyCareMove home;
    home.babyId = c.born.babies[1].id;
    home.from = kBirthDay.addDays(4);
    home.location = BabyCareLocation::WithMother;
    home.unit = QStringLiteral("ignored with her mother");
    const auto back = clinic.discharges.moveBaby(c.her.pregnancy.id, home, actor);
    REQUIRE(back);
    CHECK(back->unit.isEmpty());
    CHECK(clinic.discharges.babiesAwayFromHome(kBirthDay.addDays(3), 0)->size() == 1);
    CHECK(clinic.discharges.babiesAwayFromHome(kBirthDay.addDays(4), 0)->isEmpty());
    CHECK(clinic.discharges.movesOf(c.her.pregnancy.id)->size() == 2);
}

TEST_CASE("A move of a baby is refused with what to fix and changes nothing", "[discharge][care]")
{
    DischargeClinic c;
    const care::Clinic clinic = c.clinic();
    const Actor actor = test::testMidwife();
    BabyCareMove move;
    move.from = kBirthDay;
    move.location = BabyCareLocation::NeonatalUnit;
    move.unit = kNeonatalUnit;
    // No birth yet.
    CHECK(clinic.discharges.moveBaby(c.her.pregnancy.id, move, actor).fieldErrors().value(0).path ==
          QStringLiteral("pregnancy"));

    c.recordTwins();
    move.babyId = c.born.babies[0].id;
    move.unit = QStringLiteral("Somewhere not in the directory");
    auto refused = clinic.discharges.moveBaby(c.her.pregnancy.id, move, actor);
    CHECK(refused.fieldErrors().value(0).path == QStringLiteral("unit"));
    move.unit.clear();
    refused = clinic.discharges.moveBaby(c.her.pregnancy.id, move, actor);
    CHECK(refused.fieldErrors().value(0).path == QStringLiteral("unit"));
    move.unit = kNeonatalUnit;
    move.from = kBirthDay.addDays(-1);
    refused = clinic.discharges.moveBaby(c.her.pregnancy.id, move, actor);
    CHECK(refused.fieldErrors().value(0).path == QStringLiteral("from"));
    move.from = kBirthDay.addDays(1); // the clock is still on the birth day
    refused = clinic.discharges.moveBaby(c.her.pregnancy.id, move, actor);
    CHECK(refused.fieldErrors().value(0).path == QStringLiteral("from"));
    CHECK(count(*c.db, QStringLiteral("SELECT count(*) FROM baby_care")) == 0);
}

TEST_CASE("Discharge in one transaction: the discharge, the babies' NHS numbers, postnatal "
          "contacts after the day cancelled, and her answer kept with her team and the month only",
          "[discharge][care]")
{
    DischargeClinic c;
    c.recordTwins();
    const care::Clinic clinic = c.clinic();
    const Actor actor = test::testMidwife();
    // A postnatal contact booked after the discharge day is no longer needed.
    Appointment later;
    later.pregnancyId = c.her.pregnancy.id;
    later.clinicianId = c.midwife.id;
    later.date = kDischargeDay.addDays(2);
    later.kind = AppointmentKind::PostnatalContact;
    REQUIRE(clinic.scheduling.addAppointment(later, actor));
    c.clock.set(QDateTime(kDischargeDay, QTime(16, 0)));

    Discharge d = c.dischargeOn(kDischargeDay);
    d.babyNhsNumbers.insert(c.born.babies[0].id, QStringLiteral("943 476 5870"));
    const Feedback feedback{
        FeedbackAnswer::VeryGood,
        QStringLiteral("Thank you Priya! %1 %2, born %3, NHS 943 476 5919")
            .arg(c.her.woman.givenName, c.her.woman.familyName,
                 c.her.woman.dateOfBirth.toString(QStringLiteral("dd/MM/yyyy")))};
    const auto done = clinic.discharges.discharge(d, feedback, actor);
    INFO(done.message().toStdString());
    REQUIRE(done);
    REQUIRE(done->cancelled.size() == 1);
    CHECK(done->cancelled.front().reason == QStringLiteral("discharged"));
    CHECK(clinic.births.birthOf(c.her.pregnancy.id).value()->birth.babies[0].nhsNumber ==
          QStringLiteral("9434765870"));
    const auto stored = clinic.discharges.dischargeOf(c.her.pregnancy.id);
    REQUIRE(stored.value());
    CHECK(stored.value()->discharge.healthVisitor == d.healthVisitor);

    // Kept apart from her record: the team and the month, her words without her identifiers.
    const auto summary = clinic.discharges.feedback(c.team.name, kDischargeDay.addDays(-40),
                                                    kDischargeDay.addDays(40));
    REQUIRE(summary);
    CHECK(summary->responses() == 1);
    const QString words = summary->months.at(1).comments.value(0);
    CHECK(words == QStringLiteral("Thank you Priya! [name], born [date], NHS [number]"));
    const QString csv = care::feedbackCsv(summary.value());
    for (const QString &identifier :
         {c.her.woman.nhsNumber, c.her.woman.givenName, c.her.woman.familyName,
          c.her.woman.dateOfBirth.toString(Qt::ISODate),
          c.her.woman.dateOfBirth.toString(QStringLiteral("dd/MM/yyyy"))})
        CHECK_FALSE(csv.contains(identifier, Qt::CaseInsensitive));
    const QSqlRecord columns = c.db->connection().record(QStringLiteral("feedback"));
    QStringList names;
    for (int i = 0; i < columns.count(); ++i)
        names << columns.fieldName(i);
    CHECK(names == QStringList{QStringLiteral("id"), QStringLiteral("team_id"),
                               QStringLiteral("month"), QStringLiteral("answer"),
                               QStringLiteral("comment")});

    // Once only.
    CHECK(clinic.discharges.discharge(d, std::nullopt, actor).fieldErrors().value(0).path ==
          QStringLiteral("pregnancy"));
}

TEST_CASE("A discharge is refused with what to fix and changes nothing", "[discharge][care]")
{
    DischargeClinic c;
    const care::Clinic clinic = c.clinic();
    const Actor actor = test::testMidwife();
    const Feedback feedback{FeedbackAnswer::Good, {}};
    CHECK(clinic.discharges.discharge(c.dischargeOn(kBirthDay), feedback, actor)
              .fieldErrors()
              .value(0)
              .path == QStringLiteral("pregnancy"));
    c.recordTwins();
    c.clock.set(QDateTime(kDischargeDay, QTime(16, 0)));
    CHECK(clinic.discharges.discharge(c.dischargeOn(kBirthDay.addDays(-1)), feedback, actor)
              .fieldErrors()
              .value(0)
              .path == QStringLiteral("date"));
    CHECK(clinic.discharges.discharge(c.dischargeOn(kDischargeDay.addDays(1)), feedback, actor)
              .fieldErrors()
              .value(0)
              .path == QStringLiteral("date"));
    Discharge badNumber = c.dischargeOn(kDischargeDay);
    badNumber.babyNhsNumbers.insert(c.born.babies[1].id, QStringLiteral("943 476 5871"));
    CHECK(clinic.discharges.discharge(badNumber, feedback, actor).fieldErrors().value(0).path ==
          QStringLiteral("babies.2.nhs_number"));
    CHECK(count(*c.db, QStringLiteral("SELECT count(*) FROM discharge")) == 0);
    CHECK(count(*c.db, QStringLiteral("SELECT count(*) FROM feedback")) == 0);
    CHECK(count(*c.db, QStringLiteral("SELECT count(*) FROM baby WHERE nhs_number <> ''")) == 0);
}

TEST_CASE("Her words lose her names, date of birth, postcode and long numbers, and keep the rest",
          "[discharge][feedback]")
{
    Woman her;
    her.givenName = QStringLiteral("Asha");
    her.familyName = QStringLiteral("Patel");
    her.dateOfBirth = QDate(1994, 7, 9);
    her.postcode = QStringLiteral("LE4 6AB");
    CHECK(care::withoutHerIdentifiers(QStringLiteral("asha patel, 09/07/1994, LE4 6AB, call "
                                                     "07700 900123. Midwife Jo was kind."),
                                      her) ==
          QStringLiteral("[name], [date], [postcode], call [number]. Midwife Jo was kind."));
    CHECK(care::withoutHerIdentifiers(QStringLiteral("Born 9 July 1994, NHS 943-476-5919, le46ab"),
                                      her) ==
          QStringLiteral("Born [date], NHS [number], [postcode]"));
    // A short number (a room, a day count) says nothing about who she is.
    CHECK(care::withoutHerIdentifiers(QStringLiteral("Room 12 for 3 days"), her) ==
          QStringLiteral("Room 12 for 3 days"));
    // Part of a longer word is not her name.
    CHECK(care::withoutHerIdentifiers(QStringLiteral("Ashanti was our midwife"), her) ==
          QStringLiteral("Ashanti was our midwife"));
    CHECK(care::withoutHerIdentifiers(QStringLiteral("9th July 1994, July 9, 1994, 9.7.94"), her) ==
          QStringLiteral("[date], [date], [date]"));
    CHECK(care::withoutHerIdentifiers(QStringLiteral("NHS 943.476.5919"), her) ==
          QStringLiteral("NHS [number]"));

    Woman hyphenated;
    hyphenated.givenName = QStringLiteral("Mary-Jane");
    hyphenated.familyName = QStringLiteral("O'Connor-Smith");
    hyphenated.nextOfKin.name = QStringLiteral("Liam Byrne");
    CHECK(care::withoutHerIdentifiers(QStringLiteral("Mrs Smith (Mary to friends), O\u2019Connor "
                                                     "or OConnor; Liam came too"),
                                      hyphenated) ==
          QStringLiteral("Mrs [name] ([name] to friends), [name] or [name]; [name] came too"));
}

TEST_CASE("The handover carries her and her babies' identifiers on every page and the "
          "safeguarding for the health visitor, and her discharge summary shows none of it",
          "[discharge][documents]")
{
    DischargeClinic c;
    c.recordTwins();
    c.clock.set(QDateTime(kDischargeDay, QTime(16, 0)));
    const care::Clinic clinic = c.clinic();
    Discharge d = c.dischargeOn(kDischargeDay);
    d.babyNhsNumbers.insert(c.born.babies[0].id, QStringLiteral("9434765870"));
    d.babyNhsNumbers.insert(c.born.babies[1].id, QStringLiteral("4010232137"));
    REQUIRE(clinic.discharges.discharge(d, std::nullopt, test::testMidwife()));

    const auto input = care::dischargePrintInput(clinic, c.her.pregnancy.id, kDischargeDay);
    INFO(input.message().toStdString());
    REQUIRE(input);
    const QString handover = c.scratch.file(QStringLiteral("handover.pdf"));
    QString error;
    REQUIRE(documents::writeHandoverPdf(handover, input.value(), &error));
    const QStringList pages = test::pdfPages(handover);
    REQUIRE(pages.size() >= 2);
    for (const QString &page : pages) {
        CHECK(page.contains(c.her.woman.fullName()));
        CHECK(page.contains(clinical::nhs::format(c.her.woman.nhsNumber)));
        CHECK(page.contains(QStringLiteral("943 476 5870")));
        CHECK(page.contains(QStringLiteral("401 023 2137")));
        CHECK(page.contains(QStringLiteral("CONFIDENTIAL")));
    }
    const QString all = pages.join(QLatin1Char('\n'));
    CHECK(all.contains(QStringLiteral("Partner controls money")));
    CHECK(all.contains(QStringLiteral("Prefers visits after 10am")));
    CHECK(all.contains(QStringLiteral("Safeguarding")));

    const QString summary = c.scratch.file(QStringLiteral("discharge.pdf"));
    REQUIRE(documents::writeDischargeSummaryPdf(summary, input.value(), &error));
    const QString hers = test::pdfPages(summary).join(QLatin1Char('\n'));
    CHECK(hers.contains(c.her.woman.fullName()));
    for (const char *secret : {"Partner controls money", "Prefers visits after 10am",
                               "Safeguarding", "abuse", "Disclosed", "GAD-2", "CONFIDENTIAL"})
        CHECK_FALSE(hers.contains(QString::fromLatin1(secret), Qt::CaseInsensitive));
}

TEST_CASE("The handover and her summary wait for her discharge", "[discharge][documents]")
{
    DischargeClinic c;
    c.recordTwins();
    const auto input = care::dischargePrintInput(c.clinic(), c.her.pregnancy.id, kBirthDay);
    CHECK(input.fieldErrors().value(0).path == QStringLiteral("pregnancy"));
}

TEST_CASE("Her timeline goes on after the birth: the birth, where her babies were cared for and "
          "her discharge, by day after the birth",
          "[discharge][care]")
{
    DischargeClinic c;
    c.recordTwins();
    c.clock.set(QDateTime(kDischargeDay, QTime(16, 0)));
    const care::Clinic clinic = c.clinic();
    BabyCareMove move;
    move.babyId = c.born.babies[1].id;
    move.from = kBirthDay.addDays(1);
    move.location = BabyCareLocation::TransitionalCare;
    move.unit = QStringLiteral("Transitional care, Leicester Royal Infirmary");
    REQUIRE(clinic.discharges.moveBaby(c.her.pregnancy.id, move, test::testMidwife()));
    REQUIRE(clinic.discharges.discharge(c.dischargeOn(kDischargeDay), std::nullopt,
                                        test::testMidwife()));

    const auto entries = clinic.timeline.of(c.her.pregnancy.id);
    REQUIRE(entries);
    REQUIRE(entries->size() >= 3);
    CHECK(entries->at(0).kind == care::TimelineKind::Discharge);
    CHECK(entries->at(0).when() == QStringLiteral("Day 10"));
    CHECK(entries->at(1).kind == care::TimelineKind::BabyMove);
    CHECK(entries->at(1).title == QStringLiteral("Baby 2: Transitional care"));
    CHECK(entries->at(1).when() == QStringLiteral("Day 1"));
    CHECK(entries->at(2).kind == care::TimelineKind::Birth);
    CHECK(entries->at(2).when() == QStringLiteral("39+0"));
}

TEST_CASE("Her babies' NHS numbers are each their own, never hers, and not changed in passing",
          "[discharge][care]")
{
    DischargeClinic c;
    c.recordTwins();
    c.clock.set(QDateTime(kDischargeDay, QTime(16, 0)));
    const care::Clinic clinic = c.clinic();
    const auto refusedWith = [&](const QString &first, const QString &second) {
        Discharge d = c.dischargeOn(kDischargeDay);
        d.babyNhsNumbers.insert(c.born.babies[0].id, first);
        d.babyNhsNumbers.insert(c.born.babies[1].id, second);
        return clinic.discharges.discharge(d, std::nullopt, test::testMidwife()).fieldErrors();
    };
    const FieldErrors same =
        refusedWith(QStringLiteral("9434765870"), QStringLiteral("9434765870"));
    REQUIRE(same.size() == 1);
    CHECK(same.front().path == QStringLiteral("babies.2.nhs_number"));
    const FieldErrors hers = refusedWith(c.her.woman.nhsNumber, QStringLiteral("4010232137"));
    REQUIRE(hers.size() == 1);
    CHECK(hers.front().message == QStringLiteral("is her own NHS number"));
    CHECK(count(*c.db, QStringLiteral("SELECT count(*) FROM discharge")) == 0);
}

TEST_CASE("After a stillbirth her discharge summary speaks to her, not of a baby to care for",
          "[discharge][documents]")
{
    DischargeClinic c;
    Birth b;
    b.pregnancyId = c.her.pregnancy.id;
    b.date = kBirthDay;
    b.plannedSetting = BirthSetting::ObstetricUnit;
    b.setting = BirthSetting::ObstetricUnit;
    b.bloodLossMl = 400;
    b.attendants = {c.midwife.id};
    Baby baby;
    baby.weightGrams = 2900;
    baby.outcome = BabyOutcome::Stillbirth;
    b.babies = {baby};
    REQUIRE(c.clinic().births.record(b, test::testMidwife()));
    c.clock.set(QDateTime(kDischargeDay, QTime(16, 0)));
    const care::Clinic clinic = c.clinic();
    REQUIRE(clinic.discharges.discharge(c.dischargeOn(kDischargeDay), std::nullopt,
                                        test::testMidwife()));
    const auto input = care::dischargePrintInput(clinic, c.her.pregnancy.id, kDischargeDay);
    REQUIRE(input);
    const QString summary = c.scratch.file(QStringLiteral("discharge.pdf"));
    QString error;
    REQUIRE(documents::writeDischargeSummaryPdf(summary, input.value(), &error));
    const QString hers = test::pdfPages(summary).join(QLatin1Char('\n'));
    CHECK(hers.contains(QStringLiteral("Worried about yourself? Call")));
    for (const char *hurtful : {"your baby", "heel prick", "hearing test", "Register"})
        CHECK_FALSE(hers.contains(QString::fromLatin1(hurtful), Qt::CaseInsensitive));
}
