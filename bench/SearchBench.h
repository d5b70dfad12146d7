// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Woman.h"

#include <QList>

namespace bb::storage {
class Database;
}

namespace bb::bench {

/// Search as she types through the repository (what the app runs), and the same first pages
/// by the best plain SQLite queries, prepared once and read without making objects. Each raw
/// page is checked to hold the same women, in the same order, as the repository's.
void benchSearch(const storage::Database &database, const QList<Woman> &sample, int runs);

} // namespace bb::bench
