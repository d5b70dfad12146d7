// SPDX-License-Identifier: MIT
#include "clinical/AntenatalSchedule.h"

#include "clinical/Dating.h"

#include <algorithm>

namespace bb::clinical {
namespace {

// From 24+0 weeks every contact measures growth and asks about movements (NICE NG201;
// SBL v3 elements 2 and 3), so those are added to each contact from 25 weeks on.
constexpr int kGrowthFromWeek = 24;
// At 36 weeks for every woman, at every contact for a smoker (SBL v3).
constexpr char kCoTest[] = "carbon monoxide (CO) breath test";
// Plain words first, the term she will hear in brackets.
constexpr char kBumpMeasured[] =
    "the size of your bump, measured with a tape and plotted on a chart (symphysis-fundal "
    "height, SFH)";

struct ContactContent
{
    const char *purpose;
    QStringList checks;
    QStringList discussed;
};

ContactContent contentFor(int week, bool nulliparous)
{
    switch (week) {
    case 16:
        return {"Review of your screening results, blood pressure and urine",
                {QStringLiteral("results of the blood tests and screening tests from booking"),
                 QStringLiteral("haemoglobin result (iron offered if it is low)")},
                {QStringLiteral("what your screening results mean and any next steps"),
                 QStringLiteral("the anomaly scan at 18 to 20 weeks"),
                 QStringLiteral("the whooping cough vaccine, offered from 16 weeks"),
                 QStringLiteral("how you are feeling, and any worries")}};
    case 25:
        return {"Checking your baby's growth and your blood pressure",
                {},
                {QStringLiteral("how you are feeling, and your mental health")}};
    case 28:
        return {"Second screening blood tests, growth and blood pressure",
                {QStringLiteral("second screening blood tests: anaemia and red-cell antibodies"),
                 QStringLiteral("anti-D injection offered if you are rhesus negative")},
                {QStringLiteral("the whooping cough vaccine, if you have not had it yet"),
                 QStringLiteral("the 75 g glucose test at 24 to 28 weeks, if it is in your plan"),
                 QStringLiteral("how you are feeling, and your mental health")}};
    case 31:
        return {
            "Results of the 28-week tests, growth and blood pressure",
            {QStringLiteral("results of the 28-week blood tests")},
            {QStringLiteral("preparing for labour and birth, and where you plan to give birth")}};
    case 34:
        return {"Preparing for labour and birth",
                {nulliparous ? QStringLiteral("any test results still to review")
                             : QStringLiteral("results of the 28-week blood tests")},
                {QStringLiteral("preparing for labour and birth: your birth plan, recognising "
                                "active labour, coping with pain"),
                 QStringLiteral("where you plan to give birth")}};
    case 36:
        return {"Your baby's position, and getting ready for your baby",
                {QStringLiteral("baby's position (if breech, turning the baby is offered)"),
                 QString::fromLatin1(kCoTest)},
                {QStringLiteral("feeding your baby"),
                 QStringLiteral("vitamin K and the newborn checks and blood spot test"),
                 QStringLiteral("looking after yourself after the birth, baby blues and "
                                "postnatal depression")}};
    case 38:
        return {"Checking on you and your baby near your due date",
                {},
                {QStringLiteral("what happens if your pregnancy goes past 41 weeks: membrane "
                                "sweep and induction of labour")}};
    case 40:
        return {"Checking on you and your baby at your due date",
                {},
                {QStringLiteral("membrane sweep and induction of labour")}};
    case 41:
        return {"If you have not given birth yet",
                {QStringLiteral("membrane sweep offered")},
                {QStringLiteral("induction of labour: when and where, and your choices")}};
    default:
        return {"Antenatal check", {}, {}};
    }
}

} // namespace

QList<int> contactWeeks(bool nulliparous)
{
    if (nulliparous)
        return {16, 25, 28, 31, 34, 36, 38, 40, 41};
    return {16, 28, 34, 36, 38, 41};
}

namespace {

// SBL v3 element 3: from 24+0 every contact asks about her baby's movements.
QString movementsAdvice()
{
    return QStringLiteral("your baby's movements: call the maternity unit the same day if they "
                          "slow down or stop");
}

// NICE NG201: results of the booking tests are reviewed at 16 weeks; a later booker is seen for
// them 14 days after booking, unless a planned contact already falls 7 to 21 days after it.
constexpr int kReviewAfterDays = 14;
constexpr int kReviewCoveredFromDays = 7;
constexpr int kReviewCoveredToDays = 21;

PlannedContact routineContact(int week, const QDate &date, bool nulliparous, bool smokes)
{
    ContactContent content = contentFor(week, nulliparous);
    PlannedContact contact{week, date, QString::fromUtf8(content.purpose), {}, {}};
    // Every contact: blood pressure and urine for protein (NICE NG133/NG201).
    contact.checks << QStringLiteral("blood pressure") << QStringLiteral("urine test for protein");
    if (week >= kGrowthFromWeek)
        contact.checks << QString::fromLatin1(kBumpMeasured);
    contact.checks << content.checks;
    if (smokes && !contact.checks.contains(QLatin1String(kCoTest)))
        contact.checks << QString::fromLatin1(kCoTest);
    if (week >= kGrowthFromWeek)
        contact.discussed << movementsAdvice();
    contact.discussed << content.discussed;
    return contact;
}

PlannedContact resultsReview(const QDate &edd, const QDate &date, bool smokes)
{
    const int week = gestationOn(edd, date).weeks();
    PlannedContact contact{week,
                           date,
                           QStringLiteral("review of your booking blood tests and screening "
                                          "results"),
                           {QStringLiteral("blood pressure"),
                            QStringLiteral("urine test for protein"),
                            QStringLiteral("results of the blood tests and screening tests from "
                                           "booking")},
                           {QStringLiteral("what your results mean and any next steps"),
                            QStringLiteral("how you are feeling, and any worries")}};
    if (week >= kGrowthFromWeek) {
        contact.checks << QString::fromLatin1(kBumpMeasured);
        contact.discussed.prepend(movementsAdvice());
    }
    if (smokes)
        contact.checks << QString::fromLatin1(kCoTest);
    return contact;
}

bool needsResultsReview(const ScheduleInputs &in, const QList<PlannedContact> &contacts)
{
    const Gestation atBooking = gestationOn(in.edd, in.bookingDate);
    if (atBooking < Gestation::fromWeeks(16) || atBooking >= Gestation::fromWeeks(39))
        return false;
    return std::none_of(contacts.cbegin(), contacts.cend(), [&](const PlannedContact &c) {
        const qint64 after = in.bookingDate.daysTo(c.date);
        return after >= kReviewCoveredFromDays && after <= kReviewCoveredToDays;
    });
}

/// A window starts no earlier than the booking date; one that ended before it is not planned.
void addScan(QList<ScanWindow> &scans, const char *code, const QDate &from, const QDate &to,
             const QDate &bookingDate)
{
    if (to < bookingDate)
        return;
    scans << ScanWindow{QString::fromLatin1(code), std::max(from, bookingDate), to};
}

} // namespace

QList<PlannedContact> plannedContacts(const ScheduleInputs &in)
{
    QList<PlannedContact> contacts;
    if (in.fetuses > 1)
        return contacts;
    for (int week : contactWeeks(in.nulliparous)) {
        const QDate date = dateAtGestation(in.edd, Gestation::fromWeeks(week));
        if (date > in.bookingDate)
            contacts << routineContact(week, date, in.nulliparous, in.smokes);
    }
    if (needsResultsReview(in, contacts)) {
        const QDate date = in.bookingDate.addDays(kReviewAfterDays);
        const auto later = std::find_if(contacts.begin(), contacts.end(),
                                        [&](const PlannedContact &c) { return c.date > date; });
        contacts.insert(later, resultsReview(in.edd, date, in.smokes));
    }
    return contacts;
}

QList<ScanWindow> scanWindows(const ScheduleInputs &in)
{
    QList<ScanWindow> scans;
    const QDate &booked = in.bookingDate;
    const Gestation atBooking = gestationOn(in.edd, booked);
    const auto at = [&](int weeks, int days) {
        return dateAtGestation(in.edd, Gestation::fromWeeks(weeks, days));
    };
    if (!in.datedByScan && atBooking <= Gestation::fromWeeks(14, 1))
        addScan(scans, "dating_scan", at(11, 2), at(14, 1), booked);
    if (atBooking <= Gestation::fromWeeks(20, 6))
        addScan(scans, "anomaly_scan", at(18, 0), at(20, 6), booked);
    else if (atBooking <= Gestation::fromWeeks(22, 6)) // FASP: offered up to 23+0
        addScan(scans, "anomaly_scan", booked, at(22, 6), booked);
    else if (atBooking >= Gestation::fromWeeks(23))
        addScan(scans, "late_booking_scan", booked, booked.addDays(14), booked);
    return scans;
}

} // namespace bb::clinical
