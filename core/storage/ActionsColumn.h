// SPDX-License-Identifier: MIT
#pragma once

#include "domain/AntenatalContact.h"

#include <QList>
#include <QString>

namespace bb::storage {

/// The rules' actions as a contact's `actions` column keeps them: JSON, as they were said.
QString actionsColumn(const QList<ContactAction> &actions);
/// Reads back what actionsColumn() wrote.
QList<ContactAction> actionsFromColumn(const QString &json);

} // namespace bb::storage
