// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace bb {

/// What an audit row records someone doing.
enum class AuditEventKind
{
    View,   ///< opened a woman's record, or read a list of her
    Create, ///< made something new: a woman, booking, contact, birth, user...
    Change, ///< changed what was there; the row keeps the old and new values
    Print,  ///< printed, or saved a PDF of, a document
    Export, ///< wrote her record, or a list, to a file or another system
    LogIn,  ///< logged in (refused: a failed login)
    LogOut,
    Lock, ///< the screen was locked, by her or by being idle
    Unlock,
    Backup
};

/// How it ended.
enum class AuditOutcome
{
    Done,
    Refused, ///< not allowed, or a failed login
    Failed   ///< allowed, but could not be done
};

/// One row of the audit trail. Append-only: the database refuses to change or delete one, and
/// each carries the hash of the row before it (access::chainHash()), so a row changed, removed
/// or slipped in behind the app's back breaks the chain.
struct AuditEvent
{
    qint64 id = 0;
    QDateTime at; ///< UTC, to the millisecond
    QString username;
    QString role; ///< her role's code at the time
    QString workstation;
    AuditEventKind event = AuditEventKind::View;
    qint64 womanId = 0; ///< 0 when no woman is concerned (a login, a setting)
    QString what;       ///< in words: "booking", "care plan version 3", "user jo.smith"
    AuditOutcome outcome = AuditOutcome::Done;
    QJsonObject changes; ///< field -> {"old": ..., "new": ...}, for a change
    QString previousHash;
    QString hash;
};

/// An audit row with the NHS number of the woman it concerns, as listed.
struct AuditListing
{
    AuditEvent event;
    QString nhsNumber; ///< empty when no woman is concerned
};

/// Which rows to list; empty fields do not filter.
struct AuditFilter
{
    qint64 womanId = 0;
    QString username;
};

/// The result of walking the chain from its first row to its anchor.
struct AuditChainCheck
{
    qint64 rows = 0;        ///< rows checked
    qint64 firstBroken = 0; ///< id of the first row that does not fit; 0 when intact
    QString why;            ///< what is wrong with it
    bool intact() const { return why.isEmpty(); }
};

namespace codes {
QString toCode(AuditEventKind value);
std::optional<AuditEventKind> auditEventFromCode(const QString &code);
QString label(AuditEventKind value);
QString toCode(AuditOutcome value);
std::optional<AuditOutcome> auditOutcomeFromCode(const QString &code);
} // namespace codes

} // namespace bb
