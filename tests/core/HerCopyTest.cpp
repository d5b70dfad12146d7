// SPDX-License-Identifier: MIT
// What her copy may show (rules page, version 2): the printed plan, its PDF and the HTML plan
// never reveal a safeguarding referral, its reasons, the safeguarding team or its number, or a
// disclosure. Every trigger of referral_safeguarding is rendered and every page searched.
#include "CarePlanTestSupport.h"

#include "clinical/ObstetricHistory.h"
#include "documents/CarePlanDocument.h"
#include "documents/HerCopy.h"
#include "documents/PrintSettings.h"

#include <QGuiApplication>

using namespace bb;
using namespace bb::careplantest;
using namespace bb::documents;

namespace {

struct Trigger
{
    const char *name;
    void (*apply)(Booking &);
};

const Trigger kTriggers[] = {
    {"safeguarding concern",
     [](Booking &b) { b.woman.social << QStringLiteral("safeguarding_concern"); }},
    {"domestic abuse disclosed",
     [](Booking &b) { b.woman.social << QStringLiteral("domestic_abuse"); }},
    {"domestic abuse disclosed at the routine enquiry, with what she said",
     [](Booking &b) {
         b.details.abuseEnquiry = AbuseEnquiry::Disclosed;
         b.details.abuseEnquiryNote = QStringLiteral("Her partner pushed her last month");
         b = clinical::withDerivedHistory(b);
     }},
    {"age 15 at booking", [](Booking &b) { setAge(b, 15); }},
    {"age 12 at booking",
     [](Booking &b) { b.woman.dateOfBirth = b.pregnancy.bookingDate.addYears(-13).addDays(1); }},
    {"every trigger at once",
     [](Booking &b) {
         setAge(b, 14);
         b.woman.social << QStringLiteral("safeguarding_concern")
                        << QStringLiteral("domestic_abuse") << QStringLiteral("refugee");
     }},
};

/// What must not be found on any page of her copy, whatever the case.
QStringList forbiddenWords(const PrintSettings &settings)
{
    QStringList words{QStringLiteral("safeguard"),
                      QStringLiteral("abuse"),
                      QStringLiteral("domestic"),
                      QStringLiteral("child protection"),
                      QStringLiteral("child-protection"),
                      QStringLiteral("Working Together"),
                      QStringLiteral("under 16"),
                      QStringLiteral("under 13"),
                      QStringLiteral("in private"),
                      QStringLiteral("keep you and your baby safe"),
                      QStringLiteral("partner reads her letters"),
                      QStringLiteral("pushed her")};
    for (const ServiceContact &s : settings.servicesOfKind(QStringLiteral("safeguarding")))
        words << s.name << s.phone;
    return words;
}

void checkClean(const QString &what, const QString &text, const QStringList &words)
{
    // pdftotext may break a phrase across lines: search the text with its spaces made single.
    // A phone number's spaces are written as &nbsp; so it never breaks across lines.
    const QString flat =
        QString(text).replace(QStringLiteral("&nbsp;"), QStringLiteral(" ")).simplified();
    for (const QString &word : words) {
        INFO(what.toStdString() << " shows '" << word.toStdString() << "'");
        CHECK_FALSE(flat.contains(word, Qt::CaseInsensitive));
    }
}

CarePlanPrintInput printed(const Booking &booking)
{
    CarePlanPrintInput input;
    input.booking = booking;
    input.plan = planOf(booking);
    input.settings = demoPrintSettings();
    input.printedOn = booking.pregnancy.bookingDate;
    input.namedMidwife = QStringLiteral("Grace O'Neill");
    input.team = QStringLiteral("Belgrave community team");
    input.version = 2;
    input.versionDate = booking.pregnancy.bookingDate;
    input.decisions = initialCarePlan(1, booking, input.plan).decisions;
    // She declined the referral and said why: that is hers to keep private too.
    for (CarePlanDecision &d : input.decisions) {
        if (d.code == QLatin1String("referral_safeguarding"))
            d = {d.code, DecisionStatus::Declined, QStringLiteral("partner reads her letters")};
    }
    return input;
}

} // namespace

TEST_CASE("Her copy: no page of the printed plan, its PDF or the HTML plan reveals a safeguarding "
          "referral or a disclosure",
          "[print][confidentiality]")
{
    REQUIRE(qobject_cast<QGuiApplication *>(QCoreApplication::instance()) != nullptr);
    test::ScratchDir scratch;
    for (const Trigger &trigger : kTriggers) {
        DYNAMIC_SECTION(trigger.name)
        {
            Booking booking = lowRiskPlanBooking();
            trigger.apply(booking);
            const CarePlanPrintInput input = printed(booking);
            // The staff's plan has the referral; her copy is made without it.
            REQUIRE(
                recommendationCodes(input.plan).contains(QStringLiteral("referral_safeguarding")));
            const QStringList words = forbiddenWords(input.settings);

            checkClean(QStringLiteral("the HTML plan"), carePlanHtmlPage(input), words);
            checkClean(QStringLiteral("the printed body"), carePlanBodyHtml(input), words);

            const QString pdf = scratch.file(QStringLiteral("plan.pdf"));
            QString error;
            REQUIRE(writeCarePlanPdf(pdf, input, &error));
            const QStringList pages = test::pdfPages(pdf);
            REQUIRE(pages.size() >= 2);
            for (qsizetype i = 0; i < pages.size(); ++i)
                checkClean(QStringLiteral("page %1").arg(i + 1), pages.at(i), words);
            // What she may see is still there: her name, her other referrals.
            CHECK(pages.first().contains(QStringLiteral("Asha Patel")));
        }
    }
}

TEST_CASE("Her copy: herCopyOf takes out the referral, its decision and the social codes only",
          "[print][confidentiality]")
{
    Booking booking = lowRiskPlanBooking();
    booking.woman.social = {QStringLiteral("domestic_abuse"), QStringLiteral("refugee")};
    const CarePlanPrintInput input = printed(booking);
    const CarePlanPrintInput hers = herCopyOf(input);
    CHECK_FALSE(recommendationCodes(hers.plan).contains(QStringLiteral("referral_safeguarding")));
    CHECK(recommendationCodes(hers.plan).size() == recommendationCodes(input.plan).size() - 1);
    CHECK(hers.booking.woman.social == QStringList{QStringLiteral("refugee")});
    CHECK(hers.decisions.size() == input.decisions.size() - 1);
    for (const CarePlanDecision &d : hers.decisions)
        CHECK(d.code != QLatin1String("referral_safeguarding"));
    CHECK(hers.plan.edd == input.plan.edd);
}

TEST_CASE("Her copy for twins speaks of her babies throughout", "[print]")
{
    Booking b = lowRiskPlanBooking();
    b.pregnancy.fetuses = 2;
    CarePlanPrintInput input = printed(b);
    input.namedMidwife.clear(); // the sentence about naming her midwife is printed then
    const QString html = carePlanHtmlPage(input);
    CHECK(html.contains(QStringLiteral("your babies")));
    CHECK_FALSE(html.contains(QStringLiteral("your baby "), Qt::CaseInsensitive));
    CHECK_FALSE(html.contains(QStringLiteral("your baby."), Qt::CaseInsensitive));
    CHECK_FALSE(html.contains(QStringLiteral("your baby,"), Qt::CaseInsensitive));
}
