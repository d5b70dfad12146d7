// SPDX-License-Identifier: MIT
#pragma once
// A clinic with one booked woman, her named midwife and her appointments, on which losses,
// referrals and a midwife's day are recorded.

#include "TestSupport.h"

#include "care/Clinic.h"
#include "demo/DemoTeams.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QSqlQuery>

#include <memory>

namespace bb::test {

struct LossClinic
{
    ScratchDir scratch;
    FixedClock clock{QDateTime(kToday, QTime(10, 0))};
    QString error;
    std::unique_ptr<storage::Database> db =
        storage::Database::open(test::databaseAt(scratch, QStringLiteral("loss.sqlite")), &error);
    Booking her;
    Team team;
    Staff midwife;

    explicit LossClinic(Booking booking = bookingWithDetails()) : her(std::move(booking))
    {
        REQUIRE(db);
        if (her.pregnancy.bookingDate > clock.today())
            clock.set(QDateTime(her.pregnancy.bookingDate, QTime(10, 0)));
        FixedClock bookingDay(her.pregnancy.bookingDate);
        REQUIRE(book(*db, bookingDay, her, &error));
        REQUIRE(demo::storeDemoTeams(*db, bookingDay, {her}, &error));
        const care::Clinic c = clinic();
        for (const Team &t : c.staffing.teams()) {
            for (const Staff &s : c.staffing.members(t.id)) {
                if (s.isMidwife() && midwife.id == 0) {
                    midwife = s;
                    team = t;
                }
            }
        }
        REQUIRE(midwife.id != 0);
        Allocation a;
        a.pregnancyId = her.pregnancy.id;
        a.midwifeId = midwife.id;
        a.teamId = team.id;
        a.recordedOn = her.pregnancy.bookingDate;
        REQUIRE(c.scheduling.allocate(a, testMidwife()));
    }
    care::Clinic clinic() const { return care::Clinic(*db, clock); }

    /// Books her a contact with her named midwife on `day`, on the clock's day.
    Appointment appointmentOn(const QDate &day,
                              AppointmentKind kind = AppointmentKind::AntenatalContact) const
    {
        Appointment a;
        a.pregnancyId = her.pregnancy.id;
        a.clinicianId = midwife.id;
        a.date = day;
        a.start = QTime(9, 30);
        a.end = QTime(10, 0);
        a.kind = kind;
        const auto saved = clinic().scheduling.addAppointment(a, testMidwife());
        INFO(saved.message().toStdString());
        REQUIRE(saved);
        return saved.value();
    }

    int count(const QString &sql) const
    {
        QSqlQuery q(db->connection());
        REQUIRE(q.exec(sql));
        REQUIRE(q.next());
        return q.value(0).toInt();
    }
};

} // namespace bb::test
