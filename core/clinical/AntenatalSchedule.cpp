// SPDX-License-Identifier: MIT
#include "clinical/AntenatalSchedule.h"

#include "clinical/Dating.h"

#include <algorithm>

#include <QCoreApplication>

namespace bb::clinical {
namespace {

/// The words this shows go through Qt's translation system (translations/).
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(AntenatalSchedule)
};

// From 24+0 weeks every contact measures growth and asks about movements (NICE NG201;
// SBL v3 elements 2 and 3), so those are added to each contact from 25 weeks on.
constexpr int kGrowthFromWeek = 24;
// At 36 weeks for every woman, at every contact for a smoker (SBL v3).
constexpr const char *kCoTest =
    QT_TRANSLATE_NOOP("AntenatalSchedule", "carbon monoxide (CO) breath test");
// Plain words first, the term she will hear in brackets.
constexpr const char *kBumpMeasured = QT_TRANSLATE_NOOP(
    "AntenatalSchedule", "the size of your bump, measured with a tape and plotted on a chart "
                         "(symphysis-fundal height, SFH)");

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
        return {QT_TRANSLATE_NOOP("AntenatalSchedule",
                                  "Review of your screening results, blood pressure and urine"),
                {Words::tr("results of the blood tests and screening tests from booking"),
                 Words::tr("haemoglobin result (iron offered if it is low)")},
                {Words::tr("what your screening results mean and any next steps"),
                 Words::tr("the anomaly scan at 18 to 20 weeks"),
                 Words::tr("the whooping cough vaccine, offered from 16 weeks"),
                 Words::tr("how you are feeling, and any worries")}};
    case 25:
        return {QT_TRANSLATE_NOOP("AntenatalSchedule",
                                  "Checking your baby's growth and your blood pressure"),
                {},
                {Words::tr("how you are feeling, and your mental health")}};
    case 28:
        return {QT_TRANSLATE_NOOP("AntenatalSchedule",
                                  "Second screening blood tests, growth and blood pressure"),
                {Words::tr("second screening blood tests: anaemia and red-cell antibodies"),
                 Words::tr("anti-D injection offered if you are rhesus negative")},
                {Words::tr("the whooping cough vaccine, if you have not had it yet"),
                 Words::tr("the 75 g glucose test at 24 to 28 weeks, if it is in your plan"),
                 Words::tr("how you are feeling, and your mental health")}};
    case 31:
        return {QT_TRANSLATE_NOOP("AntenatalSchedule",
                                  "Results of the 28-week tests, growth and blood pressure"),
                {Words::tr("results of the 28-week blood tests")},
                {Words::tr("preparing for labour and birth, and where you plan to give birth")}};
    case 34:
        return {QT_TRANSLATE_NOOP("AntenatalSchedule", "Preparing for labour and birth"),
                {nulliparous ? Words::tr("any test results still to review")
                             : Words::tr("results of the 28-week blood tests")},
                {Words::tr("preparing for labour and birth: your birth plan, recognising "
                           "active labour, coping with pain"),
                 Words::tr("where you plan to give birth")}};
    case 36:
        return {QT_TRANSLATE_NOOP("AntenatalSchedule",
                                  "Your baby's position, and getting ready for your baby"),
                {Words::tr("baby's position (if breech, turning the baby is offered)"),
                 Words::tr(kCoTest)},
                {Words::tr("feeding your baby"),
                 Words::tr("vitamin K and the newborn checks and blood spot test"),
                 Words::tr("looking after yourself after the birth, baby blues and "
                           "postnatal depression")}};
    case 38:
        return {QT_TRANSLATE_NOOP("AntenatalSchedule",
                                  "Checking on you and your baby near your due date"),
                {},
                {Words::tr("what happens if your pregnancy goes past 41 weeks: membrane "
                           "sweep and induction of labour")}};
    case 40:
        return {QT_TRANSLATE_NOOP("AntenatalSchedule",
                                  "Checking on you and your baby at your due date"),
                {},
                {Words::tr("membrane sweep and induction of labour")}};
    case 41:
        return {QT_TRANSLATE_NOOP("AntenatalSchedule", "If you have not given birth yet"),
                {Words::tr("membrane sweep offered")},
                {Words::tr("induction of labour: when and where, and your choices")}};
    default:
        return {QT_TRANSLATE_NOOP("AntenatalSchedule", "Antenatal check"), {}, {}};
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
    return Words::tr("your baby's movements: call the maternity unit the same day if they "
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
    // Kept in the rules page's words: the purpose is stored with the plan, exported and compared
    // with the rules' (contactPurposeShown() is what a person reads).
    PlannedContact contact{week, date, QString::fromUtf8(content.purpose), {}, {}};
    // Every contact: blood pressure and urine for protein (NICE NG133/NG201).
    contact.checks << Words::tr("blood pressure") << Words::tr("urine test for protein");
    if (week >= kGrowthFromWeek)
        contact.checks << Words::tr(kBumpMeasured);
    contact.checks << content.checks;
    if (smokes && !contact.checks.contains(Words::tr(kCoTest)))
        contact.checks << Words::tr(kCoTest);
    if (week >= kGrowthFromWeek)
        contact.discussed << movementsAdvice();
    contact.discussed << content.discussed;
    return contact;
}

PlannedContact resultsReview(const QDate &edd, const QDate &date, bool smokes)
{
    const int week = gestationOn(edd, date).weeks();
    PlannedContact contact{
        week,
        date,
        QString::fromUtf8(QT_TRANSLATE_NOOP(
            "AntenatalSchedule", "review of your booking blood tests and screening results")),
        {Words::tr("blood pressure"), Words::tr("urine test for protein"),
         Words::tr("results of the blood tests and screening tests from "
                   "booking")},
        {Words::tr("what your results mean and any next steps"),
         Words::tr("how you are feeling, and any worries")}};
    if (week >= kGrowthFromWeek) {
        contact.checks << Words::tr(kBumpMeasured);
        contact.discussed.prepend(movementsAdvice());
    }
    if (smokes)
        contact.checks << Words::tr(kCoTest);
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

QString contactPurposeShown(const QString &purpose)
{
    return QCoreApplication::translate("AntenatalSchedule", purpose.toUtf8().constData());
}

} // namespace bb::clinical
