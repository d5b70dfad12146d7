// SPDX-License-Identifier: MIT
#include "cli/BirthCommands.h"

#include "cli/CommandSupport.h"
#include "cli/OptionReaders.h"
#include "domain/Codes.h"
#include "domain/PostnatalContact.h"
#include "util/Clock.h"

#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>

namespace bb::cli {
namespace {

/// The birth's values as their options, so a refusal names what to fix.
QStringList asOptions(const FieldErrors &errors)
{
    static const QHash<QString, QString> options{
        {QStringLiteral("date"), QStringLiteral("--date")},
        {QStringLiteral("setting_change_reason"), QStringLiteral("--setting-reason")},
        {QStringLiteral("clinicians"), QStringLiteral("--clinicians")},
        {QStringLiteral("mode"), QStringLiteral("--mode")},
        {QStringLiteral("perineum"), QStringLiteral("--perineum")},
        {QStringLiteral("mid_cavity_or_rotational"), QStringLiteral("--mid-cavity")},
        {QStringLiteral("blood_loss_ml"), QStringLiteral("--blood-loss-ml")},
        {QStringLiteral("babies"), QStringLiteral("--baby")},
        {QStringLiteral("pregnancy"), QStringLiteral("--nhs-number")},
    };
    QStringList lines;
    for (const FieldError &e : errors) {
        // The first baby is the one the baby options give; the others are each a --baby.
        static const QRegularExpression baby(QStringLiteral("^babies\\[(\\d+)\\]\\.(\\w+)$"));
        if (const QRegularExpressionMatch m = baby.match(e.path); m.hasMatch()) {
            const int index = m.captured(1).toInt();
            const QString field = m.captured(2);
            lines << (index == 0 ? QStringLiteral("baby 1 (--outcome, --weight-g, --apgar) %1: %2")
                                 : QStringLiteral("baby %3 (--baby) %1: %2").arg(index + 1))
                         .arg(field, e.message);
            continue;
        }
        lines << QStringLiteral("%1: %2").arg(options.value(e.path, e.path), e.message);
    }
    return lines;
}

/// `9/10` or `3/6/8`: the Apgar scores at 1, 5 and (when below 7 at 5) 10 minutes.
bool readApgars(const QString &text, Baby &baby)
{
    static const QRegularExpression form(QStringLiteral("^(\\d{1,2})/(\\d{1,2})(?:/(\\d{1,2}))?$"));
    const QRegularExpressionMatch m = form.match(text.trimmed());
    if (!m.hasMatch())
        return false;
    baby.apgar1 = m.captured(1).toInt();
    baby.apgar5 = m.captured(2).toInt();
    if (!m.captured(3).isEmpty())
        baby.apgar10 = m.captured(3).toInt();
    return true;
}

/// `--baby OUTCOME:WEIGHT_G[:SEX[:APGARS]]`, one more baby of the birth.
std::optional<Baby> babyOption(Arguments &arguments, const QString &text)
{
    const QStringList parts = text.split(QLatin1Char(':'));
    Baby baby;
    baby.sex = BabySex::Indeterminate; // as the first baby, unless given
    bool ok = parts.size() >= 2 && parts.size() <= 4;
    if (ok) {
        const auto outcome = codes::babyOutcomeFromCode(parts.at(0));
        bool weightOk = false;
        baby.weightGrams = parts.at(1).toInt(&weightOk);
        ok = outcome && weightOk;
        if (outcome)
            baby.outcome = *outcome;
    }
    if (ok && parts.size() >= 3) {
        const auto sex = codes::babySexFromCode(parts.at(2));
        ok = sex.has_value();
        if (sex)
            baby.sex = *sex;
    }
    if (ok && parts.size() == 4)
        ok = readApgars(parts.at(3), baby);
    if (!ok) {
        arguments.fail(QStringLiteral("--baby: '%1' is not OUTCOME:WEIGHT_G[:SEX[:APGARS]], e.g. "
                                      "live_birth:2450:female:8/9")
                           .arg(text));
        return std::nullopt;
    }
    return baby;
}

QList<qint64> cliniciansOption(Arguments &arguments)
{
    QList<qint64> ids;
    for (const QString &part :
         arguments.value("clinicians").split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const qint64 id = part.trimmed().toLongLong(&ok);
        if (!ok || id <= 0)
            arguments.fail(
                QStringLiteral("--clinicians: '%1' is not a staff id").arg(part.trimmed()));
        else if (!ids.contains(id))
            ids << id;
    }
    return ids;
}

QString lmwhCode(clinical::PostnatalLmwh lmwh)
{
    switch (lmwh) {
    case clinical::PostnatalLmwh::TenDays:
        return QStringLiteral("ten_days");
    case clinical::PostnatalLmwh::SixWeeks:
        return QStringLiteral("six_weeks");
    case clinical::PostnatalLmwh::None:
        break;
    }
    return QStringLiteral("none");
}

QJsonObject savedJson(const care::BirthSaved &saved)
{
    const care::BirthRecord &r = saved.record;
    QJsonArray babies;
    for (const Baby &b : r.birth.babies)
        babies << QJsonObject{{QStringLiteral("id"), b.id},
                              {QStringLiteral("order"), b.order},
                              {QStringLiteral("outcome"), codes::toCode(b.outcome)},
                              {QStringLiteral("weight_g"), b.weightGrams}};
    QJsonArray contacts;
    for (const Appointment &a : saved.planned)
        contacts << QJsonObject{{QStringLiteral("date"), a.date.toString(Qt::ISODate)},
                                {QStringLiteral("clinician_id"), a.clinicianId}};
    QJsonArray bloodSpot;
    for (const clinical::BloodSpotDue &due : r.bloodSpot)
        bloodSpot << QJsonObject{
            {QStringLiteral("from"), due.first.from.toString(Qt::ISODate)},
            {QStringLiteral("to"), due.first.to.toString(Qt::ISODate)},
            {QStringLiteral("repeat"),
             due.repeat ? QJsonValue(due.repeat->toString(Qt::ISODate)) : QJsonValue()}};
    return {
        {QStringLiteral("birth_id"), r.birth.id},
        {QStringLiteral("gestation"),
         r.gestation ? QJsonValue(r.gestation->toString()) : QJsonValue()},
        {QStringLiteral("babies"), babies},
        {QStringLiteral("cancelled_appointments"), int(saved.cancelled.size())},
        {QStringLiteral("postnatal_contacts"), contacts},
        {QStringLiteral("not_planned"), QJsonArray::fromStringList(saved.notPlanned)},
        {QStringLiteral("postnatal_vte"),
         r.vte ? QJsonValue(QJsonObject{
                     {QStringLiteral("score"), r.vte->score.total()},
                     {QStringLiteral("lmwh"), lmwhCode(r.vte->lmwh)},
                     {QStringLiteral("consider_six_weeks"), r.vte->considerSixWeeks},
                     {QStringLiteral("reasons"), QJsonArray::fromStringList(r.vte->reasons)},
                     {QStringLiteral("source"), QStringLiteral("RCOG GTG 37a")}})
               : QJsonValue()},
        {QStringLiteral("blood_spot"), bloodSpot},
    };
}

} // namespace

int runRecordBirth(const QStringList &args, const Clock &clock, QTextStream &out, QTextStream &err)
{
    Arguments arguments = parseOptions(
        args,
        {"db",
         "nhs-number",
         "date",
         "time",
         "setting",
         "planned-setting",
         "setting-reason",
         "onset",
         "mode",
         "mid-cavity",
         "labour-over-24h",
         "blood-loss-ml",
         "transfused",
         "perineum",
         "clinicians",
         "outcome",
         "weight-g",
         "sex",
         "apgar",
         "resuscitation",
         "skin-to-skin",
         "first-feed",
         "vitamin-k",
         "baby",
         "format"},
        {"db", "nhs-number", "date", "setting", "mode", "clinicians", "outcome", "weight-g"},
        {"text", "json"});
    Birth birth;
    birth.date = dateOption(arguments, "date");
    if (arguments.has("time")) {
        birth.time = QTime::fromString(arguments.value("time"), QStringLiteral("HH:mm"));
        if (!birth.time.isValid())
            arguments.fail(QStringLiteral("--time: '%1' is not a time (HH:MM, 24-hour)")
                               .arg(arguments.value("time")));
    }
    birth.setting = codeOption(arguments, "setting", codes::birthSettingFromCode,
                               codes::birthSettingCodes(), BirthSetting::ObstetricUnit);
    birth.settingChangeReason = arguments.value("setting-reason").trimmed();
    birth.onset = codeOption(arguments, "onset", codes::labourOnsetFromCode,
                             codes::labourOnsetCodes(), LabourOnset::Spontaneous);
    birth.mode = codeOption(arguments, "mode", codes::birthModeFromCode, codes::birthModeCodes(),
                            BirthMode::SpontaneousVaginal);
    birth.midCavityOrRotational = yesNoOption(arguments, "mid-cavity").value_or(false);
    birth.labourOver24Hours = yesNoOption(arguments, "labour-over-24h").value_or(false);
    birth.transfused = yesNoOption(arguments, "transfused").value_or(false);
    birth.bloodLossMl = wholeOption(arguments, "blood-loss-ml", "millilitres").value_or(0);
    birth.perineum =
        codeOption(arguments, "perineum", codes::perineumFromCode, codes::perineumCodes(),
                   birth.isCaesarean() ? Perineum::NotApplicable : Perineum::NotRecorded);
    birth.attendants = cliniciansOption(arguments);

    Baby first;
    first.outcome = codeOption(arguments, "outcome", codes::babyOutcomeFromCode,
                               codes::babyOutcomeCodes(), BabyOutcome::LiveBirth);
    first.weightGrams = wholeOption(arguments, "weight-g", "grams").value_or(0);
    first.sex = codeOption(arguments, "sex", codes::babySexFromCode, codes::babySexCodes(),
                           BabySex::Indeterminate);
    if (arguments.has("apgar") && !readApgars(arguments.value("apgar"), first))
        arguments.fail(QStringLiteral("--apgar: '%1' is not APGAR1/APGAR5[/APGAR10], e.g. 9/10")
                           .arg(arguments.value("apgar")));
    first.resuscitation = yesNoOption(arguments, "resuscitation").value_or(false);
    first.skinToSkinFirstHour = yesNoOption(arguments, "skin-to-skin").value_or(false);
    first.firstFeed = codeOption(arguments, "first-feed", codes::firstFeedFromCode,
                                 codes::firstFeedCodes(), FirstFeed::NotYet);
    first.vitaminK = codeOption(arguments, "vitamin-k", codes::vitaminKFromCode,
                                codes::vitaminKCodes(), VitaminK::NotYet);
    birth.babies << first;
    for (const QString &text : arguments.values("baby")) {
        if (const auto more = babyOption(arguments, text))
            birth.babies << *more;
    }
    if (!arguments.ok())
        return badArguments(arguments, err);
    const auto run = openClinic(arguments, clock, err);
    if (!run)
        return kFailed;

    QStringList problems;
    QString who;
    const auto pregnancy = latestPregnancy(*run, arguments, problems, &who);
    if (!problems.isEmpty())
        return refuse(problems, err);
    birth.pregnancyId = pregnancy->id;
    // Planned where her plan chose, unless told otherwise; undecided, where she gave birth.
    birth.plannedSetting = birth.setting;
    if (arguments.has("planned-setting")) {
        birth.plannedSetting = codeOption(arguments, "planned-setting", codes::birthSettingFromCode,
                                          codes::birthSettingCodes(), birth.setting);
        if (!arguments.ok())
            return badArguments(arguments, err);
    } else if (const auto plan = run->clinic->carePlans.latest(pregnancy->id);
               plan && plan.value()) {
        birth.plannedSetting =
            birthSettingFor(plan.value()->chosenPlaceOfBirth).value_or(birth.setting);
    }
    const auto saved = run->clinic->births.record(birth, run->actor);
    if (saved.invalid())
        return refuse(asOptions(saved.fieldErrors()), err);
    if (!saved) {
        err << "not recorded: " << saved.message() << Qt::endl;
        return kFailed;
    }
    if (arguments.value("format") == QLatin1String("json")) {
        writeJson(out, savedJson(saved.value()));
        return kDone;
    }
    const care::BirthRecord &r = saved->record;
    out << "Recorded the birth for " << who << " on " << r.birth.date.toString(Qt::ISODate);
    if (r.gestation)
        out << " at " << r.gestation->toString();
    out << ": " << r.birth.babies.size() << (r.birth.babies.size() == 1 ? " baby" : " babies")
        << (pregnancy->status == PregnancyStatus::Loss
                ? "; her stillbirth stays recorded as the pregnancy's loss."
                : "; the pregnancy is delivered.")
        << Qt::endl;
    out << "Antenatal appointments cancelled: " << saved->cancelled.size() << Qt::endl;
    for (const Appointment &a : saved->planned)
        out << "Postnatal contact booked: " << a.date.toString(Qt::ISODate) << Qt::endl;
    for (const QString &line : saved->notPlanned)
        out << "Postnatal contact not booked: " << line << Qt::endl;
    if (!r.vte) {
        out << "Postnatal VTE (RCOG GTG 37a): cannot be assessed, her booking cannot be dated"
            << Qt::endl;
        return kDone;
    }
    out << "Postnatal VTE (RCOG GTG 37a): score " << r.vte->score.total() << ", "
        << clinical::postnatalLmwhAdvice(r.vte->lmwh);
    if (!r.vte->reasons.isEmpty())
        out << " (" << r.vte->reasons.join(QStringLiteral("; ")) << ")";
    out << Qt::endl;
    return kDone;
}

int runRecordPostnatal(const QStringList &args, const Clock &clock, QTextStream &out,
                       QTextStream &err)
{
    Arguments arguments =
        parseOptions(args,
                     {"db",
                      "nhs-number",
                      "date",
                      "clinician",
                      "role",
                      "attended",
                      "bp",
                      "temperature",
                      "low-mood",
                      "little-interest",
                      "gad2",
                      "feeding",
                      "contraception",
                      "notes",
                      "baby",
                      "baby-weight-g",
                      "jaundice",
                      "baby-feeding",
                      "blood-spot-taken",
                      "hearing-screened",
                      "examined",
                      "format"},
                     {"db", "nhs-number", "date", "clinician", "role"}, {"text", "json"});
    PostnatalContact contact;
    contact.date = dateOption(arguments, "date");
    contact.clinicianId = idOption(arguments, "clinician");
    contact.role = codeOption(arguments, "role", codes::postnatalRoleFromCode,
                              codes::postnatalRoleCodes(), PostnatalRole::Midwife);
    contact.attended = yesNoOption(arguments, "attended").value_or(true);
    contact.bloodPressure = bpOption(arguments);
    contact.temperatureC = numberOption(arguments, "temperature", "degrees Celsius");
    // The Whooley questions and GAD-2 are asked together: an answer never given is not a no.
    const int asked = int(arguments.has("gad2")) + int(arguments.has("low-mood")) +
                      int(arguments.has("little-interest"));
    if (asked == 3)
        contact.mentalHealth =
            MentalHealthAnswers{yesNoOption(arguments, "low-mood").value_or(false),
                                yesNoOption(arguments, "little-interest").value_or(false),
                                wholeOption(arguments, "gad2", "GAD-2 score").value_or(0)};
    else if (asked > 0)
        arguments.fail(QStringLiteral("--low-mood, --little-interest, --gad2: give all three "
                                      "answers, or none"));
    const QStringList feedingCodes{QStringLiteral("breast"), QStringLiteral("mixed"),
                                   QStringLiteral("formula")};
    contact.feeding = codeOption(arguments, "feeding", codes::feedingFromCode, feedingCodes,
                                 Feeding::NotDiscussed);
    contact.contraceptionDiscussed = yesNoOption(arguments, "contraception").value_or(false);
    contact.notes = arguments.value("notes").trimmed();
    // The baby options describe baby `--baby N` (the first when not given).
    const bool babySeen = arguments.has("baby-weight-g") || arguments.has("jaundice") ||
                          arguments.has("baby-feeding") || arguments.has("blood-spot-taken") ||
                          arguments.has("hearing-screened") || arguments.has("examined");
    BabyCheck check;
    const int babyOrder = wholeOption(arguments, "baby", "the baby's birth order").value_or(1);
    check.weightGrams = wholeOption(arguments, "baby-weight-g", "grams");
    check.jaundice = codeOption(
        arguments, "jaundice", codes::jaundiceFromCode,
        {QStringLiteral("none"), QStringLiteral("under_24h"), QStringLiteral("after_24h")},
        Jaundice::NotAssessed);
    check.feeding = codeOption(arguments, "baby-feeding", codes::feedingFromCode, feedingCodes,
                               Feeding::NotDiscussed);
    check.bloodSpotTaken = yesNoOption(arguments, "blood-spot-taken").value_or(false);
    check.hearingScreened = yesNoOption(arguments, "hearing-screened").value_or(false);
    check.physicalExamination = yesNoOption(arguments, "examined").value_or(false);
    if (!arguments.ok())
        return badArguments(arguments, err);
    const auto run = openClinic(arguments, clock, err);
    if (!run)
        return kFailed;

    QStringList problems;
    QString who;
    const auto pregnancy = latestPregnancy(*run, arguments, problems, &who);
    if (problems.isEmpty())
        clinician(run->clinic->staffing, "clinician", contact.clinicianId, problems);
    if (!problems.isEmpty())
        return refuse(problems, err);
    contact.pregnancyId = pregnancy->id;
    const auto birth = run->clinic->births.birthOf(pregnancy->id);
    if (!birth) {
        err << "not recorded: " << birth.message() << Qt::endl;
        return kFailed;
    }
    if (arguments.has("baby") && !babySeen)
        return refuse({QStringLiteral("--baby: give what was seen of the baby (--baby-weight-g, "
                                      "--jaundice...)")},
                      err);
    if (babySeen) {
        if (!birth.value() || babyOrder < 1 || babyOrder > birth.value()->birth.babies.size())
            return refuse({QStringLiteral("--baby: her birth has no baby %1").arg(babyOrder)}, err);
        check.babyId = birth.value()->birth.babies.at(babyOrder - 1).id;
        contact.babies << check;
    }
    const auto recorded = run->clinic->postnatal.record(contact, run->actor);
    if (recorded.invalid()) {
        static const QHash<QString, QString> options{
            {QStringLiteral("date"), QStringLiteral("--date")},
            {QStringLiteral("clinician"), QStringLiteral("--clinician")},
            {QStringLiteral("bp"), QStringLiteral("--bp")},
            {QStringLiteral("temperature"), QStringLiteral("--temperature")},
            {QStringLiteral("gad2"), QStringLiteral("--gad2")},
            {QStringLiteral("notes"), QStringLiteral("--notes")},
            {QStringLiteral("pregnancy"), QStringLiteral("--nhs-number")},
            {QStringLiteral("babies[0].weight_g"), QStringLiteral("--baby-weight-g")},
            {QStringLiteral("appointment.clinician_id"), QStringLiteral("--clinician")},
            {QStringLiteral("appointment.date"), QStringLiteral("--date")},
        };
        return refuse(asOptions(recorded.fieldErrors(), options), err);
    }
    if (!recorded) {
        err << "not recorded: " << recorded.message() << Qt::endl;
        return kFailed;
    }
    const int day = birth.value() ? int(birth.value()->birth.date.daysTo(contact.date)) : 0;
    if (arguments.value("format") == QLatin1String("json")) {
        writeJson(out, QJsonObject{{QStringLiteral("contact_id"), recorded->contact.id},
                                   {QStringLiteral("day"), day},
                                   {QStringLiteral("role"), codes::toCode(contact.role)},
                                   {QStringLiteral("actions"), actionsJson(recorded->actions)}});
        return kDone;
    }
    out << "Recorded a postnatal contact (" << codes::label(contact.role) << ", day " << day
        << ") for " << who << "." << Qt::endl;
    if (recorded->actions.isEmpty())
        out << "Nothing the rules ask for." << Qt::endl;
    writeActions(out, recorded->actions, QStringLiteral("  "));
    return kDone;
}

} // namespace bb::cli
