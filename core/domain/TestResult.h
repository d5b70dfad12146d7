// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace bb {

/// A blood test or scan result of her pregnancy: what it was, when, the value as reported, and
/// whether it needs someone to act. A result that needs action stays on her record until the
/// action taken is recorded.
struct TestResult
{
    qint64 id = 0;
    qint64 pregnancyId = 0;
    QString kind;  ///< a code of codes::resultKindCodes(): `fbc`, `blood_group`, `anomaly_scan`...
    QDate date;    ///< taken or scanned
    QString value; ///< as reported: `Hb 98 g/L`, `O RhD negative`, `no anomaly seen`
    bool needsAction = false;
    QString actionTaken; ///< empty until someone acts on it
    QDate actedOn;
    QString actedBy;
    QString recordedBy;
    QDateTime recordedAt;

    bool awaitingAction() const { return needsAction && actionTaken.isEmpty(); }
    bool operator==(const TestResult &) const = default;
};

} // namespace bb

namespace bb::codes {

/// The kinds of result her record holds: the booking bloods (NICE NG201; NHS screening
/// programmes), the 28-week bloods, anti-D given, the glucose test and the scans.
QStringList resultKindCodes();
QString resultKindLabel(const QString &code);
bool isResultKind(const QString &code);

} // namespace bb::codes
