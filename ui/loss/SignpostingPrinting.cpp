// SPDX-License-Identifier: MIT
#include "loss/SignpostingPrinting.h"

#include "ClinicContext.h"
#include "documents/PagedDocument.h"
#include "documents/SignpostingDocument.h"
#include "files/FileDialogs.h"

#include <QCoreApplication>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace bb::ui {
namespace {

/// Its words go through Qt's translation system (translations/), in a context of their own.
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(bb::ui::SignpostingPrinting)
};

} // namespace

bool previewSignposting(ClinicContext &context, qint64 pregnancyId, QWidget *parent, QString *error)
{
    const auto input = context.clinic.lossPrints.signpostingFor(pregnancyId);
    if (!input) {
        if (error)
            *error = input.message();
        return false;
    }
    QPrinter printer;
    // The PDF's page, margins and resolution: preview, paper and PDF break in the same places.
    printer.setResolution(documents::kDocumentResolution);
    printer.setPageLayout(documents::documentPageLayout());
    printer.setDocName(documents::signpostingTitle(input->loss));
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(Words::tr("Bereavement support sheet - print preview"));
    QString painting;
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&input, &painting](QPrinter *target) {
                         documents::paintSignposting(target, input.value(), &painting);
                     });
    dialog.exec();
    if (!painting.isEmpty()) {
        if (error)
            *error = painting;
        return false;
    }
    return true;
}

bool writeSignpostingPdf(ClinicContext &context, qint64 pregnancyId, const QString &path,
                         QString *error)
{
    const auto input = context.clinic.lossPrints.signpostingFor(pregnancyId);
    if (!input) {
        if (error)
            *error = input.message();
        return false;
    }
    return documents::writeSignpostingPdf(path, input.value(), error);
}

QString saveSignpostingPdf(ClinicContext &context, qint64 pregnancyId, QWidget *parent,
                           QString *saved)
{
    // Asked before choosing a file: a sheet that cannot be made is said at once.
    const auto input = context.clinic.lossPrints.signpostingFor(pregnancyId);
    if (!input)
        return input.message();
    const QString path =
        chooseFileToSave(parent, Words::tr("Save the bereavement support sheet as PDF"),
                         Words::tr("bereavement-support.pdf"), Words::tr("PDF (*.pdf)"),
                         context.clinic.databaseFile());
    if (path.isEmpty())
        return {};
    QString error;
    if (!documents::writeSignpostingPdf(path, input.value(), &error))
        return error;
    if (saved)
        *saved = path;
    return {};
}

} // namespace bb::ui
