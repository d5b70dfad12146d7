// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace bb::bench {

/// How much of each fault to inject.
struct FaultRounds
{
    int killRounds = 1000;   ///< command-line writers killed with SIGKILL part-way
    int writerSeconds = 120; ///< processes writing at once, for this long
    int writers = 4;
    int flippedFiles = 60; ///< copies of a clinic with 8 random bytes changed
};

/// `bbclinic-bench --faults`: the kill-9 loop over imports and contact recording, the
/// multi-process writers and the byte-flip probe, each on a demonstration clinic of its own in a
/// temporary folder, run through the real command line and the app's own reading of records.
/// Prints rounds, acknowledged writes, lost writes, corrupted files and damaged rows served;
/// returns 0 when no acknowledged write was lost, no file was left corrupted and no damaged row
/// was served as if it were right, 1 otherwise.
int runFaults(const FaultRounds &rounds);

/// `bbclinic-bench --contention --db D`: the demonstration clinic made in the new database D (a
/// file, or a database on the team server), then `writers` command-line processes writing
/// (registering women, and recording contacts of one and the same woman, in turn) and
/// `readers` reading (the summary and her contacts) for `seconds`. Prints acknowledged writes,
/// reads, lost writes and errors surfaced; returns 0 when none was lost and no command failed.
int runContention(const QString &db, int seconds, int writers, int readers);

} // namespace bb::bench
