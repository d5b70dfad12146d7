// SPDX-License-Identifier: MIT
#include "interop/CarePlanJson.h"

#include "clinical/NhsNumber.h"
#include "domain/Codes.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace bb::interop {
namespace {

QString dateText(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

QJsonArray stringArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

/// Reads values under a path and collects every problem, so a damaged stored plan reports
/// all of them at once.
class Reader
{
public:
    explicit Reader(FieldErrors &errors) : m_errors(errors) {}

    void fail(const QString &path, const QString &message)
    {
        m_errors << FieldError{path, message};
    }

    QJsonValue need(const QJsonObject &o, const QString &key, const QString &path)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            fail(path, QStringLiteral("is required"));
        return v;
    }
    QString string(const QJsonObject &o, const QString &key, const QString &path)
    {
        const QJsonValue v = need(o, key, path);
        if (!v.isUndefined() && !v.isString())
            fail(path, QStringLiteral("must be a string"));
        return v.toString();
    }
    /// A date that may be absent (a recommendation with no window): null then.
    QDate optionalDate(const QJsonObject &o, const QString &key, const QString &path)
    {
        return o.contains(key) ? date(o, key, path) : QDate();
    }
    QString optionalString(const QJsonObject &o, const QString &key, const QString &path)
    {
        return o.contains(key) ? string(o, key, path) : QString();
    }
    QDate date(const QJsonObject &o, const QString &key, const QString &path)
    {
        const QString text = string(o, key, path);
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (!text.isEmpty() && !d.isValid())
            fail(path, QStringLiteral("'%1' is not a date (YYYY-MM-DD)").arg(text));
        return d;
    }
    int integer(const QJsonObject &o, const QString &key, const QString &path)
    {
        const QJsonValue v = need(o, key, path);
        if (!v.isUndefined() && !v.isDouble())
            fail(path, QStringLiteral("must be a number"));
        return v.toInt();
    }
    bool boolean(const QJsonObject &o, const QString &key, const QString &path)
    {
        const QJsonValue v = need(o, key, path);
        if (!v.isUndefined() && !v.isBool())
            fail(path, QStringLiteral("must be true or false"));
        return v.toBool();
    }
    QStringList strings(const QJsonObject &o, const QString &key, const QString &path)
    {
        QStringList list;
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return list; // lists may be absent: empty
        if (!v.isArray()) {
            fail(path, QStringLiteral("must be a list"));
            return list;
        }
        const QJsonArray array = v.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array.at(i).isString())
                fail(QStringLiteral("%1[%2]").arg(path).arg(i), QStringLiteral("must be a string"));
            list << array.at(i).toString();
        }
        return list;
    }
    QJsonArray objects(const QJsonObject &o, const QString &key, const QString &path)
    {
        const QJsonValue v = o.value(key);
        if (!v.isUndefined() && !v.isArray())
            fail(path, QStringLiteral("must be a list"));
        return v.toArray();
    }
    template <typename T, typename F>
    T code(const QJsonObject &o, const QString &key, const QString &path, F fromCode)
    {
        const QString text = string(o, key, path);
        const std::optional<T> value = fromCode(text);
        if (!value) {
            if (!text.isEmpty())
                fail(path, QStringLiteral("unknown value '%1'").arg(text));
            return T{};
        }
        return *value;
    }

private:
    FieldErrors &m_errors;
};

std::optional<Gestation> gestationFromText(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,2})\\+([0-6])$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    return Gestation::fromWeeks(match.captured(1).toInt(), match.captured(2).toInt());
}

std::optional<EddMethod> eddMethodFromCode(const QString &code)
{
    if (code == QLatin1String("crl"))
        return EddMethod::Crl;
    if (code == QLatin1String("lmp"))
        return EddMethod::Lmp;
    return std::nullopt;
}

} // namespace

QJsonObject carePlanToJson(const Booking &booking, const CarePlan &plan)
{
    QJsonArray recommendations;
    for (const Recommendation &r : plan.recommendations) {
        QJsonObject o{{QStringLiteral("code"), r.code},
                      {QStringLiteral("source"), r.source},
                      {QStringLiteral("category"), toCode(r.category)},
                      {QStringLiteral("reasons"), stringArray(r.reasons)}};
        if (!r.dose.isEmpty())
            o.insert(QStringLiteral("dose"), r.dose);
        if (r.hasWindow()) {
            o.insert(QStringLiteral("from"), dateText(r.from));
            o.insert(QStringLiteral("to"), dateText(r.to));
        }
        recommendations.append(o);
    }
    QJsonArray contacts;
    for (const PlannedContact &c : plan.contacts) {
        contacts.append(QJsonObject{{QStringLiteral("week"), c.week},
                                    {QStringLiteral("date"), dateText(c.date)},
                                    {QStringLiteral("purpose"), c.purpose},
                                    {QStringLiteral("checks"), stringArray(c.checks)},
                                    {QStringLiteral("discussed"), stringArray(c.discussed)}});
    }
    QJsonArray scans;
    for (const ScanWindow &s : plan.scans) {
        scans.append(QJsonObject{{QStringLiteral("code"), s.code},
                                 {QStringLiteral("from"), dateText(s.from)},
                                 {QStringLiteral("to"), dateText(s.to)}});
    }
    QJsonArray places;
    for (const BirthPlaceAdvice &p : plan.birthPlaces) {
        places.append(QJsonObject{{QStringLiteral("setting"), codes::toCode(p.setting)},
                                  {QStringLiteral("advice"), toCode(p.advice)},
                                  {QStringLiteral("reasons"), stringArray(p.reasons)}});
    }
    const Woman &woman = booking.woman;
    return QJsonObject{
        {QStringLiteral("format"), QString::fromLatin1(kCarePlanFormat)},
        {QStringLiteral("woman"),
         QJsonObject{{QStringLiteral("nhs_number"), clinical::nhs::normalise(woman.nhsNumber)},
                     {QStringLiteral("name"), woman.fullName()},
                     {QStringLiteral("date_of_birth"), dateText(woman.dateOfBirth)}}},
        {QStringLiteral("edd"), dateText(plan.edd)},
        {QStringLiteral("edd_method"), toCode(plan.eddMethod)},
        {QStringLiteral("gestation_at_booking"), plan.gestationAtBooking.toString()},
        {QStringLiteral("age_at_booking"), plan.ageAtBooking},
        {QStringLiteral("bmi"), plan.bmi ? QJsonValue(*plan.bmi) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("nulliparous"), plan.nulliparous},
        {QStringLiteral("first_pregnancy"), plan.firstPregnancy},
        {QStringLiteral("pathway"), toCode(plan.pathway)},
        {QStringLiteral("vte_score"), plan.vteScore},
        {QStringLiteral("recommendations"), recommendations},
        {QStringLiteral("contacts"), contacts},
        {QStringLiteral("scans"), scans},
        {QStringLiteral("birth_places"), places},
        {QStringLiteral("chosen_place_of_birth"), codes::toCode(plan.chosenPlaceOfBirth)},
        {QStringLiteral("warnings"), stringArray(plan.warnings)},
    };
}

CarePlanReadResult carePlanFromJson(const QJsonObject &json)
{
    CarePlanReadResult result;
    Reader r(result.errors);
    const QString format = r.string(json, QStringLiteral("format"), QStringLiteral("format"));
    if (!format.isEmpty() && format != QLatin1String(kCarePlanFormat))
        r.fail(QStringLiteral("format"),
               QStringLiteral("'%1' is not %2").arg(format, QLatin1String(kCarePlanFormat)));

    const QJsonObject woman = json.value(QStringLiteral("woman")).toObject();
    result.nhsNumber =
        r.string(woman, QStringLiteral("nhs_number"), QStringLiteral("woman.nhs_number"));
    result.name = r.string(woman, QStringLiteral("name"), QStringLiteral("woman.name"));
    result.dateOfBirth =
        r.date(woman, QStringLiteral("date_of_birth"), QStringLiteral("woman.date_of_birth"));

    CarePlan plan;
    plan.edd = r.date(json, QStringLiteral("edd"), QStringLiteral("edd"));
    plan.eddMethod = r.code<EddMethod>(json, QStringLiteral("edd_method"),
                                       QStringLiteral("edd_method"), eddMethodFromCode);
    const QString gestation = r.string(json, QStringLiteral("gestation_at_booking"),
                                       QStringLiteral("gestation_at_booking"));
    if (const auto g = gestationFromText(gestation))
        plan.gestationAtBooking = *g;
    else
        r.fail(QStringLiteral("gestation_at_booking"), QStringLiteral("must be written W+D"));
    plan.ageAtBooking =
        r.integer(json, QStringLiteral("age_at_booking"), QStringLiteral("age_at_booking"));
    const QJsonValue bmi = json.value(QStringLiteral("bmi"));
    if (bmi.isDouble())
        plan.bmi = bmi.toDouble();
    else if (!bmi.isNull() && !bmi.isUndefined())
        r.fail(QStringLiteral("bmi"), QStringLiteral("must be a number or null"));
    plan.nulliparous =
        r.boolean(json, QStringLiteral("nulliparous"), QStringLiteral("nulliparous"));
    plan.firstPregnancy =
        r.boolean(json, QStringLiteral("first_pregnancy"), QStringLiteral("first_pregnancy"));
    plan.pathway = r.code<CarePathway>(json, QStringLiteral("pathway"), QStringLiteral("pathway"),
                                       carePathwayFromCode);
    plan.vteScore = r.integer(json, QStringLiteral("vte_score"), QStringLiteral("vte_score"));

    const QJsonArray recs =
        r.objects(json, QStringLiteral("recommendations"), QStringLiteral("recommendations"));
    for (qsizetype i = 0; i < recs.size(); ++i) {
        const QString path = QStringLiteral("recommendations[%1].").arg(i);
        const QJsonObject o = recs.at(i).toObject();
        plan.recommendations << Recommendation{
            r.string(o, QStringLiteral("code"), path + QStringLiteral("code")),
            r.string(o, QStringLiteral("source"), path + QStringLiteral("source")),
            r.strings(o, QStringLiteral("reasons"), path + QStringLiteral("reasons")),
            r.code<RecommendationCategory>(o, QStringLiteral("category"),
                                           path + QStringLiteral("category"),
                                           recommendationCategoryFromCode),
            r.optionalString(o, QStringLiteral("dose"), path + QStringLiteral("dose")),
            r.optionalDate(o, QStringLiteral("from"), path + QStringLiteral("from")),
            r.optionalDate(o, QStringLiteral("to"), path + QStringLiteral("to"))};
    }
    const QJsonArray contacts =
        r.objects(json, QStringLiteral("contacts"), QStringLiteral("contacts"));
    for (qsizetype i = 0; i < contacts.size(); ++i) {
        const QString path = QStringLiteral("contacts[%1].").arg(i);
        const QJsonObject o = contacts.at(i).toObject();
        plan.contacts << PlannedContact{
            r.integer(o, QStringLiteral("week"), path + QStringLiteral("week")),
            r.date(o, QStringLiteral("date"), path + QStringLiteral("date")),
            r.string(o, QStringLiteral("purpose"), path + QStringLiteral("purpose")),
            r.strings(o, QStringLiteral("checks"), path + QStringLiteral("checks")),
            r.strings(o, QStringLiteral("discussed"), path + QStringLiteral("discussed"))};
    }
    const QJsonArray scans = r.objects(json, QStringLiteral("scans"), QStringLiteral("scans"));
    for (qsizetype i = 0; i < scans.size(); ++i) {
        const QString path = QStringLiteral("scans[%1].").arg(i);
        const QJsonObject o = scans.at(i).toObject();
        plan.scans << ScanWindow{r.string(o, QStringLiteral("code"), path + QStringLiteral("code")),
                                 r.date(o, QStringLiteral("from"), path + QStringLiteral("from")),
                                 r.date(o, QStringLiteral("to"), path + QStringLiteral("to"))};
    }
    const QJsonArray places =
        r.objects(json, QStringLiteral("birth_places"), QStringLiteral("birth_places"));
    for (qsizetype i = 0; i < places.size(); ++i) {
        const QString path = QStringLiteral("birth_places[%1].").arg(i);
        const QJsonObject o = places.at(i).toObject();
        plan.birthPlaces << BirthPlaceAdvice{
            r.code<PlaceOfBirth>(o, QStringLiteral("setting"), path + QStringLiteral("setting"),
                                 codes::placeOfBirthFromCode),
            r.code<BirthPlaceAdviceKind>(o, QStringLiteral("advice"),
                                         path + QStringLiteral("advice"), birthPlaceAdviceFromCode),
            r.strings(o, QStringLiteral("reasons"), path + QStringLiteral("reasons"))};
    }
    plan.chosenPlaceOfBirth =
        r.code<PlaceOfBirth>(json, QStringLiteral("chosen_place_of_birth"),
                             QStringLiteral("chosen_place_of_birth"), codes::placeOfBirthFromCode);
    plan.warnings = r.strings(json, QStringLiteral("warnings"), QStringLiteral("warnings"));

    if (result.errors.isEmpty())
        result.plan = plan;
    return result;
}

} // namespace bb::interop
