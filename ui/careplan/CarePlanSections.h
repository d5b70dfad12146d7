// SPDX-License-Identifier: MIT
#pragma once

#include "domain/CarePlan.h"

class QWidget;

namespace bb::ui {

// Read-only parts of the care-plan page: what the rules worked out, shown as the midwife goes
// through them with the woman.

/// Her appointments: week, date, what happens.
QWidget *makeAppointmentsTable(const CarePlan &plan);

/// Screening scans and their windows.
QWidget *makeScansList(const CarePlan &plan);

/// The four places of birth side by side, each with the advice and its reasons.
QWidget *makeBirthPlacesRow(const CarePlan &plan);

/// One-line facts: EDD, gestation at booking, pathway, BMI, VTE score.
QWidget *makePlanFacts(const CarePlan &plan);

} // namespace bb::ui
