// SPDX-License-Identifier: MIT
#include "storage/CarePlanEncoding.h"

#include "domain/Codes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cmath>

namespace bb::storage::encoding {
namespace {

// Every field is written, null included, so that reading can insist on each one: a field that is
// missing means the text is not what this encoding wrote.

QJsonValue dateValue(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue optionalNumber(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString eddMethodCode(EddMethod method)
{
    return method == EddMethod::Crl ? QStringLiteral("crl") : QStringLiteral("lmp");
}

std::optional<EddMethod> eddMethodFromCode(const QString &code)
{
    if (code == QLatin1String("crl"))
        return EddMethod::Crl;
    if (code == QLatin1String("lmp"))
        return EddMethod::Lmp;
    return std::nullopt;
}

/// What is wrong with one column's text, one line per problem.
struct Problems
{
    QStringList lines;
    void add(const QString &path, const QString &what)
    {
        lines << path + QStringLiteral(": ") + what;
    }
};

/// One JSON object of the encoding, read field by field. Each field read is ticked off, so that
/// finish() can report the fields the encoding does not have.
class Fields
{
public:
    Fields(const QJsonValue &value, QString path, Problems &problems)
        : m_object(value.toObject()), m_path(std::move(path)), m_problems(problems),
          m_present(value.isObject())
    {
        // A missing object has been reported as missing; its fields are not reported again.
        if (!m_present && !value.isUndefined())
            m_problems.add(m_path.isEmpty() ? QStringLiteral("(top)") : m_path,
                           QStringLiteral("is not an object"));
    }

    QString pathOf(const QString &key) const
    {
        return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
    }

    /// The field's value; a problem when it is missing.
    QJsonValue need(const QString &key)
    {
        m_read.insert(key);
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() && m_present)
            m_problems.add(pathOf(key), QStringLiteral("is missing"));
        return value;
    }

    bool wrongType(const QString &key, const QJsonValue &value, bool ok, const char *expected)
    {
        if (value.isUndefined() || ok)
            return false;
        m_problems.add(pathOf(key), QStringLiteral("is not %1").arg(QLatin1String(expected)));
        return true;
    }

    QString string(const QString &key)
    {
        const QJsonValue value = need(key);
        return wrongType(key, value, value.isString(), "text") ? QString() : value.toString();
    }

    bool boolean(const QString &key)
    {
        const QJsonValue value = need(key);
        return !wrongType(key, value, value.isBool(), "true or false") && value.toBool();
    }

    double number(const QString &key)
    {
        const QJsonValue value = need(key);
        return wrongType(key, value, value.isDouble(), "a number") ? 0.0 : value.toDouble();
    }

    int integer(const QString &key)
    {
        const QJsonValue value = need(key);
        const bool whole = value.isDouble() && std::trunc(value.toDouble()) == value.toDouble();
        return wrongType(key, value, whole, "a whole number") ? 0 : value.toInt();
    }

    std::optional<double> optionalNumber(const QString &key)
    {
        const QJsonValue value = need(key);
        if (value.isNull() || wrongType(key, value, value.isDouble(), "a number or null"))
            return std::nullopt;
        return value.toDouble();
    }

    std::optional<int> optionalInteger(const QString &key)
    {
        const QJsonValue value = need(key);
        if (value.isNull())
            return std::nullopt;
        const bool whole = value.isDouble() && std::trunc(value.toDouble()) == value.toDouble();
        if (wrongType(key, value, whole, "a whole number or null"))
            return std::nullopt;
        return value.toInt();
    }

    /// A date, or null for one not known.
    QDate date(const QString &key)
    {
        const QJsonValue value = need(key);
        if (value.isUndefined() || value.isNull() ||
            wrongType(key, value, value.isString(), "a date or null"))
            return {};
        const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
        if (!date.isValid())
            m_problems.add(pathOf(key),
                           QStringLiteral("'%1' is not a date (YYYY-MM-DD)").arg(value.toString()));
        return date;
    }

    QStringList strings(const QString &key)
    {
        QStringList list;
        const QJsonArray items = array(key);
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (!items.at(i).isString())
                m_problems.add(QStringLiteral("%1[%2]").arg(pathOf(key)).arg(i),
                               QStringLiteral("is not text"));
            list << items.at(i).toString();
        }
        return list;
    }

    QJsonArray array(const QString &key)
    {
        const QJsonValue value = need(key);
        return wrongType(key, value, value.isArray(), "a list") ? QJsonArray() : value.toArray();
    }

    template <typename T, typename FromCode> T code(const QString &key, FromCode fromCode)
    {
        const QString text = string(key);
        if (const std::optional<T> value = fromCode(text))
            return *value;
        if (m_object.value(key).isString())
            m_problems.add(pathOf(key), QStringLiteral("unknown code '%1'").arg(text));
        return T{};
    }

    /// Reports every field of the object that was not read: the encoding does not have it.
    void finish()
    {
        for (const QString &key : m_object.keys()) {
            if (!m_read.contains(key))
                m_problems.add(pathOf(key), QStringLiteral("is not a field of this encoding"));
        }
    }

private:
    QJsonObject m_object;
    QString m_path;
    Problems &m_problems;
    bool m_present;
    QSet<QString> m_read;
};

QString itemPath(const Fields &parent, const QString &key, qsizetype index)
{
    return QStringLiteral("%1[%2]").arg(parent.pathOf(key)).arg(index);
}

/// The top object of a column's text; a problem when it is not JSON.
QJsonValue parse(const QString &text, Problems &problems)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        problems.add(QStringLiteral("(text)"), QStringLiteral("is not JSON (%1 at offset %2)")
                                                   .arg(parseError.errorString())
                                                   .arg(parseError.offset));
        return QJsonValue(QJsonValue::Undefined);
    }
    return document.isObject() ? QJsonValue(document.object()) : QJsonValue();
}

template <typename T>
std::optional<T> result(T value, const Problems &problems, const char *column, QString *error)
{
    if (problems.lines.isEmpty())
        return value;
    if (error)
        *error = QStringLiteral("%1: %2").arg(QLatin1String(column),
                                              problems.lines.join(QStringLiteral("; ")));
    return std::nullopt;
}

} // namespace

QString encodePlan(const CarePlan &plan)
{
    QJsonArray recommendations;
    for (const Recommendation &r : plan.recommendations) {
        recommendations.append(QJsonObject{{QStringLiteral("code"), r.code},
                                           {QStringLiteral("source"), r.source},
                                           {QStringLiteral("reasons"), strings(r.reasons)},
                                           {QStringLiteral("category"), toCode(r.category)},
                                           {QStringLiteral("dose"), r.dose},
                                           {QStringLiteral("from"), dateValue(r.from)},
                                           {QStringLiteral("to"), dateValue(r.to)}});
    }
    QJsonArray contacts;
    for (const PlannedContact &c : plan.contacts) {
        contacts.append(QJsonObject{{QStringLiteral("week"), c.week},
                                    {QStringLiteral("date"), dateValue(c.date)},
                                    {QStringLiteral("purpose"), c.purpose},
                                    {QStringLiteral("checks"), strings(c.checks)},
                                    {QStringLiteral("discussed"), strings(c.discussed)}});
    }
    QJsonArray scans;
    for (const ScanWindow &s : plan.scans) {
        scans.append(QJsonObject{{QStringLiteral("code"), s.code},
                                 {QStringLiteral("from"), dateValue(s.from)},
                                 {QStringLiteral("to"), dateValue(s.to)}});
    }
    QJsonArray places;
    for (const BirthPlaceAdvice &p : plan.birthPlaces) {
        places.append(QJsonObject{{QStringLiteral("setting"), codes::toCode(p.setting)},
                                  {QStringLiteral("advice"), toCode(p.advice)},
                                  {QStringLiteral("reasons"), strings(p.reasons)}});
    }
    return compact(QJsonObject{
        {QStringLiteral("edd"), dateValue(plan.edd)},
        {QStringLiteral("eddMethod"), eddMethodCode(plan.eddMethod)},
        {QStringLiteral("gestationDaysAtBooking"), plan.gestationAtBooking.days},
        {QStringLiteral("ageAtBooking"), plan.ageAtBooking},
        {QStringLiteral("bmi"), optionalNumber(plan.bmi)},
        {QStringLiteral("nulliparous"), plan.nulliparous},
        {QStringLiteral("firstPregnancy"), plan.firstPregnancy},
        {QStringLiteral("pathway"), toCode(plan.pathway)},
        {QStringLiteral("vteScore"), plan.vteScore},
        {QStringLiteral("recommendations"), recommendations},
        {QStringLiteral("contacts"), contacts},
        {QStringLiteral("scans"), scans},
        {QStringLiteral("birthPlaces"), places},
        {QStringLiteral("chosenPlaceOfBirth"), codes::toCode(plan.chosenPlaceOfBirth)},
        {QStringLiteral("warnings"), strings(plan.warnings)},
    });
}

QString encodeBooking(const Booking &booking)
{
    const Woman &w = booking.woman;
    const Pregnancy &p = booking.pregnancy;
    const BookingAssessment &a = booking.assessment;
    const QJsonValue scan =
        p.datingScan
            ? QJsonValue(QJsonObject{{QStringLiteral("date"), dateValue(p.datingScan->date)},
                                     {QStringLiteral("crlMm"), p.datingScan->crlMm}})
            : QJsonValue(QJsonValue::Null);
    const QJsonValue years = p.yearsSinceLastPregnancy ? QJsonValue(*p.yearsSinceLastPregnancy)
                                                       : QJsonValue(QJsonValue::Null);
    return compact(QJsonObject{
        {QStringLiteral("woman"),
         QJsonObject{{QStringLiteral("nhsNumber"), w.nhsNumber},
                     {QStringLiteral("givenName"), w.givenName},
                     {QStringLiteral("familyName"), w.familyName},
                     {QStringLiteral("dateOfBirth"), dateValue(w.dateOfBirth)},
                     {QStringLiteral("address"), w.address},
                     {QStringLiteral("postcode"), w.postcode},
                     {QStringLiteral("phone"), w.phone},
                     {QStringLiteral("gpPractice"), w.gpPractice},
                     {QStringLiteral("ethnicCategory"), w.ethnicCategory},
                     {QStringLiteral("preferredLanguage"), w.preferredLanguage},
                     {QStringLiteral("interpreterNeeded"), w.interpreterNeeded},
                     {QStringLiteral("social"), strings(w.social)}}},
        {QStringLiteral("pregnancy"),
         QJsonObject{{QStringLiteral("bookingDate"), dateValue(p.bookingDate)},
                     {QStringLiteral("lmp"), dateValue(p.lmp)},
                     {QStringLiteral("datingScan"), scan},
                     {QStringLiteral("fetuses"), p.fetuses},
                     {QStringLiteral("previousBirths"), p.previousBirths},
                     {QStringLiteral("previousLosses"), p.previousLosses},
                     {QStringLiteral("previousCaesareans"), p.previousCaesareans},
                     {QStringLiteral("yearsSinceLastPregnancy"), years},
                     {QStringLiteral("conception"), codes::toCode(p.conception)},
                     {QStringLiteral("status"), codes::toCode(p.status)}}},
        {QStringLiteral("assessment"),
         QJsonObject{
             {QStringLiteral("measurements"),
              QJsonObject{{QStringLiteral("heightCm"), optionalNumber(a.measurements.heightCm)},
                          {QStringLiteral("weightKg"), optionalNumber(a.measurements.weightKg)},
                          {QStringLiteral("coPpm"), optionalNumber(a.measurements.coPpm)}}},
             {QStringLiteral("smoking"), codes::toCode(a.smoking)},
             {QStringLiteral("conditions"), strings(a.conditions)},
             {QStringLiteral("mentalHealth"),
              QJsonObject{{QStringLiteral("lowMood"), a.mentalHealth.lowMood},
                          {QStringLiteral("littleInterest"), a.mentalHealth.littleInterest},
                          {QStringLiteral("gad2Score"), a.mentalHealth.gad2Score}}},
             {QStringLiteral("preferredPlaceOfBirth"), codes::toCode(a.preferredPlaceOfBirth)}}},
    });
}

std::optional<CarePlan> decodePlan(const QString &text, QString *error, int encoding)
{
    Problems problems;
    Fields top(parse(text, problems), QString(), problems);
    CarePlan plan;
    plan.edd = top.date(QStringLiteral("edd"));
    plan.eddMethod = top.code<EddMethod>(QStringLiteral("eddMethod"), eddMethodFromCode);
    plan.gestationAtBooking.days = top.integer(QStringLiteral("gestationDaysAtBooking"));
    plan.ageAtBooking = top.integer(QStringLiteral("ageAtBooking"));
    plan.bmi = top.optionalNumber(QStringLiteral("bmi"));
    plan.nulliparous = top.boolean(QStringLiteral("nulliparous"));
    plan.firstPregnancy = top.boolean(QStringLiteral("firstPregnancy"));
    plan.pathway = top.code<CarePathway>(QStringLiteral("pathway"), carePathwayFromCode);
    plan.vteScore = top.integer(QStringLiteral("vteScore"));

    const QString kRecommendations = QStringLiteral("recommendations");
    const QJsonArray recommendations = top.array(kRecommendations);
    for (qsizetype i = 0; i < recommendations.size(); ++i) {
        Fields r(recommendations.at(i), itemPath(top, kRecommendations, i), problems);
        Recommendation recommendation;
        recommendation.code = r.string(QStringLiteral("code"));
        recommendation.source = r.string(QStringLiteral("source"));
        recommendation.reasons = r.strings(QStringLiteral("reasons"));
        recommendation.category = r.code<RecommendationCategory>(QStringLiteral("category"),
                                                                 recommendationCategoryFromCode);
        if (encoding >= kRecommendationWindows) {
            recommendation.dose = r.string(QStringLiteral("dose"));
            recommendation.from = r.date(QStringLiteral("from"));
            recommendation.to = r.date(QStringLiteral("to"));
        }
        r.finish();
        plan.recommendations << recommendation;
    }
    const QString kContacts = QStringLiteral("contacts");
    const QJsonArray contacts = top.array(kContacts);
    for (qsizetype i = 0; i < contacts.size(); ++i) {
        Fields c(contacts.at(i), itemPath(top, kContacts, i), problems);
        PlannedContact contact;
        contact.week = c.integer(QStringLiteral("week"));
        contact.date = c.date(QStringLiteral("date"));
        contact.purpose = c.string(QStringLiteral("purpose"));
        contact.checks = c.strings(QStringLiteral("checks"));
        contact.discussed = c.strings(QStringLiteral("discussed"));
        c.finish();
        plan.contacts << contact;
    }
    const QString kScans = QStringLiteral("scans");
    const QJsonArray scans = top.array(kScans);
    for (qsizetype i = 0; i < scans.size(); ++i) {
        Fields s(scans.at(i), itemPath(top, kScans, i), problems);
        ScanWindow scan;
        scan.code = s.string(QStringLiteral("code"));
        scan.from = s.date(QStringLiteral("from"));
        scan.to = s.date(QStringLiteral("to"));
        s.finish();
        plan.scans << scan;
    }
    const QString kPlaces = QStringLiteral("birthPlaces");
    const QJsonArray places = top.array(kPlaces);
    for (qsizetype i = 0; i < places.size(); ++i) {
        Fields p(places.at(i), itemPath(top, kPlaces, i), problems);
        BirthPlaceAdvice advice;
        advice.setting =
            p.code<PlaceOfBirth>(QStringLiteral("setting"), codes::placeOfBirthFromCode);
        advice.advice =
            p.code<BirthPlaceAdviceKind>(QStringLiteral("advice"), birthPlaceAdviceFromCode);
        advice.reasons = p.strings(QStringLiteral("reasons"));
        p.finish();
        plan.birthPlaces << advice;
    }
    plan.chosenPlaceOfBirth =
        top.code<PlaceOfBirth>(QStringLiteral("chosenPlaceOfBirth"), codes::placeOfBirthFromCode);
    plan.warnings = top.strings(QStringLiteral("warnings"));
    top.finish();
    return result(plan, problems, "plan_json", error);
}

std::optional<Booking> decodeBooking(const QString &text, QString *error)
{
    Problems problems;
    Fields top(parse(text, problems), QString(), problems);
    Booking booking;

    Woman &w = booking.woman;
    Fields woman(top.need(QStringLiteral("woman")), QStringLiteral("woman"), problems);
    w.nhsNumber = woman.string(QStringLiteral("nhsNumber"));
    w.givenName = woman.string(QStringLiteral("givenName"));
    w.familyName = woman.string(QStringLiteral("familyName"));
    w.dateOfBirth = woman.date(QStringLiteral("dateOfBirth"));
    w.address = woman.string(QStringLiteral("address"));
    w.postcode = woman.string(QStringLiteral("postcode"));
    w.phone = woman.string(QStringLiteral("phone"));
    w.gpPractice = woman.string(QStringLiteral("gpPractice"));
    w.ethnicCategory = woman.string(QStringLiteral("ethnicCategory"));
    w.preferredLanguage = woman.string(QStringLiteral("preferredLanguage"));
    w.interpreterNeeded = woman.boolean(QStringLiteral("interpreterNeeded"));
    w.social = woman.strings(QStringLiteral("social"));
    woman.finish();

    Pregnancy &p = booking.pregnancy;
    Fields pregnancy(top.need(QStringLiteral("pregnancy")), QStringLiteral("pregnancy"), problems);
    p.bookingDate = pregnancy.date(QStringLiteral("bookingDate"));
    p.lmp = pregnancy.date(QStringLiteral("lmp"));
    const QString kScan = QStringLiteral("datingScan");
    if (const QJsonValue scan = pregnancy.need(kScan); !scan.isNull() && !scan.isUndefined()) {
        Fields s(scan, pregnancy.pathOf(kScan), problems);
        p.datingScan =
            DatingScan{s.date(QStringLiteral("date")), s.number(QStringLiteral("crlMm"))};
        s.finish();
    }
    p.fetuses = pregnancy.integer(QStringLiteral("fetuses"));
    p.previousBirths = pregnancy.integer(QStringLiteral("previousBirths"));
    p.previousLosses = pregnancy.integer(QStringLiteral("previousLosses"));
    p.previousCaesareans = pregnancy.integer(QStringLiteral("previousCaesareans"));
    p.yearsSinceLastPregnancy =
        pregnancy.optionalInteger(QStringLiteral("yearsSinceLastPregnancy"));
    p.conception =
        pregnancy.code<Conception>(QStringLiteral("conception"), codes::conceptionFromCode);
    p.status =
        pregnancy.code<PregnancyStatus>(QStringLiteral("status"), codes::pregnancyStatusFromCode);
    pregnancy.finish();

    BookingAssessment &a = booking.assessment;
    Fields assessment(top.need(QStringLiteral("assessment")), QStringLiteral("assessment"),
                      problems);
    const QString kMeasurements = QStringLiteral("measurements");
    Fields measurements(assessment.need(kMeasurements), assessment.pathOf(kMeasurements), problems);
    a.measurements.heightCm = measurements.optionalNumber(QStringLiteral("heightCm"));
    a.measurements.weightKg = measurements.optionalNumber(QStringLiteral("weightKg"));
    a.measurements.coPpm = measurements.optionalNumber(QStringLiteral("coPpm"));
    measurements.finish();
    a.smoking = assessment.code<Smoking>(QStringLiteral("smoking"), codes::smokingFromCode);
    a.conditions = assessment.strings(QStringLiteral("conditions"));
    const QString kMentalHealth = QStringLiteral("mentalHealth");
    Fields mental(assessment.need(kMentalHealth), assessment.pathOf(kMentalHealth), problems);
    a.mentalHealth.lowMood = mental.boolean(QStringLiteral("lowMood"));
    a.mentalHealth.littleInterest = mental.boolean(QStringLiteral("littleInterest"));
    a.mentalHealth.gad2Score = mental.integer(QStringLiteral("gad2Score"));
    mental.finish();
    a.preferredPlaceOfBirth = assessment.code<PlaceOfBirth>(QStringLiteral("preferredPlaceOfBirth"),
                                                            codes::placeOfBirthFromCode);
    assessment.finish();
    top.finish();
    return result(booking, problems, "booking_json", error);
}

} // namespace bb::storage::encoding
