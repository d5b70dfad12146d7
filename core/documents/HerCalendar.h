// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Listings.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

namespace bb::documents {

/// Her booked appointments as an iCalendar file (RFC 5545) for her phone or computer: one event
/// each, with its time (UK time), where it is and what it is for in plain words. Each event's
/// UID is made from the appointment's own id, so a file exported again after an appointment
/// moved moves it in her calendar instead of adding a second. It writes every appointment it is
/// given: give it herCopyOf() the listings, which keeps only those still booked. `stamp` is
/// when the file is made (DTSTAMP).
QByteArray herCalendar(const QList<AppointmentListing> &appointments, const QDateTime &stamp);

/// What an appointment is for, as her calendar says it ("Antenatal appointment (16 weeks)").
QString appointmentForHer(const Appointment &appointment);

} // namespace bb::documents
