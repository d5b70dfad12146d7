// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>
#include <QTextStream>

namespace bb {
class Clock;
}

namespace bb::cli {

// Each command takes the arguments after its name and returns the process exit code:
// 0 done, 1 could not be done (a file, the database), 2 bad input (nothing changed).

int runInit(const QStringList &args, const Clock &clock, QTextStream &out, QTextStream &err);
int runImportBooking(const QStringList &args, const Clock &clock, QTextStream &out,
                     QTextStream &err);
int runExportBooking(const QStringList &args, const Clock &clock, QTextStream &out,
                     QTextStream &err);
int runGenerate(const QStringList &args, const Clock &clock, QTextStream &out, QTextStream &err);
int runSummary(const QStringList &args, const Clock &clock, QTextStream &out, QTextStream &err);
/// `backup --db FILE --to DIR`: a checked copy of the database in DIR (care::Backups).
int runBackup(const QStringList &args, const Clock &clock, QTextStream &out, QTextStream &err);

/// `backup-passphrase --db FILE [--off]`: the passphrase backups are encrypted with from now
/// on (BBCLINIC_BACKUP_PASSPHRASE, or typed twice), or with --off none (administrators).
int runBackupPassphrase(const QStringList &args, const Clock &clock, QTextStream &out,
                        QTextStream &err);

/// `check --db FILE`: the full check (care::Integrity::checkAll()); exit 0 when nothing is
/// damaged, 1 naming each damaged record.
int runCheck(const QStringList &args, const Clock &clock, QTextStream &out, QTextStream &err);

} // namespace bb::cli
