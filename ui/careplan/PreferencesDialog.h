// SPDX-License-Identifier: MIT
#pragma once

#include "domain/BirthPreferences.h"
#include "domain/StoredCarePlan.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QTableWidget;

namespace bb::ui {

class FieldRows;

/// Her birth preferences gone through with her: what her plan says now beside what she sent,
/// part by part, in her words. She and her midwife take them into her plan (a new version, saved
/// when the midwife saves it), set them aside with the reason, or leave them for later.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Decision
    {
        Later,
        Take,
        SetAside
    };

    PreferencesDialog(const ReceivedPreferences &received, const StoredCarePlan &plan,
                      QWidget *parent = nullptr);

    Decision decision() const { return m_decision; }
    /// Why they were set aside, as typed.
    QString reason() const;
    QTableWidget *comparison() const { return m_comparison; }

private:
    void setAside();

    Decision m_decision = Decision::Later;
    QTableWidget *m_comparison;
    QLineEdit *m_reason;
    FieldRows *m_rows;
};

} // namespace bb::ui
