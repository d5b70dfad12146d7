// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>

namespace bb::access {

/// Failed logins in a row before the next try has to wait.
inline constexpr int kFreeLoginAttempts = 3;

/// How many seconds she must wait after `failures` failed logins in a row: none for the first
/// three, then 15 seconds, doubling with each further failure, never more than 15 minutes. Slow
/// enough to stop guessing, never a lock-out that needs an administrator at 3 a.m.
qint64 loginDelaySeconds(int failures);

/// When the next login may be tried, after `failures` failures the last of which was at
/// `lastFailedAt`; `lastFailedAt` itself (no wait) when the delay is none.
QDateTime nextLoginAt(int failures, const QDateTime &lastFailedAt);

} // namespace bb::access
