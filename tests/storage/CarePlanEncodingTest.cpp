// SPDX-License-Identifier: MIT
// Storage's own encoding of a stored plan and its booking: every field back as it went in, and
// anything it did not write refused with the column and the field named.
#include "TestSupport.h"

#include "clinical/CarePlanner.h"
#include "storage/CarePlanEncoding.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <functional>

using namespace bb;
using namespace bb::storage;

namespace {

/// A booking with every field set to something other than its default.
Booking everyField()
{
    Booking b = test::lowRiskBooking();
    b.woman.address = QStringLiteral("1 Long Lane, Leicester");
    b.woman.phone = QStringLiteral("0116 496 0000");
    b.woman.gpPractice = QStringLiteral("C82001");
    b.woman.ethnicCategory = QStringLiteral("H");
    b.woman.preferredLanguage = QStringLiteral("gu");
    b.woman.interpreterNeeded = true;
    b.woman.social = {QStringLiteral("asylum_seeker"), QStringLiteral("refugee")};
    b.pregnancy.datingScan = DatingScan{QDate(2026, 10, 20), 62.5};
    b.pregnancy.fetuses = 2;
    b.pregnancy.previousBirths = 2;
    b.pregnancy.previousLosses = 1;
    b.pregnancy.previousCaesareans = 1;
    b.pregnancy.yearsSinceLastPregnancy = 3;
    b.pregnancy.conception = Conception::Assisted;
    b.pregnancy.status = PregnancyStatus::Delivered;
    b.assessment.measurements = {171.5, 96.25, std::nullopt};
    b.assessment.smoking = Smoking::Ex;
    b.assessment.conditions = {QStringLiteral("chronic_hypertension")};
    b.assessment.mentalHealth = {true, false, 4};
    b.assessment.preferredPlaceOfBirth = PlaceOfBirth::AlongsideMidwiferyUnit;
    return b;
}

QString edited(const QString &text, const std::function<void(QJsonObject &)> &change)
{
    QJsonObject object = QJsonDocument::fromJson(text.toUtf8()).object();
    change(object);
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

TEST_CASE("The encoding gives back every field of a plan and its booking", "[storage][careplan]")
{
    const Booking booking = everyField();
    QString error;
    const auto decoded = encoding::decodeBooking(encoding::encodeBooking(booking), &error);
    INFO(error.toStdString());
    REQUIRE(decoded);
    Booking withoutIds = booking;
    withoutIds.woman.id = withoutIds.pregnancy.id = withoutIds.pregnancy.womanId = 0;
    CHECK(*decoded == withoutIds);

    Booking plain = test::lowRiskBooking();
    plain.assessment.measurements = {};
    const auto unmeasured = encoding::decodeBooking(encoding::encodeBooking(plain), &error);
    REQUIRE(unmeasured);
    CHECK(*unmeasured == plain);

    CarePlan plan = std::get<CarePlan>(clinical::planCare(test::lowRiskBooking()));
    plan.warnings = {QStringLiteral("a warning")};
    plan.chosenPlaceOfBirth = PlaceOfBirth::Home;
    const auto back = encoding::decodePlan(encoding::encodePlan(plan), &error);
    INFO(error.toStdString());
    REQUIRE(back);
    CHECK(*back == plan);
    plan.bmi.reset();
    CHECK(encoding::decodePlan(encoding::encodePlan(plan), &error) == plan);
}

TEST_CASE("The encoding refuses what it did not write, naming the column and the field",
          "[storage][careplan]")
{
    const QString plan =
        encoding::encodePlan(std::get<CarePlan>(clinical::planCare(test::lowRiskBooking())));
    const QString booking = encoding::encodeBooking(everyField());
    QString error;

    CHECK_FALSE(encoding::decodePlan(
        edited(plan, [](QJsonObject &o) { o.remove(QStringLiteral("vteScore")); }), &error));
    CHECK(error == QStringLiteral("plan_json: vteScore: is missing"));

    CHECK_FALSE(encoding::decodePlan(
        edited(plan, [](QJsonObject &o) { o.insert(QStringLiteral("format"), 1); }), &error));
    CHECK(error == QStringLiteral("plan_json: format: is not a field of this encoding"));

    CHECK_FALSE(encoding::decodePlan(edited(plan,
                                            [](QJsonObject &o) {
                                                o.insert(QStringLiteral("eddMethod"),
                                                         QStringLiteral("ultrasound"));
                                            }),
                                     &error));
    CHECK(error == QStringLiteral("plan_json: eddMethod: unknown code 'ultrasound'"));

    CHECK_FALSE(encoding::decodeBooking(
        edited(booking,
               [](QJsonObject &o) {
                   QJsonObject p = o.value(QStringLiteral("pregnancy")).toObject();
                   p.insert(QStringLiteral("fetuses"), 1.5);
                   p.remove(QStringLiteral("status"));
                   o.insert(QStringLiteral("pregnancy"), p);
               }),
        &error));
    CHECK(error == QStringLiteral("booking_json: pregnancy.fetuses: is not a whole number; "
                                  "pregnancy.status: is missing"));

    CHECK_FALSE(encoding::decodeBooking(
        edited(booking, [](QJsonObject &o) { o.remove(QStringLiteral("assessment")); }), &error));
    CHECK(error == QStringLiteral("booking_json: assessment: is missing"));

    CHECK_FALSE(encoding::decodeBooking(QStringLiteral("[1, 2]"), &error));
    CHECK(error == QStringLiteral("booking_json: (top): is not an object"));
    CHECK_FALSE(encoding::decodePlan(QString(), &error));
    CHECK(error.startsWith(QStringLiteral("plan_json: (text): is not JSON")));
}
