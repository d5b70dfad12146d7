// SPDX-License-Identifier: MIT
#include "cli/ContactCommands.h"

#include "cli/CommandSupport.h"
#include "cli/OptionReaders.h"
#include "clinical/ConditionCodes.h"
#include "clinical/ContactRules.h"
#include "domain/Codes.h"
#include "util/Clock.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <variant>

namespace bb::cli {
namespace {

/// The contact's values as their options, so a refusal names what to fix.
QStringList asOptions(const FieldErrors &errors)
{
    static const QHash<QString, QString> options{
        {QStringLiteral("date"), QStringLiteral("--date")},
        {QStringLiteral("clinician"), QStringLiteral("--clinician")},
        {QStringLiteral("attended"), QStringLiteral("--attended")},
        {QStringLiteral("bp"), QStringLiteral("--bp")},
        {QStringLiteral("sfh_cm"), QStringLiteral("--sfh-cm")},
        {QStringLiteral("co_ppm"), QStringLiteral("--co-ppm")},
        {QStringLiteral("conditions"), QStringLiteral("--condition")},
        {QStringLiteral("venue"), QStringLiteral("--venue")},
        {QStringLiteral("notes"), QStringLiteral("--notes")},
        {QStringLiteral("pregnancy"), QStringLiteral("--nhs-number")},
        {QStringLiteral("appointment.clinician_id"), QStringLiteral("--clinician")},
        {QStringLiteral("appointment.date"), QStringLiteral("--date")},
    };
    return cli::asOptions(errors, options);
}

QJsonValue planChangeJson(const clinical::PathwayChange &change)
{
    if (change.isEmpty())
        return QJsonValue::Null;
    QJsonObject places;
    for (const clinical::BirthPlaceChange &p : change.birthPlaces) {
        places.insert(codes::toCode(p.setting),
                      QJsonObject{{QStringLiteral("from"), toCode(p.from)},
                                  {QStringLiteral("to"), toCode(p.to)}});
    }
    return QJsonObject{
        {QStringLiteral("pathway"),
         change.changesPathway()
             ? QJsonValue(QJsonObject{{QStringLiteral("from"), toCode(change.pathwayFrom)},
                                      {QStringLiteral("to"), toCode(change.pathwayTo)}})
             : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("birth_places"), places}};
}

template <typename T> QJsonValue orNull(const std::optional<T> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonObject contactJson(const care::ContactReview &r)
{
    const AntenatalContact &c = r.contact;
    return QJsonObject{
        {QStringLiteral("contact_id"), c.id},
        {QStringLiteral("date"), c.date.toString(Qt::ISODate)},
        {QStringLiteral("gestation"), r.assessment.gestation.toString()},
        {QStringLiteral("clinician_id"), c.clinicianId},
        {QStringLiteral("venue"), c.venue},
        {QStringLiteral("attended"), c.attended},
        {QStringLiteral("bp"), c.bloodPressure ? QJsonValue(QStringLiteral("%1/%2")
                                                                .arg(c.bloodPressure->systolic)
                                                                .arg(c.bloodPressure->diastolic))
                                               : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("urine_protein"), codes::toCode(c.urineProtein)},
        {QStringLiteral("urine_glucose"), codes::toCode(c.urineGlucose)},
        {QStringLiteral("sfh_cm"), orNull(c.sfhCm)},
        {QStringLiteral("fetal_heart"), orNull(c.fetalHeartHeard)},
        {QStringLiteral("movements"), codes::toCode(c.movements)},
        {QStringLiteral("presentation"), codes::toCode(c.presentation)},
        {QStringLiteral("co_ppm"), orNull(c.coPpm)},
        {QStringLiteral("conditions"), QJsonArray::fromStringList(c.conditions)},
        {QStringLiteral("notes"), c.notes},
        {QStringLiteral("actions"), actionsJson(r.assessment.actions)},
        {QStringLiteral("recorded_by"), r.recordedBy},
    };
}

/// `--db` open and her latest pregnancy found by `--nhs-number`, for a command whose
/// arguments are checked; otherwise the exit status, with why written to `err`.
struct HerPregnancy
{
    ClinicRun run;
    Pregnancy pregnancy;
    QString who; ///< "Name (NHS number)"
};
std::variant<HerPregnancy, int> openHerPregnancy(const Arguments &arguments, const Clock &clock,
                                                 QTextStream &err)
{
    if (!arguments.ok())
        return badArguments(arguments, err);
    auto run = openClinic(arguments, clock, err);
    if (!run)
        return kFailed;
    QStringList problems;
    QString who;
    const auto pregnancy = latestPregnancy(*run, arguments, problems, &who);
    if (!problems.isEmpty())
        return refuse(problems, err);
    return HerPregnancy{std::move(*run), *pregnancy, who};
}

} // namespace

int runRecordContact(const QStringList &args, const Clock &clock, QTextStream &out,
                     QTextStream &err)
{
    Arguments arguments =
        parseOptions(args,
                     {"db", "nhs-number", "date", "clinician", "attended", "venue", "bp",
                      "urine-protein", "urine-glucose", "sfh-cm", "fetal-heart", "movements",
                      "presentation", "co-ppm", "condition", "notes", "format"},
                     {"db", "nhs-number", "date", "clinician", "attended"}, {"text", "json"});
    AntenatalContact contact;
    contact.date = dateOption(arguments, "date");
    contact.clinicianId = idOption(arguments, "clinician");
    contact.attended = yesNoOption(arguments, "attended").value_or(true);
    contact.venue = arguments.value("venue").trimmed();
    contact.notes = arguments.value("notes").trimmed();
    contact.bloodPressure = bpOption(arguments);
    const QStringList urine{QStringLiteral("negative"), QStringLiteral("trace"),
                            QStringLiteral("1+"),       QStringLiteral("2+"),
                            QStringLiteral("3+"),       QStringLiteral("4+")};
    contact.urineProtein =
        codeOption(arguments, "urine-protein", codes::dipstickFromCode, urine, Dipstick::NotTested);
    contact.urineGlucose =
        codeOption(arguments, "urine-glucose", codes::dipstickFromCode, urine, Dipstick::NotTested);
    contact.sfhCm = numberOption(arguments, "sfh-cm", "centimetres");
    contact.coPpm = numberOption(arguments, "co-ppm", "parts per million");
    contact.fetalHeartHeard = yesNoOption(arguments, "fetal-heart");
    contact.movements =
        codeOption(arguments, "movements", codes::movementsFromCode,
                   {QStringLiteral("normal"), QStringLiteral("reduced")}, Movements::NotDiscussed);
    contact.presentation = codeOption(arguments, "presentation", codes::presentationFromCode,
                                      {QStringLiteral("cephalic"), QStringLiteral("breech"),
                                       QStringLiteral("transverse"), QStringLiteral("unsure")},
                                      Presentation::NotRecorded);
    for (const QString &code : arguments.values("condition")) {
        if (!clinical::isKnownCondition(code))
            arguments.fail(QStringLiteral("--condition: '%1' is not a condition code").arg(code));
        else if (!contact.conditions.contains(code))
            contact.conditions << code;
    }
    // What needs no database is reported with the options' own problems, all in one run.
    for (const QString &line : asOptions(clinical::contactProblems(contact, {}, clock.today()))) {
        if (!arguments.errors().contains(line) && !line.startsWith(QLatin1String("--clinician")))
            arguments.fail(line);
    }
    if (!arguments.ok())
        return badArguments(arguments, err);
    const auto run = openClinic(arguments, clock, err);
    if (!run)
        return kFailed;

    QStringList problems;
    QString who;
    const auto pregnancy = latestPregnancy(*run, arguments, problems, &who);
    const auto person =
        clinician(run->clinic->staffing, "clinician", contact.clinicianId, problems);
    if (!problems.isEmpty())
        return refuse(problems, err);
    contact.pregnancyId = pregnancy->id;
    const auto recorded = run->clinic->contacts.record(contact, run->actor);
    if (recorded.invalid())
        return refuse(asOptions(recorded.fieldErrors()), err);
    if (!recorded) {
        err << "not recorded: " << recorded.message() << Qt::endl;
        return kFailed;
    }
    if (arguments.value("format") == QLatin1String("json")) {
        writeJson(out, QJsonObject{
                           {QStringLiteral("contact_id"), recorded->contact.id},
                           {QStringLiteral("gestation"), recorded->assessment.gestation.toString()},
                           {QStringLiteral("actions"), actionsJson(recorded->assessment.actions)},
                           {QStringLiteral("plan_change"), planChangeJson(recorded->planChange)}});
        return kDone;
    }
    out << "Recorded an antenatal contact with " << person->name << " on "
        << contact.date.toString(Qt::ISODate) << " for " << who << ": "
        << (contact.attended ? "attended" : "did not attend") << " ("
        << recorded->assessment.gestation.toString() << ")." << Qt::endl;
    writeActions(out, recorded->assessment.actions, QStringLiteral("  "));
    if (!recorded->planChange.isEmpty())
        out << "Her diagnoses change her plan's pathway or birth-place advice: take it with "
               "`take-plan-change`."
            << Qt::endl;
    return kDone;
}

int runContacts(const QStringList &args, const Clock &clock, QTextStream &out, QTextStream &err)
{
    const Arguments arguments =
        parseOptions(args, {"db", "nhs-number", "format"}, {"db", "nhs-number"}, {"text", "json"});
    auto opened = openHerPregnancy(arguments, clock, err);
    if (const int *status = std::get_if<int>(&opened))
        return *status;
    const HerPregnancy &her = std::get<HerPregnancy>(opened);
    const QString &who = her.who;
    const auto contacts = her.run.clinic->contacts.contactsOf(her.pregnancy.id);
    if (!contacts) {
        err << "contacts cannot be read: " << contacts.message() << Qt::endl;
        return kFailed;
    }
    if (arguments.value("format") == QLatin1String("json")) {
        QJsonArray list;
        for (const care::ContactReview &r : contacts.value())
            list.append(contactJson(r));
        writeJson(out,
                  QJsonObject{{QStringLiteral("format"), QStringLiteral("bbclinic-contacts/1")},
                              {QStringLiteral("nhs_number"),
                               arguments.value("nhs-number").remove(QLatin1Char(' '))},
                              {QStringLiteral("contacts"), list}});
        return kDone;
    }
    out << "Antenatal contacts for " << who << ": " << contacts->size() << Qt::endl;
    for (const care::ContactReview &r : contacts.value()) {
        const AntenatalContact &c = r.contact;
        QStringList measured;
        if (c.bloodPressure)
            measured << QStringLiteral("BP %1/%2")
                            .arg(c.bloodPressure->systolic)
                            .arg(c.bloodPressure->diastolic);
        if (c.urineProtein != Dipstick::NotTested)
            measured << QStringLiteral("protein %1").arg(codes::label(c.urineProtein));
        if (c.urineGlucose != Dipstick::NotTested)
            measured << QStringLiteral("glucose %1").arg(codes::label(c.urineGlucose));
        if (c.sfhCm)
            measured << QStringLiteral("SFH %1 cm").arg(*c.sfhCm);
        if (c.coPpm)
            measured << QStringLiteral("CO %1 ppm").arg(*c.coPpm);
        if (!c.conditions.isEmpty())
            measured << QStringLiteral("diagnosed %1").arg(c.conditions.join(QStringLiteral(", ")));
        out << c.date.toString(Qt::ISODate) << " (" << r.assessment.gestation.toString() << ") "
            << (c.attended ? "attended" : "did not attend")
            << (measured.isEmpty() ? QString()
                                   : QStringLiteral(": ") + measured.join(QStringLiteral("; ")))
            << Qt::endl;
        writeActions(out, r.assessment.actions, QStringLiteral("  "));
    }
    return kDone;
}

int runTakePlanChange(const QStringList &args, const Clock &clock, QTextStream &out,
                      QTextStream &err)
{
    const Arguments arguments = parseOptions(args, {"db", "nhs-number"}, {"db", "nhs-number"});
    auto opened = openHerPregnancy(arguments, clock, err);
    if (const int *status = std::get_if<int>(&opened))
        return *status;
    const HerPregnancy &her = std::get<HerPregnancy>(opened);
    const QString &who = her.who;
    const auto taken = her.run.clinic->contacts.takePlanChange(her.pregnancy.id, her.run.actor);
    if (taken.invalid())
        return refuse(asOptions(taken.fieldErrors()), err);
    if (!taken) {
        err << "not taken: " << taken.message() << Qt::endl;
        return kFailed;
    }
    out << "Made version " << taken->version << " of the care plan for " << who << ": "
        << label(taken->plan.pathway).toLower() << "." << Qt::endl;
    for (const BirthPlaceAdvice &p : taken->plan.birthPlaces)
        out << "  " << codes::label(p.setting) << ": " << label(p.advice) << Qt::endl;
    return kDone;
}

} // namespace bb::cli
