// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractFileIconProvider>

namespace bb::ui {

/// Icons and type names for file lists, decided from a file's name alone: it never opens a file.
///
/// Qt's own providers ask the MIME database, which opens any file whose name it cannot place
/// (`clinic.sqlite`, its `-wal` and `-shm`) to read its first bytes. Closing that descriptor drops
/// every POSIX lock this process holds on the file, SQLite's included (SQLite's "How To Corrupt
/// An SQLite Database File", section 2.2); another process then takes the database as unused and
/// deletes the WAL the app is still writing to.
class NameOnlyIconProvider final : public QAbstractFileIconProvider
{
public:
    using QAbstractFileIconProvider::icon;
    QIcon icon(const QFileInfo &info) const override;
    QString type(const QFileInfo &info) const override;
};

/// The one provider every file list in the process uses (models do not own their provider).
QAbstractFileIconProvider *nameOnlyIconProvider();

} // namespace bb::ui
