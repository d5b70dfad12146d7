// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Team.h"

#include <optional>

class QWidget;

namespace bb::ui {

struct ClinicContext;

/// A staff member as typed, and the team she belongs to (0: none); empty when cancelled.
struct StaffEdit
{
    Staff staff;
    qint64 teamId = 0;
};
std::optional<StaffEdit> askStaff(ClinicContext &context, const StaffEdit &start, QWidget *parent);

/// A team as typed; empty when cancelled.
std::optional<Team> askTeam(const Team &start, QWidget *parent);

} // namespace bb::ui
