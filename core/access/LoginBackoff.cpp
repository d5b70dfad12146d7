// SPDX-License-Identifier: MIT
#include "access/LoginBackoff.h"

#include <algorithm>

namespace bb::access {

namespace {
constexpr qint64 kFirstDelaySeconds = 15;
constexpr qint64 kLongestDelaySeconds = 15 * 60;
} // namespace

qint64 loginDelaySeconds(int failures)
{
    if (failures < kFreeLoginAttempts)
        return 0;
    qint64 delay = kFirstDelaySeconds;
    for (int extra = failures - kFreeLoginAttempts; extra > 0 && delay < kLongestDelaySeconds;
         --extra)
        delay *= 2;
    return std::min(delay, kLongestDelaySeconds);
}

QDateTime nextLoginAt(int failures, const QDateTime &lastFailedAt)
{
    if (!lastFailedAt.isValid())
        return lastFailedAt;
    return lastFailedAt.addSecs(loginDelaySeconds(failures));
}

} // namespace bb::access
