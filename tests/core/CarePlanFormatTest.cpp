// SPDX-License-Identifier: MIT
// The bbclinic-careplan/1 format (shape, round trip), the HTML rendering, and the worked
// examples in tests/data/examples run end to end through parseBooking and planCare.
#include "CarePlanTestSupport.h"

#include "documents/CarePlanDocument.h"
#include "documents/PrintSettings.h"
#include "interop/BookingJson.h"
#include "interop/CarePlanJson.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>

using namespace bb;
using namespace bb::careplantest;

namespace {

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    INFO(path.toStdString() << ": " << error.errorString().toStdString());
    REQUIRE(doc.isObject());
    return doc.object();
}

QStringList sortedCodes(const QJsonArray &array)
{
    QStringList list;
    for (const QJsonValue &v : array)
        list << (v.isObject() ? v.toObject().value(QStringLiteral("code")).toString()
                              : v.toString());
    list.sort();
    return list;
}

QJsonArray weekDates(const QJsonArray &contacts)
{
    QJsonArray list;
    for (const QJsonValue &v : contacts) {
        list.append(QJsonObject{{QStringLiteral("week"), v[QStringLiteral("week")]},
                                {QStringLiteral("date"), v[QStringLiteral("date")]}});
    }
    return list;
}

QMap<QString, QString> adviceBySetting(const QJsonArray &places)
{
    QMap<QString, QString> map;
    for (const QJsonValue &v : places)
        map.insert(v[QStringLiteral("setting")].toString(), v[QStringLiteral("advice")].toString());
    return map;
}

/// `{code: [from, to]}` for each recommendation with a window, as the examples write them.
QJsonObject windowsOf(const QJsonArray &recommendations)
{
    QJsonObject windows;
    for (const QJsonValue &r : recommendations) {
        const QJsonObject o = r.toObject();
        if (o.contains(QStringLiteral("from")))
            windows.insert(o[QStringLiteral("code")].toString(),
                           QJsonArray{o[QStringLiteral("from")], o[QStringLiteral("to")]});
    }
    return windows;
}

QMap<QString, QString> adviceMap(const QJsonObject &object)
{
    QMap<QString, QString> map;
    for (auto it = object.begin(); it != object.end(); ++it)
        map.insert(it.key(), it.value().toString());
    return map;
}

} // namespace

TEST_CASE("Care-plan JSON: the bbclinic-careplan/1 shape", "[careplan][json]")
{
    Booking b = lowRiskPlanBooking();
    b.woman.nhsNumber = QStringLiteral("943 476 5919");
    b.assessment.preferredPlaceOfBirth = PlaceOfBirth::AlongsideMidwiferyUnit;
    const CarePlan plan = planOf(b);
    const QJsonObject json = interop::carePlanToJson(b, plan);

    CHECK(json[QStringLiteral("format")] == QLatin1String("bbclinic-careplan/1"));
    CHECK(json[QStringLiteral("woman")][QStringLiteral("nhs_number")] ==
          QLatin1String("9434765919"));
    CHECK(json[QStringLiteral("woman")][QStringLiteral("name")] == QLatin1String("Asha Patel"));
    CHECK(json[QStringLiteral("woman")][QStringLiteral("date_of_birth")] ==
          b.woman.dateOfBirth.toString(Qt::ISODate));
    CHECK(json[QStringLiteral("edd")] == QLatin1String("2027-05-24"));
    CHECK(json[QStringLiteral("edd_method")] == QLatin1String("lmp"));
    CHECK(json[QStringLiteral("gestation_at_booking")] == QLatin1String("8+0"));
    CHECK(json[QStringLiteral("age_at_booking")].toInt() == 30);
    CHECK(json[QStringLiteral("bmi")].toDouble() == 22.0);
    CHECK(json[QStringLiteral("nulliparous")] == false);
    CHECK(json[QStringLiteral("first_pregnancy")] == false);
    CHECK(json[QStringLiteral("pathway")] == QLatin1String("midwife_led"));
    CHECK(json[QStringLiteral("vte_score")].toInt() == 0);
    const QJsonObject rec = json[QStringLiteral("recommendations")][0].toObject();
    CHECK(rec[QStringLiteral("code")] == QLatin1String("folic_acid_400"));
    CHECK(rec[QStringLiteral("source")] == QLatin1String("NICE NG201, NICE NG247"));
    CHECK(rec[QStringLiteral("category")] == QLatin1String("medicine"));
    CHECK(rec[QStringLiteral("dose")] == QLatin1String("400 micrograms once a day"));
    CHECK(rec[QStringLiteral("from")] == QLatin1String("2026-10-12")); // booked at 8+0
    CHECK(rec[QStringLiteral("to")] == QLatin1String("2026-11-15"));   // 12+6
    CHECK_FALSE(rec[QStringLiteral("reasons")].toArray().isEmpty());
    // Advice with no time window has neither date.
    const QJsonArray all = json[QStringLiteral("recommendations")].toArray();
    const auto flu = std::find_if(all.begin(), all.end(), [](const QJsonValue &v) {
        return v[QStringLiteral("code")] == QLatin1String("vaccine_flu");
    });
    REQUIRE(flu != all.end());
    CHECK_FALSE(flu->toObject().contains(QStringLiteral("from")));
    CHECK_FALSE(flu->toObject().contains(QStringLiteral("to")));
    const QJsonObject contact = json[QStringLiteral("contacts")][0].toObject();
    CHECK(contact[QStringLiteral("week")].toInt() == 16);
    CHECK(contact[QStringLiteral("date")] == QLatin1String("2026-12-07"));
    CHECK_FALSE(contact[QStringLiteral("purpose")].toString().isEmpty());
    CHECK(contact[QStringLiteral("checks")].isArray());
    CHECK(contact[QStringLiteral("discussed")].isArray());
    CHECK(json[QStringLiteral("scans")][0][QStringLiteral("code")] == QLatin1String("dating_scan"));
    CHECK(json[QStringLiteral("scans")][0][QStringLiteral("from")] == QLatin1String("2026-11-04"));
    const QJsonArray places = json[QStringLiteral("birth_places")].toArray();
    REQUIRE(places.size() == 4);
    CHECK(places[0][QStringLiteral("setting")] == QLatin1String("home"));
    CHECK(places[3][QStringLiteral("setting")] == QLatin1String("obstetric_unit"));
    CHECK(places[0][QStringLiteral("advice")] == QLatin1String("suitable"));
    CHECK(places[0][QStringLiteral("reasons")].isArray());
    CHECK(json[QStringLiteral("chosen_place_of_birth")] ==
          QLatin1String("alongside_midwifery_unit"));
    CHECK(json[QStringLiteral("warnings")].toArray().isEmpty());

    b.assessment.measurements = {};
    const QJsonObject noBmi = interop::carePlanToJson(b, planOf(b));
    CHECK(noBmi[QStringLiteral("bmi")].isNull());
    CHECK_FALSE(noBmi[QStringLiteral("warnings")].toArray().isEmpty());
}

TEST_CASE("Care-plan JSON: a stored plan reads back equal", "[careplan][json]")
{
    Booking b = lowRiskPlanBooking();
    SECTION("low risk") {}
    SECTION("many recommendations, scan-dated, obstetric-led")
    {
        setFirstPregnancy(b);
        setBmi(b, 41.3);
        b.pregnancy.datingScan = DatingScan{QDate(2026, 10, 20), 61.2};
        b.woman.social = {QStringLiteral("refugee")};
        b.assessment.conditions = {QStringLiteral("previous_vte"),
                                   QStringLiteral("family_diabetes")};
    }
    SECTION("no BMI, with warnings")
    {
        b.assessment.measurements = {};
        b.pregnancy.datingScan = DatingScan{QDate(2026, 10, 20), 12.0};
    }
    const CarePlan plan = planOf(b);
    const QByteArray text = QJsonDocument(interop::carePlanToJson(b, plan)).toJson();
    const interop::CarePlanReadResult read =
        interop::carePlanFromJson(QJsonDocument::fromJson(text).object());
    for (const FieldError &e : read.errors)
        UNSCOPED_INFO(e.toString().toStdString());
    REQUIRE(read.plan.has_value());
    CHECK(*read.plan == plan);
    CHECK(read.nhsNumber == QLatin1String("9434765919"));
    CHECK(read.dateOfBirth == b.woman.dateOfBirth);
}

TEST_CASE("Care-plan JSON: a damaged plan gives every error with its path", "[careplan][json]")
{
    const Booking b = lowRiskPlanBooking();
    QJsonObject json = interop::carePlanToJson(b, planOf(b));
    json[QStringLiteral("format")] = QStringLiteral("bbclinic-careplan/9");
    json[QStringLiteral("pathway")] = QStringLiteral("sideways");
    json[QStringLiteral("gestation_at_booking")] = QStringLiteral("8 weeks");
    json.remove(QStringLiteral("edd"));
    const interop::CarePlanReadResult read = interop::carePlanFromJson(json);
    CHECK_FALSE(read.plan.has_value());
    QStringList paths;
    for (const FieldError &e : read.errors)
        paths << e.path;
    CHECK(paths == QStringList{QStringLiteral("format"), QStringLiteral("edd"),
                               QStringLiteral("gestation_at_booking"), QStringLiteral("pathway")});
}

TEST_CASE("Care-plan HTML: her printed plan as one page, escaped, every setting explained",
          "[careplan][html]")
{
    Booking b = lowRiskPlanBooking();
    b.woman.givenName = QStringLiteral("<script>alert(1)</script>");
    b.woman.familyName = QStringLiteral("O'Neil & Co");
    b.assessment.conditions = {QStringLiteral("chronic_hypertension")};
    documents::CarePlanPrintInput input;
    input.booking = b;
    input.plan = planOf(b);
    input.settings = documents::demoPrintSettings();
    input.printedOn = b.pregnancy.bookingDate;
    const QString html = documents::carePlanHtmlPage(input);
    CHECK(html.startsWith(QLatin1String("<!DOCTYPE html>")));
    CHECK_FALSE(html.contains(QLatin1String("<script>")));
    CHECK(html.contains(QLatin1String("&lt;script&gt;")));
    CHECK(html.contains(QLatin1String("&amp; Co")));
    CHECK(html.contains(QLatin1String("943 476 5919")));
    CHECK(html.contains(QLatin1String("Aspirin")));
    // Guideline codes are in one sources line at the end, not beside each recommendation.
    CHECK(html.indexOf(QLatin1String("NICE NG133")) >
          html.indexOf(QLatin1String("Where this plan's advice comes from")));
    for (const char *setting :
         {"Home", "Freestanding midwifery unit", "Alongside midwifery unit", "Obstetric unit"})
        CHECK(html.contains(QLatin1String(setting)));
    // The 16-week contact, not booked: the week it falls in, from its Monday.
    CHECK(html.contains(QLatin1String("Week beginning<br><b>Monday 7 December 2026</b>")));
    CHECK(html.contains(QLatin1String("Plan made 12-Oct-2026")));
}

TEST_CASE("Worked examples: parseBooking + planCare match the expected plans",
          "[careplan][examples]")
{
    const QDir dir(QStringLiteral(BB_EXAMPLES_DIR));
    const QStringList bookings =
        dir.entryList({QStringLiteral("*.booking.json")}, QDir::Files, QDir::Name);
    REQUIRE(bookings.size() >= 3);
    for (const QString &name : bookings) {
        const QString stem = name.chopped(int(qstrlen(".booking.json")));
        DYNAMIC_SECTION(stem.toStdString())
        {
            QFile file(dir.filePath(name));
            REQUIRE(file.open(QIODevice::ReadOnly));
            const interop::BookingParseResult parsed =
                interop::parseBooking(file.readAll(), test::kToday);
            for (const FieldError &e : parsed.errors)
                UNSCOPED_INFO(e.toString().toStdString());
            REQUIRE(parsed.booking.has_value());
            const CarePlan plan = planOf(*parsed.booking);
            const QJsonObject actual = interop::carePlanToJson(*parsed.booking, plan);
            const QJsonObject expected =
                readJson(dir.filePath(stem + QStringLiteral(".expected.json")));
            for (auto it = expected.begin(); it != expected.end(); ++it) {
                const QString key = it.key();
                INFO(key.toStdString());
                if (key == QLatin1String("recommendations")) {
                    CHECK(sortedCodes(actual[key].toArray()) == sortedCodes(it.value().toArray()));
                } else if (key == QLatin1String("birth_places")) {
                    CHECK(adviceBySetting(actual[key].toArray()) ==
                          adviceMap(it.value().toObject()));
                } else if (key == QLatin1String("windows")) {
                    CHECK(windowsOf(actual[QStringLiteral("recommendations")].toArray()) ==
                          it.value().toObject());
                } else if (key == QLatin1String("contacts")) {
                    CHECK(weekDates(actual[key].toArray()) == it.value().toArray());
                } else {
                    CHECK(actual[key] == it.value());
                }
            }
        }
    }
}
