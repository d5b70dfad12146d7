// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Woman.h"

#include <QList>

namespace bb {
class Clock;
}
namespace bb::storage {
class Database;
}

namespace bb::bench {

/// Antenatal contacts at trust scale: recording one (the contact, its actions and her
/// appointment in one transaction), and opening the contact page of a woman who has fifteen
/// contacts already, offscreen, until her contacts, the rules' answer and the chart are shown.
void benchContacts(const storage::Database &database, const Clock &clock,
                   const QList<Woman> &sample);

} // namespace bb::bench
