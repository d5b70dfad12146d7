// SPDX-License-Identifier: MIT
// The words of the printed care plan: carePlanBodyHtml() from CarePlanDocument.h. Layout and
// painting live in CarePlanDocument.cpp. Everything here reads her copy (HerCopy.h) and says
// nothing already past on the day it is printed as something still to do.
#include "documents/CarePlanDocument.h"

#include "clinical/AntenatalSchedule.h"
#include "clinical/BirthPlace.h"
#include "clinical/Dating.h"
#include "clinical/NhsNumber.h"
#include "clinical/Recommendations.h"
#include "documents/HerCopy.h"
#include "domain/Codes.h"
#include "util/HtmlText.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace bb::documents {
namespace {

/// The plan's own words go through Qt's translation system (translations/), in this context.
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(CarePlanDocument)
};

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

/// The words of her plan for the babies she is expecting: "your babies" for twins or more.
class Babies
{
public:
    explicit Babies(const CarePlanPrintInput &in) : m_plural(in.booking.pregnancy.fetuses > 1) {}
    bool plural() const { return m_plural; }
    /// `text` with "your baby" said of all of them when she expects more than one. Said of the
    /// British English words only: a translation still speaks of one baby until these texts are
    /// looked up with a count, for the translator to give each form (Qt's numerus forms).
    QString say(QString text) const
    {
        if (!m_plural)
            return text;
        text.replace(QStringLiteral("Your baby is"), QStringLiteral("Your babies are"));
        text.replace(QStringLiteral("your baby is"), QStringLiteral("your babies are"));
        text.replace(QStringLiteral("your baby's"), QStringLiteral("your babies'"));
        text.replace(QStringLiteral("Your baby's"), QStringLiteral("Your babies'"));
        text.replace(QStringLiteral("your baby"), QStringLiteral("your babies"));
        text.replace(QStringLiteral("Your baby"), QStringLiteral("Your babies"));
        text.replace(QStringLiteral("the baby"), QStringLiteral("the babies"));
        return text;
    }

private:
    bool m_plural;
};

const Recommendation *findRecommendation(const CarePlan &plan, const char *code)
{
    for (const Recommendation &r : plan.recommendations) {
        if (r.code == QLatin1String(code))
            return &r;
    }
    return nullptr;
}

// Her decision about `code`; to discuss when none was recorded.
CarePlanDecision decisionOf(const CarePlanPrintInput &in, const QString &code)
{
    for (const CarePlanDecision &d : in.decisions) {
        if (d.code == code)
            return d;
    }
    return CarePlanDecision{code, DecisionStatus::ToDiscuss, {}};
}

bool declined(const CarePlanPrintInput &in, const QString &code)
{
    return decisionOf(in, code).declined();
}

// Her words, escaped, with her line breaks kept.
QString herWords(const QString &text)
{
    return esc(text.trimmed()).replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString decisionLine(const CarePlanPrintInput &in, const Recommendation &r)
{
    const CarePlanDecision d = decisionOf(in, r.code);
    switch (d.status) {
    case DecisionStatus::ToDiscuss:
        return Words::tr("<p class=\"decision\"><b>To talk about with your midwife.</b></p>");
    case DecisionStatus::Accepted:
        return Words::tr("<p class=\"decision\"><b>You agreed to this.</b></p>");
    case DecisionStatus::Declined:
        return Words::tr("<p class=\"decision\"><b>You decided not to have this:</b> %1</p>")
            .arg(herWords(d.reason));
    case DecisionStatus::InHand:
        return Words::tr("<p class=\"decision\"><b>Already arranged or done.</b></p>");
    }
    return {};
}

/// `Mon 4 Jan 2027 to Sun 31 Jan 2027`, or one date for a one-day window.
QString windowText(const QDate &from, const QDate &to)
{
    if (from == to)
        return Words::tr("on <b>%1</b>").arg(esc(shortDate(from)));
    return Words::tr("from <b>%1</b> to <b>%2</b>").arg(esc(shortDate(from)), esc(shortDate(to)));
}

/// A recommendation whose window ended before the plan is printed is done or missed: her plan
/// does not print it as something to do.
bool stillToCome(const Recommendation &r, const QDate &printedOn)
{
    return !r.hasWindow() || r.to >= printedOn;
}

QString contactLines(const ServiceContact &s)
{
    QString html = QStringLiteral("<b>%1</b>").arg(esc(s.name));
    if (!s.address.isEmpty())
        html += QStringLiteral("<br>%1").arg(esc(s.address));
    if (!s.phone.isEmpty())
        html += Words::tr("<br>Phone: <b>%1</b>").arg(esc(s.phone));
    return html;
}

// Page 1: what to do straight away, before anything else.
QString callStraightAwayBox(const CarePlanPrintInput &in, const Babies &babies)
{
    QString html =
        Words::tr("<p><b>Call the maternity assessment line on %1 straight away, day or "
                  "night, if:</b></p><ul>"
                  "<li>you have any bleeding from your vagina</li>"
                  "<li>%2 moving less than usual, or the movements have stopped or "
                  "changed: do not wait until the next day</li>"
                  "<li>you have a bad headache, or problems with your eyesight such as "
                  "blurring or flashing lights</li>"
                  "<li>your waters break, or you think you may be in labour</li>"
                  "<li>you feel very unwell, hot and shivery, or have constant pain in your "
                  "tummy</li></ul><p><b>In an emergency, call 999.</b></p>")
            .arg(esc(in.settings.assessmentLinePhone),
                 babies.plural() ? Words::tr("your babies are") : Words::tr("your baby is"));
    if (!in.teamPhone.isEmpty()) {
        const QString who =
            in.namedMidwife.isEmpty()
                ? Words::tr("your midwifery team")
                : Words::tr("your midwife, %1, or her team").arg(esc(in.namedMidwife));
        html += Words::tr("<p>For anything that is not urgent, call %1 on <b>%2</b>.</p>")
                    .arg(who, esc(in.teamPhone));
    }
    return box(html);
}

// A carbon monoxide reading that may be poisoning is acted on today (NICE NG209): page 1.
QString actTodayBox(const CarePlanPrintInput &in)
{
    const Recommendation *co = findRecommendation(in.plan, "co_poisoning_advice");
    if (co == nullptr)
        return {};
    return box(QStringLiteral("<b>%1</b><br>%2")
                   .arg(esc(clinical::recommendationTitle(co->code)),
                        esc(clinical::recommendationAdvice(co->code))));
}

QString titleSection(const CarePlanPrintInput &in, const Babies &babies)
{
    const CarePlan &plan = in.plan;
    QString html = Words::tr("<h1>Your pregnancy care plan</h1>");
    html += callStraightAwayBox(in, babies);
    html += actTodayBox(in);
    html += Words::tr("<p>This is your own plan for your pregnancy, made with your midwife at "
                      "your booking appointment on %1. It says what care we recommend for "
                      "you and why, when we will see you, and who to call. Please keep it "
                      "with your maternity notes and bring it to every appointment. You can "
                      "ask about anything in it, and you can change your mind about your "
                      "choices at any time.</p>")
                .arg(esc(longDate(in.booking.pregnancy.bookingDate)));
    const Gestation g = plan.gestationAtBooking;
    html += Words::tr("<table class=\"facts\" cellspacing=\"0\" cellpadding=\"4\">"
                      "<tr><td>%1</td><td><b>%2</b> (worked out from your %3)</td></tr>"
                      "<tr><td>At booking you were</td><td>%4 weeks and %5 days pregnant</td></tr>"
                      "<tr><td>Your care</td><td>%6</td></tr></table>")
                .arg(babies.plural() ? Words::tr("Your babies are due on")
                                     : Words::tr("Your baby is due on"),
                     esc(longDate(plan.edd)), esc(label(plan.eddMethod)))
                .arg(g.weeks())
                .arg(g.extraDays())
                .arg(esc(label(plan.pathway)));
    return html;
}

QString teamSection(const CarePlanPrintInput &in, const Babies &babies)
{
    const QString notYet = Words::tr("Not yet assigned");
    QString html = Words::tr("<h2>Your midwife and team</h2>");
    QString rows = Words::tr("<tr><th width=\"35%\">Your named midwife</th><td>%1</td></tr>"
                             "<tr><th>Your midwifery team</th><td>%2</td></tr>")
                       .arg(esc(in.namedMidwife.isEmpty() ? notYet : in.namedMidwife),
                            esc(in.team.isEmpty() ? notYet : in.team));
    if (!in.teamPhone.isEmpty())
        rows += Words::tr("<tr><th>Your team's phone</th><td><b>%1</b></td></tr>")
                    .arg(esc(in.teamPhone));
    rows += Words::tr("<tr><th>Your maternity service</th><td>%1</td></tr>"
                      "<tr><th>Maternity assessment line (24 hours)</th><td><b>%2</b></td>"
                      "</tr>")
                .arg(esc(in.settings.trustName), esc(in.settings.assessmentLinePhone));
    html += QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\" "
                           "cellpadding=\"6\">%1</table>")
                .arg(rows);
    if (in.namedMidwife.isEmpty()) {
        html += babies.say(Words::tr("<p>We will tell you the name of your midwife before "
                                     "your next appointment. She will look after you "
                                     "through your pregnancy and after your baby is "
                                     "born.</p>"));
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

QDate mondayOf(const QDate &date)
{
    return date.addDays(1 - date.dayOfWeek());
}

const PrintedAppointment *bookedFor(const CarePlanPrintInput &in, const PlannedContact &c)
{
    for (const PrintedAppointment &a : in.booked) {
        if (a.contactWeek == c.week)
            return &a;
    }
    return nullptr;
}

/// The booked date, time and place of a contact, or the week it is planned for.
QString whenText(const CarePlanPrintInput &in, const PlannedContact &c)
{
    if (const PrintedAppointment *a = bookedFor(in, c)) {
        QString when = QStringLiteral("<b>%1</b>").arg(esc(longDate(a->date)));
        if (a->start.isValid())
            when +=
                Words::tr("<br>at <b>%1</b>").arg(esc(a->start.toString(QStringLiteral("HH:mm"))));
        if (!a->venue.isEmpty())
            when += QStringLiteral("<br>%1").arg(esc(a->venue));
        return when;
    }
    return Words::tr("Week beginning<br><b>%1</b>").arg(esc(longDate(mondayOf(c.date))));
}

/// The contacts still to come when the plan is printed: a planned week that has ended, or a
/// booked appointment already past, is not printed as something to do.
QList<PlannedContact> contactsToCome(const CarePlanPrintInput &in)
{
    QList<PlannedContact> list;
    for (const PlannedContact &c : in.plan.contacts) {
        const PrintedAppointment *a = bookedFor(in, c);
        const QDate last = a != nullptr ? a->date : mondayOf(c.date).addDays(6);
        if (last >= in.printedOn)
            list << c;
    }
    return list;
}

QString noContactsText(const CarePlanPrintInput &in, const Babies &babies)
{
    if (babies.plural()) {
        return Words::tr("<p>The team that looks after women expecting twins or triplets "
                         "will arrange your appointments and scans. How often they see you "
                         "depends on whether your babies share a placenta.</p>");
    }
    if (findRecommendation(in.plan, "induction_offer") != nullptr) {
        return Words::tr("<p>Your midwife will talk with you today about what happens "
                         "next, and arrange it with you.</p>");
    }
    return Words::tr("<p>No more routine appointments are planned. Your midwife will "
                     "arrange any you need.</p>");
}

QString appointmentsSection(const CarePlanPrintInput &in, const Babies &babies)
{
    QString html = Words::tr("<h2>Your appointments and what happens at each</h2>");
    const QList<PlannedContact> contacts = contactsToCome(in);
    if (contacts.isEmpty())
        return html + noContactsText(in, babies);
    html += Words::tr("<p>These are the weeks we plan to see you. We will tell you the day, "
                      "time and place of each appointment that is not booked yet. If a "
                      "date does not suit you, tell us and we will change it.</p>");
    const QStringList checkedAlways = everywhere(contacts, &PlannedContact::checks);
    const QStringList discussedAlways = everywhere(contacts, &PlannedContact::discussed);
    if (!checkedAlways.isEmpty()) {
        html += Words::tr("<p>At every appointment we will check your %1.</p>")
                    .arg(esc(checkedAlways.join(Words::tr(" and "))));
    }
    html += Words::tr("<table class=\"grid\" width=\"100%\" cellspacing=\"0\" "
                      "cellpadding=\"6\"><thead><tr><th width=\"30%\">When</th>"
                      "<th>What happens</th></tr></thead>");
    for (const PlannedContact &c : contacts) {
        const QString what =
            QStringLiteral("<p class=\"lead\"><b>%1</b></p>")
                .arg(esc(babies.say(sentenceCase(clinical::contactPurposeShown(c.purpose))))) +
            sentence(Words::tr("We will also check:"), c.checks, checkedAlways) +
            babies.say(sentence(Words::tr("We will talk about:"), c.discussed, discussedAlways));
        html += Words::tr("<tr><td>%1<br>(%2 weeks)</td><td>%3</td></tr>")
                    .arg(whenText(in, c))
                    .arg(c.week)
                    .arg(what);
    }
    return html + QStringLiteral("</table>");
}

QString scanTitle(const QString &code)
{
    if (code == QLatin1String("dating_scan"))
        return Words::tr("Dating scan, with screening for Down's, Edwards' and Patau's "
                         "syndromes if you choose it");
    if (code == QLatin1String("anomaly_scan"))
        return Words::tr("Anomaly scan: a detailed check of how your baby is developing");
    if (code == QLatin1String("late_booking_scan"))
        return Words::tr("Scan to check your baby's growth and position, the placenta and "
                         "how many babies you are expecting");
    return code;
}

QString testsSection(const CarePlanPrintInput &in, const Babies &babies)
{
    const CarePlan &plan = in.plan;
    QString rows;
    const auto row = [&rows](const QString &what, const QString &when) {
        rows += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>").arg(what, when);
    };
    const auto unlessDeclined = [&in](const Recommendation &r, const QString &when) {
        return declined(in, r.code)
                   ? when + Words::tr("<br><i>You decided not to have this test.</i>")
                   : when;
    };
    for (const ScanWindow &s : plan.scans) {
        if (s.to >= in.printedOn)
            row(esc(babies.say(scanTitle(s.code))), sentenceCase(windowText(s.from, s.to)));
    }
    for (const Recommendation &r : plan.recommendations) {
        if (r.category != RecommendationCategory::Test || !stillToCome(r, in.printedOn))
            continue;
        QString when;
        if (r.code == QLatin1String("co_monitoring")) {
            // SBL v3: at every appointment for a smoker, at 36 weeks for everyone else; the
            // booking's own test is done by the time she reads this.
            const QDate at36 = clinical::dateAtGestation(plan.edd, Gestation::fromWeeks(36));
            if (in.booking.assessment.smoking == Smoking::Current)
                when = Words::tr("At every appointment");
            else if (at36 >= in.printedOn && at36 > in.booking.pregnancy.bookingDate)
                when = Words::tr("At 36 weeks (around <b>%1</b>)").arg(esc(shortDate(at36)));
            else
                continue;
        } else if (r.hasWindow()) {
            when = sentenceCase(windowText(r.from, r.to));
        }
        row(esc(clinical::recommendationTitle(r.code)), unlessDeclined(r, when));
    }
    QString html = Words::tr("<h2>Your scans and tests</h2>");
    if (rows.isEmpty())
        return html + Words::tr("<p>No scans or extra tests are due. Your midwife will "
                                "offer any that you need.</p>");
    html += Words::tr("<p>You will be sent the appointment for each scan. Every scan and "
                      "test is your choice: your midwife will explain what each one "
                      "looks for.</p>");
    return html +
           Words::tr("<table class=\"grid\" width=\"100%\" cellspacing=\"0\" "
                     "cellpadding=\"6\"><thead><tr><th width=\"55%\">Scan or "
                     "test</th><th>When</th></tr></thead>") +
           rows + QStringLiteral("</table>");
}

QString categoryHeading(RecommendationCategory category)
{
    switch (category) {
    case RecommendationCategory::Medicine:
        return Words::tr("Medicines and vaccines");
    case RecommendationCategory::Test:
        return Words::tr("Tests");
    case RecommendationCategory::Referral:
        return Words::tr("Specialist care and support services");
    case RecommendationCategory::Support:
        return Words::tr("Other support");
    }
    return {};
}

QString recommendationItem(const CarePlanPrintInput &in, const Babies &babies,
                           const Recommendation &r)
{
    QString html = QStringLiteral("<h4>%1</h4><p>%2</p>")
                       .arg(esc(clinical::recommendationTitle(r.code)),
                            esc(babies.say(clinical::recommendationAdvice(r.code))));
    QStringList details;
    if (!r.dose.isEmpty())
        details << Words::tr("<b>How much:</b> %1").arg(esc(r.dose));
    if (r.hasWindow())
        details << Words::tr("<b>When:</b> %1").arg(windowText(r.from, r.to));
    details << Words::tr("<b>Why for you:</b> %1.")
                   .arg(esc(sentenceCase(r.reasons.join(QStringLiteral("; ")))));
    html += QStringLiteral("<p class=\"why\">%1</p>").arg(details.join(QStringLiteral("<br>")));
    return html + decisionLine(in, r);
}

QString recommendationsSection(const CarePlanPrintInput &in, const Babies &babies)
{
    QString html = Words::tr("<h2>What we recommend, and why</h2>");
    QString all;
    for (RecommendationCategory category :
         {RecommendationCategory::Medicine, RecommendationCategory::Test,
          RecommendationCategory::Referral, RecommendationCategory::Support}) {
        QString items;
        for (const Recommendation &r : in.plan.recommendations) {
            if (r.category == category && stillToCome(r, in.printedOn))
                items += recommendationItem(in, babies, r);
        }
        if (!items.isEmpty())
            all += QStringLiteral("<h3>%1</h3>").arg(esc(categoryHeading(category))) + items;
    }
    if (all.isEmpty())
        return html + Words::tr("<p>You need no extra care beyond your appointments.</p>");
    html += Words::tr("<p>Each recommendation says why it is for you. It is your choice "
                      "whether to accept it: ask your midwife about anything you are "
                      "unsure of.</p>");
    return html + all;
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
        return Words::tr("<p><b>Your choice:</b> not decided yet. You can decide, and change "
                         "your mind, at any time. We will talk about it again at your "
                         "appointments.</p>");
    }
    QString html = Words::tr("<p><b>Your choice: %1.</b> This is recorded in your notes.")
                       .arg(esc(codes::label(choice)));
    for (const BirthPlaceAdvice &a : plan.birthPlaces) {
        if (a.setting != choice || a.advice == BirthPlaceAdviceKind::Suitable)
            continue;
        // Her choice stands even against advice; the advice stays visible beside it.
        html += Words::tr(" We respect your choice. Our advice for you is still: <b>%1</b>, "
                          "because of: %2. Your midwife will talk with you about how we can "
                          "best support you in the place you have chosen.")
                    .arg(esc(label(a.advice)), esc(a.reasons.join(QStringLiteral("; "))));
    }
    return html + QStringLiteral("</p>");
}

QString birthPlaceSection(const CarePlanPrintInput &in, const Babies &babies)
{
    const CarePlan &plan = in.plan;
    QString html = babies.plural() ? Words::tr("<h2>Where to have your babies</h2>")
                                   : Words::tr("<h2>Where to have your baby</h2>");
    html += Words::tr("<p>You can choose where to give birth. Here is each kind of place, what "
                      "it means for you, and what we advise. The choice is yours, and you can "
                      "change your mind.</p>");
    bool lowRisk = true;
    for (const BirthPlaceAdvice &a : plan.birthPlaces)
        lowRisk = lowRisk && a.advice == BirthPlaceAdviceKind::Suitable;
    if (plan.nulliparous && lowRisk) {
        html += box(Words::tr(
            "<b>As this is your first baby and your pregnancy is low risk:</b> national guidance "
            "advises that planning to give birth in a midwifery unit is particularly suitable "
            "for you. You are less likely to need interventions such as forceps or a caesarean, "
            "and it is as safe for your baby as a hospital labour ward. Planning a home birth "
            "for a first baby carries a small increase in the risk of a serious problem for the "
            "baby."));
    }
    for (PlaceOfBirth setting : clinical::birthSettings()) {
        QStringList reasons;
        const QString advice = adviceFor(plan, setting, &reasons);
        html += QStringLiteral("<h3>%1</h3><p>%2</p>")
                    .arg(esc(codes::label(setting)),
                         esc(babies.say(clinical::birthSettingDescription(setting))));
        // One paragraph a place, so a page never parts a place's name from its phone number.
        for (const QString &kind : birthPlaceKinds(setting)) {
            for (const ServiceContact &s : in.settings.servicesOfKind(kind))
                html += QStringLiteral("<p class=\"place\">%1</p>").arg(contactLines(s));
        }
        if (advice.isEmpty())
            continue;
        html += Words::tr("<p><b>Our advice for you: %1.</b></p>").arg(esc(advice));
        if (!reasons.isEmpty()) {
            // With "suitable" the reasons are NG235 notes, not reasons against the setting.
            html += QStringLiteral("<p class=\"lead\">%1</p>")
                        .arg(advice == label(BirthPlaceAdviceKind::Suitable)
                                 ? Words::tr("Good to know:")
                                 : Words::tr("This is because of:"));
            QStringList sentences;
            for (const QString &reason : reasons)
                sentences << sentenceCase(reason);
            html += bulletList(sentences);
        }
    }
    html += Words::tr("<h3>Your choice</h3>") + choiceParagraph(plan);
    return html;
}

QString supportSection(const CarePlanPrintInput &in)
{
    QString html = Words::tr("<h2>Support for you</h2>");
    QString rows;
    for (const Recommendation &r : in.plan.recommendations) {
        const QString kind = serviceKindForRecommendation(r.code);
        if (kind.isEmpty())
            continue;
        const std::optional<ServiceContact> service = in.settings.service(kind);
        // A referral she declined is not made, but the door stays open.
        const QString notReferred =
            declined(in, r.code)
                ? Words::tr("<br><i>You decided not to be referred. You can still contact "
                            "them yourself at any time.</i>")
                : QString();
        rows += QStringLiteral("<tr><td><b>%1</b></td><td>%2%3</td></tr>")
                    .arg(esc(clinical::recommendationTitle(r.code)),
                         service ? contactLines(*service)
                                 : Words::tr("Your midwife will give you the contact "
                                             "details."),
                         notReferred);
    }
    if (rows.isEmpty()) {
        return html + Words::tr("<p>You have not been referred to other services. If you "
                                "would like help to stop smoking, with your weight, with "
                                "your mood or with anything else, ask your midwife at any "
                                "appointment.</p>");
    }
    html += Words::tr("<p>We recommend these services for you. Your midwife will make the "
                      "referral with you; you can also contact them yourself.</p>");
    return html +
           Words::tr("<table class=\"grid\" width=\"100%\" cellspacing=\"0\" "
                     "cellpadding=\"6\"><thead><tr><th width=\"35%\">Service</th>"
                     "<th>How to contact them</th></tr></thead>") +
           rows + QStringLiteral("</table>");
}

// Her own words come early: the plan is built around what matters to her.
QString whatMattersSection(const CarePlanPrintInput &in)
{
    if (in.whatMatters.trimmed().isEmpty() && in.birthPreferences.trimmed().isEmpty())
        return {};
    QString html = Words::tr("<h2>What matters to you</h2>");
    if (!in.whatMatters.trimmed().isEmpty()) {
        html += Words::tr("<p>What you told us matters most to you in this pregnancy:</p>"
                          "<p class=\"hers\">%1</p>")
                    .arg(herWords(in.whatMatters));
    }
    if (!in.birthPreferences.trimmed().isEmpty()) {
        html += Words::tr("<h3>Your birth preferences</h3><p class=\"hers\">%1</p>")
                    .arg(herWords(in.birthPreferences));
    }
    return html;
}

QString otherQuestionsSection(const Babies &babies)
{
    return babies.say(Words::tr(
        "<h2>Other questions</h2><p>For questions that are not urgent, ask your midwife at your "
        "next appointment. If you feel very low, or have thoughts of harming yourself, tell your "
        "midwife or GP straight away, or call NHS 111 and choose the mental health option. For "
        "anything urgent about you or your baby, see the box on the first page.</p>"));
}

// The guidance behind the plan, once, at the end: the pages above speak in plain words.
QString sourcesSection(const CarePlanPrintInput &in)
{
    // The guidelines' names as they are published; what each is about in her language.
    QStringList sources{QStringLiteral("NICE NG201 (%1)").arg(Words::tr("antenatal care")),
                        QStringLiteral("NICE NG235 (%1)").arg(Words::tr("place of birth")),
                        QStringLiteral("FASP")};
    for (const Recommendation &r : in.plan.recommendations) {
        for (const QString &source : r.source.split(QStringLiteral(", "))) {
            if (!std::any_of(sources.cbegin(), sources.cend(),
                             [&](const QString &s) { return s.startsWith(source); }))
                sources << source;
        }
    }
    return Words::tr("<p class=\"sources\"><b>Where this plan's advice comes from:</b> "
                     "%1.</p>")
        .arg(esc(sources.join(QStringLiteral("; "))));
}

QString sectionsHtml(const CarePlanPrintInput &in)
{
    const Babies babies(in);
    QString html = titleSection(in, babies);
    html += teamSection(in, babies);
    html += whatMattersSection(in);
    html += appointmentsSection(in, babies);
    html += testsSection(in, babies);
    html += recommendationsSection(in, babies);
    html += birthPlaceSection(in, babies);
    html += supportSection(in);
    html += otherQuestionsSection(babies);
    html += sourcesSection(in);
    // A phone number is read and dialled whole: its groups never break across lines.
    static const QRegularExpression digitsApart(QStringLiteral("(\\d) (?=\\d)"));
    return html.replace(digitsApart, QStringLiteral("\\1&nbsp;"));
}

} // namespace

QString versionLine(const CarePlanPrintInput &input)
{
    if (input.version <= 0)
        return Words::tr("Plan made %1").arg(printedDate(input.printedOn));
    return Words::tr("Plan version %1 of %2")
        .arg(input.version)
        .arg(printedDate(input.versionDate.isValid() ? input.versionDate : input.printedOn));
}

QString carePlanBodyHtml(const CarePlanPrintInput &input)
{
    return QStringLiteral("<html><body>") + sectionsHtml(herCopyOf(input)) +
           QStringLiteral("</body></html>");
}

QString carePlanHtmlPage(const CarePlanPrintInput &input)
{
    const CarePlanPrintInput in = herCopyOf(input);
    const Woman &woman = in.booking.woman;
    // The page's markup stays out of the translation: only its title is words.
    QString html =
        QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\">"
                       "<title>%2</title><style>%3</style></head><body>")
            .arg(Words::tr("en", "the language of the page, as HTML names it"),
                 Words::tr("Your pregnancy care plan"), carePlanStyleSheet());
    html += Words::tr("<p class=\"identity\"><b>%1</b><br>%2<br>Date of birth %3"
                      "<br>%4</p>")
                .arg(esc(woman.fullName()), esc(clinical::nhs::labelled(woman.nhsNumber)),
                     esc(printedDate(woman.dateOfBirth)), esc(in.settings.trustName));
    html += sectionsHtml(in);
    html += Words::tr("<p class=\"identity\">%1. Printed %2.</p>")
                .arg(esc(versionLine(in)), esc(printedDate(in.printedOn)));
    return html + QStringLiteral("</body></html>\n");
}

} // namespace bb::documents
