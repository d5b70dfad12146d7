// SPDX-License-Identifier: MIT
#pragma once

#include "clinical/BookingFacts.h"
#include "domain/AntenatalContact.h"
#include "domain/FieldError.h"
#include "domain/RuleSettings.h"

#include <QList>
#include <QStringList>

namespace bb::clinical {

/// What is saved before a contact that the rules at it read: her booking's figures and the
/// contacts before this one.
struct ContactHistory
{
    QDate bookingDate;
    QDate edd;
    bool chronicHypertension = false;
    bool nulliparous = false; ///< no previous birth: ECV from 36+0 rather than 37+0
    bool smokesNow = false;
    bool diabetes = false; ///< pre-existing, or gestational diagnosed at an earlier contact
    /// Why symphysis–fundal height cannot be relied on (BMI 35 or more, fibroids); empty if it can.
    QStringList sfhUnreliable;
    QList<AntenatalContact> earlier; ///< oldest first; only those she attended count
};

/// The history a contact is judged against: `facts` of her booking, and her contacts before
/// this one (in any order; those after `before` are left out).
ContactHistory contactHistory(const BookingFacts &facts, const QList<AntenatalContact> &contacts,
                              const QDate &before);

/// What the rules ask for after a contact, and reminders of what is due at it.
struct ContactAssessment
{
    Gestation gestation;
    QList<ContactAction> actions; ///< at most one of each code
    QStringList advice;           ///< what is due and not yet done: shown on the form
};

/// The rules page's "At antenatal contacts", a pure function of the contact and what was saved
/// before it. A contact she did not attend asks for nothing.
ContactAssessment assessContact(const AntenatalContact &contact, const ContactHistory &history,
                                const RuleSettings &settings);

/// What an action code asks the midwife to do, as her screen says it
/// (`bp_same_day_assessment`: "Same-day assessment in secondary care").
QString contactActionTitle(const QString &code);

/// The symphysis–fundal height chart's lower and upper lines at a gestation, in centimetres.
double sfhLowerLine(Gestation gestation, const RuleSettings &settings);
double sfhUpperLine(Gestation gestation, const RuleSettings &settings);

/// What makes a contact impossible to save: a reading outside what a person can have (a blood
/// pressure of 300/20), a date before her booking or after `today`, measurements on a contact she
/// did not attend, an unknown condition code. Paths follow the contact format (`bp`, `sfh_cm`).
FieldErrors contactProblems(const AntenatalContact &contact, const QDate &bookingDate,
                            const QDate &today);

} // namespace bb::clinical
