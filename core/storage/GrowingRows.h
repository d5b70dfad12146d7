// SPDX-License-Identifier: MIT
#pragma once

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace bb::storage {

/// The rows of the tables that only ever grow (women and pregnancies are never deleted, the
/// audit trail is append-only): a copy taken between two counts of the live file holds at
/// least the first and at most the second.
struct GrowingRows
{
    qint64 women = 0;
    qint64 pregnancies = 0;
    qint64 auditEvents = 0;

    /// Whether every count is at least `low`'s and at most `high`'s.
    bool between(const GrowingRows &low, const GrowingRows &high) const
    {
        return low.women <= women && women <= high.women && low.pregnancies <= pregnancies &&
               pregnancies <= high.pregnancies && low.auditEvents <= auditEvents &&
               auditEvents <= high.auditEvents;
    }
};

std::optional<GrowingRows> countGrowingRows(const QSqlDatabase &db, QString *error);

} // namespace bb::storage
