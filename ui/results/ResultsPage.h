// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Booking.h"
#include "domain/TestResult.h"
#include "forms/StageForm.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace bb::ui {

class DateField;
class FieldRows;

/// Her blood and scan results: the list, newest first, a new result typed below it, and what
/// was done about one that needs action. What is still due shows here and in her record's
/// header until it is done.
class ResultsPage : public StageForm
{
    Q_OBJECT
public:
    explicit ResultsPage(ClinicContext &context, QWidget *parent = nullptr);
    ~ResultsPage() override;

    /// Saves the result typed below the list.
    bool save() override;
    void openPregnancy(const Booking &booking) override;
    /// Records the action typed for the chosen result.
    bool recordAction();
    QTableWidget *table() const { return m_table; }

protected:
    QString recordKey() const override;
    void showSavedValue() override;
    QWidget *inputsRoot() override { return m_inputs; }

private:
    void fillTable();
    void showChosen();

    qint64 m_pregnancyId = 0;
    QList<TestResult> m_results; ///< newest first, one for each row
    QTableWidget *m_table;
    QLabel *m_due;
    QLabel *m_message;
    QWidget *m_inputs;
    FieldRows *m_rows = nullptr;
    QComboBox *m_kind = nullptr;
    DateField *m_date = nullptr;
    QLineEdit *m_value = nullptr;
    QCheckBox *m_needsAction = nullptr;
    QLineEdit *m_action = nullptr;
    QPushButton *m_recordAction = nullptr;
};

} // namespace bb::ui
