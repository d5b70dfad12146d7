// SPDX-License-Identifier: MIT
#include "interop/CarePlanHtml.h"

#include "clinical/BirthPlace.h"
#include "clinical/NhsNumber.h"
#include "clinical/Recommendations.h"
#include "domain/Codes.h"
#include "util/HtmlText.h"

namespace bb::interop {
namespace {

using html::bulletList;
using html::esc;
using html::longDate;

QString categoryHeading(RecommendationCategory category)
{
    switch (category) {
    case RecommendationCategory::Medicine:
        return QStringLiteral("Medicines");
    case RecommendationCategory::Test:
        return QStringLiteral("Tests");
    case RecommendationCategory::Referral:
        return QStringLiteral("Referrals and appointments with specialists");
    case RecommendationCategory::Support:
        return QStringLiteral("Support");
    }
    return {};
}

QString scanTitle(const QString &code)
{
    if (code == QLatin1String("dating_scan"))
        return QStringLiteral("Dating scan and combined screening (11+2 to 14+1 weeks)");
    if (code == QLatin1String("anomaly_scan"))
        return QStringLiteral("Anomaly scan: a detailed check of your baby (18+0 to 20+6 weeks)");
    return code;
}

QString recommendationsSection(const CarePlan &plan)
{
    QString html = QStringLiteral("<h2>What we recommend for you</h2>");
    for (RecommendationCategory category :
         {RecommendationCategory::Medicine, RecommendationCategory::Test,
          RecommendationCategory::Referral, RecommendationCategory::Support}) {
        QString items;
        for (const Recommendation &r : plan.recommendations) {
            if (r.category != category)
                continue;
            items += QStringLiteral("<h4>%1</h4><p>%2</p><p>Why: %3. <i>Source: %4</i></p>")
                         .arg(esc(clinical::recommendationTitle(r.code)),
                              esc(clinical::recommendationAdvice(r.code)),
                              esc(r.reasons.join(QStringLiteral("; "))), esc(r.source));
        }
        if (!items.isEmpty())
            html += QStringLiteral("<h3>%1</h3>").arg(esc(categoryHeading(category))) + items;
    }
    return html;
}

QString scheduleSection(const CarePlan &plan)
{
    QString html = QStringLiteral("<h2>Your appointments</h2>");
    if (plan.contacts.isEmpty())
        html += QStringLiteral("<p>No further routine appointments are planned.</p>");
    for (const PlannedContact &c : plan.contacts) {
        html += QStringLiteral("<h4>%1 weeks: %2</h4><p>%3</p>")
                    .arg(c.week)
                    .arg(esc(longDate(c.date)), esc(c.purpose));
        if (!c.checks.isEmpty())
            html += QStringLiteral("<p>We will check:</p>") + bulletList(c.checks);
        if (!c.discussed.isEmpty())
            html += QStringLiteral("<p>We will talk about:</p>") + bulletList(c.discussed);
    }
    if (!plan.scans.isEmpty()) {
        html += QStringLiteral("<h2>Your scans</h2><table border=\"1\" cellpadding=\"4\" "
                               "cellspacing=\"0\"><tr><th>Scan</th><th>From</th><th>To</th></tr>");
        for (const ScanWindow &s : plan.scans) {
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                        .arg(esc(scanTitle(s.code)), esc(longDate(s.from)), esc(longDate(s.to)));
        }
        html += QStringLiteral("</table>");
    }
    return html;
}

QString birthPlaceSection(const CarePlan &plan)
{
    QString html = QStringLiteral(
        "<h2>Where to give birth</h2><p>You can choose where to give birth. Here is each place, "
        "and what we advise for you. The choice is yours, and you can change your mind.</p>");
    for (const BirthPlaceAdvice &p : plan.birthPlaces) {
        html += QStringLiteral("<h4>%1</h4><p>%2</p><p><b>%3</b></p>")
                    .arg(esc(codes::label(p.setting)),
                         esc(clinical::birthSettingDescription(p.setting)), esc(label(p.advice)));
        html += bulletList(p.reasons);
    }
    html += QStringLiteral("<p><b>Your choice:</b> %1</p>")
                .arg(esc(codes::label(plan.chosenPlaceOfBirth)));
    return html;
}

} // namespace

QString carePlanToHtml(const Booking &booking, const CarePlan &plan)
{
    const Woman &woman = booking.woman;
    const QString name = esc(woman.fullName());
    QString html =
        QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                       "<title>Care plan for %1</title></head><body>")
            .arg(name);
    html += QStringLiteral("<h1>Your pregnancy care plan</h1><p><b>%1</b><br>NHS number: %2<br>"
                           "Date of birth: %3</p>")
                .arg(name, esc(clinical::nhs::format(woman.nhsNumber)),
                     esc(longDate(woman.dateOfBirth)));
    html += QStringLiteral("<h2>Your due date</h2><p>Your baby is due on <b>%1</b> (worked out "
                           "from your %2). At your booking appointment on %3 you were %4 weeks "
                           "pregnant (weeks+days).</p>")
                .arg(esc(longDate(plan.edd)), esc(clinical::label(plan.eddMethod)),
                     esc(longDate(booking.pregnancy.bookingDate)),
                     esc(plan.gestationAtBooking.toString()));
    html += QStringLiteral("<p>Your care: <b>%1</b>.</p>").arg(esc(label(plan.pathway)));
    if (plan.bmi)
        html += QStringLiteral("<p>Your BMI at booking: %1.</p>").arg(*plan.bmi, 0, 'f', 1);
    html += recommendationsSection(plan);
    html += scheduleSection(plan);
    html += birthPlaceSection(plan);
    if (!plan.warnings.isEmpty())
        html +=
            QStringLiteral("<h2>Notes from your midwife's system</h2>") + bulletList(plan.warnings);
    html += QStringLiteral("<p>If you are worried about yourself or your baby at any time, or "
                           "your baby's movements slow down or stop, call your maternity unit "
                           "straight away, day or night.</p></body></html>\n");
    return html;
}

} // namespace bb::interop
