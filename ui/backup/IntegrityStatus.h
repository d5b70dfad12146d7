// SPDX-License-Identifier: MIT
#pragma once

#include "care/Integrity.h"

#include <QLabel>
#include <QTimer>

namespace bb::ui {

struct ClinicContext;

/// In the status bar: what the last full check of the file found (care::Integrity::checkAll():
/// SQLite's integrity check and every record's seal). It runs on a thread and a read-only
/// connection of its own, a minute after the window opens and then every day, so the window
/// never waits for it.
class IntegrityStatus : public QLabel
{
    Q_OBJECT
public:
    explicit IntegrityStatus(ClinicContext &context, QWidget *parent = nullptr);

    /// Starts a check now unless one is running.
    void checkNow();
    bool isChecking() const { return m_checking; }

signals:
    /// A check has finished and its result is shown.
    void checked(const bb::care::IntegrityReport &report);

private:
    void showResult(const care::Outcome<care::IntegrityReport> &result);

    ClinicContext &m_context;
    QTimer m_schedule;
    bool m_checking = false;
};

} // namespace bb::ui
