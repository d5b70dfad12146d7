// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Audit.h"

#include <QString>

namespace bb::access {

// The audit trail is a hash chain: each row's hash covers everything in it and the hash of the
// row before, so changing, removing or inserting a row anywhere breaks every link after it. The
// newest row's id and hash are kept apart as the anchor, so removing the newest rows breaks the
// chain too. BLAKE2b through libsodium; never a hash of our own.

/// The "previous hash" of the first row.
QString genesisHash();

/// The hash `event` must carry: over its id, time, who, where, what, outcome, changes and the
/// previous hash (not its own hash). Empty when libsodium cannot start.
QString chainHash(const AuditEvent &event);

/// Walks the chain row by row, in id order, without holding it all.
class AuditChainWalker
{
public:
    /// Checks the next row; false once the chain is broken (the check says where and why).
    bool add(const AuditEvent &event);
    /// Checks the end of the chain against the anchor (the newest row's id and hash as the app
    /// last wrote them) and returns the result.
    AuditChainCheck finish(qint64 anchorId, const QString &anchorHash);

private:
    void breakAt(qint64 id, const QString &why);

    AuditChainCheck m_check;
    qint64 m_lastId = 0;
    QString m_lastHash = genesisHash();
};

} // namespace bb::access
