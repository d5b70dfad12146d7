// SPDX-License-Identifier: MIT
#pragma once

#include "clinical/BirthRules.h"
#include "clinical/VteRisk.h"
#include "domain/BabyCare.h"
#include "domain/Birth.h"
#include "domain/Booking.h"
#include "domain/Discharge.h"
#include "domain/Gestation.h"
#include "domain/PostnatalContact.h"
#include "domain/PrintSettings.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

QT_BEGIN_NAMESPACE
class QPagedPaintDevice;
QT_END_NAMESPACE

namespace bb::documents {

/// One baby as the discharge documents show her: the birth's record, where she has been cared
/// for, and what her postnatal checks found.
struct BabyAtDischarge
{
    Baby baby;
    QList<BabyCareMove> moves; ///< oldest first; none: with her mother since the birth
    std::optional<clinical::BloodSpotDue> bloodSpot; ///< for a baby born alive
    QDate bloodSpotTaken;                            ///< invalid when not recorded
    QDate hearingScreened;
    QDate physicalExamination;
    std::optional<int> lastWeightGrams;
    QDate lastWeighed;
    Feeding feeding = Feeding::NotDiscussed; ///< at her last check
    Jaundice jaundice = Jaundice::NotAssessed;
};

/// Everything the handover and her discharge summary print. `printedOn` is passed in.
struct DischargePrintInput
{
    Booking booking;
    Birth birth;
    std::optional<Gestation> gestation; ///< at birth
    QStringList attendants;             ///< names of who attended the birth
    RecordedDischarge discharge;
    QList<BabyAtDischarge> babies; ///< in birth order
    std::optional<clinical::PostnatalVteAssessment> vte;
    int postnatalContacts = 0;
    QDate lastContact;
    Feeding feeding = Feeding::NotDiscussed; ///< hers, at her last contact that asked
    bool contraceptionDiscussed = false;
    std::optional<MentalHealthAnswers> mentalHealth; ///< at her last contact that asked
    QDate mentalHealthAsked;
    QList<ContactAction> outstanding; ///< what her last postnatal contact asked for
    QString namedMidwife;
    QString team;
    QString teamPhone;
    PrintSettings settings;
    QDate printedOn;
};

/// The handover to the health visitor, a professional-to-professional document marked
/// confidential: the birth, each baby, feeding, mental health, medicines, what is outstanding,
/// and safeguarding. Never given to the family.
QString handoverBodyHtml(const DischargePrintInput &input);
bool writeHandoverPdf(const QString &path, const DischargePrintInput &input, QString *error);
/// The handover painted on a printer or the print preview (paintDocument()), with the bands its
/// PDF carries.
bool paintHandover(QPagedPaintDevice *device, const DischargePrintInput &input, QString *error);

/// Her discharge summary, written to her, from herCopyOf(input): her baby's birth, what happens
/// next and who to call, her medicines and her baby's screening tests.
QString dischargeSummaryBodyHtml(const DischargePrintInput &input);
bool writeDischargeSummaryPdf(const QString &path, const DischargePrintInput &input,
                              QString *error);
/// Her discharge summary painted on a printer or the print preview, from herCopyOf(input).
bool paintDischargeSummary(QPagedPaintDevice *device, const DischargePrintInput &input,
                           QString *error);

} // namespace bb::documents
