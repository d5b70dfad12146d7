// SPDX-License-Identifier: MIT
#include "documents/CarePlanDocument.h"

#include "clinical/NhsNumber.h"
#include "documents/PagedDocument.h"

#include <QCoreApplication>
#include <QTextDocument>

namespace bb::documents {
namespace {

/// What this document says goes through Qt's translation system (translations/).
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(CarePlanDocument)
};

PageBands bandsFor(const CarePlanPrintInput &input)
{
    PageBands bands;
    bands.title = {Words::tr("Your pregnancy care plan"), input.settings.trustName};
    bands.identifiers = herIdentifiers(input.booking.woman);
    bands.footer =
        Words::tr("%1. Printed %2").arg(versionLine(input), printedDate(input.printedOn));
    // The number to call, on every page.
    bands.footerSecond = Words::tr("Worried about yourself or %1? Call %2, day or night.")
                             .arg(input.booking.pregnancy.fetuses > 1 ? Words::tr("your babies")
                                                                      : Words::tr("your baby"),
                                  input.settings.assessmentLinePhone);
    return bands;
}

} // namespace

CarePlanPrintInput printInputFor(const StoredCarePlan &stored, const PrintSettings &settings,
                                 const QDate &printedOn, const QString &namedMidwife,
                                 const QString &team)
{
    CarePlanPrintInput input;
    input.booking = stored.basedOn;
    input.plan = stored.plan;
    // The stored version's own field is the record of her choice; the plan copy follows it.
    input.plan.chosenPlaceOfBirth = stored.chosenPlaceOfBirth;
    input.namedMidwife = namedMidwife;
    input.team = team;
    input.settings = settings;
    input.printedOn = printedOn;
    input.decisions = stored.decisions;
    input.whatMatters = stored.whatMatters;
    input.birthPreferences = stored.birthPreferences;
    input.version = stored.version;
    input.versionDate = stored.savedAt.date();
    return input;
}

QPageLayout carePlanPageLayout()
{
    return documentPageLayout();
}

QString carePlanStyleSheet()
{
    return documentStyleSheet();
}

QString printedDate(const QDate &date)
{
    // QDate::toString with a format uses English month names on every machine (Qt 6).
    return date.toString(QStringLiteral("dd-MMM-yyyy"));
}

QStringList herIdentifiers(const Woman &woman)
{
    return {woman.fullName(),
            clinical::nhs::labelled(woman.nhsNumber), // or her temporary identifier, marked
            Words::tr("Date of birth %1").arg(printedDate(woman.dateOfBirth))};
}

std::unique_ptr<QTextDocument> layoutCarePlan(QPagedPaintDevice *device,
                                              const CarePlanPrintInput &input)
{
    return layoutDocument(device, carePlanBodyHtml(input), bandsFor(input));
}

int carePlanPageCount(QPagedPaintDevice *device, const CarePlanPrintInput &input)
{
    if (!canLayOutPages())
        return 0;
    return layoutCarePlan(device, input)->pageCount();
}

void renderCarePlan(QPagedPaintDevice *device, const CarePlanPrintInput &input)
{
    QString error;
    if (!paintDocument(device, carePlanBodyHtml(input), bandsFor(input), &error))
        qWarning("care plan not printed: %s", qPrintable(error));
}

bool writeCarePlanPdf(const QString &path, const CarePlanPrintInput &input, QString *error)
{
    return writeDocumentPdf(path, Words::tr("Pregnancy care plan"), carePlanBodyHtml(input),
                            bandsFor(input), error);
}

} // namespace bb::documents
