// SPDX-License-Identifier: MIT
// The signposting sheet of bereavement support: her copy, written to a woman reading it at home
// in the days after her loss. Plain, warm words; no clinical terms; nothing from the staff's
// record but her name, NHS number and date of birth in the header of every page.
#include "documents/SignpostingDocument.h"

#include "documents/CarePlanDocument.h"
#include "documents/HerCopy.h"
#include "util/HtmlText.h"

#include <QCoreApplication>

namespace bb::documents {
namespace {

/// What this document says goes through Qt's translation system (translations/).
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(SignpostingDocument)
};

using html::bulletList;
using html::esc;

QString lossWords(LossKind loss)
{
    return speaksOfBaby(loss) ? Words::tr("your baby") : Words::tr("your pregnancy");
}

QString trustOrHospital(const SignpostingInput &input)
{
    return input.trustName.isEmpty() ? Words::tr("the hospital") : input.trustName;
}

QString midwivesSection(const SignpostingInput &input)
{
    QString body = Words::tr("<h2>Your midwives are here for you</h2>");
    const QString midwife = input.namedMidwife.isEmpty()
                                ? Words::tr("Your midwife")
                                : Words::tr("Your midwife, %1,").arg(esc(input.namedMidwife));
    body += Words::tr("<p>%1 and the bereavement midwives at %2 are here for you and your "
                      "family. You can talk to them about anything, however small: what "
                      "happened, how you are feeling, or what happens next.</p>")
                .arg(midwife, esc(trustOrHospital(input)));
    if (!input.teamPhone.isEmpty()) {
        body += Words::tr("<p>You can call %1 on <b>%2</b>.</p>")
                    .arg(esc(input.team.isEmpty() ? Words::tr("your midwives")
                                                  : Words::tr("the ") + input.team),
                         esc(input.teamPhone));
    }
    return body;
}

QString lookingAfterYourself(const SignpostingInput &input)
{
    QString body = Words::tr("<h2>Looking after yourself</h2>");
    // In a box, so it is never parted across two pages.
    body += Words::tr("<table class=\"box\" cellpadding=\"8\" width=\"100%\"><tr><td>"
                      "<p>Call <b>%1</b> straight away, day or night, or <b>999</b> in an "
                      "emergency, if you have:</p>%2</td></tr></table>")
                .arg(esc(input.assessmentLinePhone),
                     bulletList({Words::tr("heavy bleeding, or bleeding that gets heavier"),
                                 Words::tr("a high temperature, or you feel shivery and "
                                           "unwell"),
                                 Words::tr("pain in your tummy that is getting worse"),
                                 Words::tr("pain or swelling in one leg, or you are short "
                                           "of breath"),
                                 Words::tr("thoughts of harming yourself, or you feel you "
                                           "cannot cope")}));
    if (postnatalCareContinues(input.loss)) {
        body += Words::tr("<p>Your midwife will still visit you at home after the birth, to "
                          "look after you. In the days after the birth your breasts may "
                          "fill with milk. This can be very hard; your midwife can talk "
                          "with you about what helps.</p>");
    } else {
        body += Words::tr("<p>Your body may take a few weeks to recover. Rest when you "
                          "can, and ask your midwife or your GP about anything that "
                          "worries you.</p>");
    }
    body += Words::tr("<p>Grief can make it hard to sleep, eat or think clearly. If low "
                      "feelings stay with you, please talk to your GP or your midwife: "
                      "help is there for you.</p>");
    return body;
}

QString organisation(const BereavementSupport &s)
{
    QString cell = QStringLiteral("<h3>%1</h3>").arg(esc(s.name));
    if (!s.offers.isEmpty())
        cell += QStringLiteral("<p>%1</p>").arg(esc(s.offers));
    QStringList reach;
    if (!s.phone.isEmpty())
        reach << Words::tr("Phone: <b>%1</b>").arg(esc(s.phone));
    if (!s.website.isEmpty())
        reach << Words::tr("Website: <b>%1</b>").arg(esc(s.website));
    if (!reach.isEmpty())
        cell += QStringLiteral("<p>%1</p>").arg(reach.join(QStringLiteral("<br>")));
    // A table of its own, so that an organisation is never parted across two pages and a page
    // never ends in an open box.
    return QStringLiteral("<table class=\"grid\" cellpadding=\"8\" width=\"100%\"><tr><td>%1</td>"
                          "</tr></table>")
        .arg(cell);
}

QString organisationsSection(const SignpostingInput &input)
{
    if (input.support.isEmpty())
        return {};
    QString body = Words::tr("<h2>Organisations that can help</h2>");
    body += Words::tr("<p>These organisations support parents and families after %1. You "
                      "can contact them whenever you feel ready, now or in the months "
                      "and years to come. Your partner and your family can contact them "
                      "too.</p>")
                .arg(speaksOfBaby(input.loss) ? Words::tr("the loss of a baby")
                                              : Words::tr("the loss of a pregnancy"));
    for (const BereavementSupport &s : input.support)
        body += organisation(s);
    return body;
}

} // namespace

bool speaksOfBaby(LossKind loss)
{
    return loss == LossKind::Stillbirth || loss == LossKind::NeonatalDeath;
}

QString signpostingTitle(LossKind loss)
{
    return Words::tr("Support after the loss of %1").arg(lossWords(loss));
}

QString signpostingBodyHtml(const SignpostingInput &full)
{
    const SignpostingInput input = herCopyOf(full);
    QString body = QStringLiteral("<h1>%1</h1>").arg(esc(signpostingTitle(input.loss)));
    body += Words::tr("<p class=\"lead\">Dear %1, we are so sorry for the loss of %2.</p>")
                .arg(esc(input.woman.givenName), lossWords(input.loss));
    body += Words::tr("<p>There is no right or wrong way to feel, and no set time for "
                      "grief. You do not have to go through this alone: the people on "
                      "this sheet are there for you, whenever you feel ready to talk.</p>");
    body += midwivesSection(input);
    body += organisationsSection(input);
    body += lookingAfterYourself(input);
    body += Words::tr("<p style=\"margin-top: 14px\">With our deepest sympathy,<br>your "
                      "midwives at %1</p>")
                .arg(esc(trustOrHospital(input)));
    return QStringLiteral("<html><body>%1</body></html>").arg(body);
}

PageBands signpostingBands(const SignpostingInput &input)
{
    PageBands bands;
    bands.title = {signpostingTitle(input.loss)};
    bands.identifiers = herIdentifiers(input.woman);
    bands.footer =
        input.trustName.isEmpty()
            ? Words::tr("Printed %1").arg(printedDate(input.printedOn))
            : Words::tr("%1. Printed %2").arg(input.trustName, printedDate(input.printedOn));
    bands.footerSecond = Words::tr("Worried about your health? Call %1, day or night.")
                             .arg(input.assessmentLinePhone);
    return bands;
}

bool writeSignpostingPdf(const QString &path, const SignpostingInput &input, QString *error)
{
    const SignpostingInput hers = herCopyOf(input);
    return writeDocumentPdf(path, signpostingTitle(hers.loss), signpostingBodyHtml(hers),
                            signpostingBands(hers), error);
}

bool paintSignposting(QPagedPaintDevice *device, const SignpostingInput &input, QString *error)
{
    const SignpostingInput hers = herCopyOf(input);
    return paintDocument(device, signpostingBodyHtml(hers), signpostingBands(hers), error);
}

} // namespace bb::documents
