// SPDX-License-Identifier: MIT
// export-calendar end to end: her booked appointments as an iCalendar file, read back by an
// independent parser (Debian's python3-icalendar), moved rather than duplicated when exported
// again, and made by her copy's rules.
#include "CliSupport.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace bb;
using namespace bb::clitest;

namespace {

// Reads the file as a calendar program would, and says what it found, as JSON.
constexpr auto kReader = R"(
import json, sys
from icalendar import Calendar
calendar = Calendar.from_ical(open(sys.argv[1], 'rb').read())
events = []
for event in calendar.walk('VEVENT'):
    start = event.decoded('DTSTART')
    events.append({
        'uid': str(event['UID']),
        'start': start.isoformat(),
        'zone': str(start.tzinfo) if getattr(start, 'tzinfo', None) else '',
        'summary': str(event['SUMMARY']),
        'location': str(event.get('LOCATION', '')),
        'description': str(event.get('DESCRIPTION', '')),
    })
print(json.dumps(events))
)";

/// The events of `ics` as python3-icalendar reads them; fails the test when it cannot.
QJsonArray readCalendar(const QString &ics)
{
    QProcess python;
    // Debian's own Python, where its python3-icalendar package is (not one a user installed).
    python.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral("-c"), QString::fromUtf8(kReader), ics});
    REQUIRE(python.waitForFinished(30000));
    INFO("python3-icalendar: " << python.readAllStandardError().toStdString());
    REQUIRE(python.exitCode() == 0);
    const QJsonDocument read = QJsonDocument::fromJson(python.readAllStandardOutput());
    REQUIRE(read.isArray());
    return read.array();
}

struct Clinic
{
    test::ScratchDir scratch;
    QString db = scratch.file(QStringLiteral("clinic.sqlite"));
    QString ics = scratch.file(QStringLiteral("her.ics"));
    QString nhsNumber;

    Clinic()
    {
        REQUIRE(cli({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--demo")})
                    .exitCode == 0);
        REQUIRE(cli({QStringLiteral("schedule"), QStringLiteral("--db"), db,
                     QStringLiteral("--from"), QDate::currentDate().toString(Qt::ISODate),
                     QStringLiteral("--weeks"), QStringLiteral("8")})
                    .exitCode == 0);
        // The woman with the most appointments booked.
        nhsNumber = firstValue(
            db, QStringLiteral("SELECT w.nhs_number FROM appointment a "
                               "JOIN pregnancy p ON p.id = a.pregnancy_id "
                               "JOIN woman w ON w.id = p.woman_id WHERE a.status = 'booked' "
                               "GROUP BY w.id ORDER BY count(*) DESC, w.id LIMIT 1"));
        REQUIRE_FALSE(nhsNumber.isEmpty());
    }
    Run exportCalendar() const
    {
        return cli({QStringLiteral("export-calendar"), QStringLiteral("--db"), db,
                    QStringLiteral("--nhs-number"), nhsNumber, QStringLiteral("--out"), ics});
    }
    int booked() const
    {
        return rowCount(db, QStringLiteral("SELECT count(*) FROM appointment a "
                                           "JOIN pregnancy p ON p.id = a.pregnancy_id "
                                           "JOIN woman w ON w.id = p.woman_id "
                                           "WHERE a.status = 'booked' AND w.nhs_number = '%1'")
                                .arg(nhsNumber));
    }
};

} // namespace

TEST_CASE("export-calendar writes each booked appointment of hers, which python3-icalendar reads "
          "with its time in UK time, where it is and what it is for",
          "[cli][calendar]")
{
    Clinic clinic;
    const Run run = clinic.exportCalendar();
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QJsonArray events = readCalendar(clinic.ics);
    CHECK(events.size() == clinic.booked());
    CHECK(clinic.booked() >= 2);
    QStringList uids;
    for (const QJsonValue &value : events) {
        const QJsonObject event = value.toObject();
        uids << event.value(QStringLiteral("uid")).toString();
        CHECK(event.value(QStringLiteral("zone")).toString() == QStringLiteral("Europe/London"));
        CHECK(event.value(QStringLiteral("summary")).toString().contains(QStringLiteral("your")));
        CHECK_FALSE(event.value(QStringLiteral("location")).toString().isEmpty());
        // Her copy: nothing that names her, for whoever finds the file.
        CHECK_FALSE(
            event.value(QStringLiteral("description")).toString().contains(clinic.nhsNumber));
    }
    uids.removeDuplicates();
    CHECK(uids.size() == events.size());
    // The export is in the audit trail.
    CHECK(rowCount(clinic.db, QStringLiteral("SELECT count(*) FROM audit_event WHERE event = "
                                             "'export' AND what = 'her calendar'")) == 1);
}

TEST_CASE("export-calendar gives an appointment the same UID each time, so one moved is moved in "
          "her calendar, and a specialist's name is not on her copy",
          "[cli][calendar]")
{
    Clinic clinic;
    REQUIRE(clinic.exportCalendar().exitCode == 0);
    const QJsonArray before = readCalendar(clinic.ics);
    REQUIRE(before.size() >= 2);
    const QString firstId = firstValue(
        clinic.db, QStringLiteral("SELECT a.id FROM appointment a JOIN pregnancy p ON p.id = "
                                  "a.pregnancy_id JOIN woman w ON w.id = p.woman_id WHERE "
                                  "a.status = 'booked' AND w.nhs_number = '%1' ORDER BY "
                                  "a.appointment_date, a.start_time LIMIT 1")
                       .arg(clinic.nhsNumber));
    // Moved a week on, and made a review with a specialist.
    behindTheAppsBack(clinic.db,
                      QStringLiteral("UPDATE appointment SET appointment_date = "
                                     "date(appointment_date, '+7 days'), kind = "
                                     "'specialist_review', contact_week = NULL WHERE id = %1")
                          .arg(firstId));
    REQUIRE(clinic.exportCalendar().exitCode == 0);
    const QJsonArray after = readCalendar(clinic.ics);
    CHECK(after.size() == before.size());
    const QString uid = QStringLiteral("appointment-%1@better-births-clinic").arg(firstId);
    const auto find = [&uid](const QJsonArray &events) {
        for (const QJsonValue &value : events) {
            if (value.toObject().value(QStringLiteral("uid")).toString() == uid)
                return value.toObject();
        }
        return QJsonObject();
    };
    REQUIRE_FALSE(find(before).isEmpty());
    REQUIRE_FALSE(find(after).isEmpty());
    const QDateTime was =
        QDateTime::fromString(find(before).value(QStringLiteral("start")).toString(), Qt::ISODate);
    const QDateTime now =
        QDateTime::fromString(find(after).value(QStringLiteral("start")).toString(), Qt::ISODate);
    CHECK(was.daysTo(now) == 7);
    CHECK(find(after).value(QStringLiteral("summary")).toString() ==
          QStringLiteral("Appointment with your maternity team"));
    CHECK_FALSE(find(after)
                    .value(QStringLiteral("description"))
                    .toString()
                    .startsWith(QStringLiteral("With ")));
    CHECK(find(before)
              .value(QStringLiteral("description"))
              .toString()
              .startsWith(QStringLiteral("With ")));
}

TEST_CASE("export-calendar refuses a missing --out and an unknown woman, and writes nothing",
          "[cli][calendar]")
{
    Clinic clinic;
    const Run noOut = cli({QStringLiteral("export-calendar"), QStringLiteral("--db"), clinic.db,
                           QStringLiteral("--nhs-number"), clinic.nhsNumber});
    CHECK(noOut.exitCode == 2);
    CHECK(noOut.errLines().contains(QStringLiteral("--out: is required")));
    const Run nobody = cli({QStringLiteral("export-calendar"), QStringLiteral("--db"), clinic.db,
                            QStringLiteral("--nhs-number"), QStringLiteral("9434765919"),
                            QStringLiteral("--out"), clinic.ics});
    CHECK(nobody.exitCode == 2);
    CHECK_FALSE(QFile::exists(clinic.ics));
}
