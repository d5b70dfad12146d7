// SPDX-License-Identifier: MIT
// The two documents of her discharge from maternity care: the handover to the health visitor
// (confidential, professional to professional) and her own discharge summary (her copy, from
// herCopyOf()). Both are laid out and painted by PagedDocument.
#include "documents/DischargeDocuments.h"

#include "clinical/ConditionCodes.h"
#include "clinical/ContactRules.h"
#include "clinical/NhsNumber.h"
#include "documents/CarePlanDocument.h"
#include "documents/HerCopy.h"
#include "documents/PagedDocument.h"
#include "domain/Codes.h"
#include "util/HtmlText.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace bb::documents {
namespace {

/// What this document says goes through Qt's translation system (translations/).
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(DischargeDocuments)
};

using html::bulletList;
using html::esc;
using html::longDate;

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><th>%1</th><td>%2</td></tr>").arg(esc(label), esc(value));
}

QString facts(const QStringList &rows)
{
    return QStringLiteral("<table class=\"grid\" cellpadding=\"4\" width=\"100%\">%1</table>")
        .arg(rows.join(QString()));
}

QString babyName(const Baby &baby, qsizetype count)
{
    const QString sex = baby.sex == BabySex::Female ? Words::tr("girl")
                        : baby.sex == BabySex::Male ? Words::tr("boy")
                                                    : Words::tr("baby");
    return count > 1 ? Words::tr("Baby %1 (%2)").arg(baby.order).arg(sex)
                     : Words::tr("Baby (%1)").arg(sex);
}

QString nhsNumberOf(const Baby &baby)
{
    return baby.nhsNumber.isEmpty()
               ? Words::tr("NHS number not recorded")
               : Words::tr("NHS number %1").arg(clinical::nhs::format(baby.nhsNumber));
}

QString grams(int weight)
{
    return QStringLiteral("%1 g").arg(QLocale::c().toString(weight));
}

QString dateOrNot(const QDate &date, const QString &notYet)
{
    return date.isValid() ? printedDate(date) : notYet;
}

QString whereCaredFor(const BabyAtDischarge &b)
{
    if (b.moves.isEmpty())
        return Words::tr("With her mother since the birth");
    QStringList moves;
    for (const BabyCareMove &move : b.moves) {
        QString line =
            Words::tr("From %1: %2").arg(printedDate(move.from), codes::label(move.location));
        if (!move.unit.isEmpty())
            line += QStringLiteral(", ") + move.unit;
        if (!move.reason.isEmpty())
            line += QStringLiteral(" (") + move.reason + QLatin1Char(')');
        moves << line;
    }
    return moves.join(QStringLiteral("; "));
}

QString weightChange(const BabyAtDischarge &b)
{
    if (!b.lastWeightGrams)
        return Words::tr("Not weighed after the birth");
    const double change = 100.0 * (*b.lastWeightGrams - b.baby.weightGrams) / b.baby.weightGrams;
    return Words::tr("%1 on %2 (%3%4% from birth weight)")
        .arg(grams(*b.lastWeightGrams), printedDate(b.lastWeighed),
             change > 0 ? QStringLiteral("+") : QString())
        .arg(change, 0, 'f', 1);
}

QString lmwhLine(const DischargePrintInput &input)
{
    if (!input.vte)
        return Words::tr("Postnatal VTE risk not assessed (her booking could not be dated)");
    QString line = clinical::postnatalLmwhAdvice(input.vte->lmwh);
    if (input.vte->considerSixWeeks)
        line += Words::tr("; more than three risk factors: consider extending to 6 weeks");
    if (!input.vte->reasons.isEmpty())
        line += Words::tr(". Because: ") + input.vte->reasons.join(QStringLiteral("; "));
    return line + Words::tr(" (RCOG Green-top Guideline 37a)");
}

QString birthFacts(const DischargePrintInput &input)
{
    const Birth &b = input.birth;
    QStringList rows;
    rows << row(Words::tr("Born"),
                printedDate(b.date) +
                    (b.time.isValid() ? Words::tr(" at ") + b.time.toString(QStringLiteral("HH:mm"))
                                      : QString()) +
                    (input.gestation
                         ? QStringLiteral(", ") + input.gestation->toString() + Words::tr(" weeks")
                         : QString()));
    QString place = codes::label(b.setting);
    if (b.setting != b.plannedSetting)
        place += Words::tr(" (planned: %1; %2)")
                     .arg(codes::label(b.plannedSetting), b.settingChangeReason);
    rows << row(Words::tr("Place"), place);
    rows << row(Words::tr("Onset of labour"), codes::label(b.onset));
    rows << row(Words::tr("Mode of birth"),
                codes::label(b.mode) + (b.midCavityOrRotational
                                            ? Words::tr(" (mid-cavity or rotational)")
                                            : QString()));
    rows << row(Words::tr("Perineum"), codes::label(b.perineum));
    rows << row(Words::tr("Blood loss"),
                Words::tr("%1 ml%2")
                    .arg(b.bloodLossMl)
                    .arg(b.transfused ? Words::tr(", transfused") : QString()));
    rows << row(Words::tr("Attended by"), input.attendants.join(QStringLiteral(", ")));
    return facts(rows);
}

QString babyFacts(const BabyAtDischarge &b, qsizetype count)
{
    const Baby &baby = b.baby;
    QStringList rows;
    rows << row(Words::tr("Identifiers"), nhsNumberOf(baby));
    rows << row(Words::tr("Outcome"), codes::label(baby.outcome));
    rows << row(Words::tr("Birth weight"), grams(baby.weightGrams));
    if (baby.outcome == BabyOutcome::LiveBirth) {
        QStringList apgar;
        if (baby.apgar1)
            apgar << Words::tr("%1 at 1 minute").arg(*baby.apgar1);
        if (baby.apgar5)
            apgar << Words::tr("%1 at 5 minutes").arg(*baby.apgar5);
        if (baby.apgar10)
            apgar << Words::tr("%1 at 10 minutes").arg(*baby.apgar10);
        rows << row(Words::tr("Apgar"),
                    apgar.join(QStringLiteral(", ")) +
                        (baby.resuscitation ? Words::tr("; resuscitated at birth") : QString()));
        rows << row(Words::tr("Vitamin K"), codes::label(baby.vitaminK));
        rows << row(Words::tr("Cared for"), whereCaredFor(b));
        rows << row(Words::tr("Weight"), weightChange(b));
        rows << row(Words::tr("Feeding"),
                    b.feeding == Feeding::NotDiscussed
                        ? codes::label(baby.firstFeed) + Words::tr(" (first feed)")
                        : codes::label(b.feeding));
        rows << row(Words::tr("Jaundice"), codes::label(b.jaundice));
        QString bloodSpot = dateOrNot(b.bloodSpotTaken, Words::tr("Not taken"));
        if (!b.bloodSpotTaken.isValid() && b.bloodSpot)
            bloodSpot +=
                Words::tr(" (due %1 to %2)")
                    .arg(printedDate(b.bloodSpot->first.from), printedDate(b.bloodSpot->first.to));
        if (b.bloodSpot && b.bloodSpot->repeat)
            bloodSpot += Words::tr("; repeat due %1 (born before 32 weeks)")
                             .arg(printedDate(*b.bloodSpot->repeat));
        rows << row(Words::tr("Blood spot test"), bloodSpot);
        rows << row(Words::tr("Hearing screen"),
                    dateOrNot(b.hearingScreened, Words::tr("Not recorded")));
        rows << row(Words::tr("Newborn physical examination"),
                    dateOrNot(b.physicalExamination, Words::tr("Not recorded")));
    }
    return QStringLiteral("<h3>%1</h3>").arg(esc(babyName(baby, count))) + facts(rows);
}

QString mentalHealthFacts(const DischargePrintInput &input)
{
    QStringList rows;
    QStringList history;
    for (const QString &code : input.booking.assessment.conditions) {
        if (const auto *info = clinical::findCondition(code);
            info && info->group == clinical::ConditionGroup::MentalHealthAndSubstances)
            history << info->label();
    }
    rows << row(Words::tr("At booking"), history.isEmpty()
                                             ? Words::tr("No mental health history recorded")
                                             : history.join(QStringLiteral("; ")));
    if (input.mentalHealth) {
        const MentalHealthAnswers &m = *input.mentalHealth;
        rows << row(Words::tr("Last asked"),
                    Words::tr("%1: low mood %2, little interest %3, GAD-2 score %4")
                        .arg(printedDate(input.mentalHealthAsked),
                             m.lowMood ? Words::tr("yes") : Words::tr("no"),
                             m.littleInterest ? Words::tr("yes") : Words::tr("no"))
                        .arg(m.gad2Score));
    } else {
        rows << row(Words::tr("Last asked"),
                    Words::tr("Whooley and GAD-2 not asked after the birth"));
    }
    return facts(rows);
}

QString safeguardingFacts(const DischargePrintInput &input)
{
    const BookingDetails &d = input.booking.details;
    QStringList concerns;
    for (const QString &code : input.booking.woman.social)
        concerns << codes::socialLabel(code);
    QStringList rows;
    rows << row(Words::tr("Social circumstances"), concerns.isEmpty()
                                                       ? Words::tr("None recorded")
                                                       : concerns.join(QStringLiteral("; ")));
    QString abuse = codes::label(d.abuseEnquiry);
    if (!d.abuseEnquiryNote.isEmpty())
        abuse += QStringLiteral(": ") + d.abuseEnquiryNote;
    rows << row(Words::tr("Domestic abuse enquiry"), abuse);
    rows << row(Words::tr("FGM enquiry"), codes::label(d.fgm));
    return facts(rows);
}

QString outstandingList(const DischargePrintInput &input)
{
    QStringList items;
    for (const ContactAction &action : input.outstanding) {
        QString item = clinical::contactActionTitle(action.code);
        if (!action.reasons.isEmpty())
            item += QStringLiteral(": ") + action.reasons.join(QStringLiteral("; "));
        if (!action.source.isEmpty())
            item += QStringLiteral(" (") + action.source + QLatin1Char(')');
        items << item;
    }
    for (const BabyAtDischarge &b : input.babies) {
        if (b.baby.outcome != BabyOutcome::LiveBirth)
            continue;
        const QString name = babyName(b.baby, input.babies.size());
        if (!b.bloodSpotTaken.isValid())
            items << Words::tr("%1: newborn blood spot test not recorded").arg(name);
        if (!b.hearingScreened.isValid())
            items << Words::tr("%1: newborn hearing screen not recorded").arg(name);
        if (!b.physicalExamination.isValid())
            items << Words::tr("%1: newborn physical examination not recorded").arg(name);
        if (b.baby.nhsNumber.isEmpty())
            items << Words::tr("%1: NHS number not recorded").arg(name);
    }
    if (items.isEmpty())
        return Words::tr("<p>Nothing outstanding.</p>");
    return bulletList(items);
}

QStringList identifiersOf(const DischargePrintInput &input)
{
    QStringList lines = herIdentifiers(input.booking.woman);
    for (const BabyAtDischarge &b : input.babies) {
        // Short enough to leave the header's left side room for what the document is.
        lines << Words::tr("%1 %2, born %3")
                     .arg(babyName(b.baby, input.babies.size()),
                          b.baby.nhsNumber.isEmpty() ? Words::tr("no NHS number yet")
                                                     : clinical::nhs::format(b.baby.nhsNumber),
                          printedDate(input.birth.date));
    }
    return lines;
}

PageBands handoverBands(const DischargePrintInput &input)
{
    PageBands bands;
    // The trust is named in the footer: the header's right side is taken by her and her
    // babies' identifiers, which are never shortened.
    bands.title = {Words::tr("CONFIDENTIAL"), Words::tr("Handover to health visitor")};
    bands.identifiers = identifiersOf(input);
    bands.footer = Words::tr("Discharged %1 by %2. Printed %3")
                       .arg(printedDate(input.discharge.discharge.date), input.discharge.recordedBy,
                            printedDate(input.printedOn));
    bands.footerSecond =
        Words::tr("%1. Confidential: not for the family.").arg(input.settings.trustName);
    return bands;
}

// Her babies born alive. What her copy says of "your baby" is about them: a mother whose baby
// was stillborn is never reminded of checks, tests or visits for a baby.
qsizetype liveBabies(const DischargePrintInput &input)
{
    return std::count_if(input.babies.cbegin(), input.babies.cend(), [](const BabyAtDischarge &b) {
        return b.baby.outcome == BabyOutcome::LiveBirth;
    });
}

QString yourBabies(qsizetype live)
{
    return live > 1 ? Words::tr("your babies") : Words::tr("your baby");
}

PageBands summaryBands(const DischargePrintInput &input)
{
    PageBands bands;
    bands.title = {Words::tr("Your discharge summary")};
    bands.identifiers = identifiersOf(input);
    bands.footer =
        Words::tr("%1. Printed %2").arg(input.settings.trustName, printedDate(input.printedOn));
    const qsizetype live = liveBabies(input);
    bands.footerSecond = live == 0
                             ? Words::tr("Worried about yourself? Call %1, day or night.")
                                   .arg(input.settings.assessmentLinePhone)
                             : Words::tr("Worried about yourself or %1? Call %2, day or night.")
                                   .arg(yourBabies(live), input.settings.assessmentLinePhone);
    return bands;
}

QString page(const QString &body)
{
    return QStringLiteral("<html><body>%1</body></html>").arg(body);
}

} // namespace

QString handoverBodyHtml(const DischargePrintInput &input)
{
    const Discharge &d = input.discharge.discharge;
    QString body;
    body += Words::tr("<h1>Handover to the health visitor</h1>");
    body += Words::tr("<p class=\"lead\"><b>Confidential: professional to professional.</b> "
                      "From maternity care to %1, on her discharge on %2. Not to be given "
                      "to the family.</p>")
                .arg(esc(d.healthVisitor.isEmpty() ? Words::tr("the health visiting team")
                                                   : d.healthVisitor),
                     esc(longDate(d.date)));
    QStringList contacts;
    contacts << row(Words::tr("Named midwife"),
                    input.namedMidwife.isEmpty() ? Words::tr("Not assigned") : input.namedMidwife);
    contacts << row(Words::tr("Team"),
                    input.team.isEmpty()
                        ? Words::tr("Not assigned")
                        : input.team + (input.teamPhone.isEmpty()
                                            ? QString()
                                            : QStringLiteral(", ") + input.teamPhone));
    contacts << row(Words::tr("Phone"), input.booking.woman.phone.isEmpty()
                                            ? Words::tr("Not recorded")
                                            : input.booking.woman.phone);
    contacts << row(Words::tr("GP practice"), input.booking.woman.gpPractice);
    contacts << row(Words::tr("Address"), input.booking.woman.address + QStringLiteral(", ") +
                                              input.booking.woman.postcode);
    contacts << row(Words::tr("Postnatal contacts"),
                    Words::tr("%1, the last on %2")
                        .arg(input.postnatalContacts)
                        .arg(dateOrNot(input.lastContact, Words::tr("none"))));
    body += facts(contacts);

    body += Words::tr("<h2>The birth</h2>") + birthFacts(input);
    body += QStringLiteral("<h2>%1</h2>")
                .arg(input.babies.size() > 1 ? Words::tr("The babies") : Words::tr("The baby"));
    for (const BabyAtDischarge &b : input.babies)
        body += babyFacts(b, input.babies.size());

    body += Words::tr("<h2>Feeding</h2>");
    body += facts({row(Words::tr("Mother"), codes::label(input.feeding)),
                   row(Words::tr("Contraception"), input.contraceptionDiscussed
                                                       ? Words::tr("Discussed")
                                                       : Words::tr("Not discussed yet"))});
    body += Words::tr("<h2>Mental health</h2>") + mentalHealthFacts(input);
    const BookingDetails &details = input.booking.details;
    body += Words::tr("<h2>Medicines</h2>");
    body +=
        facts({row(Words::tr("LMWH after the birth"), lmwhLine(input)),
               row(Words::tr("Medicines at booking"),
                   details.medicines.isEmpty() ? Words::tr("None recorded") : details.medicines),
               row(Words::tr("Allergies"),
                   details.allergies.isEmpty() ? Words::tr("Not recorded") : details.allergies)});
    body += Words::tr("<h2>Outstanding</h2>") + outstandingList(input);
    body += Words::tr("<h2>Safeguarding</h2>") + safeguardingFacts(input);
    if (!d.handoverNotes.isEmpty()) {
        body += Words::tr("<h2>Notes for the health visitor</h2><p>%1</p>")
                    .arg(esc(d.handoverNotes).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    }
    return page(body);
}

QString dischargeSummaryBodyHtml(const DischargePrintInput &full)
{
    const DischargePrintInput input = herCopyOf(full);
    const Birth &b = input.birth;
    const bool twins = input.babies.size() > 1;
    const qsizetype live = liveBabies(input);
    const QString baby = yourBabies(live);
    QString body;
    body += Words::tr("<h1>Your discharge from maternity care</h1>");
    // Who takes over is named on the handover; here it is "your health visitor", whatever team
    // that is, so the page says nothing of why a particular team was chosen.
    body +=
        Words::tr("<p class=\"lead\">Dear %1, your care from the maternity team ends "
                  "on %2. %3</p>")
            .arg(esc(input.booking.woman.givenName), esc(longDate(input.discharge.discharge.date)),
                 esc(live == 0 ? Words::tr("From now on your GP and your health visitor "
                                           "will look after you.")
                               : Words::tr("From now on your health visitor will look "
                                           "after you and %1.")
                                     .arg(baby)));

    // NICE NG194, the symptoms and signs of serious illness after the birth; in a box, so it
    // is never parted across two pages.
    body += Words::tr("<h2>Get help straight away</h2>");
    body += Words::tr("<table class=\"box\" cellpadding=\"8\" width=\"100%\"><tr><td>"
                      "<p>Call <b>%1</b>, day or night, or <b>999</b> in an emergency, "
                      "if you have:</p>%2</td></tr></table>")
                .arg(esc(input.settings.assessmentLinePhone),
                     bulletList({Words::tr("sudden or heavy bleeding from your vagina"),
                                 Words::tr("a high temperature, shivering, or pain in your "
                                           "tummy"),
                                 Words::tr("pain in your chest, or you are short of breath"),
                                 Words::tr("pain, swelling or redness in one leg"),
                                 Words::tr("a bad headache, or problems with your eyesight"),
                                 Words::tr("thoughts of harming yourself, or feeling you "
                                           "cannot cope")}));

    body += QStringLiteral("<h2>%1</h2>")
                .arg(live == 0 ? Words::tr("The birth")
                     : twins   ? Words::tr("Your babies' birth")
                               : Words::tr("Your baby's birth"));
    QStringList born;
    born << Words::tr("Born on %1%2")
                .arg(longDate(b.date),
                     b.time.isValid() ? Words::tr(" at ") + b.time.toString(QStringLiteral("HH:mm"))
                                      : QString());
    born << Words::tr("Where: %1").arg(codes::label(b.setting));
    born << Words::tr("How: %1").arg(codes::label(b.mode));
    for (const BabyAtDischarge &a : input.babies)
        born << Words::tr("%1: %2 at birth")
                    .arg(babyName(a.baby, input.babies.size()), grams(a.baby.weightGrams));
    body += bulletList(born);

    if (input.vte && input.vte->lmwh != clinical::PostnatalLmwh::None) {
        body += Words::tr("<h2>Your medicines</h2>");
        body += Words::tr("<p>You have injections to prevent blood clots (low molecular weight "
                          "heparin) %1 after the birth. Keep having them for the whole time, even "
                          "when you feel well.</p>")
                    .arg(input.vte->lmwh == clinical::PostnatalLmwh::SixWeeks
                             ? Words::tr("for 6 weeks")
                             : Words::tr("for at least 10 days"));
    }

    QStringList tests;
    for (const BabyAtDischarge &a : input.babies) {
        if (a.baby.outcome != BabyOutcome::LiveBirth)
            continue;
        // "Baby 2 (boy): hearing test..." for twins; a sentence of its own for one baby.
        const auto line = [&](const QString &text) {
            return twins ? babyName(a.baby, input.babies.size()) + QStringLiteral(": ") + text
                         : text.left(1).toUpper() + text.mid(1);
        };
        tests << line(a.bloodSpotTaken.isValid()
                          ? Words::tr("heel prick (blood spot) test done on %1")
                                .arg(printedDate(a.bloodSpotTaken))
                          : Words::tr("heel prick (blood spot) test still to do"));
        tests << line(a.hearingScreened.isValid()
                          ? Words::tr("hearing test done on %1").arg(printedDate(a.hearingScreened))
                          : Words::tr("hearing test still to do: ask your health visitor"));
        tests << line(a.physicalExamination.isValid()
                          ? Words::tr("newborn physical examination done on %1")
                                .arg(printedDate(a.physicalExamination))
                          : Words::tr("newborn physical examination still to do"));
    }
    if (!tests.isEmpty()) {
        body += Words::tr("<h2>%1 tests</h2>")
                    .arg(twins ? Words::tr("Your babies'") : Words::tr("Your baby's"));
        body += bulletList(tests);
    }

    body += Words::tr("<h2>What happens next</h2>");
    if (live == 0) {
        body += bulletList({Words::tr("Your health visitor will contact you."),
                            Words::tr("Book a check with your GP for yourself at 6 to 8 "
                                      "weeks after the birth.")});
    } else {
        body +=
            bulletList({Words::tr("Your health visitor will contact you to arrange a visit."),
                        Words::tr("Book a check with your GP for yourself and %1 at 6 to 8 weeks "
                                  "after the birth.")
                            .arg(baby),
                        Words::tr("Register %1's birth within 42 days.")
                            .arg(live > 1 ? Words::tr("each baby") : baby)});
    }

    if (!input.teamPhone.isEmpty() || !input.team.isEmpty()) {
        body +=
            Words::tr("<p>Your midwives were %1%2.</p>")
                .arg(esc(input.team.isEmpty() ? Words::tr("your community midwives")
                                              : Words::tr("the ") + input.team),
                     input.teamPhone.isEmpty() ? QString()
                                               : QStringLiteral(" (%1)").arg(esc(input.teamPhone)));
    }
    return page(body);
}

bool writeHandoverPdf(const QString &path, const DischargePrintInput &input, QString *error)
{
    return writeDocumentPdf(path, Words::tr("Handover to the health visitor"),
                            handoverBodyHtml(input), handoverBands(input), error);
}

bool writeDischargeSummaryPdf(const QString &path, const DischargePrintInput &input, QString *error)
{
    const DischargePrintInput hers = herCopyOf(input);
    return writeDocumentPdf(path, Words::tr("Your discharge from maternity care"),
                            dischargeSummaryBodyHtml(hers), summaryBands(hers), error);
}

bool paintHandover(QPagedPaintDevice *device, const DischargePrintInput &input, QString *error)
{
    return paintDocument(device, handoverBodyHtml(input), handoverBands(input), error);
}

bool paintDischargeSummary(QPagedPaintDevice *device, const DischargePrintInput &input,
                           QString *error)
{
    const DischargePrintInput hers = herCopyOf(input);
    return paintDocument(device, dischargeSummaryBodyHtml(hers), summaryBands(hers), error);
}

} // namespace bb::documents
