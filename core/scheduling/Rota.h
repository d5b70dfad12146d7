// SPDX-License-Identifier: MIT
#pragma once

#include "scheduling/SchedulingTypes.h"

#include <QDateTime>
#include <QMap>

namespace bb::scheduling {

enum class ShiftKind
{
    Day,  ///< 08:00 to 20:00
    Night ///< 20:00 to 08:00 the next morning
};

struct RotaShift
{
    QDate date; ///< the day the shift starts
    ShiftKind kind = ShiftKind::Day;
    QList<qint64> midwifeIds; ///< in the order they were chosen; two unless there is a gap

    QDateTime start() const;
    QDateTime end() const;
    bool hasGap() const;
    bool operator==(const RotaShift &) const = default;
};

/// Midwives on call together for each shift of the Home Birth Team.
inline constexpr int kMidwivesPerShift = 2;
/// Shortest rest between the end of one shift and the start of the same person's next.
inline constexpr int kMinimumRestHours = 11;

struct RotaResult
{
    QList<RotaShift> shifts;            ///< day then night, for each date in turn
    QList<RotaShift> gaps;              ///< shifts with fewer than two midwives: cover to be found
    QMap<qint64, int> shiftsPerMidwife; ///< every eligible midwife, zero included
};

/// The Home Birth Team's on-call rota for `weeks` weeks from `start`: two different midwives
/// with the home-birth skill on every day and night shift. Nobody works a shift that starts
/// less than eleven hours after her last one ended (so never a day then the same night, nor a
/// night then the next day). Each shift goes to the eligible midwives with the fewest shifts
/// per FTE so far (then fewest of the same kind per FTE, then lowest id), which shares the work
/// in proportion to FTE. A midwife away on the shift's date, or (for a night) on the morning it
/// ends, is not rostered. On-call is rostered across the whole week, so working days do not
/// limit it; part-time is reflected by FTE instead. A shift that cannot be covered twice is
/// kept with whoever could be found and listed in `gaps`.
RotaResult buildHomeBirthRota(const QList<Clinician> &clinicians, const QList<Absence> &absences,
                              const QDate &start, int weeks);

struct HomeBirthWoman
{
    QString nhsNumber;
    QDate edd;
    QString name = {}; ///< as lists show her (`PATEL, Asha`); may be empty
};

/// When a planned home birth may need the on-call team: 37+0 to 42+0 weeks.
struct HomeBirthWindow
{
    QString nhsNumber;
    QDate edd;
    QDate from; ///< EDD − 280 + 37 × 7
    QDate to;   ///< EDD − 280 + 42 × 7
    QString name = {};
    bool operator==(const HomeBirthWindow &) const = default;
};

/// Each woman's window, earliest first (then by NHS number).
QList<HomeBirthWindow> homeBirthWindows(const QList<HomeBirthWoman> &women);

} // namespace bb::scheduling
