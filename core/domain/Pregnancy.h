// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QStringList>

#include <optional>

namespace bb {

enum class Conception
{
    Spontaneous,
    Assisted,
    NotAsked ///< nobody asked yet: the booking form starts here, the plan says it is missing
};
enum class Smoking
{
    Never,
    Ex,
    Current,
    NotAsked ///< nobody asked yet: the booking form starts here, the plan says it is missing
};
enum class PlaceOfBirth
{
    Undecided,
    Home,
    FreestandingMidwiferyUnit,
    AlongsideMidwiferyUnit,
    ObstetricUnit
};
enum class PregnancyStatus
{
    Booked,
    Delivered,
    Loss
};

struct DatingScan
{
    QDate date;
    double crlMm = 0.0;
    bool operator==(const DatingScan &) const = default;
};

/// One pregnancy of one woman. Every clinical fact is recorded against a pregnancy.
struct Pregnancy
{
    qint64 id = 0;
    qint64 womanId = 0;
    QDate bookingDate;
    QDate lmp; ///< invalid when not known
    std::optional<DatingScan> datingScan;
    int fetuses = 1;
    int previousBirths = 0;
    int previousLosses = 0;
    int previousCaesareans = 0;
    std::optional<int> yearsSinceLastPregnancy;
    Conception conception = Conception::Spontaneous;
    PregnancyStatus status = PregnancyStatus::Booked;

    bool operator==(const Pregnancy &) const = default;
};

struct Measurements
{
    std::optional<double> heightCm;
    std::optional<double> weightKg;
    std::optional<double> coPpm; ///< carbon monoxide reading, parts per million
    bool operator==(const Measurements &) const = default;
};

/// Whooley questions and GAD-2, as asked at booking (NICE CG192).
struct MentalHealthAnswers
{
    bool lowMood = false;
    bool littleInterest = false;
    int gad2Score = 0;
    bool operator==(const MentalHealthAnswers &) const = default;
};

/// What the midwife assesses at the booking appointment.
struct BookingAssessment
{
    Measurements measurements;
    Smoking smoking = Smoking::Never;
    QStringList conditions; ///< condition codes from the rules page, sorted
    MentalHealthAnswers mentalHealth;
    PlaceOfBirth preferredPlaceOfBirth = PlaceOfBirth::Undecided;
    bool operator==(const BookingAssessment &) const = default;
};

} // namespace bb
