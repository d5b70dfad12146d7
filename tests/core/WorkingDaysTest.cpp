// SPDX-License-Identifier: MIT
// A referral is sent within two working days of being made: Monday to Friday, England's bank
// holidays (a setting) not counted.
#include "TestSupport.h"

#include "scheduling/WorkingDays.h"

using namespace bb;

TEST_CASE("Two working days after a referral, weekends and bank holidays not counted",
          "[referrals][working-days]")
{
    const QList<QDate> none;
    // Monday → Wednesday.
    CHECK(scheduling::referralSendBy(QDate(2026, 11, 30), none) == QDate(2026, 12, 2));
    // Thursday → Monday; Saturday → Tuesday.
    CHECK(scheduling::referralSendBy(QDate(2026, 12, 3), none) == QDate(2026, 12, 7));
    CHECK(scheduling::referralSendBy(QDate(2026, 12, 5), none) == QDate(2026, 12, 8));
    // Christmas 2026: Friday 25th and Monday 28th (Boxing Day's substitute) are bank holidays.
    const QList<QDate> christmas{QDate(2026, 12, 25), QDate(2026, 12, 28)};
    CHECK(scheduling::referralSendBy(QDate(2026, 12, 24), christmas) == QDate(2026, 12, 30));
    CHECK(scheduling::referralSendBy(QDate(2026, 12, 24), none) == QDate(2026, 12, 28));
    // Easter 2027: Good Friday 26 March, Easter Monday 29 March.
    const QList<QDate> easter{QDate(2027, 3, 26), QDate(2027, 3, 29)};
    CHECK(scheduling::referralSendBy(QDate(2027, 3, 25), easter) == QDate(2027, 3, 31));
    CHECK_FALSE(scheduling::isWorkingDay(QDate(2027, 3, 29), easter));
    CHECK(scheduling::isWorkingDay(QDate(2027, 3, 30), easter));
}
