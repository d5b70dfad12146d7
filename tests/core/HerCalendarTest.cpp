// SPDX-License-Identifier: MIT
// Her calendar's text as RFC 5545 writes it: escaped values, lines folded at 75 octets without
// splitting a character, and only what is still booked.
#include "TestSupport.h"

#include "documents/HerCalendar.h"
#include "documents/HerCopy.h"

using namespace bb;

TEST_CASE("RFC 5545: values are escaped, long lines folded at 75 octets between characters, "
          "and only booked appointments written",
          "[documents][calendar]")
{
    AppointmentListing visit;
    visit.appointment.id = 7;
    visit.appointment.date = QDate(2027, 1, 5);
    visit.appointment.start = QTime(9, 30);
    visit.appointment.end = QTime(10, 0);
    visit.appointment.contactWeek = 16;
    visit.venueName = QStringLiteral("Clinic; Room 2, Level 3 \\ Ysbyty Glan Clwyd – ŵŷ ĉĝ "
                                     "Children's Centre with a very long name indeed");
    visit.clinicianName = QStringLiteral("Kiran Chauhan");
    AppointmentListing cancelled = visit;
    cancelled.appointment.id = 8;
    cancelled.appointment.status = AppointmentStatus::Cancelled;
    cancelled.appointment.reason = QStringLiteral("safeguarding strategy meeting");
    AppointmentListing review = visit;
    review.appointment.id = 9;
    review.appointment.kind = AppointmentKind::SpecialistReview;
    review.appointment.contactWeek.reset();

    const QList<AppointmentListing> hers = documents::herCopyOf({visit, cancelled, review});
    REQUIRE(hers.size() == 2);
    CHECK(hers.at(1).clinicianName.isEmpty()); // who a specialist review is with
    const QByteArray ics =
        documents::herCalendar(hers, QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC));

    CHECK(ics.count("BEGIN:VEVENT") == 2);
    CHECK_FALSE(ics.contains("safeguarding"));
    CHECK(ics.contains("UID:appointment-7@better-births-clinic\r\n"));
    CHECK(ics.contains("DTSTART;TZID=Europe/London:20270105T093000\r\n"));
    CHECK(ics.contains("SUMMARY:Antenatal appointment with your midwife (16 weeks)\r\n"));
    CHECK(ics.contains("SUMMARY:Appointment with your maternity team\r\n"));
    CHECK(ics.contains("DTSTAMP:20261201T090000Z\r\n"));
    // Unfolded, the location reads back escaped as the standard asks.
    QByteArray unfolded = ics;
    unfolded.replace("\r\n ", "");
    CHECK(unfolded.contains(
        QStringLiteral("LOCATION:Clinic\\; Room 2\\, Level 3 \\\\ Ysbyty Glan Clwyd – ŵŷ ĉĝ "
                       "Children's Centre with a very long name indeed\r\n")
            .toUtf8()));
    for (const QByteArray &line : ics.split('\n')) {
        CHECK(line.size() <= 76);                        // 75 octets and the CR
        CHECK(QString::fromUtf8(line).toUtf8() == line); // no character split
    }
}
