// SPDX-License-Identifier: MIT
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace bb::storage {

/// The row a process leaves in `open_marker` while it has the file open for writing, so that
/// the next open can tell a clean close from a crash without reading the whole file.
class OpenMarker
{
public:
    /// Whether some earlier process left its row behind: it is no longer running, or ran on
    /// another machine. False on a file older than the marker table.
    static bool leftByEarlierProcess(const QSqlDatabase &db, QString *error);

    /// Removes rows left by earlier processes and adds this open's own row, in one transaction.
    /// Call only when the file is known to be sound.
    bool place(const QSqlDatabase &db, QString *error);

    /// Removes this open's row: the close was clean.
    void remove(const QSqlDatabase &db);

    bool isPlaced() const { return !m_id.isEmpty(); }

    /// The other processes that have the file open for writing, in words ("process 4120
    /// (bbclinic-cli) on this computer"), from their rows; this open's own row left out.
    QStringList othersInWords(const QSqlDatabase &db) const;

private:
    QString m_id;
};

} // namespace bb::storage
