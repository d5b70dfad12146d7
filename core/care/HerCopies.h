// SPDX-License-Identifier: MIT
#pragma once

#include "care/Outcome.h"
#include "domain/Actor.h"
#include "domain/Listings.h"

#include <QByteArray>
#include <QDate>
#include <QJsonObject>
#include <QString>

namespace bb::care {

class Clinic;

// What goes home with her besides her printed plan, made from her latest pregnancy by the rules
// for her copy: the one assembly behind the app's "Give her a copy" and the command line's
// exports, so both hand her the same.

/// Her appointments still booked, as her calendar shows them (documents::herCopyOf()).
QList<AppointmentListing> herBookedAppointments(const Clinic &clinic, qint64 pregnancyId);

/// Her calendar file (RFC 5545) of herBookedAppointments(), stamped with the clock's time.
QByteArray herCalendarFile(const Clinic &clinic, qint64 pregnancyId);

/// Her pregnancy as a FHIR R4 bundle, as `viewer` may see it; by her copy's rules when
/// `herCopy` (then nothing of it depends on who made it).
Outcome<QJsonObject> fhirRecord(const Clinic &clinic, qint64 pregnancyId, const Actor &viewer,
                                bool herCopy);

/// The audit trail's names of these exports: "her calendar", "her FHIR record" (or "FHIR
/// record" for the staff's bundle) and "her care plan PDF".
QString calendarExportName();
QString fhirExportName(bool herCopy);
QString carePlanPdfExportName();

} // namespace bb::care
