// SPDX-License-Identifier: MIT
#pragma once

#include "care/Outcome.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

#include <optional>

namespace bb {
class Clock;
}

namespace bb::storage {
class Database;
struct DamagedRow;
} // namespace bb::storage

namespace bb::care {

/// A woman's record with parts that no longer match the seals kept with them
/// (storage::Seals): what she is called in it and which parts they are, in words.
struct DamagedRecord
{
    qint64 womanId = 0;
    QString who;       ///< "Sophie Smith (999 126 7042)", as the damaged record reads
    QStringList parts; ///< "version 2 of her care plan"
    /// One sentence naming her and the damaged parts, with what to do about it.
    QString warning() const;
};

/// What the full check of the whole file found.
struct IntegrityReport
{
    QDateTime checkedAt;
    QString fileProblem; ///< what SQLite's integrity check found; empty when the file is sound
    QList<DamagedRecord> records;
    bool sound() const { return fileProblem.isEmpty() && records.isEmpty(); }
    /// One line for the window's status bar and the command line.
    QString summary() const;
};

/// Whether what is stored is still what was saved. SQLite checks its own structure; each row a
/// clinician relies on also carries a seal, and a record whose seal no longer matches is shown,
/// printed and exported as damaged, never as if it were right.
class Integrity
{
public:
    Integrity(const storage::Database &database, const Clock &clock);

    /// Her record's damaged parts; none when it is intact; a failure when it cannot be read.
    Outcome<std::optional<DamagedRecord>> ofWoman(qint64 womanId) const;
    /// The refusal to print anything of the pregnancy's record when any of her record is
    /// damaged: a plan or letter is never made from rows that are not what was saved.
    std::optional<Failure> refusalToPrint(qint64 pregnancyId) const;
    /// The full check: SQLite's integrity check and every seal, stamped with the clock's time.
    /// Reads only; it may run on a connection of its own in the background.
    Outcome<IntegrityReport> checkAll() const;

private:
    /// The damaged rows grouped by whose record they are part of.
    Outcome<QList<DamagedRecord>> recordsOf(const QList<storage::DamagedRow> &rows) const;

    const storage::Database &m_database;
    const Clock &m_clock;
};

/// The full check of the clinic file at `path` on a read-only connection of its own, made and
/// closed on the calling thread: for a check in the background while the window goes on
/// using its own connection. Stamped `at`.
Outcome<IntegrityReport> checkClinicFile(const QString &path, const QDateTime &at);

} // namespace bb::care
