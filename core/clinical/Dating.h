// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Pregnancy.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace bb::clinical {

/// Days from the start of the pregnancy (EDD − 280) to a date, shown as `W+D`.
struct Gestation
{
    int days = 0;

    int weeks() const { return days / 7; }
    int extraDays() const { return days % 7; }
    QString toString() const;
    static Gestation fromWeeks(int weeks, int extra = 0) { return {weeks * 7 + extra}; }
    auto operator<=>(const Gestation &) const = default;
};

enum class EddMethod
{
    Crl,
    Lmp
};
QString toCode(EddMethod method);
QString label(EddMethod method);

struct DatingResult
{
    QDate edd;
    EddMethod method = EddMethod::Lmp;
    QStringList warnings; ///< e.g. a scan whose CRL is outside the dating range
};

/// BMUS/FASP first-trimester dating: a crown–rump length of 45.0–84.0 mm dates the pregnancy.
constexpr double kCrlMinMm = 45.0;
constexpr double kCrlMaxMm = 84.0;
bool crlInDatingRange(double crlMm);

/// Robinson's formula: gestation at scan in days = round(8.052 × √CRL + 23.73).
int robinsonGestationDays(double crlMm);

/// The EDD from a dating scan when its CRL is in range (used even when the LMP is known),
/// otherwise from the LMP (+280 days). Empty when neither is usable: the booking cannot be
/// planned. Warnings are added for a scan that could not be used.
std::optional<DatingResult> estimateDueDate(const QDate &lmp,
                                            const std::optional<DatingScan> &scan);
std::optional<DatingResult> estimateDueDate(const Pregnancy &pregnancy);

QDate pregnancyStart(const QDate &edd); ///< EDD − 280 days
Gestation gestationOn(const QDate &edd, const QDate &date);
QDate dateAtGestation(const QDate &edd, Gestation gestation);

/// Whole years from birth to `on`.
int ageInYears(const QDate &dateOfBirth, const QDate &on);

/// weight / height², rounded to one decimal, half away from zero. Empty when either is missing
/// or not positive. Every BMI threshold compares this rounded value.
std::optional<double> bodyMassIndex(std::optional<double> heightCm, std::optional<double> weightKg);

} // namespace bb::clinical
