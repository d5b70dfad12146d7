// SPDX-License-Identifier: MIT
#pragma once

#include "care/Outcome.h"
#include "discharge/DischargePrinting.h"
#include "domain/Birth.h"
#include "domain/Discharge.h"

#include <QGroupBox>

class QLabel;

namespace bb::ui {

struct ClinicContext;

/// Her discharge as recorded, read only, and the two documents it prints: the handover to the
/// health visitor (confidential) and her discharge summary (her copy), each in a print preview
/// or saved as a PDF.
class DischargedPanel : public QGroupBox
{
    Q_OBJECT
public:
    explicit DischargedPanel(ClinicContext &context, QWidget *parent = nullptr);

    /// Shows her discharge from pregnancy `pregnancyId`, with the NHS numbers of `babies`.
    void showDischarge(qint64 pregnancyId, const RecordedDischarge &discharged,
                       const QList<Baby> &babies);

    /// Shows `document` in a print preview; false (with the reason told) when it cannot be
    /// made.
    bool previewDocument(DischargeDocument document);
    /// Writes `document` as a PDF to `path`.
    bool saveDocumentAsPdf(DischargeDocument document, const QString &path, QString *error);

signals:
    /// Something could not be printed or saved, and why.
    void problem(const QString &message);
    /// What was just done, in plain words.
    void done(const QString &message);

private:
    void saveAsPdf(DischargeDocument document);
    care::Outcome<documents::DischargePrintInput> printInput() const;

    ClinicContext &m_context;
    qint64 m_pregnancyId = 0;
    QLabel *m_recorded = nullptr;
};

} // namespace bb::ui
