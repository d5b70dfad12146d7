// SPDX-License-Identifier: MIT
#include "demo/DemoBookingDetails.h"

#include <algorithm>
#include <array>

namespace bb::demo {
namespace {

/// A small generator of its own (splitmix64), so that drawing details never moves the main
/// generator's sequence.
class Draws
{
public:
    explicit Draws(quint64 seed) : m_state(seed) {}
    quint32 below(quint32 bound)
    {
        m_state += 0x9e3779b97f4a7c15ULL;
        quint64 z = m_state;
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return static_cast<quint32>((z ^ (z >> 31)) % bound);
    }
    bool chance(int percent) { return below(100) < static_cast<quint32>(percent); }

private:
    quint64 m_state;
};

constexpr std::array kOccupations{"Teacher",    "Nurse",           "Care assistant", "Student",
                                  "Cashier",    "Software tester", "Hairdresser",    "At home",
                                  "Pharmacist", "Bus driver",      "Accountant",     "Cleaner"};
constexpr std::array kRelationships{"Partner", "Husband", "Mother", "Sister", "Friend"};
constexpr std::array kKinNames{"Sam", "Ravi", "Tomasz", "Yusuf", "Daniel", "Amina", "Priya"};
constexpr std::array kAllergies{"None known",        "None known", "None known",
                                "Penicillin (rash)", "Latex",      "Elastoplast"};
constexpr std::array kMedicines{"Folic acid 400 micrograms daily", "None",
                                "Folic acid and vitamin D", "Levothyroxine 50 micrograms daily",
                                "Sertraline 50 mg daily"};

template <std::size_t N> QString pick(const std::array<const char *, N> &list, Draws &draws)
{
    return QString::fromUtf8(list[draws.below(N)]);
}

QList<PreviousPregnancy> earlierPregnancies(const Booking &b, Draws &draws)
{
    const Pregnancy &p = b.pregnancy;
    const int count = p.previousBirths + p.previousLosses;
    QList<PreviousPregnancy> rows;
    if (count == 0)
        return rows;
    // The latest ends the stated years before this booking; the others a year or two apart.
    int year = p.bookingDate.year() - p.yearsSinceLastPregnancy.value_or(2);
    for (int i = 0; i < count; ++i) {
        PreviousPregnancy row;
        row.year = year;
        year -= 1 + static_cast<int>(draws.below(2));
        if (i < p.previousBirths) {
            row.outcome = PregnancyOutcome::LiveBirth;
            row.gestationWeeks = 37 + static_cast<int>(draws.below(5));
            row.mode = i < p.previousCaesareans
                           ? ModeOfBirth::EmergencyCaesarean
                           : (draws.chance(15) ? ModeOfBirth::AssistedVaginal
                                               : ModeOfBirth::SpontaneousVaginal);
            row.babyWeightGrams = 2700 + static_cast<int>(draws.below(1500));
        } else {
            row.outcome = PregnancyOutcome::Miscarriage;
            row.gestationWeeks = 6 + static_cast<int>(draws.below(8));
        }
        rows.prepend(row); // oldest first, as she tells them
    }
    // Never before she was 15, however young she is and however many she has had.
    const int earliest = b.woman.dateOfBirth.year() + 15;
    for (PreviousPregnancy &row : rows)
        row.year = std::clamp(row.year, earliest, std::max(earliest, p.bookingDate.year()));
    return rows;
}

} // namespace

Booking withDemoDetails(Booking b)
{
    Draws draws(b.woman.nhsNumber.toULongLong() * 2654435761ULL + 17);
    b.woman.occupation = pick(kOccupations, draws);
    b.woman.nextOfKin = {
        pick(kKinNames, draws) + QLatin1Char(' ') + b.woman.familyName, pick(kRelationships, draws),
        QStringLiteral("07700 9%1").arg(draws.below(100000), 5, 10, QLatin1Char('0'))};
    BookingDetails &d = b.details;
    d.previousPregnancies = earlierPregnancies(b, draws);
    d.bloodPressure = BloodPressure{100 + static_cast<int>(draws.below(30)),
                                    60 + static_cast<int>(draws.below(20))};
    d.urineProtein = Dipstick::Negative;
    d.urineGlucose = Dipstick::Negative;
    constexpr std::array groups{BloodGroup::O, BloodGroup::O, BloodGroup::A,
                                BloodGroup::A, BloodGroup::B, BloodGroup::AB};
    d.bloodGroup = groups[draws.below(groups.size())];
    d.rhesus = draws.chance(15) ? Rhesus::Negative : Rhesus::Positive;
    for (ScreeningTest test : codes::screeningTests())
        d.setScreeningChoice(test, draws.chance(4) ? ScreeningChoice::Declined
                                                   : ScreeningChoice::Accepted);
    d.allergies = pick(kAllergies, draws);
    d.medicines = pick(kMedicines, draws);
    d.alcoholUnitsPerWeek = draws.chance(85) ? 0 : 1 + static_cast<int>(draws.below(4));
    d.fgm = draws.chance(90) ? FgmEnquiry::NotIdentified : FgmEnquiry::NotAsked;
    if (b.woman.social.contains(QStringLiteral("domestic_abuse")))
        d.abuseEnquiry = AbuseEnquiry::Disclosed;
    else
        d.abuseEnquiry = draws.chance(85) ? AbuseEnquiry::NoDisclosure : AbuseEnquiry::NotSafeToAsk;
    return b;
}

} // namespace bb::demo
