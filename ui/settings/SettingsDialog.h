// SPDX-License-Identifier: MIT
#pragma once

#include "care/Settings.h"
#include "documents/PrintSettings.h"

#include <QDialog>
#include <QMap>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTabWidget;
class QTableWidget;

namespace bb::ui {

struct ClinicContext;
class BereavementSupportEditor;
class FieldRows;

/// The trust's name, the maternity assessment line and the directory of birth places and
/// support services that printed care plans draw on; the bereavement support a woman is given
/// after a loss; and England's bank holidays. Saved together, or not at all.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(ClinicContext &context, QWidget *parent = nullptr);

    /// What is typed, as settings.
    documents::PrintSettings typedSettings() const;
    /// Validates and saves everything; on failure shows each problem by its field, says why,
    /// and keeps the dialog open with what was typed.
    bool save();

    void accept() override;

private:
    void showSettings(const documents::PrintSettings &settings);
    void addService(const documents::ServiceContact &service);
    void showBankHolidays(const QList<QDate> &dates);
    /// The dates typed, one a line, and the line of each; a line that is not a date goes in
    /// `unreadable` by its number.
    QList<QDate> typedBankHolidays(QMap<int, QString> &unreadable, QList<int> &lines) const;

    ClinicContext &m_context;
    QTabWidget *m_tabs;
    FieldRows *m_rows;
    QLineEdit *m_trustName;
    QLineEdit *m_assessmentLine;
    QTableWidget *m_services;
    BereavementSupportEditor *m_support;
    QPlainTextEdit *m_bankHolidays;
    QLabel *m_bankHolidaysMessage;
    QLabel *m_message;
};

} // namespace bb::ui
