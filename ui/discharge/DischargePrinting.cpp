// SPDX-License-Identifier: MIT
#include "discharge/DischargePrinting.h"

#include "documents/PagedDocument.h"

#include <QPrinter>

namespace bb::ui {

void configureDischargePrinter(QPrinter &printer)
{
    printer.setResolution(documents::kDocumentResolution);
    printer.setPageLayout(documents::documentPageLayout());
}

bool paintDischargeDocument(QPagedPaintDevice *device, DischargeDocument document,
                            const documents::DischargePrintInput &input, QString *error)
{
    return document == DischargeDocument::Handover
               ? documents::paintHandover(device, input, error)
               : documents::paintDischargeSummary(device, input, error);
}

bool writeDischargeDocumentPdf(const QString &path, DischargeDocument document,
                               const documents::DischargePrintInput &input, QString *error)
{
    return document == DischargeDocument::Handover
               ? documents::writeHandoverPdf(path, input, error)
               : documents::writeDischargeSummaryPdf(path, input, error);
}

} // namespace bb::ui
