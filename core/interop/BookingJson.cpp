// SPDX-License-Identifier: MIT
#include "interop/BookingJson.h"

#include "interop/JsonReader.h"

#include "clinical/BookingValidation.h"
#include "clinical/NhsNumber.h"
#include "clinical/ObstetricHistory.h"
#include "domain/Codes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

#include <cmath>
#include <vector>

namespace bb::interop {
namespace {

Woman readWoman(const Reader &r)
{
    Woman w;
    const QString nhsText = r.string("nhs_number");
    w.nhsNumber = clinical::nhs::normalise(nhsText);
    w.givenName = r.string("given_name").trimmed();
    w.familyName = r.string("family_name").trimmed();
    w.dateOfBirth = r.date("date_of_birth");
    w.address = r.string("address");
    w.postcode = r.string("postcode").trimmed().toUpper();
    w.phone = r.string("phone");
    w.gpPractice = r.string("gp_practice");
    w.ethnicCategory = r.string("ethnic_category").trimmed().toUpper();
    w.preferredLanguage = r.string("preferred_language", false, QStringLiteral("en"));
    w.interpreterNeeded = r.boolean("interpreter_needed");
    w.social = r.stringList("social");
    w.occupation = r.string("occupation").trimmed();
    const Reader kin = r.child("next_of_kin");
    w.nextOfKin = {kin.string("name").trimmed(), kin.string("relationship").trimmed(),
                   kin.string("phone").trimmed()};
    return w;
}

PreviousPregnancy readPreviousPregnancy(const Reader &r)
{
    PreviousPregnancy row;
    row.year = r.integer("year").value_or(0);
    if (!r.has("year"))
        r.fail("year", QStringLiteral("is required"));
    row.gestationWeeks = r.integer("gestation_weeks");
    row.outcome = r.choice("outcome", PregnancyOutcome::LiveBirth, &codes::pregnancyOutcomeFromCode,
                           codes::pregnancyOutcomeCodes());
    if (!r.has("outcome"))
        r.fail("outcome", QStringLiteral("is required"));
    row.mode = r.choice("mode_of_birth", ModeOfBirth::NotKnown, &codes::modeOfBirthFromCode,
                        codes::modeOfBirthCodes());
    row.babyWeightGrams = r.integer("baby_weight_g");
    row.complications = r.stringList("complications");
    row.notes = r.string("notes").trimmed();
    return row;
}

/// Counts given beside the rows must agree with them: a mismatch means one of them is wrong.
void checkCountsAgree(const Reader &r, const QList<PreviousPregnancy> &rows)
{
    if (rows.isEmpty())
        return;
    const clinical::HistoryCounts counts = clinical::countsOf(rows);
    const std::pair<const char *, int> given[] = {{"previous_births", counts.births},
                                                  {"previous_losses", counts.losses},
                                                  {"previous_caesareans", counts.caesareans}};
    for (const auto &[key, fromRows] : given) {
        if (const auto value = r.integer(key); value && *value != fromRows)
            r.fail(key, QStringLiteral("%1 does not match previous_pregnancies, which give %2")
                            .arg(*value)
                            .arg(fromRows));
    }
}

Pregnancy readPregnancy(const Reader &r)
{
    Pregnancy p;
    p.bookingDate = r.date("booking_date");
    p.lmp = r.date("lmp");
    if (r.has("dating_scan")) {
        const Reader scan = r.child("dating_scan");
        DatingScan s;
        s.date = scan.date("date");
        s.crlMm = scan.number("crl_mm").value_or(0.0); // the rules say a scan needs its CRL
        p.datingScan = s;
    }
    p.fetuses = r.integer("fetuses").value_or(1);
    p.previousBirths = r.integer("previous_births").value_or(0);
    p.previousLosses = r.integer("previous_losses").value_or(0);
    p.previousCaesareans = r.integer("previous_caesareans").value_or(0);
    p.yearsSinceLastPregnancy = r.integer("years_since_last_pregnancy");
    p.conception = r.choice("conception", Conception::Spontaneous, &codes::conceptionFromCode,
                            {QStringLiteral("spontaneous"), QStringLiteral("assisted")});
    return p;
}

QList<PreviousPregnancy> readPreviousPregnancies(const Reader &pregnancy)
{
    QList<PreviousPregnancy> rows;
    for (const Reader &row : pregnancy.children("previous_pregnancies"))
        rows << readPreviousPregnancy(row);
    checkCountsAgree(pregnancy, rows);
    return rows;
}

Dipstick readDipstick(const Reader &r, const char *key)
{
    return r.choice(key, Dipstick::NotTested, &codes::dipstickFromCode, codes::dipstickCodes());
}

BookingDetails readDetails(const Reader &root)
{
    BookingDetails d;
    const Reader m = root.child("measurements");
    if (m.has("blood_pressure")) {
        const Reader bp = m.child("blood_pressure");
        const auto systolic = bp.integer("systolic");
        const auto diastolic = bp.integer("diastolic");
        if (!bp.has("systolic"))
            bp.fail("systolic", QStringLiteral("is required"));
        if (!bp.has("diastolic"))
            bp.fail("diastolic", QStringLiteral("is required"));
        if (systolic && diastolic)
            d.bloodPressure = BloodPressure{*systolic, *diastolic};
    }
    d.urineProtein = readDipstick(m, "urine_protein");
    d.urineGlucose = readDipstick(m, "urine_glucose");
    const Reader blood = root.child("blood");
    d.bloodGroup = blood.choice("group", BloodGroup::NotKnown, &codes::bloodGroupFromCode,
                                codes::bloodGroupCodes());
    d.rhesus =
        blood.choice("rhesus", Rhesus::NotKnown, &codes::rhesusFromCode, codes::rhesusCodes());
    const Reader screening = root.child("screening");
    for (ScreeningTest test : codes::screeningTests()) {
        const QByteArray key = codes::toCode(test).toLatin1();
        d.setScreeningChoice(test, screening.choice(key.constData(), ScreeningChoice::NotOffered,
                                                    &codes::screeningChoiceFromCode,
                                                    codes::screeningChoiceCodes()));
    }
    d.allergies = root.string("allergies").trimmed();
    d.medicines = root.string("medicines").trimmed();
    d.alcoholUnitsPerWeek = root.integer("alcohol_units_per_week");
    const Reader enquiries = root.child("enquiries");
    d.fgm = enquiries.choice("fgm", FgmEnquiry::NotAsked, &codes::fgmEnquiryFromCode,
                             codes::fgmEnquiryCodes());
    d.abuseEnquiry = enquiries.choice("domestic_abuse", AbuseEnquiry::NotAsked,
                                      &codes::abuseEnquiryFromCode, codes::abuseEnquiryCodes());
    d.abuseEnquiryNote = enquiries.string("domestic_abuse_note").trimmed();
    d.previousPregnancies = readPreviousPregnancies(root.child("pregnancy"));
    return d;
}

BookingAssessment readAssessment(const Reader &root)
{
    BookingAssessment a;
    const Reader m = root.child("measurements");
    a.measurements.heightCm = m.number("height_cm");
    a.measurements.weightKg = m.number("weight_kg");
    a.measurements.coPpm = m.number("co_ppm");
    a.smoking =
        root.choice("smoking", Smoking::Never, &codes::smokingFromCode, codes::smokingCodes());
    a.conditions = root.stringList("conditions");
    const Reader mh = root.child("mental_health");
    a.mentalHealth.lowMood = mh.boolean("low_mood");
    a.mentalHealth.littleInterest = mh.boolean("little_interest");
    a.mentalHealth.gad2Score = mh.integer("gad2_score").value_or(0);
    const Reader prefs = root.child("preferences");
    a.preferredPlaceOfBirth =
        prefs.choice("place_of_birth", PlaceOfBirth::Undecided, &codes::placeOfBirthFromCode,
                     codes::placeOfBirthCodes());
    return a;
}

QJsonValue optionalNumber(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue dateValue(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonArray previousPregnanciesToJson(const QList<PreviousPregnancy> &rows)
{
    QJsonArray list;
    for (const PreviousPregnancy &row : rows) {
        QJsonObject item{{QStringLiteral("year"), row.year},
                         {QStringLiteral("outcome"), codes::toCode(row.outcome)}};
        if (row.gestationWeeks)
            item.insert(QStringLiteral("gestation_weeks"), *row.gestationWeeks);
        if (row.mode != ModeOfBirth::NotKnown)
            item.insert(QStringLiteral("mode_of_birth"), codes::toCode(row.mode));
        if (row.babyWeightGrams)
            item.insert(QStringLiteral("baby_weight_g"), *row.babyWeightGrams);
        if (!row.complications.isEmpty())
            item.insert(QStringLiteral("complications"),
                        QJsonArray::fromStringList(row.complications));
        if (!row.notes.isEmpty())
            item.insert(QStringLiteral("notes"), row.notes);
        list << item;
    }
    return list;
}

QList<PreviousPregnancy> previousPregnanciesFromJson(const QJsonArray &rows, FieldErrors &errors)
{
    QList<PreviousPregnancy> list;
    const qsizetype before = errors.size();
    const Reader holder(QJsonObject{{QStringLiteral("rows"), rows}}, QString(), errors);
    for (const Reader &row : holder.children("rows"))
        list << readPreviousPregnancy(row);
    for (qsizetype i = before; i < errors.size(); ++i)
        errors[i].path.remove(0, 4); // "rows[0].year" -> "[0].year"
    return list;
}

namespace {

/// Writes the booking's details that were recorded; a booking without them exports as it did
/// before they existed.
void insertDetails(QJsonObject &root, const BookingDetails &d)
{
    QJsonObject measurements = root.value(QStringLiteral("measurements")).toObject();
    if (d.bloodPressure)
        measurements.insert(QStringLiteral("blood_pressure"),
                            QJsonObject{{QStringLiteral("systolic"), d.bloodPressure->systolic},
                                        {QStringLiteral("diastolic"), d.bloodPressure->diastolic}});
    if (d.urineProtein != Dipstick::NotTested)
        measurements.insert(QStringLiteral("urine_protein"), codes::toCode(d.urineProtein));
    if (d.urineGlucose != Dipstick::NotTested)
        measurements.insert(QStringLiteral("urine_glucose"), codes::toCode(d.urineGlucose));
    if (!measurements.isEmpty())
        root.insert(QStringLiteral("measurements"), measurements);

    if (d.bloodGroup != BloodGroup::NotKnown || d.rhesus != Rhesus::NotKnown)
        root.insert(QStringLiteral("blood"),
                    QJsonObject{{QStringLiteral("group"), codes::toCode(d.bloodGroup)},
                                {QStringLiteral("rhesus"), codes::toCode(d.rhesus)}});
    QJsonObject screening;
    for (ScreeningTest test : codes::screeningTests()) {
        if (d.screeningChoice(test) != ScreeningChoice::NotOffered)
            screening.insert(codes::toCode(test), codes::toCode(d.screeningChoice(test)));
    }
    if (!screening.isEmpty())
        root.insert(QStringLiteral("screening"), screening);
    if (!d.allergies.isEmpty())
        root.insert(QStringLiteral("allergies"), d.allergies);
    if (!d.medicines.isEmpty())
        root.insert(QStringLiteral("medicines"), d.medicines);
    if (d.alcoholUnitsPerWeek)
        root.insert(QStringLiteral("alcohol_units_per_week"), *d.alcoholUnitsPerWeek);
    QJsonObject enquiries;
    if (d.fgm != FgmEnquiry::NotAsked)
        enquiries.insert(QStringLiteral("fgm"), codes::toCode(d.fgm));
    if (d.abuseEnquiry != AbuseEnquiry::NotAsked)
        enquiries.insert(QStringLiteral("domestic_abuse"), codes::toCode(d.abuseEnquiry));
    if (!d.abuseEnquiryNote.isEmpty())
        enquiries.insert(QStringLiteral("domestic_abuse_note"), d.abuseEnquiryNote);
    if (!enquiries.isEmpty())
        root.insert(QStringLiteral("enquiries"), enquiries);
}

/// The values a document holds, with its defaults, and the format's own errors; no values
/// when it is not a JSON object.
struct ReadDocument
{
    std::optional<Booking> values;
    FieldErrors errors;
};

ReadDocument readDocument(const QByteArray &json)
{
    ReadDocument read;
    const std::optional<QJsonObject> document = jsonObjectOf(json, read.errors);
    if (!document)
        return read;
    const Reader root(*document, QString(), read.errors);
    root.requireFormat(kBookingFormat);
    Booking booking;
    booking.woman = readWoman(root.child("woman"));
    if (!root.has("woman"))
        root.fail("woman", QStringLiteral("is required"));
    booking.pregnancy = readPregnancy(root.child("pregnancy"));
    if (!root.has("pregnancy"))
        root.fail("pregnancy", QStringLiteral("is required"));
    booking.assessment = readAssessment(root);
    booking.details = readDetails(root);
    read.values = clinical::withDerivedHistory(booking);
    return read;
}

BookingParseResult resultOf(const ReadDocument &read)
{
    BookingParseResult result;
    result.errors = read.errors;
    if (result.errors.isEmpty())
        result.booking = read.values;
    return result;
}

} // namespace

BookingParseResult parseBooking(const QByteArray &json)
{
    return resultOf(readDocument(json));
}

BookingParseResult parseBooking(const QByteArray &json, const QDate &today)
{
    ReadDocument read = readDocument(json);
    // Format errors first, then the rules on values; a value already reported as missing or
    // malformed is not reported again by validation.
    if (read.values)
        addUnreported(read.errors, clinical::validateBooking(*read.values, today));
    return resultOf(read);
}

QJsonObject bookingToJson(const Booking &booking)
{
    const Woman &w = booking.woman;
    const Pregnancy &p = booking.pregnancy;
    const BookingAssessment &a = booking.assessment;

    QJsonObject woman{
        {QStringLiteral("nhs_number"), w.nhsNumber},
        {QStringLiteral("given_name"), w.givenName},
        {QStringLiteral("family_name"), w.familyName},
        {QStringLiteral("date_of_birth"), dateValue(w.dateOfBirth)},
        {QStringLiteral("interpreter_needed"), w.interpreterNeeded},
        {QStringLiteral("preferred_language"), w.preferredLanguage},
        {QStringLiteral("social"), QJsonArray::fromStringList(w.social)},
    };
    // Optional text is written only when known, so an export reads like what was imported.
    const std::pair<const char *, const QString *> optionalText[] = {
        {"address", &w.address},
        {"postcode", &w.postcode},
        {"phone", &w.phone},
        {"gp_practice", &w.gpPractice},
        {"ethnic_category", &w.ethnicCategory},
    };
    for (const auto &[key, value] : optionalText) {
        if (!value->isEmpty())
            woman.insert(QLatin1String(key), *value);
    }
    if (!w.occupation.isEmpty())
        woman.insert(QStringLiteral("occupation"), w.occupation);
    if (!w.nextOfKin.isEmpty()) {
        woman.insert(QStringLiteral("next_of_kin"),
                     QJsonObject{{QStringLiteral("name"), w.nextOfKin.name},
                                 {QStringLiteral("relationship"), w.nextOfKin.relationship},
                                 {QStringLiteral("phone"), w.nextOfKin.phone}});
    }

    QJsonObject pregnancy{
        {QStringLiteral("booking_date"), dateValue(p.bookingDate)},
        {QStringLiteral("lmp"), dateValue(p.lmp)},
        {QStringLiteral("fetuses"), p.fetuses},
        {QStringLiteral("previous_births"), p.previousBirths},
        {QStringLiteral("previous_losses"), p.previousLosses},
        {QStringLiteral("previous_caesareans"), p.previousCaesareans},
        {QStringLiteral("years_since_last_pregnancy"),
         p.yearsSinceLastPregnancy ? QJsonValue(*p.yearsSinceLastPregnancy) : QJsonValue()},
        {QStringLiteral("conception"), codes::toCode(p.conception)},
    };
    if (!booking.details.previousPregnancies.isEmpty())
        pregnancy.insert(QStringLiteral("previous_pregnancies"),
                         previousPregnanciesToJson(booking.details.previousPregnancies));
    if (p.datingScan) {
        pregnancy.insert(QStringLiteral("dating_scan"),
                         QJsonObject{{QStringLiteral("date"), dateValue(p.datingScan->date)},
                                     {QStringLiteral("crl_mm"), p.datingScan->crlMm}});
    }

    QJsonObject root{
        {QStringLiteral("format"), QLatin1String(kBookingFormat)},
        {QStringLiteral("woman"), woman},
        {QStringLiteral("pregnancy"), pregnancy},
        {QStringLiteral("smoking"), codes::toCode(a.smoking)},
        {QStringLiteral("conditions"), QJsonArray::fromStringList(a.conditions)},
        {QStringLiteral("mental_health"),
         QJsonObject{{QStringLiteral("low_mood"), a.mentalHealth.lowMood},
                     {QStringLiteral("little_interest"), a.mentalHealth.littleInterest},
                     {QStringLiteral("gad2_score"), a.mentalHealth.gad2Score}}},
        {QStringLiteral("preferences"),
         QJsonObject{{QStringLiteral("place_of_birth"), codes::toCode(a.preferredPlaceOfBirth)}}},
    };
    const Measurements &m = a.measurements;
    const BookingDetails &d = booking.details;
    if (m.heightCm || m.weightKg || m.coPpm) {
        root.insert(QStringLiteral("measurements"),
                    QJsonObject{{QStringLiteral("height_cm"), optionalNumber(m.heightCm)},
                                {QStringLiteral("weight_kg"), optionalNumber(m.weightKg)},
                                {QStringLiteral("co_ppm"), optionalNumber(m.coPpm)}});
    }
    insertDetails(root, d);
    return root;
}

} // namespace bb::interop
