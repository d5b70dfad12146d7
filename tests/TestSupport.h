// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Booking.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <ostream>

QT_BEGIN_NAMESPACE
// Catch prints Qt values in failure messages through these.
inline std::ostream &operator<<(std::ostream &os, const QString &value)
{
    return os << '"' << value.toStdString() << '"';
}
inline std::ostream &operator<<(std::ostream &os, const QDate &value)
{
    return os << value.toString(Qt::ISODate).toStdString();
}
QT_END_NAMESPACE

namespace bb::test {

/// A valid, low-risk booking to change one thing at a time from.
Booking lowRiskBooking();

/// A scratch folder removed at the end of the test.
struct ScratchDir
{
    QTemporaryDir dir;
    QString file(const QString &name) const { return dir.filePath(name); }
};

QByteArray readFile(const QString &path);

/// Leaves the open marker of a process that is no longer running, as a crash would.
void leaveMarkerOfCrashedProcess(const QSqlDatabase &db);
QString examplesDir();

} // namespace bb::test
