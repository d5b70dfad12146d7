// SPDX-License-Identifier: MIT
#pragma once

#include "documents/PagedDocument.h"
#include "domain/Loss.h"
#include "domain/Woman.h"

#include <QDate>
#include <QList>
#include <QString>

QT_BEGIN_NAMESPACE
class QPagedPaintDevice;
QT_END_NAMESPACE

namespace bb::documents {

/// Everything the signposting sheet of bereavement support prints for a woman whose pregnancy
/// ended in a loss. Only what the sheet needs is taken from the trust's settings (its name and
/// the assessment line), so nothing else of the directory can reach her copy.
struct SignpostingInput
{
    Woman woman;
    LossKind loss = LossKind::Miscarriage;
    QDate lossDate; ///< not printed: she knows the day, and the sheet is about what comes next
    QString trustName;
    QString assessmentLinePhone;       ///< answered day and night
    QString namedMidwife;              ///< empty when none is recorded
    QString team;                      ///< her named midwife's team
    QString teamPhone;                 ///< may be empty
    QList<BereavementSupport> support; ///< in the order printed
    QDate printedOn;
    bool operator==(const SignpostingInput &) const = default;
};

/// Whether the sheet speaks of her baby (a stillbirth or a neonatal death) or of her pregnancy.
bool speaksOfBaby(LossKind loss);

/// `Support after the loss of your baby` or `... of your pregnancy`.
QString signpostingTitle(LossKind loss);

/// The sheet's body as HTML built from escaped values, written to her: who is there for her,
/// looking after herself, and each organisation for her kind of loss with what it offers, its
/// phone number and website. Her copy, from herCopyOf(input): organisations not for her loss
/// are left out however the input lists them.
QString signpostingBodyHtml(const SignpostingInput &input);

/// What every page carries: the title, her name, NHS number and date of birth, the trust, the
/// printed date, `Page i of n` and the number to call.
PageBands signpostingBands(const SignpostingInput &input);

/// Writes the sheet as an A4 PDF at 300 dpi; the file is replaced only when the whole sheet was
/// written.
bool writeSignpostingPdf(const QString &path, const SignpostingInput &input, QString *error);
/// The sheet painted on a printer or the print preview, with the bands its PDF carries.
bool paintSignposting(QPagedPaintDevice *device, const SignpostingInput &input, QString *error);

} // namespace bb::documents
