// SPDX-License-Identifier: MIT
// The printed care plan: every page carries her identifiers and its number, the body is large
// enough to read, and the words say what the issue asks (choice against advice, NG235 note,
// referrals with contact details). Pages are read back from the PDF with pdftotext.
#include "CarePlanTestSupport.h"

#include "documents/CarePlanDocument.h"
#include "documents/PrintSettings.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QPdfWriter>
#include <QProcess>
#include <QStandardPaths>
#include <QTextBlock>
#include <QTextDocument>

using namespace bb;
using namespace bb::careplantest;
using namespace bb::documents;

namespace {

/// Many recommendations: raised BMI, smoking, diabetes, high blood pressure, mental health,
/// asylum seeker, interpreter, a first baby planned at home against advice.
Booking busyBooking()
{
    Booking b = lowRiskPlanBooking();
    b.woman.dateOfBirth = QDate(1996, 3, 14);
    setFirstPregnancy(b);
    setBmi(b, 41.0);
    b.woman.interpreterNeeded = true;
    b.woman.preferredLanguage = QStringLiteral("pl");
    b.woman.social = {QStringLiteral("asylum_seeker")};
    b.assessment.smoking = Smoking::Current;
    b.assessment.measurements.coPpm = 9.0;
    b.assessment.conditions = {
        QStringLiteral("chronic_hypertension"), QStringLiteral("family_preeclampsia"),
        QStringLiteral("severe_mental_illness"), QStringLiteral("type1_diabetes")};
    b.assessment.mentalHealth.lowMood = true;
    b.assessment.preferredPlaceOfBirth = PlaceOfBirth::Home;
    return b;
}

CarePlanPrintInput inputFor(const Booking &booking)
{
    CarePlanPrintInput input;
    input.booking = booking;
    input.plan = planOf(booking);
    input.settings = demoPrintSettings();
    input.printedOn = QDate(2026, 10, 12);
    return input;
}

bool haveGui()
{
    return qobject_cast<QGuiApplication *>(QCoreApplication::instance()) != nullptr;
}

/// The text of one page (1-based), or of the whole document for page 0.
QString pdfText(const QString &program, const QString &pdf, int page)
{
    QProcess process;
    QStringList args{pdf, QStringLiteral("-")};
    if (page > 0)
        args = QStringList{QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                           QString::number(page)} +
               args;
    process.start(program, args);
    REQUIRE(process.waitForFinished(30000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

TEST_CASE("printed dates use the 14-Mar-1996 form", "[print]")
{
    CHECK(printedDate(QDate(1996, 3, 14)) == QStringLiteral("14-Mar-1996"));
    CHECK(printedDate(QDate(2027, 1, 2)) == QStringLiteral("02-Jan-2027"));
}

TEST_CASE("demo print settings cover every service and use drama phone numbers", "[print]")
{
    const PrintSettings settings = demoPrintSettings();
    CHECK(settings.trustName == QStringLiteral("University Hospitals of Leicester NHS Trust"));
    CHECK(settings.assessmentLinePhone.startsWith(QStringLiteral("0116 496 0")));
    for (const ServiceContact &s : settings.services) {
        INFO(s.name);
        CHECK(s.phone.startsWith(QStringLiteral("0116 496 0")));
        CHECK(serviceKinds().contains(s.kind));
    }
    for (const char *kind :
         {"stop_smoking", "weight_management", "perinatal_mental_health", "diabetes_team",
          "hypertension_specialist", "teenage_pregnancy", "asylum_refugee", "safeguarding",
          "home_birth_team", "midwifery_unit_freestanding", "midwifery_unit_alongside",
          "obstetric_unit"}) {
        INFO(kind);
        CHECK(settings.service(QString::fromLatin1(kind)).has_value());
    }
    CHECK(settings.servicesOfKind(QStringLiteral("obstetric_unit")).size() == 2);
    CHECK(serviceKindForRecommendation(QStringLiteral("referral_stop_smoking")) ==
          QStringLiteral("stop_smoking"));
    CHECK(serviceKindForRecommendation(QStringLiteral("aspirin")).isEmpty());
}

TEST_CASE("the printed plan's words", "[print]")
{
    CarePlanPrintInput input = inputFor(busyBooking());

    SECTION("her choice is recorded against advice, with the advice still shown")
    {
        const QString html = carePlanBodyHtml(input);
        CHECK(html.contains(QStringLiteral("Your choice: Home.")));
        CHECK(html.contains(QStringLiteral("Our advice for you is still: <b>An obstetric unit is "
                                           "recommended for you instead</b>")));
    }
    SECTION("no named midwife reads not yet assigned; a named one is shown")
    {
        CHECK(carePlanBodyHtml(input).contains(QStringLiteral("Not yet assigned")));
        input.namedMidwife = QStringLiteral("Grace O'Neill");
        input.team = QStringLiteral("Belgrave community team");
        const QString html = carePlanBodyHtml(input);
        CHECK(html.contains(QStringLiteral("Grace O'Neill")));
        CHECK(html.contains(QStringLiteral("Belgrave community team")));
    }
    SECTION("referrals come with the service's contact details")
    {
        const QString html = carePlanBodyHtml(input);
        CHECK(html.contains(QStringLiteral("Leicestershire and Rutland stop smoking service")));
        CHECK(html.contains(QStringLiteral("Healthy weight in pregnancy service")));
        CHECK(html.contains(QStringLiteral("Perinatal mental health team")));
        CHECK(html.contains(QStringLiteral("Diabetes and pregnancy clinic")));
        CHECK(html.contains(QStringLiteral("0116&nbsp;496&nbsp;0160"))); // kept whole on a line
    }
    SECTION("who to call names the symptoms and the assessment line")
    {
        const QString html = carePlanBodyHtml(input);
        CHECK(html.contains(QStringLiteral("moving less than usual")));
        CHECK(html.contains(QStringLiteral("bleeding")));
        CHECK(html.contains(QStringLiteral("headache")));
        CHECK(
            html.contains(QStringLiteral("maternity assessment line on 0116&nbsp;496&nbsp;0100")));
    }
    SECTION("values are escaped")
    {
        input.booking.woman.givenName = QStringLiteral("<i>Asha</i>");
        input.team = QStringLiteral("A & B");
        const QString html = carePlanBodyHtml(input);
        CHECK_FALSE(html.contains(QStringLiteral("<i>Asha</i>")));
        CHECK(html.contains(QStringLiteral("A &amp; B")));
    }
    SECTION("what she disclosed in private is not printed on the plan she takes home")
    {
        input.booking.woman.social << QStringLiteral("domestic_abuse");
        input.plan = planOf(input.booking);
        CHECK_FALSE(carePlanBodyHtml(input).contains(QStringLiteral("domestic abuse")));
        CHECK_FALSE(
            carePlanBodyHtml(input).contains(QStringLiteral("Maternity safeguarding team")));
    }
}

TEST_CASE("a low-risk first baby gets the NICE NG235 note on where to give birth", "[print]")
{
    Booking b = lowRiskPlanBooking();
    setFirstPregnancy(b);
    const QString html = carePlanBodyHtml(inputFor(b));
    CHECK(html.contains(QStringLiteral("As this is your first baby and your pregnancy is low "
                                       "risk")));
    CHECK(html.contains(QStringLiteral("Your choice:</b> not decided yet")));
    CHECK_FALSE(
        carePlanBodyHtml(inputFor(busyBooking())).contains(QStringLiteral("first baby and")));
}

TEST_CASE("a failed PDF write reports why and leaves no file", "[print]")
{
    test::ScratchDir scratch;
    const QString path = scratch.file(QStringLiteral("no/such/folder/plan.pdf"));
    QString error;
    CHECK_FALSE(writeCarePlanPdf(path, inputFor(busyBooking()), &error));
    CHECK_FALSE(error.isEmpty());
    CHECK_FALSE(QFile::exists(path));
}

TEST_CASE("the printed plan's body text is at least 11 pt", "[print]")
{
    if (!haveGui())
        FAIL("the test main must create a QGuiApplication: text layout needs fonts");
    QBuffer buffer;
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(300);
    const auto doc = layoutCarePlan(&writer, inputFor(busyBooking()));
    CHECK(doc->defaultFont().pointSizeF() >= 11.0);
    // Nothing inside the body may be set smaller than the default.
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const double size = it.fragment().charFormat().fontPointSize();
            INFO(it.fragment().text());
            CHECK((size == 0.0 || size >= 11.0));
        }
    }
}

TEST_CASE("every printed page carries her name, NHS number, date of birth and page number",
          "[print]")
{
    if (!haveGui())
        FAIL("the test main must create a QGuiApplication: text layout needs fonts");
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    test::ScratchDir scratch;
    const QString pdf = scratch.file(QStringLiteral("plan.pdf"));
    QString error;
    REQUIRE(writeCarePlanPdf(pdf, inputFor(busyBooking()), &error));
    INFO(error);
    if (pdftotext.isEmpty()) {
        WARN("pdftotext is not installed: printed pages not checked");
        return;
    }
    // pdftotext ends every page with a form feed.
    const int n = static_cast<int>(pdfText(pdftotext, pdf, 0).count(QLatin1Char('\f')));
    REQUIRE(n >= 3);
    for (int i = 1; i <= n; ++i) {
        const QString text = pdfText(pdftotext, pdf, i);
        INFO("page " << i << ": " << text.left(400).toStdString());
        CHECK(text.contains(QStringLiteral("Asha Patel")));
        CHECK(text.contains(QStringLiteral("943 476 5919")));
        CHECK(text.contains(QStringLiteral("14-Mar-1996")));
        CHECK(text.contains(QStringLiteral("Page %1 of %2").arg(i).arg(n)));
        CHECK(text.contains(QStringLiteral("Printed 12-Oct-2026")));
    }
}

namespace {

/// Her stored plan with aspirin declined, her words and her birth preferences.
StoredCarePlan decidedPlan()
{
    const Booking booking = busyBooking();
    StoredCarePlan stored = initialCarePlan(7, booking, planOf(booking));
    for (CarePlanDecision &d : stored.decisions) {
        if (d.code == QLatin1String("aspirin")) {
            d.status = DecisionStatus::Declined;
            d.reason = QStringLiteral("worried about bleeding <after> her last birth");
        }
    }
    stored.whatMatters = QStringLiteral("Having my sister with me\nGetting home quickly");
    stored.birthPreferences = QStringLiteral("Low lights & music in labour");
    return stored;
}

} // namespace

TEST_CASE("the printed plan shows what she decided and what matters to her", "[print]")
{
    const StoredCarePlan stored = decidedPlan();
    const CarePlanPrintInput input =
        printInputFor(stored, demoPrintSettings(), QDate(2026, 10, 12), QStringLiteral("Grace"));
    CHECK(input.booking == stored.basedOn);
    CHECK(input.decisions == stored.decisions);
    CHECK(input.plan.chosenPlaceOfBirth == PlaceOfBirth::Home);
    CHECK(input.namedMidwife == QStringLiteral("Grace"));
    CHECK(input.team.isEmpty());

    const QString html = carePlanBodyHtml(input);
    // Declined: once, under aspirin, escaped. Accepted ones print as advised.
    CHECK(html.count(QStringLiteral("You decided not to have this:")) == 1);
    CHECK(html.contains(QStringLiteral("worried about bleeding &lt;after&gt; her last birth")));
    CHECK(html.indexOf(QStringLiteral("You decided not to have this:")) >
          html.indexOf(QStringLiteral("<h4>Aspirin</h4>")));
    CHECK(html.contains(QStringLiteral("<h2>What matters to you</h2>")));
    CHECK(html.contains(QStringLiteral("Having my sister with me<br>Getting home quickly")));
    CHECK(html.contains(QStringLiteral("Low lights &amp; music in labour")));

    SECTION("no words and no declines: no section, nothing extra")
    {
        const CarePlanPrintInput plain =
            printInputFor(initialCarePlan(7, stored.basedOn, stored.plan), demoPrintSettings(),
                          QDate(2026, 10, 12));
        const QString text = carePlanBodyHtml(plain);
        CHECK_FALSE(text.contains(QStringLiteral("What matters to you")));
        CHECK_FALSE(text.contains(QStringLiteral("You decided not")));
    }
    SECTION("why she declined safeguarding support is not printed")
    {
        Booking booking = busyBooking();
        booking.woman.social << QStringLiteral("domestic_abuse");
        StoredCarePlan safeguarding = initialCarePlan(7, booking, planOf(booking));
        bool found = false;
        for (CarePlanDecision &d : safeguarding.decisions) {
            if (d.code == QLatin1String("referral_safeguarding")) {
                d.status = DecisionStatus::Declined;
                d.reason = QStringLiteral("partner reads her post");
                found = true;
            }
        }
        REQUIRE(found);
        const QString text =
            carePlanBodyHtml(printInputFor(safeguarding, demoPrintSettings(), QDate(2026, 10, 12)));
        CHECK_FALSE(text.contains(QStringLiteral("partner reads her post")));
        CHECK_FALSE(text.contains(QStringLiteral("afeguarding")));
    }
    SECTION("a declined referral keeps the contact, without a referral")
    {
        StoredCarePlan smoking = stored;
        for (CarePlanDecision &d : smoking.decisions) {
            if (d.code == QLatin1String("referral_stop_smoking")) {
                d.status = DecisionStatus::Declined;
                d.reason = QStringLiteral("wants to try on her own first");
            }
        }
        const QString text =
            carePlanBodyHtml(printInputFor(smoking, demoPrintSettings(), QDate(2026, 10, 12)));
        CHECK(text.contains(QStringLiteral("wants to try on her own first")));
        CHECK(text.contains(QStringLiteral("You decided not to be referred")));
        CHECK(text.contains(QStringLiteral("0116&nbsp;496&nbsp;0160")));
    }
}

TEST_CASE("a declined recommendation's reason and her words are on the printed pages", "[print]")
{
    if (!haveGui())
        FAIL("the test main must create a QGuiApplication: text layout needs fonts");
    test::ScratchDir scratch;
    const QString pdf = scratch.file(QStringLiteral("decided.pdf"));
    QString error;
    REQUIRE(writeCarePlanPdf(
        pdf, printInputFor(decidedPlan(), demoPrintSettings(), QDate(2026, 10, 12)), &error));
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty()) {
        WARN("pdftotext is not installed: printed pages not checked");
        return;
    }
    // Lines may wrap anywhere, so compare with whitespace made single spaces.
    const QString text = pdfText(pdftotext, pdf, 0).simplified();
    CHECK(text.contains(QStringLiteral("You decided not to have this: worried about bleeding "
                                       "<after> her last birth")));
    CHECK(text.contains(QStringLiteral("What matters to you")));
    CHECK(text.contains(QStringLiteral("Having my sister with me Getting home quickly")));
    CHECK(text.contains(QStringLiteral("Low lights & music in labour")));
}

TEST_CASE("Every kind of service has words of its own for the settings' list",
          "[documents][settings]")
{
    for (const QString &kind : bb::documents::serviceKinds()) {
        INFO(kind.toStdString());
        const QString label = bb::documents::serviceKindLabel(kind);
        CHECK_FALSE(label.contains(QLatin1Char('_')));
        CHECK(label.at(0).isUpper());
    }
    CHECK(bb::documents::serviceKindLabel(QStringLiteral("midwifery_unit_alongside")) ==
          QStringLiteral("Alongside midwifery unit"));
}
