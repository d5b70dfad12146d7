// SPDX-License-Identifier: MIT
// The invalid-booking rules of the booking format (docs/formats.md).
#include "TestSupport.h"

#include "clinical/BookingValidation.h"
#include "clinical/Dating.h"
#include "domain/Languages.h"

using namespace bb;
using namespace bb::clinical;

namespace {
QStringList paths(const FieldErrors &errors)
{
    QStringList list;
    for (const auto &error : errors)
        list << error.path;
    return list;
}
} // namespace

TEST_CASE("A low-risk booking is valid", "[validation]")
{
    CHECK(validateBooking(test::lowRiskBooking(), test::kToday).isEmpty());
}

TEST_CASE("Each out-of-range value is named by its field path", "[validation]")
{
    Booking b = test::lowRiskBooking();
    SECTION("height")
    {
        b.assessment.measurements.heightCm = 99.9;
        CHECK(paths(validateBooking(b, test::kToday)) ==
              QStringList{QStringLiteral("measurements.height_cm")});
        b.assessment.measurements.heightCm = 100.0;
        CHECK(validateBooking(b, test::kToday).isEmpty());
        b.assessment.measurements.heightCm = 250.1;
        CHECK_FALSE(validateBooking(b, test::kToday).isEmpty());
    }
    SECTION("weight")
    {
        b.assessment.measurements.weightKg = 24.9;
        CHECK(paths(validateBooking(b, test::kToday)) ==
              QStringList{QStringLiteral("measurements.weight_kg")});
        b.assessment.measurements.weightKg = 300.0;
        CHECK(validateBooking(b, test::kToday).isEmpty());
    }
    SECTION("fetuses 1-6")
    {
        b.pregnancy.fetuses = 0;
        CHECK(paths(validateBooking(b, test::kToday)) ==
              QStringList{QStringLiteral("pregnancy.fetuses")});
        b.pregnancy.fetuses = 7;
        CHECK_FALSE(validateBooking(b, test::kToday).isEmpty());
        b.pregnancy.fetuses = 6;
        CHECK(validateBooking(b, test::kToday).isEmpty());
    }
    SECTION("GAD-2 0-6")
    {
        b.assessment.mentalHealth.gad2Score = 7;
        CHECK(paths(validateBooking(b, test::kToday)) ==
              QStringList{QStringLiteral("mental_health.gad2_score")});
    }
    SECTION("counts below 0")
    {
        b.pregnancy.previousBirths = -1;
        b.pregnancy.previousCaesareans = -1;
        CHECK(paths(validateBooking(b, test::kToday)) ==
              QStringList{QStringLiteral("pregnancy.previous_births"),
                          QStringLiteral("pregnancy.previous_caesareans")});
    }
    SECTION("unknown condition code is an error, never ignored")
    {
        b.assessment.conditions << QStringLiteral("gout");
        const auto errors = validateBooking(b, test::kToday);
        REQUIRE(errors.size() == 1);
        CHECK(errors.front().toString() ==
              QStringLiteral("conditions: unknown condition code 'gout'"));
    }
    SECTION("NHS number check digit")
    {
        b.woman.nhsNumber = QStringLiteral("9434765918");
        CHECK(validateBooking(b, test::kToday).front().toString() ==
              QStringLiteral("woman.nhs_number: check digit does not match"));
    }
}

TEST_CASE("Booking dates: before the LMP, past 42+0, born after booking", "[validation][dates]")
{
    Booking b = test::lowRiskBooking();
    const QDate today = b.pregnancy.lmp.addDays(43 * 7); // so that every date here has come
    b.pregnancy.bookingDate = b.pregnancy.lmp.addDays(-1);
    CHECK(paths(validateBooking(b, today)).contains(QStringLiteral("pregnancy.booking_date")));
    b.pregnancy.bookingDate = b.pregnancy.lmp.addDays(42 * 7);
    CHECK(validateBooking(b, today).isEmpty());
    b.pregnancy.bookingDate = b.pregnancy.lmp.addDays(42 * 7 + 1);
    CHECK(paths(validateBooking(b, today)) ==
          QStringList{QStringLiteral("pregnancy.booking_date")});

    Booking c = test::lowRiskBooking();
    c.woman.dateOfBirth = c.pregnancy.bookingDate.addDays(1);
    CHECK(paths(validateBooking(c, test::kToday)) ==
          QStringList{QStringLiteral("woman.date_of_birth")});
}

TEST_CASE("Warnings that do not block: late booking and an unusable CRL", "[validation]")
{
    Booking b = test::lowRiskBooking();
    CHECK(bookingWarnings(b).isEmpty());
    b.pregnancy.bookingDate = b.pregnancy.lmp.addDays(13 * 7); // 13+0
    CHECK(bookingWarnings(b).join(QLatin1Char(' ')).contains(QStringLiteral("late booking")));
    b.pregnancy.bookingDate = b.pregnancy.lmp.addDays(12 * 7 + 6); // 12+6 is not late
    CHECK(bookingWarnings(b).isEmpty());
    b.pregnancy.datingScan = DatingScan{b.pregnancy.bookingDate, 90.0};
    CHECK(bookingWarnings(b)
              .join(QLatin1Char(' '))
              .contains(QStringLiteral("outside the dating range")));
    CHECK(validateBooking(b, test::kToday).isEmpty());
}

namespace {
/// The one message the rules give for `path`, or an empty string when they give none.
QString messageFor(const FieldErrors &errors, const char *path)
{
    QStringList messages;
    for (const auto &error : errors) {
        if (error.path == QLatin1String(path))
            messages << error.message;
    }
    REQUIRE(messages.size() <= 1);
    return messages.value(0);
}
const QString kFuture = QStringLiteral("is in the future");
} // namespace

TEST_CASE("Dates after today are refused: booking, LMP, dating scan, birth", "[validation][dates]")
{
    const QDate today = test::kToday;
    Booking b = test::lowRiskBooking();
    SECTION("booking date")
    {
        b.pregnancy.bookingDate = today;
        CHECK(validateBooking(b, today).isEmpty());
        b.pregnancy.bookingDate = today.addDays(1);
        CHECK(paths(validateBooking(b, today)) ==
              QStringList{QStringLiteral("pregnancy.booking_date")});
        CHECK(messageFor(validateBooking(b, today), "pregnancy.booking_date") == kFuture);
        // The same booking is valid once its day has come: today is what the caller says.
        CHECK(validateBooking(b, today.addDays(1)).isEmpty());
    }
    SECTION("LMP: in the future, and so not compared with the booking date")
    {
        b.pregnancy.lmp = today.addDays(1);
        CHECK(paths(validateBooking(b, today)) == QStringList{QStringLiteral("pregnancy.lmp")});
        CHECK(messageFor(validateBooking(b, today), "pregnancy.lmp") == kFuture);
    }
    SECTION("dating scan")
    {
        b.pregnancy.datingScan = DatingScan{today, 60.0};
        CHECK(validateBooking(b, today).isEmpty());
        b.pregnancy.datingScan->date = today.addDays(1);
        CHECK(messageFor(validateBooking(b, today), "pregnancy.dating_scan.date") == kFuture);
    }
    SECTION("date of birth, for a booking and for her registration alone")
    {
        b.woman.dateOfBirth = today.addDays(1);
        CHECK(paths(validateBooking(b, today)) ==
              QStringList{QStringLiteral("woman.date_of_birth")});
        CHECK(messageFor(validateBooking(b, today), "woman.date_of_birth") == kFuture);
        CHECK(messageFor(validateWoman(b.woman, today), "woman.date_of_birth") == kFuture);
    }
}

TEST_CASE("The LMP is not after the booking date, and booking is by 42+0", "[validation][dates]")
{
    Booking b = test::lowRiskBooking();
    b.pregnancy.lmp = b.pregnancy.bookingDate;
    CHECK(validateBooking(b, test::kToday).isEmpty());
    b.pregnancy.lmp = b.pregnancy.bookingDate.addDays(1);
    CHECK(messageFor(validateBooking(b, test::kToday), "pregnancy.booking_date") ==
          QStringLiteral("is before the LMP"));
    b.pregnancy.lmp = b.pregnancy.bookingDate.addDays(-42 * 7 - 1);
    CHECK(messageFor(validateBooking(b, test::kToday), "pregnancy.booking_date") ==
          QStringLiteral("is more than 42+0 weeks after the LMP"));
}

TEST_CASE("A date of birth gives a plausible age at booking", "[validation][dates]")
{
    Booking b = test::lowRiskBooking();
    const QDate booked = b.pregnancy.bookingDate;
    b.woman.dateOfBirth = booked.addYears(-kMinAgeYears);
    CHECK(validateBooking(b, test::kToday).isEmpty());
    b.woman.dateOfBirth = booked.addYears(-kMinAgeYears).addDays(1); // 9 at booking
    CHECK(messageFor(validateBooking(b, test::kToday), "woman.date_of_birth") ==
          QStringLiteral("gives an age of 9, outside 10 to 70 years: check the year"));
    b.woman.dateOfBirth = booked.addYears(-kMaxAgeYears - 1).addDays(1); // 70 the day after
    CHECK(validateBooking(b, test::kToday).isEmpty());
    b.woman.dateOfBirth = booked.addYears(-kMaxAgeYears - 1); // 71 on the day
    CHECK(paths(validateBooking(b, test::kToday)) ==
          QStringList{QStringLiteral("woman.date_of_birth")});
    // Her registration alone is checked on today: the year typed as this year is caught.
    Woman w = test::lowRiskBooking().woman;
    w.dateOfBirth = QDate(test::kToday.year(), 1, 1);
    CHECK(messageFor(validateWoman(w, test::kToday), "woman.date_of_birth")
              .startsWith(QStringLiteral("gives an age of 0")));
    // Born after the booking says so, once.
    b.woman.dateOfBirth = booked.addDays(1);
    CHECK(messageFor(validateBooking(b, test::kToday), "woman.date_of_birth") ==
          QStringLiteral("is after the booking date"));
}

TEST_CASE("A dating scan needs its CRL, and dates a booking within the pregnancy",
          "[validation][dates]")
{
    Booking b = test::lowRiskBooking();
    b.pregnancy.datingScan = DatingScan{b.pregnancy.bookingDate, 0.0};
    CHECK(messageFor(validateBooking(b, test::kToday), "pregnancy.dating_scan.crl_mm") ==
          QStringLiteral("is required with a scan date"));
    b.pregnancy.datingScan->crlMm = -3.0;
    CHECK(messageFor(validateBooking(b, test::kToday), "pregnancy.dating_scan.crl_mm") ==
          QStringLiteral("must be a length in mm above 0"));
    b.pregnancy.datingScan = DatingScan{QDate(), 60.0};
    CHECK(messageFor(validateBooking(b, test::kToday), "pregnancy.dating_scan.date") ==
          QStringLiteral("is required"));
    b.pregnancy.datingScan = DatingScan{b.pregnancy.lmp.addDays(-1), 60.0};
    CHECK(messageFor(validateBooking(b, test::kToday), "pregnancy.dating_scan.date") ==
          QStringLiteral("is before the LMP"));

    // Dated by scan with no LMP: the pregnancy began Robinson's gestation at scan before it.
    b.pregnancy.lmp = QDate();
    const QDate scan(2026, 11, 10);
    b.pregnancy.datingScan = DatingScan{scan, 60.0};
    const int daysAtScan = robinsonGestationDays(60.0);
    b.pregnancy.bookingDate = scan.addDays(-daysAtScan);
    CHECK(validateBooking(b, test::kToday).isEmpty());
    b.pregnancy.bookingDate = scan.addDays(-daysAtScan - 1);
    CHECK(messageFor(validateBooking(b, test::kToday), "pregnancy.booking_date")
              .startsWith(QStringLiteral("is before the start of the pregnancy (EDD ")));
}

TEST_CASE("Planning asks for what it needs in the words validation uses", "[validation]")
{
    Booking b = test::lowRiskBooking();
    CHECK(planningProblems(b).isEmpty());
    b.pregnancy.bookingDate = QDate();
    b.woman.social = {QStringLiteral("pirate")};
    const FieldErrors planning = planningProblems(b);
    const FieldErrors validation = validateBooking(b, test::kToday);
    for (const FieldError &error : planning) {
        INFO(error.toString().toStdString());
        CHECK(validation.contains(error));
    }
    CHECK(paths(planning) ==
          QStringList{QStringLiteral("pregnancy.booking_date"), QStringLiteral("woman.social")});
}

TEST_CASE("Rules v2: a caesarean needs a birth", "[validation][history]")
{
    Booking b = test::lowRiskBooking();
    b.pregnancy.previousBirths = 1;
    b.pregnancy.previousCaesareans = 1;
    CHECK(validateBooking(b, test::kToday).isEmpty());
    b.pregnancy.previousCaesareans = 2;
    CHECK(messageFor(validateBooking(b, test::kToday), "pregnancy.previous_caesareans") ==
          QStringLiteral("cannot be more than the previous births (1)"));
    b.pregnancy.previousBirths = 0;
    b.pregnancy.previousLosses = 3; // losses before 24 weeks are not births
    b.pregnancy.previousCaesareans = 1;
    CHECK(messageFor(validateBooking(b, test::kToday), "pregnancy.previous_caesareans") ==
          QStringLiteral("cannot be more than the previous births (0)"));
}

TEST_CASE("Rules v2: a condition of an earlier pregnancy needs one, of an earlier birth a birth",
          "[validation][history]")
{
    Booking b = test::lowRiskBooking();
    b.pregnancy.previousBirths = 0;
    b.pregnancy.previousLosses = 0;
    for (const char *code : {"previous_hypertensive_pregnancy", "previous_preeclampsia_preterm",
                             "previous_eclampsia", "previous_gdm"}) {
        INFO(code);
        b.assessment.conditions = {QString::fromLatin1(code)};
        b.pregnancy.previousLosses = 0;
        CHECK(validateBooking(b, test::kToday) ==
              FieldErrors{{QStringLiteral("conditions"),
                           QStringLiteral("%1 needs a previous pregnancy").arg(code)}});
        b.pregnancy.previousLosses = 1; // a loss is an earlier pregnancy
        CHECK(validateBooking(b, test::kToday).isEmpty());
    }
    b.pregnancy.previousLosses = 2;
    for (const char *code :
         {"previous_baby_4_5kg", "previous_stillbirth", "previous_pph_transfused",
          "previous_shoulder_dystocia", "previous_uterine_rupture", "previous_third_degree_tear"}) {
        INFO(code);
        b.assessment.conditions = {QString::fromLatin1(code)};
        b.pregnancy.previousBirths = 0;
        CHECK(validateBooking(b, test::kToday) ==
              FieldErrors{{QStringLiteral("conditions"),
                           QStringLiteral("%1 needs a previous birth").arg(code)}});
        b.pregnancy.previousBirths = 1;
        CHECK(validateBooking(b, test::kToday).isEmpty());
    }
    // Conditions of her own history need no earlier pregnancy.
    b.pregnancy.previousBirths = 0;
    b.pregnancy.previousLosses = 0;
    b.assessment.conditions = {QStringLiteral("family_perinatal_mental_illness"),
                               QStringLiteral("neural_tube_defect_history"),
                               QStringLiteral("antiepileptic_medication"),
                               QStringLiteral("antiretroviral_medication")};
    CHECK(validateBooking(b, test::kToday).isEmpty());
}

TEST_CASE("Queries as she types: CO in a non-smoker, caesareans above births, under 16",
          "[validation][queries]")
{
    Booking b = test::lowRiskBooking();
    CHECK(bookingQueries(b).isEmpty());

    // NICE NG209: carbon monoxide at the raised reading in a woman recorded as not smoking.
    b.assessment.measurements.coPpm = 4.0;
    for (Smoking recorded : {Smoking::Never, Smoking::Ex}) {
        b.assessment.smoking = recorded;
        CHECK(paths(bookingQueries(b)) == QStringList{QStringLiteral("measurements.co_ppm")});
    }
    b.assessment.smoking = Smoking::Current;
    CHECK(bookingQueries(b).isEmpty());
    b.assessment.smoking = Smoking::Never;
    b.assessment.measurements.coPpm = 3.9;
    CHECK(bookingQueries(b).isEmpty());
    b.assessment.measurements.coPpm = 10.5;
    CHECK(bookingQueries(b).front().message.contains(QStringLiteral("safety advice today")));
    b.assessment.measurements.coPpm = 1.0;

    b.pregnancy.previousCaesareans = 2; // one previous birth
    CHECK(paths(bookingQueries(b)) == QStringList{QStringLiteral("pregnancy.previous_caesareans")});
    b.pregnancy.previousCaesareans = 1;
    CHECK(bookingQueries(b).isEmpty());

    // Working Together 2023: under 16 at booking.
    b.woman.dateOfBirth = b.pregnancy.bookingDate.addYears(-16);
    CHECK(bookingQueries(b).isEmpty());
    b.woman.dateOfBirth = b.woman.dateOfBirth.addDays(1); // 15, her birthday tomorrow
    const FieldErrors young = bookingQueries(b);
    CHECK(paths(young) == QStringList{QStringLiteral("woman.date_of_birth")});
    CHECK(young.front().message.contains(QStringLiteral("safeguarding")));
}

TEST_CASE("An answer nobody gave is not taken as no: the plan says what is still to ask",
          "[validation][not-asked]")
{
    Booking b = test::lowRiskBooking();
    CHECK(bookingWarnings(b).isEmpty());
    b.assessment.smoking = Smoking::NotAsked;
    b.pregnancy.conception = Conception::NotAsked;
    const QStringList warnings = bookingWarnings(b);
    REQUIRE(warnings.size() == 2);
    CHECK(warnings.at(0).startsWith(QStringLiteral("smoking not asked")));
    CHECK(warnings.at(1).startsWith(QStringLiteral("conception not asked")));
    CHECK(validateBooking(b, test::kToday).isEmpty()); // it does not stop the booking
}

TEST_CASE("Her preferred language is an ISO 639 code, shown by its name", "[validation][language]")
{
    Booking b = test::lowRiskBooking();
    for (const char *code : {"en", "gu", "pa", "ur", "pl", "so", "ti"}) {
        b.woman.preferredLanguage = QString::fromLatin1(code);
        INFO(code);
        CHECK(validateBooking(b, test::kToday).isEmpty());
        CHECK_FALSE(languageName(b.woman.preferredLanguage).isEmpty());
    }
    CHECK(languageName(QStringLiteral("gu")) == QStringLiteral("Gujarati"));
    CHECK(languageName(QStringLiteral("so")) == QStringLiteral("Somali"));
    b.woman.preferredLanguage = QStringLiteral("Polish"); // free text, as once typed
    CHECK(messageFor(validateBooking(b, test::kToday), "woman.preferred_language")
              .contains(QStringLiteral("not an ISO 639 language code")));
    CHECK(commonLanguages().front().code == QStringLiteral("en"));
    CHECK(allLanguages().size() > 100);
}
