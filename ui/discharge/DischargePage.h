// SPDX-License-Identifier: MIT
#pragma once

#include "care/Births.h"
#include "discharge/DischargePrinting.h"
#include "domain/Booking.h"
#include "domain/Discharge.h"
#include "domain/FieldError.h"
#include "forms/StageForm.h"

#include <QJsonObject>
#include <QList>

#include <optional>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace bb::ui {

class BabyCarePanel;
class DischargedPanel;
class DateField;
class FieldRows;

/// The end of her maternity care. Where each baby born alive is cared for (with her mother, in
/// transitional care or a neonatal unit) with a form to record a move; then her discharge to the
/// health visitor: the day, who takes over, her babies' NHS numbers, notes for the health
/// visitor, and her answer to the Friends and Family Test with her own words, kept apart from
/// her record. Ctrl+S records what is typed: a move, or her discharge. Once she is discharged
/// the page shows the discharge as recorded and prints the handover and her discharge summary.
/// Before her birth is recorded there is nothing to record, and the page says so.
class DischargePage : public StageForm
{
    Q_OBJECT
public:
    explicit DischargePage(ClinicContext &context, QWidget *parent = nullptr);
    ~DischargePage() override;

    /// Records a move typed in the babies' form, then her discharge when something of it is
    /// typed (or nothing was typed anywhere: then it says how to discharge her as shown).
    bool save() override;
    void openPregnancy(const Booking &booking) override;
    /// Her discharge summary, once she is discharged.
    bool printPreview() override;

    /// Shows `document` in a print preview; false (with the reason on the page) before she is
    /// discharged.
    bool previewDocument(DischargeDocument document);
    /// Writes `document` as a PDF to `path`.
    bool saveDocumentAsPdf(DischargeDocument document, const QString &path, QString *error);

    /// Her babies' NHS number fields, one per baby of her birth at most.
    static constexpr int kBabyRows = 6;

protected:
    QString recordKey() const override;
    void showSavedValue() override;
    QWidget *inputsRoot() override { return m_inputs; }
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildDischarge();
    QWidget *buildFeedback();
    /// Reads her birth and discharge and shows the parts of the page they allow.
    void readRecord();
    bool dischargeTyped() const;
    /// Discharges her with what is typed; on a problem shows it beside its field.
    bool discharge();
    /// Asks before discharging her on the typed date, saying which of her postnatal
    /// appointments that cancels; true to go ahead.
    bool confirmDischarge();
    Discharge typedDischarge(FieldErrors &problems) const;
    std::optional<Feedback> typedFeedback(FieldErrors &problems) const;
    void showProblems(const FieldErrors &problems);
    void showDone(const QString &message);

    Booking m_booking;
    std::optional<care::BirthRecord> m_birth;
    std::optional<RecordedDischarge> m_discharged;
    QJsonObject m_blank;   ///< the discharge form as loaded
    QString m_readProblem; ///< why her record could not be read, when it could not

    QWidget *m_inputs = nullptr;
    QLabel *m_noBirth = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_outcome = nullptr;
    BabyCarePanel *m_care = nullptr;
    QGroupBox *m_dischargeBox = nullptr;
    FieldRows *m_rows = nullptr;
    DateField *m_date = nullptr;
    QLineEdit *m_healthVisitor = nullptr;
    QList<QLineEdit *> m_nhsNumbers;
    QPlainTextEdit *m_notes = nullptr;
    FieldRows *m_feedbackRows = nullptr;
    QComboBox *m_answer = nullptr;
    QPlainTextEdit *m_words = nullptr;
    DischargedPanel *m_dischargedPanel = nullptr;
};

} // namespace bb::ui
