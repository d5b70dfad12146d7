// SPDX-License-Identifier: MIT
// The printed day of a midwife: a staff list marked CONFIDENTIAL on every page with her name,
// the day and the page number, each of the seven lists under its heading and count, late items
// saying so in words, and no safeguarding or domestic abuse flag on the paper.
#include "TestSupport.h"

#include "documents/WorklistDocument.h"

#include <QFile>

using namespace bb;

namespace {

const QDate kDay(2026, 12, 7); // a Monday

WorklistItem itemFor(int n, const QDate &date, const QString &what, bool late = false)
{
    WorklistItem item;
    item.womanId = n;
    item.pregnancyId = n;
    item.nhsNumber = QStringLiteral("9434765919");
    item.womanName = QStringLiteral("WOMAN%1, Asha").arg(n, 2, 10, QLatin1Char('0'));
    item.date = date;
    item.what = what;
    item.late = late;
    return item;
}

documents::WorklistPrintInput busyDay()
{
    documents::WorklistPrintInput input;
    input.clinician = QStringLiteral("Priya Mistry");
    input.trustName = QStringLiteral("University Hospitals of Leicester NHS Trust");
    input.printedAt = QDateTime(kDay, QTime(7, 45));
    Worklist &day = input.day;
    day.day = kDay;
    day.clinicianId = 1;
    // A long day: enough contacts for a second page.
    for (int i = 0; i < 30; ++i) {
        WorklistItem contact =
            itemFor(i + 1, kDay,
                    QStringLiteral("Antenatal contact %1:00 at Highfields Children's Centre")
                        .arg(8 + i % 9));
        contact.detail = QStringLiteral("%1:00|Highfields Children's Centre").arg(8 + i % 9);
        contact.appointmentId = 100 + i;
        day.due << contact;
    }
    day.overdue << itemFor(40, kDay.addDays(-4), QStringLiteral("Postnatal contact"), true);
    WorklistItem referral = itemFor(41, QDate(2026, 12, 1),
                                    QStringLiteral("Referral to stop smoking service: send by 3 "
                                                   "Dec 2026 (late)"),
                                    true);
    referral.referralId = 7;
    day.referrals << referral;
    WorklistItem bereaved = itemFor(42, QDate(2026, 12, 4),
                                    QStringLiteral("Referral to bereavement midwives: send by 8 "
                                                   "Dec 2026"));
    bereaved.afterLoss = true;
    day.referrals << bereaved;
    day.near41Weeks << itemFor(43, QDate(2026, 11, 29),
                               QStringLiteral("41+0 on 6 Dec 2026, 41+1 today: discuss "
                                              "induction of labour (NICE NG207)"),
                               true);
    day.bloodSpotsDue << itemFor(44, QDate(2026, 12, 1),
                                 QStringLiteral("Baby 1: blood spot sample, day 5 to 8 (by 9 Dec "
                                                "2026)"));
    RecordFlags interpreter;
    interpreter.interpreterNeeded = true;
    interpreter.language = QStringLiteral("pl");
    interpreter.social = {QStringLiteral("domestic_abuse"), QStringLiteral("refugee"),
                          QStringLiteral("safeguarding_concern")};
    input.flags.insert(41, interpreter);
    return input;
}

QStringList printedPages(const test::ScratchDir &scratch, const documents::WorklistPrintInput &in)
{
    const QString pdf = scratch.file(QStringLiteral("day.pdf"));
    QString error;
    const bool written = documents::writeWorklistPdf(pdf, in, &error);
    INFO(error.toStdString());
    REQUIRE(written);
    QStringList pages = test::pdfPages(pdf);
    if (const QString keep = qEnvironmentVariable("BB_KEEP_PDF"); !keep.isEmpty()) {
        const QString copy = keep + QStringLiteral("/day-%1-pages.pdf").arg(pages.size());
        QFile::remove(copy);
        QFile::copy(pdf, copy);
    }
    // pdftotext lays a table's cells out over several lines: words are what is read.
    for (QString &page : pages)
        page = page.simplified();
    return pages;
}

} // namespace

TEST_CASE("The printed day says CONFIDENTIAL, her name, the day and the page on every page",
          "[worklist][documents]")
{
    test::ScratchDir scratch;
    const QStringList pages = printedPages(scratch, busyDay());
    REQUIRE(pages.size() >= 2);
    for (int i = 0; i < pages.size(); ++i) {
        INFO("page " << i + 1);
        CHECK(pages[i].contains(QStringLiteral("CONFIDENTIAL")));
        CHECK(pages[i].contains(QStringLiteral("Priya Mistry")));
        CHECK(pages[i].contains(QStringLiteral("Monday 7 December 2026")));
        CHECK(pages[i].contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(pages.size())));
        CHECK(pages[i].contains(QStringLiteral("Printed 07-Dec-2026 07:45")));
    }
    CHECK(pages.front().contains(QStringLiteral("35 items, 3 late.")));
    CHECK(pages.front().contains(QStringLiteral("Contacts due (30)")));
    CHECK(pages.front().contains(QStringLiteral("WOMAN01, Asha")));
    CHECK(pages.front().contains(QStringLiteral("943 476 5919")));
}

TEST_CASE("The printed day lists every list under its count, late items in words, and leaves "
          "safeguarding and domestic abuse off the paper",
          "[worklist][documents]")
{
    test::ScratchDir scratch;
    const QStringList pages = printedPages(scratch, busyDay());
    REQUIRE_FALSE(pages.isEmpty());
    const QString all = pages.join(QLatin1Char(' '));
    // Each list, in order, even when it is empty.
    const QStringList headings{QStringLiteral("Contacts due (30)"),
                               QStringLiteral("Contacts not recorded (1)"),
                               QStringLiteral("Results needing action (0)"),
                               QStringLiteral("Referrals to send (2)"),
                               QStringLiteral("Reaching 41 weeks (1)"),
                               QStringLiteral("Home births near (from 37 weeks) (0)"),
                               QStringLiteral("Blood spot samples (1)")};
    qsizetype at = 0;
    for (const QString &heading : headings) {
        INFO(heading.toStdString());
        const qsizetype found = all.indexOf(heading, at);
        CHECK(found >= at);
        at = std::max(at, found);
    }
    CHECK(all.count(QStringLiteral("None.")) == 2);
    // A table's cells wrap on paper: its words are read from the one body the pages are made of.
    const QString body = documents::worklistBodyHtml(busyDay());
    CHECK(body.contains(QStringLiteral("Late: not recorded for 4 days")));
    CHECK(body.contains(QStringLiteral("Late: not sent in 2 working days")));
    CHECK(body.contains(QStringLiteral("Now 41+0 or more")));
    CHECK(body.contains(QStringLiteral("Booked<br>03-Dec-2026")));
    CHECK(body.contains(QStringLiteral("Born<br>01-Dec-2026")));
    // A date is never broken at its hyphens.
    CHECK(all.contains(QStringLiteral("03-Dec-2026")));
    CHECK(all.contains(QStringLiteral("01-Dec-2026")));
    // Her interpreter and that she is a refugee help on a visit; the paper may be seen there.
    CHECK(all.contains(QStringLiteral("Interpreter (Polish)")));
    CHECK(all.contains(QStringLiteral("Refugee")));
    CHECK_FALSE(all.contains(QStringLiteral("Domestic"), Qt::CaseInsensitive));
    CHECK_FALSE(all.contains(QStringLiteral("Safeguarding"), Qt::CaseInsensitive));
    // After a loss her referrals stay, flagged.
    CHECK(all.contains(QStringLiteral("After a loss")));
}

TEST_CASE("A day with nothing on it prints one page saying so", "[worklist][documents]")
{
    test::ScratchDir scratch;
    documents::WorklistPrintInput input;
    input.clinician = QStringLiteral("Hannah Cooper");
    input.day.day = kDay;
    input.printedAt = QDateTime(kDay, QTime(7, 0));
    const QStringList pages = printedPages(scratch, input);
    REQUIRE(pages.size() == 1);
    CHECK(pages.front().contains(QStringLiteral("Hannah Cooper's day")));
    CHECK(pages.front().contains(QStringLiteral("0 items, 0 late.")));
    CHECK(pages.front().count(QStringLiteral("None.")) == 7);
    CHECK(pages.front().contains(QStringLiteral("Page 1 of 1")));
}
