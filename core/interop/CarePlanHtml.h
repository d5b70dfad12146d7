// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Booking.h"
#include "domain/CarePlan.h"

#include <QString>

namespace bb::interop {

/// The care plan as a plain-English HTML document for the woman: her identifiers, due date,
/// what is recommended and why (with sources), her appointments and scans, and every place of
/// birth with its advice and her choice. Every value is escaped. Printable: no colours, no
/// scripts, no external resources, so QTextDocument renders it as a browser does.
QString carePlanToHtml(const Booking &booking, const CarePlan &plan);

} // namespace bb::interop
