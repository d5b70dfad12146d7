// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QTextStream>

namespace bb {
class Clock;
}

namespace bb::cli {

/// `init --db FILE --demo [--history]` for a file that does not exist yet: the demonstration is
/// made whole in a file of its own beside it and only then given FILE's name, so a run that is
/// killed or fails leaves no half-made clinic (a later run starts again), and nothing waits on
/// its long writes. An exit code.
int makeDemoClinic(const QString &path, bool history, const Clock &clock, QTextStream &out,
                   QTextStream &err);

/// `init --db postgresql://… --demo [--history]` for a server database with nobody in it yet:
/// the same demonstration, made in one transaction, so a run that is killed or fails leaves
/// the database as empty as it found it. An exit code.
int makeDemoClinicOnServer(const QString &address, bool history, const Clock &clock,
                           QTextStream &out, QTextStream &err);

/// The name of the file the demonstration is made in before it is given `path`'s.
QString demoPartFor(const QString &path);

} // namespace bb::cli
