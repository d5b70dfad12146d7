// SPDX-License-Identifier: MIT
// The words of the printed care plan: carePlanBodyHtml() from CarePlanDocument.h. Layout and
// painting live in CarePlanDocument.cpp.
#include "documents/CarePlanDocument.h"

#include "clinical/BirthPlace.h"
#include "clinical/Dating.h"
#include "clinical/Recommendations.h"
#include "domain/Codes.h"
#include "util/HtmlText.h"

namespace bb::documents {
namespace {

using html::bulletList;
using html::esc;
using html::longDate;

// A fixed English format, like longDate(): the plan must not change with the machine's locale.
QString shortDate(const QDate &date)
{
    return date.toString(QStringLiteral("ddd d MMM yyyy"));
}

QString sentenceCase(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

// A one-cell bordered box, for what must not be missed on a black-and-white page.
QString box(const QString &innerHtml)
{
    return QStringLiteral(
               "<table class=\"box\" width=\"100%\" cellspacing=\"0\" cellpadding=\"10\">"
               "<tr><td>%1</td></tr></table>")
        .arg(innerHtml);
}

const Recommendation *findRecommendation(const CarePlan &plan, const char *code)
{
    for (const Recommendation &r : plan.recommendations) {
        if (r.code == QLatin1String(code))
            return &r;
    }
    return nullptr;
}

// Words that would tell someone else in her home what she disclosed are not printed on a plan
// she takes home; her midwife holds them in the record.
QStringList printableReasons(const Recommendation &r)
{
    if (r.code == QLatin1String("referral_safeguarding"))
        return {QStringLiteral("what you talked about with your midwife in private")};
    return r.reasons;
}

// Her decision about `code` when she declined it; null when she accepted it or it was not
// discussed (the plan then prints as advised).
const CarePlanDecision *declined(const CarePlanPrintInput &in, const QString &code)
{
    for (const CarePlanDecision &d : in.decisions) {
        if (d.code == code && !d.accepted)
            return &d;
    }
    return nullptr;
}

// Her words, escaped, with her line breaks kept.
QString herWords(const QString &text)
{
    return esc(text.trimmed()).replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString declinedLine(const CarePlanPrintInput &in, const Recommendation &r)
{
    const CarePlanDecision *d = declined(in, r.code);
    if (d == nullptr)
        return {};
    // Like the recommendation's own reasons, why she declined safeguarding support stays in
    // the record, not on a page someone else in her home may read.
    const QString reason = r.code == QLatin1String("referral_safeguarding")
                               ? QStringLiteral("what you talked about with your midwife in "
                                                "private is kept in your notes")
                               : d->reason;
    return QStringLiteral("<p class=\"decision\"><b>You decided not to have this:</b> %1</p>")
        .arg(herWords(reason));
}

QString contactLines(const ServiceContact &s)
{
    QString html = QStringLiteral("<b>%1</b>").arg(esc(s.name));
    if (!s.address.isEmpty())
        html += QStringLiteral("<br>%1").arg(esc(s.address));
    if (!s.phone.isEmpty())
        html += QStringLiteral("<br>Phone: <b>%1</b>").arg(esc(s.phone));
    return html;
}

QString titleSection(const CarePlanPrintInput &in)
{
    const CarePlan &plan = in.plan;
    QString html = QStringLiteral("<h1>Your pregnancy care plan</h1>");
    html += QStringLiteral("<p>This is your own plan for your pregnancy, made with your midwife at "
                           "your booking appointment on %1. It says what care we recommend for "
                           "you and why, when we will see you, and who to call. Please keep it "
                           "with your maternity notes and bring it to every appointment. You can "
                           "ask about anything in it, and you can change your mind about your "
                           "choices at any time.</p>")
                .arg(esc(longDate(in.booking.pregnancy.bookingDate)));
    const clinical::Gestation g = plan.gestationAtBooking;
    html += QStringLiteral(
                "<table class=\"facts\" cellspacing=\"0\" cellpadding=\"4\">"
                "<tr><td>Your baby is due on</td><td><b>%1</b> (worked out from your %2)</td></tr>"
                "<tr><td>At booking you were</td><td>%3 weeks and %4 days pregnant</td></tr>"
                "<tr><td>Your care</td><td>%5</td></tr></table>")
                .arg(esc(longDate(plan.edd)), esc(clinical::label(plan.eddMethod)))
                .arg(g.weeks())
                .arg(g.extraDays())
                .arg(esc(label(plan.pathway)));
    html += box(QStringLiteral("<b>Worried about yourself or your baby?</b> Call the maternity "
                               "assessment line on <b>%1</b> at any time, day or night. In an "
                               "emergency, call 999.")
                    .arg(esc(in.settings.assessmentLinePhone)));
    return html;
}

QString teamSection(const CarePlanPrintInput &in)
{
    const QString notYet = QStringLiteral("Not yet assigned");
    QString html = QStringLiteral("<h2>Your midwife and team</h2>");
    html += QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\" "
                           "cellpadding=\"6\">"
                           "<tr><th width=\"35%\">Your named midwife</th><td>%1</td></tr>"
                           "<tr><th>Your midwifery team</th><td>%2</td></tr>"
                           "<tr><th>Your maternity service</th><td>%3</td></tr>"
                           "<tr><th>Maternity assessment line (24 hours)</th><td><b>%4</b></td>"
                           "</tr></table>")
                .arg(esc(in.namedMidwife.isEmpty() ? notYet : in.namedMidwife),
                     esc(in.team.isEmpty() ? notYet : in.team), esc(in.settings.trustName),
                     esc(in.settings.assessmentLinePhone));
    if (in.namedMidwife.isEmpty()) {
        html += QStringLiteral("<p>We will tell you the name of your midwife before your next "
                               "appointment. She will look after you through your pregnancy "
                               "and after your baby is born.</p>");
    }
    return html;
}

// Items on every contact are said once above the table, so each row shows what is different.
QStringList everywhere(const QList<PlannedContact> &contacts, QStringList PlannedContact::*items)
{
    QStringList common = contacts.isEmpty() ? QStringList{} : contacts.front().*items;
    for (const PlannedContact &c : contacts)
        common.removeIf([&c, items](const QString &item) { return !(c.*items).contains(item); });
    return common;
}

QString sentence(const QString &lead, const QStringList &items, const QStringList &skip)
{
    QStringList rest;
    for (const QString &item : items) {
        if (!skip.contains(item))
            rest << item;
    }
    if (rest.isEmpty())
        return {};
    return QStringLiteral("<p class=\"lead\"><i>%1</i> %2.</p>")
        .arg(esc(lead), esc(rest.join(QStringLiteral("; "))));
}

QString appointmentsSection(const CarePlan &plan)
{
    QString html = QStringLiteral("<h2>Your appointments and what happens at each</h2>");
    if (plan.contacts.isEmpty()) {
        return html + QStringLiteral("<p>No more routine appointments are planned. Your midwife "
                                     "will arrange any you need.</p>");
    }
    html += QStringLiteral("<p>These are the weeks we plan to see you. Your midwife will confirm "
                           "the time and place of each appointment. If a date does not suit "
                           "you, tell us and we will change it.</p>");
    const QStringList checkedAlways = everywhere(plan.contacts, &PlannedContact::checks);
    const QStringList discussedAlways = everywhere(plan.contacts, &PlannedContact::discussed);
    if (!checkedAlways.isEmpty()) {
        html += QStringLiteral("<p>At every appointment we will check your %1.</p>")
                    .arg(esc(checkedAlways.join(QStringLiteral(" and "))));
    }
    html += QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\" "
                           "cellpadding=\"6\"><thead><tr><th width=\"24%\">When</th>"
                           "<th>What happens</th></tr></thead>");
    for (const PlannedContact &c : plan.contacts) {
        const QString what =
            QStringLiteral("<p class=\"lead\"><b>%1</b></p>").arg(esc(c.purpose)) +
            sentence(QStringLiteral("We will also check:"), c.checks, checkedAlways) +
            sentence(QStringLiteral("We will talk about:"), c.discussed, discussedAlways);
        html += QStringLiteral("<tr><td><b>%1</b><br>%2 weeks</td><td>%3</td></tr>")
                    .arg(esc(shortDate(c.date)))
                    .arg(c.week)
                    .arg(what);
    }
    return html + QStringLiteral("</table>");
}

QString scanTitle(const QString &code)
{
    if (code == QLatin1String("dating_scan"))
        return QStringLiteral("Dating scan, with screening for Down's, Edwards' and Patau's "
                              "syndromes if you choose it");
    if (code == QLatin1String("anomaly_scan"))
        return QStringLiteral("Anomaly scan: a detailed check of how your baby is developing");
    return code;
}

QString testsSection(const CarePlanPrintInput &in)
{
    const CarePlan &plan = in.plan;
    QString rows;
    const auto row = [&rows](const QString &what, const QString &when) {
        rows += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>").arg(what, when);
    };
    const auto unlessDeclined = [&in](const char *code, const QString &when) {
        return declined(in, QLatin1String(code)) == nullptr
                   ? when
                   : when + QStringLiteral("<br><i>You decided not to have this test.</i>");
    };
    const auto between = [](const QDate &from, const QDate &to) {
        return QStringLiteral("Between <b>%1</b> and <b>%2</b>")
            .arg(esc(shortDate(from)), esc(shortDate(to)));
    };
    for (const ScanWindow &s : plan.scans)
        row(esc(scanTitle(s.code)), between(s.from, s.to));
    if (findRecommendation(plan, "early_glucose_test") != nullptr) {
        row(esc(clinical::recommendationTitle(QStringLiteral("early_glucose_test"))),
            unlessDeclined("early_glucose_test",
                           QStringLiteral("As soon as possible after your booking appointment")));
    }
    if (findRecommendation(plan, "ogtt_24_28_weeks") != nullptr) {
        row(QStringLiteral("Glucose tolerance test (a sugary drink, then a blood test two hours "
                           "later)"),
            unlessDeclined(
                "ogtt_24_28_weeks",
                between(
                    clinical::dateAtGestation(plan.edd, clinical::Gestation::fromWeeks(24)),
                    clinical::dateAtGestation(plan.edd, clinical::Gestation::fromWeeks(28, 6)))));
    }
    if (findRecommendation(plan, "co_monitoring") != nullptr) {
        row(QStringLiteral("Carbon monoxide breath test"),
            unlessDeclined("co_monitoring",
                           QStringLiteral("At booking, and at 36 weeks (around <b>%1</b>)")
                               .arg(esc(shortDate(clinical::dateAtGestation(
                                   plan.edd, clinical::Gestation::fromWeeks(36)))))));
    }
    QString html = QStringLiteral("<h2>Your scans and tests</h2>");
    if (rows.isEmpty())
        return html + QStringLiteral("<p>No scans or extra tests are due. Your midwife will "
                                     "offer any that you need.</p>");
    html += QStringLiteral("<p>You will be sent the appointment for each scan. Every scan and "
                           "test is your choice: your midwife will explain what each one "
                           "looks for.</p>");
    return html +
           QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\" "
                          "cellpadding=\"6\"><thead><tr><th width=\"55%\">Scan or "
                          "test</th><th>When</th></tr></thead>") +
           rows + QStringLiteral("</table>");
}

QString categoryHeading(RecommendationCategory category)
{
    switch (category) {
    case RecommendationCategory::Medicine:
        return QStringLiteral("Medicines");
    case RecommendationCategory::Test:
        return QStringLiteral("Tests");
    case RecommendationCategory::Referral:
        return QStringLiteral("Specialist care and support services");
    case RecommendationCategory::Support:
        return QStringLiteral("Other support");
    }
    return {};
}

QString recommendationsSection(const CarePlanPrintInput &in)
{
    const CarePlan &plan = in.plan;
    QString html = QStringLiteral("<h2>What we recommend, and why</h2>");
    if (plan.recommendations.isEmpty())
        return html + QStringLiteral("<p>You need no extra care beyond your appointments.</p>");
    html += QStringLiteral("<p>Each recommendation says why it is for you and which national "
                           "guidance it comes from. It is your choice whether to accept it: ask "
                           "your midwife about anything you are unsure of.</p>");
    for (RecommendationCategory category :
         {RecommendationCategory::Medicine, RecommendationCategory::Test,
          RecommendationCategory::Referral, RecommendationCategory::Support}) {
        QString items;
        for (const Recommendation &r : plan.recommendations) {
            if (r.category != category)
                continue;
            items += QStringLiteral("<h4>%1</h4><p>%2</p><p class=\"why\"><b>Why for you:</b> "
                                    "%3.<br><i>Guidance: %4</i></p>")
                         .arg(esc(clinical::recommendationTitle(r.code)),
                              esc(clinical::recommendationAdvice(r.code)),
                              esc(sentenceCase(printableReasons(r).join(QStringLiteral("; ")))),
                              esc(r.source)) +
                     declinedLine(in, r);
        }
        if (!items.isEmpty())
            html += QStringLiteral("<h3>%1</h3>").arg(esc(categoryHeading(category))) + items;
    }
    return html;
}

QStringList birthPlaceKinds(PlaceOfBirth setting)
{
    switch (setting) {
    case PlaceOfBirth::Home:
        return {QStringLiteral("home_birth_team")};
    case PlaceOfBirth::FreestandingMidwiferyUnit:
        return {QStringLiteral("midwifery_unit_freestanding"), QStringLiteral("birth_centre")};
    case PlaceOfBirth::AlongsideMidwiferyUnit:
        return {QStringLiteral("midwifery_unit_alongside")};
    case PlaceOfBirth::ObstetricUnit:
        return {QStringLiteral("obstetric_unit")};
    case PlaceOfBirth::Undecided:
        break;
    }
    return {};
}

QString adviceFor(const CarePlan &plan, PlaceOfBirth setting, QStringList *reasons)
{
    for (const BirthPlaceAdvice &a : plan.birthPlaces) {
        if (a.setting == setting) {
            *reasons = a.reasons;
            return label(a.advice);
        }
    }
    return {};
}

QString choiceParagraph(const CarePlan &plan)
{
    const PlaceOfBirth choice = plan.chosenPlaceOfBirth;
    if (choice == PlaceOfBirth::Undecided) {
        return QStringLiteral("<p><b>Your choice:</b> not decided yet. You can decide, and change "
                              "your mind, at any time. We will talk about it again at your "
                              "appointments.</p>");
    }
    QString html = QStringLiteral("<p><b>Your choice: %1.</b> This is recorded in your notes.")
                       .arg(esc(codes::label(choice)));
    for (const BirthPlaceAdvice &a : plan.birthPlaces) {
        if (a.setting != choice || a.advice == BirthPlaceAdviceKind::Suitable)
            continue;
        // Her choice stands even against advice; the advice stays visible beside it.
        html += QStringLiteral(" We respect your choice. Our advice for you is still: <b>%1</b>, "
                               "because of: %2. Your midwife will talk with you about how we can "
                               "best support you in the place you have chosen.")
                    .arg(esc(label(a.advice)), esc(a.reasons.join(QStringLiteral("; "))));
    }
    return html + QStringLiteral("</p>");
}

QString birthPlaceSection(const CarePlanPrintInput &in)
{
    const CarePlan &plan = in.plan;
    QString html = QStringLiteral(
        "<h2>Where to have your baby</h2><p>You can choose where to give birth. Here is each "
        "kind of place, what it means for you, and what we advise. The choice is yours, and you "
        "can change your mind.</p>");
    bool lowRisk = true;
    for (const BirthPlaceAdvice &a : plan.birthPlaces)
        lowRisk = lowRisk && a.advice == BirthPlaceAdviceKind::Suitable;
    if (plan.nulliparous && lowRisk) {
        html += box(QStringLiteral(
            "<b>As this is your first baby and your pregnancy is low risk:</b> NICE (guideline "
            "NG235) advises that planning to give birth in a midwifery unit is particularly "
            "suitable for you. You are less likely to need interventions such as forceps or a "
            "caesarean, and it is as safe for your baby as a hospital labour ward. Planning a "
            "home birth for a first baby carries a small increase in the risk of a serious "
            "problem for the baby."));
    }
    for (PlaceOfBirth setting : clinical::birthSettings()) {
        QStringList reasons;
        const QString advice = adviceFor(plan, setting, &reasons);
        html +=
            QStringLiteral("<h3>%1</h3><p>%2</p>")
                .arg(esc(codes::label(setting)), esc(clinical::birthSettingDescription(setting)));
        QStringList places;
        for (const QString &kind : birthPlaceKinds(setting)) {
            for (const ServiceContact &s : in.settings.servicesOfKind(kind))
                places << contactLines(s);
        }
        if (!places.isEmpty()) {
            html += QStringLiteral("<p class=\"place\">%1</p>")
                        .arg(places.join(QStringLiteral("<br><br>")));
        }
        if (advice.isEmpty())
            continue;
        html += QStringLiteral("<p><b>Our advice for you: %1.</b></p>").arg(esc(advice));
        if (!reasons.isEmpty()) {
            // With "suitable" the reasons are NG235 notes, not reasons against the setting.
            html += QStringLiteral("<p class=\"lead\">%1</p>")
                        .arg(advice == label(BirthPlaceAdviceKind::Suitable)
                                 ? QStringLiteral("Good to know:")
                                 : QStringLiteral("This is because of:"));
            html += bulletList(reasons);
        }
    }
    return html + QStringLiteral("<h3>Your choice</h3>") + choiceParagraph(plan);
}

QString supportSection(const CarePlanPrintInput &in)
{
    QString html = QStringLiteral("<h2>Support for you</h2>");
    QString rows;
    for (const Recommendation &r : in.plan.recommendations) {
        const QString kind = serviceKindForRecommendation(r.code);
        if (kind.isEmpty())
            continue;
        const std::optional<ServiceContact> service = in.settings.service(kind);
        // A referral she declined is not made, but the door stays open.
        const QString notReferred =
            declined(in, r.code) == nullptr
                ? QString()
                : QStringLiteral("<br><i>You decided not to be referred. You can still contact "
                                 "them yourself at any time.</i>");
        rows += QStringLiteral("<tr><td><b>%1</b></td><td>%2%3</td></tr>")
                    .arg(esc(clinical::recommendationTitle(r.code)),
                         service ? contactLines(*service)
                                 : QStringLiteral("Your midwife will give you the contact "
                                                  "details."),
                         notReferred);
    }
    if (rows.isEmpty()) {
        return html + QStringLiteral("<p>You have not been referred to other services. If you "
                                     "would like help to stop smoking, with your weight, with "
                                     "your mood or with anything else, ask your midwife at any "
                                     "appointment.</p>");
    }
    html += QStringLiteral("<p>We recommend these services for you. Your midwife will make the "
                           "referral with you; you can also contact them yourself.</p>");
    return html +
           QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\" "
                          "cellpadding=\"6\"><thead><tr><th width=\"35%\">Service</th>"
                          "<th>How to contact them</th></tr></thead>") +
           rows + QStringLiteral("</table>");
}

// Her own words come early: the plan is built around what matters to her.
QString whatMattersSection(const CarePlanPrintInput &in)
{
    if (in.whatMatters.trimmed().isEmpty() && in.birthPreferences.trimmed().isEmpty())
        return {};
    QString html = QStringLiteral("<h2>What matters to you</h2>");
    if (!in.whatMatters.trimmed().isEmpty()) {
        html += QStringLiteral("<p>What you told us matters most to you in this pregnancy:</p>"
                               "<p class=\"hers\">%1</p>")
                    .arg(herWords(in.whatMatters));
    }
    if (!in.birthPreferences.trimmed().isEmpty()) {
        html += QStringLiteral("<h3>Your birth preferences</h3><p class=\"hers\">%1</p>")
                    .arg(herWords(in.birthPreferences));
    }
    return html;
}

QString whoToCallSection(const CarePlanPrintInput &in)
{
    QString html = QStringLiteral("<h2>Who to call and when</h2>");
    html += box(
        QStringLiteral(
            "<p>Call the <b>maternity assessment line on %1</b> straight away, day or night, "
            "if:</p><ul>"
            "<li>your baby is moving less than usual, or the movements have stopped or changed. "
            "Do not wait until the next day</li>"
            "<li>you have any bleeding from your vagina</li>"
            "<li>you have a bad headache, problems with your eyesight such as blurring or "
            "flashing lights, or sudden swelling of your face, hands or feet</li>"
            "<li>your waters break, or you think you may be in labour</li>"
            "<li>you have constant pain in your tummy, or you feel hot, shivery or very "
            "unwell</li></ul><p><b>In an emergency, call 999.</b></p>")
            .arg(esc(in.settings.assessmentLinePhone)));
    html += QStringLiteral("<p>For questions that are not urgent, ask your midwife at your next "
                           "appointment. If you feel very low, or have thoughts of harming "
                           "yourself, tell your midwife or GP straight away, or call NHS 111 and "
                           "choose the mental health option.</p>");
    return html;
}

} // namespace

QString carePlanBodyHtml(const CarePlanPrintInput &input)
{
    QString html = QStringLiteral("<html><body>");
    html += titleSection(input);
    html += teamSection(input);
    html += whatMattersSection(input);
    html += appointmentsSection(input.plan);
    html += testsSection(input);
    html += recommendationsSection(input);
    html += birthPlaceSection(input);
    html += supportSection(input);
    html += whoToCallSection(input);
    return html + QStringLiteral("</body></html>");
}

} // namespace bb::documents
