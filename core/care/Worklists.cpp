// SPDX-License-Identifier: MIT
#include "care/Worklists.h"

#include "clinical/Dating.h"
#include "domain/Referral.h"
#include "domain/Team.h"
#include "domain/TestResult.h"
#include "scheduling/WorkingDays.h"
#include "storage/SettingsRepository.h"
#include "storage/StaffRepository.h"
#include "storage/WorklistRepository.h"
#include "util/Clock.h"

#include <algorithm>

#include <QCoreApplication>

namespace bb::care {
namespace {

/// The words this shows go through Qt's translation system (translations/).
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(Worklists)
};

constexpr int kOverdueLookBackDays = 90;
const Gestation kHomeBirthsFrom = Gestation::fromWeeks(37);
// The blood spot sample is taken on day 5 (day 5 to 8); one not taken by day 14 is still
// listed, as overdue, so it is not forgotten.
constexpr int kBloodSpotFirstDay = 5;
constexpr int kBloodSpotLastDay = 8;
constexpr int kBloodSpotListedUntil = 14;
// Babies born before 32+0 have it repeated at 28 days (to day 31 in the window, listed to 35).
constexpr int kRepeatFirstDay = 28;
constexpr int kRepeatListedUntil = 35;
constexpr int kRepeatBelowDays = 32 * 7;

QString dateText(const QDate &day)
{
    return day.toString(QStringLiteral("d MMM yyyy"));
}

QString contactText(const WorklistItem &item)
{
    const auto kind = codes::appointmentKindFromCode(item.code);
    const QString what = kind ? codes::label(*kind) : item.code;
    const QString time = item.detail.section(QLatin1Char('|'), 0, 0);
    const QString venue = item.detail.section(QLatin1Char('|'), 1);
    QString text = what;
    if (!time.isEmpty())
        text += QLatin1Char(' ') + time;
    if (!venue.isEmpty())
        text += QStringLiteral(" at ") + venue;
    return text;
}

} // namespace

Worklists::Worklists(const storage::Database &database, const Clock &clock)
    : m_database(database), m_clock(clock)
{
}

Outcome<Worklist> Worklists::forClinician(qint64 clinicianId, const QDate &day) const
{
    if (!day.isValid())
        return FieldErrors{{QStringLiteral("date"), Words::tr("a date is needed")}};
    if (!storage::StaffRepository(m_database).staffById(clinicianId))
        return FieldErrors{
            {QStringLiteral("clinician"), Words::tr("there is no clinician %1").arg(clinicianId)}};
    QString error;
    const QList<QDate> holidays = storage::SettingsRepository(m_database).bankHolidays(&error);
    if (!error.isEmpty())
        return Failure{error};
    const storage::WorklistRepository lists(m_database);

    Worklist list;
    list.day = day;
    list.clinicianId = clinicianId;
    list.due = lists.contactsOn(clinicianId, day, &error);
    // Not recorded means a day that has passed: a later day's list does not count the days
    // between today and it.
    const QDate notRecordedBefore = std::min(day, m_clock.today());
    list.overdue = lists.contactsNotRecorded(
        clinicianId, notRecordedBefore.addDays(-kOverdueLookBackDays), notRecordedBefore, &error);
    for (QList<WorklistItem> *contacts : {&list.due, &list.overdue}) {
        for (WorklistItem &item : *contacts) {
            item.what = contactText(item);
            item.late = item.date < day;
        }
    }

    list.results = lists.resultsNeedingAction(clinicianId, &error);
    for (WorklistItem &item : list.results)
        item.what = QStringLiteral("%1: %2").arg(codes::resultKindLabel(item.code), item.detail);

    list.referrals = lists.referralsToSend(clinicianId, &error);
    for (WorklistItem &item : list.referrals) {
        const QDate sendBy = scheduling::referralSendBy(item.date, holidays);
        item.late = day > sendBy;
        item.what = Words::tr("Referral to %1: send by %2")
                        .arg(codes::referralTeamLabel(item.detail).toLower(), dateText(sendBy));
    }

    // 41+0 is the EDD plus 7 days: within the week when the EDD is on or before the day.
    list.near41Weeks = lists.dueBy(clinicianId, day, &error);
    for (WorklistItem &item : list.near41Weeks) {
        const QDate at41 = item.date.addDays(7);
        item.late = at41 <= day;
        item.what = Words::tr("41+0 on %1, %2 today: discuss induction of labour (NICE NG207)")
                        .arg(dateText(at41), clinical::gestationOn(item.date, day).toString());
    }

    // 37+0 is the EDD less 21 days.
    list.homeBirthsNear =
        lists.homeBirthsDueBy(clinicianId, day.addDays(280 - kHomeBirthsFrom.days), &error);
    for (WorklistItem &item : list.homeBirthsNear) {
        const Gestation now = clinical::gestationOn(item.date, day);
        item.what = Words::tr("Home birth planned: %1 today, EDD %2")
                        .arg(now.toString(), dateText(item.date));
    }

    QList<WorklistItem> first =
        lists.bloodSpotsNotTaken(clinicianId, day.addDays(-kBloodSpotListedUntil),
                                 day.addDays(-kBloodSpotFirstDay), 0, &error);
    for (WorklistItem &item : first) {
        const QDate lastDay = item.date.addDays(kBloodSpotLastDay);
        item.late = day > lastDay;
        item.what = Words::tr("Baby %1: blood spot sample, day 5 to 8 (by %2)%3")
                        .arg(item.code.section(QLatin1Char(':'), 1), dateText(lastDay),
                             item.late ? QStringLiteral(" (overdue)") : QString());
    }
    QList<WorklistItem> repeats =
        lists.bloodSpotsNotTaken(clinicianId, day.addDays(-kRepeatListedUntil),
                                 day.addDays(-kRepeatFirstDay), kRepeatFirstDay, &error);
    repeats.removeIf([](const WorklistItem &item) {
        bool dated = false;
        const int daysAtBirth = item.detail.toInt(&dated);
        return !dated || daysAtBirth >= kRepeatBelowDays;
    });
    for (WorklistItem &item : repeats)
        item.what = Words::tr("Baby %1: repeat blood spot sample at 28 days (born before "
                              "32+0)")
                        .arg(item.code.section(QLatin1Char(':'), 1));
    list.bloodSpotsDue = first + repeats;
    if (!error.isEmpty())
        return Failure{error};
    return list;
}

} // namespace bb::care
