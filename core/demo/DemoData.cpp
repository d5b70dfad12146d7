// SPDX-License-Identifier: MIT
#include "demo/DemoData.h"

#include "clinical/ConditionCodes.h"
#include "clinical/NhsNumber.h"
#include "demo/DemoBookingDetails.h"

#include <array>
#include <cmath>

namespace bb::demo {
namespace {

struct Family
{
    const char *name;
    const char *ethnicCategory;
    const char *language;
};

// Family names with an ethnic category and first language that fit them; given names are
// drawn from the pool of the same letter group so the pairs read naturally.
constexpr std::array<Family, 36> kFamilies{{
    {"Patel", "H", "gu"},   {"Mistry", "H", "gu"},   {"Chauhan", "H", "gu"},
    {"Parmar", "H", "gu"},  {"Lad", "H", "gu"},      {"Shah", "H", "gu"},
    {"Singh", "H", "pa"},   {"Kaur", "H", "pa"},     {"Sandhu", "H", "pa"},
    {"Khan", "J", "ur"},    {"Hussain", "J", "ur"},  {"Mahmood", "J", "ur"},
    {"Begum", "K", "bn"},   {"Ahmed", "K", "bn"},    {"Smith", "A", "en"},
    {"Jones", "A", "en"},   {"Taylor", "A", "en"},   {"Brown", "A", "en"},
    {"Wilson", "A", "en"},  {"Clarke", "A", "en"},   {"Hughes", "A", "en"},
    {"Walsh", "B", "en"},   {"O'Connor", "B", "en"}, {"Kowalska", "C", "pl"},
    {"Nowak", "C", "pl"},   {"Popescu", "C", "ro"},  {"Okafor", "N", "en"},
    {"Adeyemi", "N", "en"}, {"Mensah", "N", "en"},   {"Yusuf", "N", "so"},
    {"Abdi", "N", "so"},    {"Campbell", "M", "en"}, {"Robinson", "M", "en"},
    {"Chen", "R", "zh"},    {"Al-Sayed", "S", "ar"}, {"Thompson", "D", "en"},
}};

constexpr std::array<const char *, 12> kSouthAsianNames{{"Asha", "Priya", "Simran", "Harpreet",
                                                         "Kiran", "Nisha", "Aisha", "Fatima",
                                                         "Zainab", "Rukhsana", "Shabnam", "Sadia"}};
constexpr std::array<const char *, 14> kEnglishNames{{"Sarah", "Emma", "Olivia", "Amelia", "Chloe",
                                                      "Sophie", "Grace", "Megan", "Laura", "Hannah",
                                                      "Jessica", "Lucy", "Ellie", "Siobhan"}};
constexpr std::array<const char *, 6> kEuropeanNames{
    {"Agnieszka", "Katarzyna", "Ioana", "Elena", "Maria", "Roxana"}};
constexpr std::array<const char *, 10> kAfricanCaribbeanNames{{"Amara", "Chidinma", "Blessing",
                                                               "Abena", "Hodan", "Fadumo", "Amina",
                                                               "Keisha", "Tanisha", "Nia"}};
constexpr std::array<const char *, 4> kChineseNames{{"Mei", "Xin", "Li", "Jing"}};
constexpr std::array<const char *, 5> kArabicNames{{"Noor", "Layla", "Yasmin", "Mariam", "Huda"}};

constexpr std::array<const char *, 24> kOutwardCodes{
    {"LE1",  "LE2",  "LE3",  "LE4",  "LE5",  "LE7",  "LE8",  "LE9",
     "LE10", "LE11", "LE12", "LE13", "LE14", "LE15", "LE16", "LE17",
     "LE18", "LE19", "LE65", "LE67", "LE2",  "LE4",  "LE5",  "LE3"}};
constexpr std::array<const char *, 16> kStreets{
    {"Narborough Road", "Belgrave Road", "Melton Road", "London Road", "Uppingham Road",
     "Hinckley Road", "Loughborough Road", "Welford Road", "Aylestone Road", "Catherine Street",
     "Evington Road", "Saffron Lane", "Oakham Road", "Ashby Road", "Station Road", "Church Lane"}};
constexpr std::array<const char *, 8> kPractices{
    {"Spinney Hill Medical Centre", "Highfields Surgery", "Belgrave Medical Centre",
     "Aylestone Health Centre", "Oakham Medical Practice", "Loughborough Surgery",
     "Hinckley Road Medical Centre", "Market Harborough Medical Centre"}};

// Conditions drawn for a minority of women, weighted towards the common ones.
constexpr std::array<const char *, 14> kCommonConditions{
    {"family_diabetes", "family_diabetes", "previous_gdm", "chronic_hypertension", "asthma_severe",
     "previous_hypertensive_pregnancy", "family_preeclampsia", "severe_mental_illness",
     "type1_diabetes", "epilepsy", "gross_varicose_veins", "previous_third_degree_tear",
     "thrombophilia_low_risk", "previous_pph_transfused"}};

template <std::size_t N> QString pick(const std::array<const char *, N> &pool, quint32 index)
{
    return QString::fromUtf8(pool[index % N]);
}

} // namespace

BookingGenerator::BookingGenerator(quint32 seed, QDate today)
    : m_state(0x9E3779B97F4A7C15ULL ^ seed), m_today(today)
{
}

quint32 BookingGenerator::random(quint32 bound)
{
    // splitmix64: small, fast and the same on every platform, so demo data is reproducible.
    m_state += 0x9E3779B97F4A7C15ULL;
    quint64 z = m_state;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    z ^= z >> 31;
    return bound == 0 ? 0 : static_cast<quint32>(z % bound);
}

QString BookingGenerator::nextNhsNumber()
{
    for (;;) {
        const QString nine =
            QStringLiteral("999%1").arg(m_serial++ * 7919 % 1000000, 6, 10, QLatin1Char('0'));
        const int check = clinical::nhs::checkDigit(nine);
        if (check >= 0)
            return nine + QString::number(check);
    }
}

Booking BookingGenerator::next()
{
    Booking b;
    Woman &w = b.woman;
    const Family &family = kFamilies[random(kFamilies.size())];
    w.nhsNumber = nextNhsNumber();
    w.familyName = QString::fromUtf8(family.name);
    w.ethnicCategory = QString::fromLatin1(family.ethnicCategory);
    const QChar group = w.ethnicCategory.at(0);
    if (QStringLiteral("HJK").contains(group))
        w.givenName = pick(kSouthAsianNames, random(100));
    else if (QStringLiteral("AB").contains(group))
        w.givenName = pick(kEnglishNames, random(100));
    else if (group == QLatin1Char('C'))
        w.givenName = pick(kEuropeanNames, random(100));
    else if (QStringLiteral("DMN").contains(group))
        w.givenName = pick(kAfricanCaribbeanNames, random(100));
    else if (group == QLatin1Char('R'))
        w.givenName = pick(kChineseNames, random(100));
    else
        w.givenName = pick(kArabicNames, random(100));
    w.preferredLanguage = QString::fromLatin1(family.language);
    w.interpreterNeeded = w.preferredLanguage != QLatin1String("en") && chance(25);
    const int age = 17 + static_cast<int>(random(27));
    w.dateOfBirth = m_today.addYears(-age).addDays(-static_cast<qint64>(random(365)));
    w.postcode = QStringLiteral("%1 %2%3%4")
                     .arg(pick(kOutwardCodes, random(100)))
                     .arg(random(10))
                     .arg(QChar('A' + random(26)))
                     .arg(QChar('A' + random(26)));
    w.address =
        QStringLiteral("%1 %2, Leicester").arg(1 + random(240)).arg(pick(kStreets, random(100)));
    w.phone = QStringLiteral("07700 9%1").arg(random(100000), 5, 10, QLatin1Char('0'));
    w.gpPractice = pick(kPractices, random(100));
    if (w.preferredLanguage == QLatin1String("so") && chance(50))
        w.social << QStringLiteral("asylum_seeker");
    if (chance(4))
        w.social << QStringLiteral("safeguarding_concern");

    Pregnancy &p = b.pregnancy;
    const int gestationDays = 9 * 7 + static_cast<int>(random(32 * 7)); // 9+0 to 40+6 today
    p.lmp = m_today.addDays(-gestationDays);
    const int bookingDays =
        std::min(gestationDays, 7 * 7 + static_cast<int>(random(chance(10) ? 90 : 40)));
    p.bookingDate = p.lmp.addDays(bookingDays);
    if (gestationDays >= 16 * 7 && chance(70)) {
        const int scanDays = 11 * 7 + static_cast<int>(random(14));
        const double crl = std::pow((scanDays - 23.73) / 8.052, 2.0);
        p.datingScan = DatingScan{p.lmp.addDays(scanDays + static_cast<int>(random(5)) - 2),
                                  std::round(crl * 10.0) / 10.0};
    }
    p.previousBirths = chance(45) ? static_cast<int>(random(4)) : 0;
    p.previousLosses = chance(20) ? 1 : 0;
    p.previousCaesareans = p.previousBirths > 0 && chance(20) ? 1 : 0;
    p.fetuses = chance(2) ? 2 : 1;
    p.conception = chance(5) ? Conception::Assisted : Conception::Spontaneous;
    if (p.previousBirths + p.previousLosses > 0)
        p.yearsSinceLastPregnancy = 1 + static_cast<int>(random(chance(10) ? 14 : 6));

    BookingAssessment &a = b.assessment;
    a.measurements.heightCm = 150 + random(30);
    a.measurements.weightKg = 48 + random(chance(25) ? 70 : 30);
    a.smoking = chance(12) ? Smoking::Current : (chance(15) ? Smoking::Ex : Smoking::Never);
    a.measurements.coPpm = a.smoking == Smoking::Current ? 5 + random(15) : random(4);
    if (chance(35)) {
        const QString code = pick(kCommonConditions, random(100));
        const bool obstetric = code.startsWith(QLatin1String("previous_"));
        if (!obstetric || p.previousBirths > 0)
            a.conditions << code;
    }
    a.mentalHealth.lowMood = chance(10);
    a.mentalHealth.littleInterest = chance(8);
    a.mentalHealth.gad2Score = static_cast<int>(random(chance(15) ? 7 : 3));
    const std::array places{PlaceOfBirth::Undecided, PlaceOfBirth::ObstetricUnit,
                            PlaceOfBirth::AlongsideMidwiferyUnit, PlaceOfBirth::Home,
                            PlaceOfBirth::FreestandingMidwiferyUnit};
    a.preferredPlaceOfBirth = places[random(chance(60) ? 3 : 5)];
    return withDemoDetails(b);
}

QList<Booking> demoBookings(QDate today)
{
    constexpr quint32 kDemoSeed = 20261126;
    constexpr int kDemoWomen = 60;
    BookingGenerator generator(kDemoSeed, today);
    QList<Booking> bookings;
    for (int i = 0; i < kDemoWomen; ++i)
        bookings << generator.next();
    return bookings;
}

} // namespace bb::demo
