// SPDX-License-Identifier: MIT
#pragma once

#include "domain/AntenatalContact.h"
#include "domain/Observations.h"
#include "domain/Pregnancy.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace bb {

/// Who gave the postnatal contact: the multi-agency postnatal team.
enum class PostnatalRole
{
    Midwife,
    SupportWorker,
    HealthVisitor
};

/// Jaundice as seen at the contact, with when it began (NICE NG194; NICE CG98).
enum class Jaundice
{
    NotAssessed,
    None,
    Under24Hours, ///< visible in the first 24 hours of life
    After24Hours
};

enum class Feeding
{
    NotDiscussed,
    Breast,
    Mixed,
    Formula
};

/// One baby seen at a postnatal contact.
struct BabyCheck
{
    qint64 babyId = 0;
    std::optional<int> weightGrams;
    Jaundice jaundice = Jaundice::NotAssessed;
    Feeding feeding = Feeding::NotDiscussed;
    bool bloodSpotTaken = false;
    bool hearingScreened = false;
    bool physicalExamination = false; ///< the newborn and infant physical examination
    bool operator==(const BabyCheck &) const = default;
};

/// A postnatal contact: the mother and each baby, by the role that saw them.
struct PostnatalContact
{
    qint64 id = 0;
    qint64 pregnancyId = 0;
    qint64 appointmentId = 0;
    QDate date;
    qint64 clinicianId = 0;
    PostnatalRole role = PostnatalRole::Midwife;
    bool attended = true;
    std::optional<BloodPressure> bloodPressure;
    std::optional<double> temperatureC;
    QString bleeding;      ///< as described: lochia normal, heavy...
    QString woundPerineum; ///< how her wound or perineum is healing
    std::optional<MentalHealthAnswers> mentalHealth;
    Feeding feeding = Feeding::NotDiscussed;
    bool contraceptionDiscussed = false;
    QList<BabyCheck> babies;
    QString notes;
    bool operator==(const PostnatalContact &) const = default;
};

} // namespace bb

namespace bb::codes {

QString toCode(PostnatalRole value);
QString toCode(Jaundice value);
QString toCode(Feeding value);
std::optional<PostnatalRole> postnatalRoleFromCode(const QString &code);
std::optional<Jaundice> jaundiceFromCode(const QString &code);
std::optional<Feeding> feedingFromCode(const QString &code);
QString label(PostnatalRole value);
QString label(Jaundice value);
QString label(Feeding value);
QStringList postnatalRoleCodes();
QStringList jaundiceCodes();
QStringList feedingCodes();

} // namespace bb::codes
