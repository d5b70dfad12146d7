// SPDX-License-Identifier: MIT
#pragma once

#include "clinical/CarePlanner.h"
#include "domain/Booking.h"
#include "domain/CarePlan.h"

#include "TestSupport.h" // Catch, and printing of Qt values

#include <QDate>
#include <QStringList>

#include <variant>

namespace bb::careplantest {

inline const QDate kBookingDate{2026, 10, 12};

/// A valid low-risk booking: parous (one birth, so not a first pregnancy), age 30, BMI 22.0,
/// dated by LMP at 8+0, no conditions. Tests mutate it to reach one rule's edge.
inline Booking lowRiskPlanBooking()
{
    Booking b;
    b.woman.nhsNumber = QStringLiteral("9434765919");
    b.woman.givenName = QStringLiteral("Asha");
    b.woman.familyName = QStringLiteral("Patel");
    b.woman.dateOfBirth = kBookingDate.addYears(-30).addDays(-40);
    b.woman.ethnicCategory = QStringLiteral("A");
    b.pregnancy.bookingDate = kBookingDate;
    b.pregnancy.lmp = kBookingDate.addDays(-56);
    b.pregnancy.previousBirths = 1;
    b.assessment.measurements.heightCm = 200.0; // 2 m: BMI = weight / 4, easy to place on edges
    b.assessment.measurements.weightKg = 88.0;
    b.assessment.measurements.coPpm = 1.0;
    return b;
}

inline void setBmi(Booking &b, double bmi)
{
    b.assessment.measurements.weightKg = bmi * 4.0;
}
inline void setAge(Booking &b, int years)
{
    b.woman.dateOfBirth = b.pregnancy.bookingDate.addYears(-years);
}
inline void setFirstPregnancy(Booking &b)
{
    b.pregnancy.previousBirths = 0;
    b.pregnancy.previousLosses = 0;
}
/// Moves the LMP so that the booking date falls at `weeks`+`days`.
inline void setBookingGestation(Booking &b, int weeks, int days)
{
    b.pregnancy.lmp = b.pregnancy.bookingDate.addDays(-(weeks * 7 + days));
}

inline CarePlan planOf(const Booking &b, const RuleSettings &settings = {})
{
    const clinical::CarePlanResult result = clinical::planCare(b, settings);
    if (const auto *errors = std::get_if<FieldErrors>(&result)) {
        for (const FieldError &e : *errors)
            UNSCOPED_INFO(e.toString().toStdString());
    }
    REQUIRE(std::holds_alternative<CarePlan>(result));
    return std::get<CarePlan>(result);
}

inline FieldErrors errorsOf(const Booking &b)
{
    const clinical::CarePlanResult result = clinical::planCare(b);
    REQUIRE(std::holds_alternative<FieldErrors>(result));
    return std::get<FieldErrors>(result);
}

inline QStringList recommendationCodes(const CarePlan &plan)
{
    QStringList list;
    for (const Recommendation &r : plan.recommendations)
        list << r.code;
    return list;
}

inline bool recommends(const Booking &b, const char *code, const RuleSettings &settings = {})
{
    return recommendationCodes(planOf(b, settings)).contains(QString::fromLatin1(code));
}

/// The recommendation's window as `{from, to}`; both null when it has none.
inline QPair<QDate, QDate> windowOf(const CarePlan &plan, const char *code);

inline Recommendation recommendation(const CarePlan &plan, const char *code)
{
    for (const Recommendation &r : plan.recommendations) {
        if (r.code == QLatin1String(code))
            return r;
    }
    FAIL("no recommendation " << code);
    return {};
}

inline QPair<QDate, QDate> windowOf(const CarePlan &plan, const char *code)
{
    const Recommendation r = recommendation(plan, code);
    return {r.from, r.to};
}

/// The date at a gestation in a plan's pregnancy: EDD − 280 + 7 × weeks + days.
inline QDate dateAt(const CarePlan &plan, int weeks, int days = 0)
{
    return plan.edd.addDays(-280 + weeks * 7 + days);
}

inline bool anyContains(const QStringList &list, const char *text)
{
    for (const QString &item : list) {
        if (item.contains(QLatin1String(text), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace bb::careplantest
