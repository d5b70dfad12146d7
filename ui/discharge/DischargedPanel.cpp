// SPDX-License-Identifier: MIT
#include "discharge/DischargedPanel.h"

#include "ClinicContext.h"
#include "care/DischargePrints.h"
#include "clinical/NhsNumber.h"
#include "discharge/BabyCarePanel.h"
#include "files/FileDialogs.h"

#include <QDir>
#include <QGridLayout>
#include <QLabel>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QVBoxLayout>

namespace bb::ui {
namespace {

QString dayText(const QDate &date)
{
    return date.toString(QStringLiteral("ddd d MMM yyyy"));
}

QLabel *wrapped(const QString &text)
{
    auto *label = new QLabel(text);
    label->setWordWrap(true);
    return label;
}

} // namespace

DischargedPanel::DischargedPanel(ClinicContext &context, QWidget *parent)
    : QGroupBox(tr("Discharged from maternity care"), parent), m_context(context),
      m_recorded(new QLabel)
{
    m_recorded->setObjectName(QStringLiteral("dischargeRecorded"));
    m_recorded->setWordWrap(true);
    m_recorded->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);

    auto *grid = new QGridLayout;
    const auto addDocument = [this, grid](int row, const QString &what, const QString &print,
                                          const QString &pdf, const QString &name,
                                          DischargeDocument document) {
        auto *printButton = new QPushButton(print);
        printButton->setObjectName(QStringLiteral("print") + name);
        connect(printButton, &QPushButton::clicked, this,
                [this, document] { previewDocument(document); });
        auto *pdfButton = new QPushButton(pdf);
        pdfButton->setObjectName(QStringLiteral("save") + name + QStringLiteral("Pdf"));
        connect(pdfButton, &QPushButton::clicked, this, [this, document] { saveAsPdf(document); });
        grid->addWidget(wrapped(what), row, 0);
        grid->addWidget(printButton, row, 1);
        grid->addWidget(pdfButton, row, 2);
    };
    addDocument(0, tr("The handover to the health visitor: confidential, not for the family."),
                tr("Print &handover..."), tr("Save handover as &PDF..."),
                QStringLiteral("Handover"), DischargeDocument::Handover);
    addDocument(1, tr("Her discharge summary: her copy, to take home (Ctrl+P)."),
                tr("Print her discharge &summary..."), tr("Save her summary as P&DF..."),
                QStringLiteral("Summary"), DischargeDocument::HerSummary);
    grid->setColumnStretch(0, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_recorded);
    layout->addLayout(grid);
}

void DischargedPanel::showDischarge(qint64 pregnancyId, const RecordedDischarge &discharged,
                                    const QList<Baby> &babies)
{
    m_pregnancyId = pregnancyId;
    const Discharge &d = discharged.discharge;
    QStringList lines;
    lines << tr("Discharged on %1 to %2.")
                 .arg(dayText(d.date), d.healthVisitor.isEmpty()
                                           ? tr("the health visiting team (not named)")
                                           : d.healthVisitor);
    for (const Baby &baby : babies) {
        lines << tr("%1: NHS number %2.")
                     .arg(babyTitle(baby, babies.size()),
                          baby.nhsNumber.isEmpty() ? tr("not recorded")
                                                   : clinical::nhs::format(baby.nhsNumber));
    }
    if (!d.handoverNotes.isEmpty())
        lines << tr("Notes for the health visitor (on the handover only): %1").arg(d.handoverNotes);
    // Whether she answered the Friends and Family Test is not kept with her record: it would
    // lead from the answers back to her.
    lines << tr("Recorded by %1 on %2.")
                 .arg(discharged.recordedBy,
                      discharged.recordedAt.toString(QStringLiteral("ddd d MMM yyyy HH:mm")));
    m_recorded->setText(lines.join(QLatin1Char('\n')));
}

care::Outcome<documents::DischargePrintInput> DischargedPanel::printInput() const
{
    return care::dischargePrintInput(m_context.clinic, m_pregnancyId, m_context.clock.today());
}

bool DischargedPanel::previewDocument(DischargeDocument document)
{
    const auto input = printInput();
    if (!input) {
        emit problem(tr("Not printed: %1").arg(input.message()));
        return false;
    }
    QPrinter printer;
    configureDischargePrinter(printer);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(document == DischargeDocument::Handover
                              ? tr("Handover to the health visitor - print preview")
                              : tr("Her discharge summary - print preview"));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
            [this, &input, document](QPrinter *target) {
                QString error;
                if (!paintDischargeDocument(target, document, input.value(), &error))
                    emit problem(tr("Not printed: %1").arg(error));
            });
    dialog.exec();
    return true;
}

bool DischargedPanel::saveDocumentAsPdf(DischargeDocument document, const QString &path,
                                        QString *error)
{
    const auto input = printInput();
    if (!input) {
        if (error)
            *error = input.message();
        return false;
    }
    return writeDischargeDocumentPdf(path, document, input.value(), error);
}

void DischargedPanel::saveAsPdf(DischargeDocument document)
{
    const bool handover = document == DischargeDocument::Handover;
    const QString path = chooseFileToSave(
        this, handover ? tr("Save the handover as PDF") : tr("Save her discharge summary as PDF"),
        handover ? tr("handover-to-health-visitor.pdf") : tr("discharge-summary.pdf"),
        tr("PDF (*.pdf)"), m_context.clinic.databaseFile());
    if (path.isEmpty())
        return;
    QString error;
    if (saveDocumentAsPdf(document, path, &error))
        emit done(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
    else
        emit problem(tr("The PDF was not saved: %1").arg(error));
}

} // namespace bb::ui
