// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QWidget;

namespace bb::ui {

struct ClinicContext;

/// Her signposting sheet of bereavement support (care::LossPrints), each page with her name,
/// NHS number and date of birth: shown in print preview, from which it is printed. False with
/// the reason, in plain words, when there is nothing to print (no loss recorded, no
/// organisation in the settings list for her loss).
bool previewSignposting(ClinicContext &context, qint64 pregnancyId, QWidget *parent,
                        QString *error);

/// The same sheet written as a PDF at `path`, through the document's own writer.
bool writeSignpostingPdf(ClinicContext &context, qint64 pregnancyId, const QString &path,
                         QString *error);

/// Asks where to save the sheet as a PDF and writes it there. Empty when saved or when she
/// cancelled (`*saved` says which); otherwise why it was not saved.
QString saveSignpostingPdf(ClinicContext &context, qint64 pregnancyId, QWidget *parent,
                           QString *saved);

} // namespace bb::ui
