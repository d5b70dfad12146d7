// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Birth.h"
#include "domain/Gestation.h"
#include "domain/Pregnancy.h"
#include "domain/Team.h"

#include <QDate>
#include <QString>
#include <QTime>

// The app's choices in the codes and formats of the Maternity Services Data Set v2.0 (NHS Data
// Model and Dictionary). Where the app does not record what tells two codes apart, the answer
// is empty: the return leaves the item out rather than guess. docs/msds.md lists every code.
namespace bb::interop::msds {

/// `CCYY-MM-DD`; empty for a date not recorded.
QString dateText(const QDate &day);
/// `HH:MM:SS`; empty for a time not recorded.
QString timeText(const QTime &at);

/// MATERNITY CARE SETTING (OF PLANNED DELIVERY): `01` obstetric unit, `02` alongside midwifery
/// unit, `03` freestanding midwifery unit, `04` home (NHS care), `96` undecided.
QString plannedDeliverySetting(PlaceOfBirth place);
/// MATERNITY CARE SETTING (ACTUAL PLACE OF BIRTH): as the planned setting's codes; empty for a
/// baby born before arrival, whom the app does not say where.
QString actualBirthSetting(BirthSetting setting);
/// ORGANISATION SITE IDENTIFIER default code `ZZ201` for a birth at home (planned or actual);
/// empty for a unit, whose site code the app does not hold.
QString homeSite(bool atHome);
/// METHOD OF ESTIMATED DATE OF DELIVERY (AGREED): `03` ultrasound dating measurements (the
/// crown–rump length), `01` the LMP as she stated it.
QString eddMethod(EddMethod method);
/// LABOUR OR DELIVERY ONSET METHOD CODE: `1` spontaneous, `2` caesarean before labour; empty
/// for an induction, which the app does not record as surgical, medical or both.
QString labourOnsetMethod(LabourOnset onset);
/// DELIVERY METHOD CODE: `7` elective (planned) caesarean, `8` emergency caesarean; empty for a
/// vaginal birth, whose presentation (vertex, other cephalic, breech) or instrument (forceps or
/// ventouse) the app does not record.
QString deliveryMethod(BirthMode mode);
/// PERSON PHENOTYPIC SEX: `1` male, `2` female, `9` indeterminate.
QString phenotypicSex(BabySex sex);
/// PREGNANCY OUTCOME: `01` live birth, `04` stillbirth with its timing unknown (the app does not
/// record whether it was before or during labour).
QString pregnancyOutcome(BabyOutcome outcome);
/// BABY FIRST FEED BREAST MILK INDICATION CODE: `01` at the breast (her milk), `03` formula;
/// empty for expressed milk (hers or a donor's is not recorded) and before the first feed.
QString firstFeed(FirstFeed feed);
/// ATTENDED OR DID NOT ATTEND CODE: `5` attended, `3` did not attend; empty for an appointment
/// still booked, cancelled or moved, which is no care contact.
QString attendance(AppointmentStatus status);
/// CONSULTATION TYPE: `01` the booking, the first consultation of her maternity care; `02` every
/// contact after it.
QString consultationType(AppointmentKind kind);
/// `Y` when true; empty when false, for flags whose false the app does not tell from "not
/// recorded".
QString yesWhen(bool value);
/// `Y` or `N`, for flags the app records both ways.
QString yesNo(bool value);

} // namespace bb::interop::msds
