// SPDX-License-Identifier: MIT
#pragma once

#include "care/Outcome.h"
#include "documents/SignpostingDocument.h"

namespace bb {
class Clock;
}

namespace bb::storage {
class Database;
}

namespace bb::care {

/// What is printed for a woman whose pregnancy ended in a loss.
class LossPrints
{
public:
    LossPrints(const storage::Database &database, const Clock &clock);

    /// Her signposting sheet of bereavement support, printed on the clock's day: her, her loss,
    /// her named midwife and team when recorded, the trust's name and assessment line, and the
    /// organisations of the settings list that are for her kind of loss, in the list's order.
    /// The one assembly behind the command line's `print --document signposting` and the app.
    /// Field error `pregnancy` when no loss is recorded for it, `bereavement_support` when no
    /// organisation in the list is for her loss.
    Outcome<documents::SignpostingInput> signpostingFor(qint64 pregnancyId) const;

private:
    const storage::Database &m_database;
    const Clock &m_clock;
};

} // namespace bb::care
