// SPDX-License-Identifier: MIT
// The team's Friends and Family Test answers: grouped by month with every month of the period
// listed, "% good" as NHS England counts it, the CSV a spreadsheet opens safely, and the printed
// summary, which shows the figures and the words and never a woman's identifiers.
#include "TestSupport.h"

#include "care/Clinic.h"
#include "care/FeedbackPrint.h"
#include "care/FeedbackSummary.h"
#include "demo/DemoTeams.h"
#include "documents/FeedbackDocument.h"
#include "storage/Database.h"
#include "util/Clock.h"

using namespace bb;

namespace {

FeedbackEntry answer(const QDate &day, FeedbackAnswer given, const QString &words = {})
{
    return {1, day, {given, words}};
}

const care::MonthOfFeedback *monthOf(const care::FeedbackSummary &summary, int year, int month)
{
    for (const care::MonthOfFeedback &m : summary.months) {
        if (m.month == QDate(year, month, 1))
            return &m;
    }
    return nullptr;
}

int countOf(const care::MonthOfFeedback &month, FeedbackAnswer given)
{
    return month.answers[std::size_t(codes::feedbackAnswerCodes().indexOf(codes::toCode(given)))];
}

} // namespace

TEST_CASE("Feedback is grouped by the month it was given, every month the period touches listed",
          "[care][feedback]")
{
    const QList<FeedbackEntry> entries{
        // Answers are kept by month (the first day stands for it): a month the period touches
        // counts whole, and the months either side not at all.
        answer(QDate(2025, 12, 1), FeedbackAnswer::VeryGood, QStringLiteral("before the period")),
        answer(QDate(2026, 1, 1), FeedbackAnswer::VeryGood, QStringLiteral("  first day  ")),
        answer(QDate(2026, 1, 1), FeedbackAnswer::Poor, QStringLiteral("   ")),
        answer(QDate(2026, 3, 1), FeedbackAnswer::DontKnow),
        answer(QDate(2026, 3, 1), FeedbackAnswer::Good, QStringLiteral("last day")),
        answer(QDate(2026, 4, 1), FeedbackAnswer::Good, QStringLiteral("after the period")),
    };
    const care::FeedbackSummary summary = care::summariseFeedback(
        QStringLiteral("City Continuity Team"), QDate(2026, 1, 10), QDate(2026, 3, 5), entries);
    REQUIRE(summary.months.size() == 3); // February is listed though no one answered
    CHECK(summary.months[0].month == QDate(2026, 1, 1));
    CHECK(summary.months[1].month == QDate(2026, 2, 1));
    CHECK(summary.months[2].month == QDate(2026, 3, 1));

    const care::MonthOfFeedback &january = summary.months[0];
    CHECK(january.responses() == 2);
    CHECK(countOf(january, FeedbackAnswer::VeryGood) == 1);
    CHECK(countOf(january, FeedbackAnswer::Poor) == 1);
    // Her words trimmed; an answer with only spaces for words has no comment.
    CHECK(january.comments == QStringList{QStringLiteral("first day")});
    CHECK(summary.months[1].responses() == 0);
    CHECK(summary.months[2].responses() == 2);
    CHECK(summary.months[2].comments == QStringList{QStringLiteral("last day")});
    CHECK(summary.responses() == 4);

    // The whole period, as the table's last row shows it.
    const care::MonthOfFeedback all = care::wholePeriod(summary);
    CHECK(all.responses() == 4);
    CHECK(countOf(all, FeedbackAnswer::Good) == 1);
    CHECK(all.comments == QStringList{QStringLiteral("first day"), QStringLiteral("last day")});

    // A period that is not one is an empty summary, not a guess.
    CHECK(
        care::summariseFeedback(QStringLiteral("T"), QDate(2026, 3, 1), QDate(2026, 2, 1), entries)
            .months.isEmpty());
}

TEST_CASE("Percent good is very good and good over every response, don't know included",
          "[care][feedback]")
{
    const QDate day(2026, 6, 15);
    const QList<FeedbackEntry> entries{
        answer(day, FeedbackAnswer::VeryGood), answer(day, FeedbackAnswer::Good),
        answer(day, FeedbackAnswer::Neither),  answer(day, FeedbackAnswer::Poor),
        answer(day, FeedbackAnswer::VeryPoor), answer(day, FeedbackAnswer::DontKnow),
    };
    const auto summary = care::summariseFeedback(QStringLiteral("T"), QDate(2026, 5, 1),
                                                 QDate(2026, 6, 30), entries);
    const care::MonthOfFeedback *june = monthOf(summary, 2026, 6);
    REQUIRE(june);
    REQUIRE(june->percentGood());
    // 2 of 6: "don't know" counts in the whole, as NHS England publishes the test.
    CHECK(*june->percentGood() == Approx(100.0 / 3));
    // A month without responses has no share at all, not 0%.
    const care::MonthOfFeedback *may = monthOf(summary, 2026, 5);
    REQUIRE(may);
    CHECK_FALSE(may->percentGood().has_value());

    const documents::FeedbackPrintInput printed =
        care::feedbackPrintInput(summary, QDate(2026, 7, 1));
    REQUIRE(printed.months.size() == 2);
    CHECK(printed.months[1].counts.responses == 6);
    CHECK(printed.months[1].counts.percentGood == june->percentGood());
    CHECK_FALSE(printed.months[0].counts.percentGood.has_value());
    CHECK(printed.total.responses == 6);
    CHECK(printed.total.answers == std::array<int, 6>{1, 1, 1, 1, 1, 1});
}

TEST_CASE("The feedback CSV has a row per month, quotes what it must and keeps her words from "
          "being read as formulas",
          "[care][feedback][csv]")
{
    const QList<FeedbackEntry> entries{
        answer(QDate(2026, 4, 2), FeedbackAnswer::VeryGood,
               QStringLiteral("=HYPERLINK(\"http://example.invalid\")")),
        answer(QDate(2026, 4, 3), FeedbackAnswer::Good, QStringLiteral("Kind, and \"calm\"")),
        answer(QDate(2026, 4, 4), FeedbackAnswer::DontKnow, QStringLiteral("-not sure\nwho came")),
        answer(QDate(2026, 6, 1), FeedbackAnswer::Poor, QStringLiteral("@ the car park: full")),
    };
    const auto summary = care::summariseFeedback(QStringLiteral("North, East"), QDate(2026, 4, 1),
                                                 QDate(2026, 6, 30), entries);
    const QString csv = care::feedbackCsv(summary);
    // Lines end CRLF (RFC 4180); the comments cell holds line feeds of its own.
    QStringList lines = csv.split(QStringLiteral("\r\n"));
    REQUIRE(lines.last().isEmpty());
    lines.removeLast();
    REQUIRE(lines.size() == 4); // the header and April, May, June
    CHECK(lines[0] == QStringLiteral("team,month,very_good,good,neither,poor,very_poor,dont_know,"
                                     "responses,percent_good,comments"));
    // Each comment on its own line of the one cell, each starting like a formula guarded with
    // an apostrophe, her own line breaks made spaces, quotes doubled.
    CHECK(lines[1] == QStringLiteral("\"North, East\",2026-04,1,1,0,0,0,1,3,66.7,"
                                     "\"'=HYPERLINK(\"\"http://example.invalid\"\")\n"
                                     "Kind, and \"\"calm\"\"\n"
                                     "'-not sure who came\""));
    // No responses: no share, and no comments.
    CHECK(lines[2] == QStringLiteral("\"North, East\",2026-05,0,0,0,0,0,0,0,,"));
    CHECK(lines[3] == QStringLiteral("\"North, East\",2026-06,0,0,0,1,0,0,1,0.0,"
                                     "'@ the car park: full"));
}

TEST_CASE("The printed feedback summary shows the team's figures and words and no woman's "
          "name, NHS number or date of birth",
          "[care][feedback][documents]")
{
    test::ScratchDir scratch;
    QString error;
    const auto db =
        storage::Database::open(test::databaseAt(scratch, QStringLiteral("f.sqlite")), &error);
    REQUIRE(db);
    Booking her = test::lowRiskBooking(); // Asha Patel, 943 476 5919, born 09-Jul-1994
    FixedClock clock(her.pregnancy.bookingDate);
    REQUIRE(test::book(*db, clock, her, &error));
    REQUIRE(demo::storeDemoTeams(*db, clock, {her}, &error));
    const care::Clinic clinic(*db, clock);
    const Actor actor = test::testMidwife();
    const Team team = clinic.staffing.teams().front();
    QList<Staff> midwives;
    for (const Staff &s : clinic.staffing.members(team.id)) {
        if (s.isMidwife())
            midwives << s;
    }
    REQUIRE_FALSE(midwives.isEmpty());
    REQUIRE(clinic.scheduling.allocate(
        {0, her.pregnancy.id, midwives.front().id, team.id, her.pregnancy.bookingDate, {}}, actor));

    clock.set(QDateTime(QDate(2027, 5, 10), QTime(20, 0)));
    Birth birth;
    birth.pregnancyId = her.pregnancy.id;
    birth.date = QDate(2027, 5, 10);
    birth.plannedSetting = BirthSetting::AlongsideMidwiferyUnit;
    birth.setting = BirthSetting::AlongsideMidwiferyUnit;
    birth.attendants = {midwives.front().id};
    Baby baby;
    baby.weightGrams = 3420;
    baby.apgar1 = 9;
    baby.apgar5 = 10;
    birth.babies = {baby};
    const auto born = clinic.births.record(birth, actor);
    INFO(born.message().toStdString());
    REQUIRE(born);

    clock.set(QDateTime(QDate(2027, 5, 24), QTime(12, 0)));
    Discharge discharge;
    discharge.pregnancyId = her.pregnancy.id;
    discharge.date = QDate(2027, 5, 24);
    discharge.healthVisitor = QStringLiteral("Belgrave health visiting team");
    const auto done = clinic.discharges.discharge(
        discharge,
        Feedback{FeedbackAnswer::VeryGood,
                 QStringLiteral("Asha Patel here, NHS 943 476 5919, born 09/07/1994: Priya "
                                "was wonderful at every visit")},
        actor);
    INFO(done.message().toStdString());
    REQUIRE(done);

    const auto summary =
        clinic.discharges.feedback(team.name, QDate(2027, 3, 1), QDate(2027, 5, 31));
    REQUIRE(summary);
    REQUIRE(summary->months.size() == 3);
    CHECK(summary->months[2].responses() == 1);
    const documents::FeedbackPrintInput input =
        care::feedbackPrintInput(summary.value(), clock.today());

    CHECK(documents::feedbackTitle(input) ==
          QStringLiteral("Friends and Family Test: %1, 01-Mar-2027 to 31-May-2027").arg(team.name));

    const QString pdf = scratch.file(QStringLiteral("feedback.pdf"));
    REQUIRE(documents::writeFeedbackSummaryPdf(pdf, input, &error));
    CHECK(test::readFile(pdf).startsWith("%PDF"));
    const QString text = test::pdfPages(pdf).join(QLatin1Char('\n')).simplified();
    CHECK(text.contains(documents::feedbackTitle(input)));
    CHECK(text.contains(QStringLiteral("don't know")));
    CHECK(text.contains(QStringLiteral("May 2027")));
    CHECK(text.contains(QStringLiteral("100.0%")));
    CHECK(text.contains(QStringLiteral("was wonderful at every visit")));
    // Her identifiers were taken out of her words when they were stored, and nothing adds
    // them back.
    CHECK_FALSE(text.contains(QStringLiteral("Asha")));
    CHECK_FALSE(text.contains(QStringLiteral("Patel")));
    CHECK_FALSE(text.contains(QStringLiteral("943 476 5919")));
    CHECK_FALSE(text.contains(QStringLiteral("9434765919")));
    CHECK_FALSE(text.contains(QStringLiteral("1994")));

    // Nothing is replaced by a document that could not be written.
    CHECK_FALSE(documents::writeFeedbackSummaryPdf(
        scratch.file(QStringLiteral("no-such-folder/feedback.pdf")), input, &error));
    CHECK_FALSE(error.isEmpty());
}
