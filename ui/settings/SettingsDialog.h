// SPDX-License-Identifier: MIT
#pragma once

#include "documents/PrintSettings.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QTableWidget;

namespace bb::ui {

struct ClinicContext;

/// The trust's name, the maternity assessment line and the directory of birth places and
/// support services that printed care plans draw on.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(ClinicContext &context, QWidget *parent = nullptr);

    /// What is typed, as settings.
    documents::PrintSettings typedSettings() const;
    /// Validates and saves; on failure says why and keeps the dialog open.
    bool save();

    void accept() override;

private:
    void showSettings(const documents::PrintSettings &settings);
    void addService(const documents::ServiceContact &service);

    ClinicContext &m_context;
    QLineEdit *m_trustName;
    QLineEdit *m_assessmentLine;
    QTableWidget *m_services;
    QLabel *m_message;
};

} // namespace bb::ui
