// SPDX-License-Identifier: MIT
#include "util/Clock.h"

namespace bb {

QDateTime Clock::now() const
{
    return QDateTime::currentDateTime();
}

} // namespace bb
