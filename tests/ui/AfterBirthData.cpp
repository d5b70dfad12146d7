// SPDX-License-Identifier: MIT
#include "AfterBirthData.h"

#include "care/Clinic.h"

namespace bb::test {

qint64 allocateTo(AppFixture &app, const Booking &her, const QString &teamName, const QDate &on)
{
    const auto team = app.clinic->staffing.teamByName(teamName);
    REQUIRE(team);
    qint64 midwifeId = 0;
    for (const Staff &s : app.clinic->staffing.members(team->id)) {
        if (s.isMidwife() && midwifeId == 0)
            midwifeId = s.id;
    }
    REQUIRE(midwifeId != 0);
    const auto allocated = app.clinic->scheduling.allocate(
        {0, her.pregnancy.id, midwifeId, team->id, on, {}}, testMidwife());
    INFO(allocated.message().toStdString());
    REQUIRE(allocated);
    return team->id;
}

qint64 recordBirth(AppFixture &app, const Booking &her, const QDate &day, BabySex sex)
{
    Birth birth;
    birth.pregnancyId = her.pregnancy.id;
    birth.date = day;
    birth.time = QTime(6, 15);
    birth.plannedSetting = BirthSetting::AlongsideMidwiferyUnit;
    birth.setting = BirthSetting::AlongsideMidwiferyUnit;
    birth.bloodLossMl = 300;
    birth.attendants = {app.clinic->staffing.staff().front().id};
    Baby baby;
    baby.sex = sex;
    baby.weightGrams = 3250;
    baby.apgar1 = 8;
    baby.apgar5 = 9;
    birth.babies = {baby};
    const auto recorded = app.clinic->births.record(birth, testMidwife());
    INFO(recorded.message().toStdString());
    REQUIRE(recorded);
    return recorded->record.birth.babies.front().id;
}

QString unitFor(AppFixture &app, BabyCareLocation location)
{
    const auto settings = app.clinic->settings.printSettings();
    REQUIRE(settings);
    const QList<ServiceContact> units = settings->servicesOfKind(serviceKindFor(location));
    if (!units.isEmpty())
        return units.front().name;
    return location == BabyCareLocation::NeonatalUnit
               ? QStringLiteral("Leicester Neonatal Service, Leicester Royal Infirmary")
               : QStringLiteral("Transitional care, Leicester Royal Infirmary");
}

void moveBaby(AppFixture &app, const Booking &her, qint64 babyId, BabyCareLocation location,
              const QDate &from, const QString &reason)
{
    BabyCareMove move;
    move.babyId = babyId;
    move.from = from;
    move.location = location;
    if (location != BabyCareLocation::WithMother)
        move.unit = unitFor(app, location);
    move.reason = reason;
    const auto moved = app.clinic->discharges.moveBaby(her.pregnancy.id, move, testMidwife());
    INFO(moved.message().toStdString());
    REQUIRE(moved);
}

void discharge(AppFixture &app, const Booking &her, const QDate &day, FeedbackAnswer answer,
               const QString &words)
{
    Discharge d;
    d.pregnancyId = her.pregnancy.id;
    d.date = day;
    d.healthVisitor = QStringLiteral("Belgrave health visiting team");
    const auto done = app.clinic->discharges.discharge(d, Feedback{answer, words}, testMidwife());
    INFO(done.message().toStdString());
    REQUIRE(done);
}

} // namespace bb::test
