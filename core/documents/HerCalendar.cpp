// SPDX-License-Identifier: MIT
#include "documents/HerCalendar.h"

#include <QCoreApplication>
#include <QStringList>

namespace bb::documents {
namespace {

/// What this document says goes through Qt's translation system (translations/).
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(HerCalendar)
};

// The UK's time, as RFC 5545 wants a zone named by TZID described in the file: GMT, and BST from
// the last Sunday of March to the last Sunday of October.
constexpr auto kLondon = "BEGIN:VTIMEZONE\n"
                         "TZID:Europe/London\n"
                         "BEGIN:DAYLIGHT\n"
                         "TZOFFSETFROM:+0000\n"
                         "TZOFFSETTO:+0100\n"
                         "TZNAME:BST\n"
                         "DTSTART:19700329T010000\n"
                         "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\n"
                         "END:DAYLIGHT\n"
                         "BEGIN:STANDARD\n"
                         "TZOFFSETFROM:+0100\n"
                         "TZOFFSETTO:+0000\n"
                         "TZNAME:GMT\n"
                         "DTSTART:19701025T020000\n"
                         "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\n"
                         "END:STANDARD\n"
                         "END:VTIMEZONE";

/// A TEXT value with its backslashes, semicolons, commas and line breaks escaped (3.3.11).
QString text(QString value)
{
    value.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    value.replace(QLatin1Char(';'), QStringLiteral("\\;"));
    value.replace(QLatin1Char(','), QStringLiteral("\\,"));
    value.replace(QStringLiteral("\r\n"), QStringLiteral("\\n"));
    value.replace(QLatin1Char('\n'), QStringLiteral("\\n"));
    value.remove(QLatin1Char('\r'));
    return value;
}

/// One content line, folded after 75 octets (3.1) without splitting a UTF-8 character, with
/// CRLF after each part.
QByteArray folded(const QString &line)
{
    const QByteArray utf8 = line.toUtf8();
    QByteArray out;
    qsizetype start = 0;
    qsizetype limit = 75;
    while (utf8.size() - start > limit) {
        qsizetype end = start + limit;
        while (end > start && (static_cast<unsigned char>(utf8.at(end)) & 0xC0) == 0x80)
            --end; // not inside a character
        out += utf8.mid(start, end - start) + "\r\n ";
        start = end;
        limit = 74; // the space that begins a continuation counts
    }
    return out + utf8.mid(start) + "\r\n";
}

QString localTime(const QDate &date, const QTime &time)
{
    return date.toString(QStringLiteral("yyyyMMdd")) + QLatin1Char('T') +
           time.toString(QStringLiteral("HHmmss"));
}

} // namespace

QString appointmentForHer(const Appointment &appointment)
{
    QString what;
    switch (appointment.kind) {
    case AppointmentKind::Booking:
        what = Words::tr("Booking appointment with your midwife");
        break;
    case AppointmentKind::AntenatalContact:
        what = Words::tr("Antenatal appointment with your midwife");
        break;
    case AppointmentKind::HomeVisit:
        what = Words::tr("Home visit from your midwife");
        break;
    case AppointmentKind::PostnatalContact:
        what = Words::tr("Postnatal visit from your midwife");
        break;
    case AppointmentKind::SpecialistReview:
        what = Words::tr("Appointment with your maternity team");
        break;
    case AppointmentKind::ObstetricReview:
        what = Words::tr("Appointment with a doctor (obstetrician)");
        break;
    }
    if (appointment.contactWeek)
        what += Words::tr(" (%1 weeks)").arg(*appointment.contactWeek);
    return what;
}

QByteArray herCalendar(const QList<AppointmentListing> &appointments, const QDateTime &stamp)
{
    QStringList lines{QStringLiteral("BEGIN:VCALENDAR"),
                      QStringLiteral("VERSION:2.0"),
                      QStringLiteral("PRODID:-//Better Births Clinic//Her appointments//EN"),
                      QStringLiteral("CALSCALE:GREGORIAN"),
                      QStringLiteral("METHOD:PUBLISH"),
                      QStringLiteral("X-WR-CALNAME:") + Words::tr("My maternity appointments")};
    lines << QString::fromLatin1(kLondon).split(QLatin1Char('\n'));
    const QString stamped = stamp.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    for (const AppointmentListing &listing : appointments) {
        const Appointment &a = listing.appointment;
        lines << QStringLiteral("BEGIN:VEVENT")
              << QStringLiteral("UID:appointment-%1@better-births-clinic").arg(a.id)
              << QStringLiteral("DTSTAMP:%1").arg(stamped);
        if (a.isTimed()) {
            lines << QStringLiteral("DTSTART;TZID=Europe/London:%1").arg(localTime(a.date, a.start))
                  << QStringLiteral("DTEND;TZID=Europe/London:%1").arg(localTime(a.date, a.end));
        } else { // a day, the time still to be arranged
            lines << QStringLiteral("DTSTART;VALUE=DATE:%1")
                         .arg(a.date.toString(QStringLiteral("yyyyMMdd")))
                  << QStringLiteral("DTEND;VALUE=DATE:%1")
                         .arg(a.date.addDays(1).toString(QStringLiteral("yyyyMMdd")));
        }
        lines << QStringLiteral("SUMMARY:%1").arg(text(appointmentForHer(a)));
        const QString where =
            a.kind == AppointmentKind::HomeVisit || a.kind == AppointmentKind::PostnatalContact
                ? (listing.venueName.isEmpty() ? Words::tr("At home") : listing.venueName)
                : listing.venueName;
        if (!where.isEmpty())
            lines << QStringLiteral("LOCATION:%1").arg(text(where));
        QString description = listing.clinicianName.isEmpty()
                                  ? QString()
                                  : Words::tr("With %1. ").arg(listing.clinicianName);
        description += Words::tr("Bring your maternity notes. If you cannot come, call your "
                                 "midwife to arrange another time.");
        lines << QStringLiteral("DESCRIPTION:%1").arg(text(description))
              << QStringLiteral("STATUS:CONFIRMED") << QStringLiteral("TRANSP:OPAQUE")
              << QStringLiteral("END:VEVENT");
    }
    lines << QStringLiteral("END:VCALENDAR");
    QByteArray out;
    for (const QString &line : std::as_const(lines))
        out += folded(line);
    return out;
}

} // namespace bb::documents
