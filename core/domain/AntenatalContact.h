// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Booking.h"
#include "domain/Observations.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace bb {

/// Which way the baby lies, recorded from 36+0 (NICE NG201).
enum class Presentation
{
    NotRecorded,
    Cephalic,
    Breech,
    Transverse,
    Unsure
};

/// Her baby's movements as talked about at the contact (SBL v3 element 3).
enum class Movements
{
    NotDiscussed,
    Normal,
    Reduced
};

/// Her answer to the offer of induction of labour at 41+0 (NICE NG207).
enum class InductionDecision
{
    NotOffered,
    Accepted,
    Declined,
    Undecided
};

/// One antenatal contact after the booking: who saw her, where, whether she came, and what was
/// measured and decided. Optional values are those not measured at this contact.
struct AntenatalContact
{
    qint64 id = 0;
    qint64 pregnancyId = 0;
    qint64 appointmentId = 0; ///< the booked appointment it was; 0 for a walk-in or home visit
    QDate date;
    qint64 clinicianId = 0;
    QString venue;
    bool attended = true;
    std::optional<BloodPressure> bloodPressure;
    Dipstick urineProtein = Dipstick::NotTested;
    Dipstick urineGlucose = Dipstick::NotTested;
    std::optional<double> sfhCm; ///< symphysis–fundal height
    std::optional<bool> fetalHeartHeard;
    Movements movements = Movements::NotDiscussed;
    Presentation presentation = Presentation::NotRecorded;
    std::optional<double> coPpm;
    /// Whooley and GAD-2, when they were asked at this contact.
    std::optional<MentalHealthAnswers> mentalHealth;
    InductionDecision induction = InductionDecision::NotOffered;
    QStringList conditions; ///< condition codes diagnosed at this contact
    QString notes;
    QString planUntilNext;
    bool operator==(const AntenatalContact &) const = default;
};

/// What the rules ask for after a contact: a code of the rules page, its guideline and why.
struct ContactAction
{
    QString code;
    QString source;
    QStringList reasons;
    bool operator==(const ContactAction &) const = default;
};

} // namespace bb

namespace bb::codes {

// The words the contact format, the command line and the database use for each choice.
QString toCode(Presentation value);
QString toCode(Movements value);
QString toCode(InductionDecision value);
std::optional<Presentation> presentationFromCode(const QString &code);
std::optional<Movements> movementsFromCode(const QString &code);
std::optional<InductionDecision> inductionFromCode(const QString &code);
QString label(Presentation value);
QString label(Movements value);
QString label(InductionDecision value);
QStringList presentationCodes();
QStringList movementsCodes();
QStringList inductionCodes();

} // namespace bb::codes
