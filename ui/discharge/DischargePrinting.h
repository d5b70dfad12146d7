// SPDX-License-Identifier: MIT
#pragma once

#include "documents/DischargeDocuments.h"

#include <QString>

QT_BEGIN_NAMESPACE
class QPagedPaintDevice;
class QPrinter;
QT_END_NAMESPACE

namespace bb::ui {

/// The two documents of her discharge: the handover to the health visitor (confidential, for
/// the staff) and her discharge summary (her copy).
enum class DischargeDocument
{
    Handover,
    HerSummary
};

/// Sets a printer up as the documents' PDF is: the same page, margins and resolution, so print
/// preview, paper and PDF break their pages in the same places.
void configureDischargePrinter(QPrinter &printer);

/// Paints `document` on a printer or the print preview, each page with the identifiers and
/// footer its PDF carries. False with the reason when nothing could be painted.
bool paintDischargeDocument(QPagedPaintDevice *device, DischargeDocument document,
                            const documents::DischargePrintInput &input, QString *error);

/// Writes `document` as its PDF, through the documents' own writer.
bool writeDischargeDocumentPdf(const QString &path, DischargeDocument document,
                               const documents::DischargePrintInput &input, QString *error);

} // namespace bb::ui
