// SPDX-License-Identifier: MIT
#pragma once

#include "documents/CarePlanDocument.h"
#include "documents/DischargeDocuments.h"
#include "documents/SignpostingDocument.h"
#include "domain/Listings.h"
#include "domain/PregnancyRecord.h"

#include <QList>
#include <QString>

namespace bb::documents {

// What goes home with her (the printed plan, its PDF, the HTML plan, and every later export
// for the woman) may be read by anyone in her home. The rules page, "What her copy may show",
// keeps some things to the staff's record; this is the one place that says which, and every
// writer of her copy starts from herCopyOf().

/// True for a recommendation her copy never shows (`referral_safeguarding`).
bool hiddenFromHerCopy(const QString &recommendationCode);

/// True for a social code her copy never shows (`safeguarding_concern`, `domestic_abuse`).
bool socialCodeHiddenFromHerCopy(const QString &socialCode);

/// Her plan without the safeguarding referral, her decision about it and the safeguarding
/// social codes of the booking it was made from: as her copy shows it, and as anyone who does
/// not work with safeguarding is shown it.
StoredCarePlan withoutSafeguarding(StoredCarePlan plan);

/// The input with everything her copy may not show taken out: the hidden recommendations, her
/// decisions and reasons about them, and the hidden social codes of her booking. Nothing is
/// reworded, so nothing on the page hints at what was left out.
CarePlanPrintInput herCopyOf(CarePlanPrintInput input);

/// Her discharge input with what is for the health visitor only taken out: the hidden social
/// codes, the domestic abuse and FGM enquiries, the handover notes, who takes over, why the
/// place of birth changed and why a baby was moved, her conditions and earlier pregnancies, her
/// mental health answers and the actions asked of the staff. Taken out here, not left unprinted,
/// so that no later change to the summary can print them.
DischargePrintInput herCopyOf(DischargePrintInput input);

/// Her signposting sheet's input with the hidden social codes taken out and only the
/// organisations for her kind of loss kept (an ectopic pregnancy charity is not on a
/// stillbirth sheet).
SignpostingInput herCopyOf(SignpostingInput input);

/// Her appointments as her calendar may show them: only those still booked, without why any
/// was moved, and without who a specialist review is with (a specialist's name can say what the
/// review is about: a safeguarding or perinatal mental health lead).
QList<AppointmentListing> herCopyOf(QList<AppointmentListing> appointments);

/// Her pregnancy's record as her FHIR bundle may show it: no flags; no restricted referral or
/// recommendation, and no referral's notes; no staff notes of a contact; no safeguarding social
/// code, domestic abuse or FGM enquiry; why an appointment or her place of birth changed taken
/// out; and no specialist named whom a review is with.
PregnancyRecord herCopyOf(PregnancyRecord record);

} // namespace bb::documents
