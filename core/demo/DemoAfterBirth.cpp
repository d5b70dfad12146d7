// SPDX-License-Identifier: MIT
#include "demo/DemoAfterBirth.h"

#include "care/Clinic.h"
#include "clinical/Dating.h"
#include "storage/AppointmentRepository.h"
#include "storage/DischargeRepository.h"
#include "util/Clock.h"

#include <algorithm>

namespace bb::demo {
namespace {

const QString kNeonatalUnit =
    QStringLiteral("Leicester Neonatal Service, Leicester Royal Infirmary");
const QString kTransitionalCare = QStringLiteral("Transitional care, Leicester Royal Infirmary");

// One demo birth: how many days ago, and how it went.
struct DemoBirth
{
    int daysAgo;
    BirthSetting setting;
    BirthMode mode;
    BabySex sex;
    int weightGrams;
};

const DemoBirth kBirths[] = {
    {12, BirthSetting::AlongsideMidwiferyUnit, BirthMode::SpontaneousVaginal, BabySex::Female,
     3350},
    {6, BirthSetting::ObstetricUnit, BirthMode::Instrumental, BabySex::Male, 3920},
    {3, BirthSetting::ObstetricUnit, BirthMode::EmergencyCaesarean, BabySex::Female, 2610},
};

bool failed(const QString &message, QString *error)
{
    if (error)
        *error = message;
    return false;
}

Birth birthOf(const Booking &booking, const DemoBirth &demo, const QDate &today, qint64 midwife)
{
    Birth b;
    b.pregnancyId = booking.pregnancy.id;
    b.date = today.addDays(-demo.daysAgo);
    b.time = QTime(4 + demo.daysAgo, 10);
    b.plannedSetting = demo.setting;
    b.setting = demo.setting;
    b.onset = LabourOnset::Spontaneous;
    b.mode = demo.mode;
    b.bloodLossMl = demo.mode == BirthMode::EmergencyCaesarean ? 750 : 320;
    b.perineum = demo.mode == BirthMode::EmergencyCaesarean ? Perineum::NotApplicable
                                                            : Perineum::SecondDegree;
    b.attendants = {midwife};
    Baby baby;
    baby.sex = demo.sex;
    baby.weightGrams = demo.weightGrams;
    baby.apgar1 = demo.mode == BirthMode::EmergencyCaesarean ? 6 : 9;
    baby.apgar5 = demo.mode == BirthMode::EmergencyCaesarean ? 8 : 10;
    baby.firstFeed = FirstFeed::Breast;
    baby.skinToSkinFirstHour = demo.mode != BirthMode::EmergencyCaesarean;
    baby.vitaminK = VitaminK::Intramuscular;
    b.babies = {baby};
    return b;
}

// A midwife's postnatal contact on `day` days after the birth, weighing the baby.
PostnatalContact contactOn(const Birth &birth, int day, qint64 midwife, int weightGrams)
{
    PostnatalContact c;
    c.pregnancyId = birth.pregnancyId;
    c.date = birth.date.addDays(day);
    c.clinicianId = midwife;
    c.bloodPressure = BloodPressure{118 + day, 74};
    c.temperatureC = 36.8;
    c.bleeding = QStringLiteral("Lochia normal");
    c.woundPerineum = QStringLiteral("Healing well");
    c.feeding = Feeding::Breast;
    c.mentalHealth = MentalHealthAnswers{false, false, 0};
    BabyCheck check;
    check.babyId = birth.babies.front().id;
    check.weightGrams = weightGrams;
    check.jaundice = Jaundice::None;
    check.feeding = Feeding::Breast;
    check.bloodSpotTaken = day == 5;
    check.physicalExamination = day == 1;
    check.hearingScreened = day == 1;
    c.babies = {check};
    return c;
}

// Half a year of answers to her team, the words as women write them (made up, and naming no one).
bool storeFeedback(const storage::Database &database, qint64 teamId, const QDate &today,
                   QString *error)
{
    const FeedbackAnswer answers[] = {FeedbackAnswer::VeryGood, FeedbackAnswer::VeryGood,
                                      FeedbackAnswer::Good,     FeedbackAnswer::VeryGood,
                                      FeedbackAnswer::Neither,  FeedbackAnswer::VeryGood,
                                      FeedbackAnswer::Good,     FeedbackAnswer::Poor,
                                      FeedbackAnswer::VeryGood, FeedbackAnswer::DontKnow};
    const QString words[] = {
        QStringLiteral("Seeing the same two midwives every time made all the difference."),
        QString(),
        QStringLiteral("The home visits after the birth were lovely. Parking at the hospital was "
                       "hard."),
        QString(),
        QStringLiteral("I waited a long time for my first visit after coming home."),
        QStringLiteral("Help with breastfeeding on day 3 was exactly what I needed."),
        QString(),
        QStringLiteral("Nobody told me my appointment had moved."),
    };
    const storage::DischargeRepository repository(database);
    int n = 0;
    for (int month = 6; month >= 1; --month) {
        const QDate first = QDate(today.year(), today.month(), 1).addMonths(-month);
        for (int i = 0; i < 3 + month % 3; ++i, ++n) {
            FeedbackEntry entry;
            entry.teamId = teamId;
            entry.givenOn = first.addDays((i * 9 + month) % first.daysInMonth());
            entry.feedback = {answers[n % 10], words[n % 8]};
            if (!repository.insertFeedback(entry, error))
                return false;
        }
    }
    return true;
}

} // namespace

bool storeDemoAfterBirth(const storage::Database &database, const Clock &clock,
                         const QList<Booking> &bookings, QString *error)
{
    // The demonstration is made by no person: its changes say so.
    const Actor demo = Actor::named(QStringLiteral("demo"), UserRole::TeamLead);
    const care::Clinic clinic(database, clock);
    const QDate today = clock.today();
    QList<std::pair<QDate, Booking>> byDue;
    for (const Booking &b : bookings) {
        if (const auto dating = clinical::estimateDueDate(b.pregnancy))
            byDue.append({dating->edd, b});
    }
    std::sort(byDue.begin(), byDue.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    const storage::AppointmentRepository appointments(database);
    qint64 firstTeam = 0;
    for (int i = 0; i < int(std::size(kBirths)) && i < byDue.size(); ++i) {
        const Booking &booking = byDue[i].second;
        const auto allocation = appointments.currentAllocation(booking.pregnancy.id);
        if (!allocation)
            return failed(
                QStringLiteral("demo woman %1 has no named midwife").arg(booking.woman.fullName()),
                error);
        const qint64 midwife = allocation->midwifeId;
        firstTeam = firstTeam == 0 ? allocation->teamId : firstTeam;
        const auto born = clinic.births.record(birthOf(booking, kBirths[i], today, midwife), demo);
        if (!born)
            return failed(born.message(), error);
        const Birth &birth = born->record.birth;
        const qint64 babyId = birth.babies.front().id;
        const int daysAgo = kBirths[i].daysAgo;
        // Weighed on day 1 and day 5 when those days have come: a little down, then back.
        for (const int day : {1, 5, 10}) {
            if (day > daysAgo)
                break;
            const int weight = kBirths[i].weightGrams - (day == 1 ? 90 : day == 5 ? 160 : 20);
            const auto seen = clinic.postnatal.record(contactOn(birth, day, midwife, weight), demo);
            if (!seen)
                return failed(seen.message(), error);
        }
        BabyCareMove move;
        move.babyId = babyId;
        move.from = birth.date;
        if (i == 1) {
            move.location = BabyCareLocation::TransitionalCare;
            move.unit = kTransitionalCare;
            move.reason = QStringLiteral("Low blood sugar after a long labour");
            BabyCareMove back{0,  babyId, birth.date.addDays(2), BabyCareLocation::WithMother,
                              {}, {}};
            if (const auto moved = clinic.discharges.moveBaby(birth.pregnancyId, move, demo);
                !moved)
                return failed(moved.message(), error);
            if (const auto moved = clinic.discharges.moveBaby(birth.pregnancyId, back, demo);
                !moved)
                return failed(moved.message(), error);
        } else if (i == 2) {
            move.location = BabyCareLocation::NeonatalUnit;
            move.unit = kNeonatalUnit;
            move.reason = QStringLiteral("Breathing difficulties");
            if (const auto moved = clinic.discharges.moveBaby(birth.pregnancyId, move, demo);
                !moved)
                return failed(moved.message(), error);
        } else {
            Discharge discharge;
            discharge.pregnancyId = birth.pregnancyId;
            discharge.date = birth.date.addDays(10);
            discharge.healthVisitor = QStringLiteral("Belgrave health visiting team");
            discharge.babyNhsNumbers.insert(babyId, QStringLiteral("9990000018"));
            const auto done = clinic.discharges.discharge(
                discharge,
                Feedback{FeedbackAnswer::VeryGood,
                         QStringLiteral("Knowing my midwife by name made me feel safe.")},
                demo);
            if (!done)
                return failed(done.message(), error);
        }
    }
    return firstTeam == 0 || storeFeedback(database, firstTeam, today, error);
}

} // namespace bb::demo
