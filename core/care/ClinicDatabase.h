// SPDX-License-Identifier: MIT
#pragma once

#include "storage/Database.h"

#include <QString>

#include <memory>

namespace bb::care {

/// Opens a clinic's file for the app and the command line: storage::Database::open() (checks
/// and migrations), then what the migrations cannot do in SQL alone: care-plan versions saved
/// before schema 10 in the public formats are rewritten in storage's own encoding
/// (CarePlans::upgradeStoredPlans(), one transaction). When that fails the file is refused with
/// the reason, its care plans left as they were. A read-only open of a file that still holds
/// such versions is refused too, as one that needs a migration is.
std::unique_ptr<storage::Database> openClinicDatabase(
    const QString &path, QString *error,
    storage::Database::Access access = storage::Database::Access::ReadWrite,
    storage::Database::FullCheck fullCheck = storage::Database::FullCheck::BeforeOpening);

} // namespace bb::care
