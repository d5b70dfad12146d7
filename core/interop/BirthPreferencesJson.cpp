// SPDX-License-Identifier: MIT
#include "interop/BirthPreferencesJson.h"

#include "clinical/InputRules.h"
#include "clinical/NhsNumber.h"
#include "domain/Codes.h"
#include "interop/JsonReader.h"

#include <QSet>

namespace bb::interop {
namespace {

/// Adds an error for each key of `object` the format does not have at that place.
void rejectUnknownKeys(const QJsonObject &object, const QString &path,
                       std::initializer_list<const char *> known, FieldErrors &errors)
{
    QSet<QString> allowed;
    for (const char *key : known)
        allowed.insert(QString::fromLatin1(key));
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!allowed.contains(it.key()))
            errors.append(
                {path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key(),
                 QStringLiteral("is not part of %1").arg(QLatin1String(kBirthPreferencesFormat))});
    }
}

void checkCodes(const QStringList &codes, const QStringList &known, const QString &path,
                FieldErrors &errors)
{
    for (qsizetype i = 0; i < codes.size(); ++i) {
        if (!known.contains(codes.at(i)))
            errors.append({QStringLiteral("%1[%2]").arg(path).arg(i),
                           QStringLiteral("'%1' is not one of %2")
                               .arg(codes.at(i), known.join(QStringLiteral(", ")))});
    }
}

void readPainRelief(const QJsonObject &root, BirthPreferences &p, FieldErrors &errors)
{
    if (!root.contains(QLatin1String("pain_relief")))
        return;
    const Reader r(root, QString(), errors);
    const Reader pain = r.child("pain_relief");
    if (!root.value(QLatin1String("pain_relief")).isObject())
        return; // child() said so
    rejectUnknownKeys(root.value(QLatin1String("pain_relief")).toObject(),
                      QStringLiteral("pain_relief"), {"choices", "in_her_words"}, errors);
    p.painRelief = pain.orderedList("choices");
    checkCodes(p.painRelief, codes::birthPreferencePainReliefCodes(),
               QStringLiteral("pain_relief.choices"), errors);
    p.painReliefWords = pain.string("in_her_words");
    clinical::checkText(errors, p.painReliefWords, clinical::TextKind::Note,
                        QStringLiteral("pain_relief.in_her_words"));
}

void readFeeding(const QJsonObject &root, BirthPreferences &p, FieldErrors &errors)
{
    if (!root.contains(QLatin1String("feeding")))
        return;
    const Reader r(root, QString(), errors);
    const Reader feeding = r.child("feeding");
    if (!root.value(QLatin1String("feeding")).isObject())
        return;
    rejectUnknownKeys(root.value(QLatin1String("feeding")).toObject(), QStringLiteral("feeding"),
                      {"choice", "in_her_words"}, errors);
    p.feeding = feeding.string("choice");
    if (!p.feeding.isEmpty() && !codes::birthPreferenceFeedingCodes().contains(p.feeding))
        errors.append(
            {QStringLiteral("feeding.choice"),
             QStringLiteral("'%1' is not one of %2")
                 .arg(p.feeding, codes::birthPreferenceFeedingCodes().join(QStringLiteral(", ")))});
    p.feedingWords = feeding.string("in_her_words");
    clinical::checkText(errors, p.feedingWords, clinical::TextKind::Note,
                        QStringLiteral("feeding.in_her_words"));
}

bool saysNothing(const BirthPreferences &p)
{
    return !p.placeOfBirth && p.birthCompanions.isEmpty() && p.painRelief.isEmpty() &&
           p.painReliefWords.isEmpty() && p.feeding.isEmpty() && p.feedingWords.isEmpty() &&
           p.whatMatters.isEmpty();
}

} // namespace

BirthPreferencesParseResult parseBirthPreferences(const QByteArray &json, const QDate &today)
{
    BirthPreferencesParseResult result;
    FieldErrors &errors = result.errors;
    const std::optional<QJsonObject> document = jsonObjectOf(json, errors);
    if (!document)
        return result;
    rejectUnknownKeys(*document, QString(),
                      {"format", "nhs_number", "written_on", "place_of_birth", "birth_companions",
                       "pain_relief", "feeding", "what_matters"},
                      errors);
    const Reader root(*document, QString(), errors);
    root.requireFormat(kBirthPreferencesFormat);

    BirthPreferences p;
    const QString nhsNumber = root.string("nhs_number", true);
    if (!nhsNumber.isEmpty()) {
        const QString problem = clinical::nhs::identifierProblem(nhsNumber);
        if (problem.isEmpty())
            p.nhsNumber = clinical::nhs::normalise(nhsNumber);
        else
            root.fail("nhs_number", problem);
    }
    p.writtenOn = root.date("written_on");
    if (!root.has("written_on"))
        root.fail("written_on", QStringLiteral("is required"));
    else if (p.writtenOn.isValid() && p.writtenOn > today)
        root.fail("written_on",
                  QStringLiteral("is after today (%1)").arg(today.toString(Qt::ISODate)));

    const QString place = root.string("place_of_birth");
    if (!place.isEmpty()) {
        p.placeOfBirth = codes::placeOfBirthFromCode(place);
        if (!p.placeOfBirth)
            root.fail("place_of_birth",
                      QStringLiteral("'%1' is not one of %2")
                          .arg(place, codes::placeOfBirthCodes().join(QStringLiteral(", "))));
    }
    p.birthCompanions = root.orderedList("birth_companions");
    for (qsizetype i = 0; i < p.birthCompanions.size(); ++i) {
        const QString path = QStringLiteral("birth_companions[%1]").arg(i);
        if (p.birthCompanions.at(i).trimmed().isEmpty())
            errors.append({path, QStringLiteral("is empty")});
        clinical::checkText(errors, p.birthCompanions.at(i), clinical::TextKind::Line, path);
    }
    readPainRelief(*document, p, errors);
    readFeeding(*document, p, errors);
    p.whatMatters = root.string("what_matters");
    clinical::checkText(errors, p.whatMatters, clinical::TextKind::Note,
                        QStringLiteral("what_matters"));
    if (errors.isEmpty() && saysNothing(p))
        errors.append({QStringLiteral("$"),
                       QStringLiteral("says none of her preferences: give at least one of "
                                      "place_of_birth, birth_companions, pain_relief, feeding, "
                                      "what_matters")});
    if (errors.isEmpty())
        result.preferences = p;
    return result;
}

QJsonObject birthPreferencesToJson(const BirthPreferences &p)
{
    QJsonObject out{{QStringLiteral("format"), QString::fromLatin1(kBirthPreferencesFormat)},
                    {QStringLiteral("nhs_number"), p.nhsNumber},
                    {QStringLiteral("written_on"), p.writtenOn.toString(Qt::ISODate)}};
    if (p.placeOfBirth)
        out.insert(QStringLiteral("place_of_birth"), codes::toCode(*p.placeOfBirth));
    if (!p.birthCompanions.isEmpty())
        out.insert(QStringLiteral("birth_companions"),
                   QJsonArray::fromStringList(p.birthCompanions));
    if (!p.painRelief.isEmpty() || !p.painReliefWords.isEmpty()) {
        QJsonObject pain{{QStringLiteral("choices"), QJsonArray::fromStringList(p.painRelief)}};
        if (!p.painReliefWords.isEmpty())
            pain.insert(QStringLiteral("in_her_words"), p.painReliefWords);
        out.insert(QStringLiteral("pain_relief"), pain);
    }
    if (!p.feeding.isEmpty() || !p.feedingWords.isEmpty()) {
        QJsonObject feeding;
        if (!p.feeding.isEmpty())
            feeding.insert(QStringLiteral("choice"), p.feeding);
        if (!p.feedingWords.isEmpty())
            feeding.insert(QStringLiteral("in_her_words"), p.feedingWords);
        out.insert(QStringLiteral("feeding"), feeding);
    }
    if (!p.whatMatters.isEmpty())
        out.insert(QStringLiteral("what_matters"), p.whatMatters);
    return out;
}

} // namespace bb::interop
