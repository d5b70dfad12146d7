// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace bb {

/// Days from the start of the pregnancy (EDD − 280) to a date, shown as `W+D`. The dating rules
/// (clinical/Dating.h) work it out; a care plan and a caseload row hold it.
struct Gestation
{
    int days = 0;

    int weeks() const { return days / 7; }
    int extraDays() const { return days % 7; }
    QString toString() const;
    static Gestation fromWeeks(int weeks, int extra = 0) { return {weeks * 7 + extra}; }
    auto operator<=>(const Gestation &) const = default;
};

/// How a due date was set: by the crown–rump length of a dating scan, or from the LMP.
enum class EddMethod
{
    Crl,
    Lmp
};
QString toCode(EddMethod method); ///< `crl` or `lmp`, as the care-plan format and the schema say
QString label(EddMethod method);

/// A due date and how it was set, as the dating rules give it.
struct DatingResult
{
    QDate edd;
    EddMethod method = EddMethod::Lmp;
    QStringList warnings; ///< e.g. a scan whose CRL is outside the dating range
};

} // namespace bb
