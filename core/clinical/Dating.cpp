// SPDX-License-Identifier: MIT
#include "clinical/Dating.h"

#include <cmath>

#include <QCoreApplication>

namespace bb::clinical {
namespace {

/// The words this shows go through Qt's translation system (translations/).
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(Dating)
};

} // namespace

namespace {
constexpr int kTermDays = 280;
}

bool crlInDatingRange(double crlMm)
{
    return crlMm >= kCrlMinMm && crlMm <= kCrlMaxMm;
}

int robinsonGestationDays(double crlMm)
{
    // 1.037 corrects the 1975 formula for the speed of sound that scanners now assume; without it
    // every scan was dated one or two days short of its report.
    return static_cast<int>(std::lround(8.052 * std::sqrt(1.037 * crlMm) + 23.73));
}

std::optional<DatingResult> estimateDueDate(const QDate &lmp, const std::optional<DatingScan> &scan)
{
    QStringList warnings;
    if (scan && scan->date.isValid()) {
        if (crlInDatingRange(scan->crlMm)) {
            const int daysAtScan = robinsonGestationDays(scan->crlMm);
            return DatingResult{scan->date.addDays(kTermDays - daysAtScan), EddMethod::Crl, {}};
        }
        warnings << Words::tr("dating scan CRL %1 mm is outside the dating range "
                              "45.0-84.0 mm and was not used for dating: %2")
                        .arg(scan->crlMm, 0, 'f', 1)
                        .arg(scan->crlMm < kCrlMinMm
                                 ? Words::tr("rescan for dating")
                                 : Words::tr("dating by head circumference is needed"));
    }
    if (lmp.isValid())
        return DatingResult{lmp.addDays(kTermDays), EddMethod::Lmp, warnings};
    return std::nullopt;
}

std::optional<DatingResult> estimateDueDate(const Pregnancy &pregnancy)
{
    return estimateDueDate(pregnancy.lmp, pregnancy.datingScan);
}

QDate pregnancyStart(const QDate &edd)
{
    return edd.addDays(-kTermDays);
}

Gestation gestationOn(const QDate &edd, const QDate &date)
{
    return {static_cast<int>(pregnancyStart(edd).daysTo(date))};
}

QDate dateAtGestation(const QDate &edd, Gestation gestation)
{
    return pregnancyStart(edd).addDays(gestation.days);
}

int ageInYears(const QDate &dateOfBirth, const QDate &on)
{
    int years = on.year() - dateOfBirth.year();
    if (on.month() < dateOfBirth.month() ||
        (on.month() == dateOfBirth.month() && on.day() < dateOfBirth.day()))
        --years;
    return years;
}

bool isTeenageParent(const QDate &dateOfBirth, const QDate &on)
{
    constexpr int kYoungParentUnder = 20;
    return dateOfBirth.isValid() && on.isValid() && ageInYears(dateOfBirth, on) < kYoungParentUnder;
}

std::optional<double> bodyMassIndex(std::optional<double> heightCm, std::optional<double> weightKg)
{
    if (!heightCm || !weightKg || *heightCm <= 0.0 || *weightKg <= 0.0)
        return std::nullopt;
    const double metres = *heightCm / 100.0;
    const double exact = *weightKg / (metres * metres);
    // A tiny nudge so that values that are exactly on a half in decimal (but a hair below it in
    // binary) round away from zero as the rules page requires.
    return std::round(exact * 10.0 + 1e-9) / 10.0;
}

} // namespace bb::clinical
