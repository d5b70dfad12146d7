// SPDX-License-Identifier: MIT
#include "clinical/EarlierPregnancies.h"

#include "clinical/Dating.h"

#include <algorithm>

#include <QCoreApplication>

namespace bb::clinical {
namespace {

/// The words this shows go through Qt's translation system (translations/).
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(EarlierPregnancies)
};

QString day(const QDate &date)
{
    return date.toString(QStringLiteral("dd-MMM-yyyy"));
}

QString lowerLabel(const QString &label)
{
    return label.isEmpty() ? label : label.front().toLower() + label.mid(1);
}

/// Her gestation on a day by her dating; none when the pregnancy cannot be dated or the day
/// is before it began.
std::optional<Gestation> gestationAt(const Pregnancy &pregnancy, const QDate &date)
{
    const auto dating = estimateDueDate(pregnancy);
    if (!dating || !date.isValid())
        return std::nullopt;
    const Gestation at = gestationOn(dating->edd, date);
    if (at.days < 0)
        return std::nullopt;
    return at;
}

ModeOfBirth modeOf(BirthMode mode)
{
    switch (mode) {
    case BirthMode::SpontaneousVaginal:
        return ModeOfBirth::SpontaneousVaginal;
    case BirthMode::Instrumental:
        return ModeOfBirth::AssistedVaginal;
    case BirthMode::PlannedCaesarean:
        return ModeOfBirth::PlannedCaesarean;
    case BirthMode::EmergencyCaesarean:
        return ModeOfBirth::EmergencyCaesarean;
    }
    return ModeOfBirth::NotKnown;
}

PregnancyOutcome outcomeOf(LossKind kind)
{
    switch (kind) {
    case LossKind::Miscarriage:
        return PregnancyOutcome::Miscarriage;
    case LossKind::Ectopic:
        return PregnancyOutcome::Ectopic;
    case LossKind::Termination:
        return PregnancyOutcome::Termination;
    case LossKind::Stillbirth:
        return PregnancyOutcome::Stillbirth;
    case LossKind::NeonatalDeath:
        return PregnancyOutcome::NeonatalDeath;
    }
    return PregnancyOutcome::Miscarriage;
}

QString babiesWord(qsizetype count)
{
    switch (count) {
    case 2:
        return QStringLiteral("twins");
    case 3:
        return QStringLiteral("triplets");
    default:
        return QStringLiteral("%1 babies").arg(count);
    }
}

/// "live birth" for one baby; "twins: 2 live births", "twins: 1 live birth, 1 stillbirth".
QString babiesText(const QList<Baby> &babies)
{
    if (babies.size() == 1)
        return lowerLabel(codes::label(babies.front().outcome));
    QStringList parts;
    for (BabyOutcome outcome : {BabyOutcome::LiveBirth, BabyOutcome::Stillbirth}) {
        const auto n = std::count_if(babies.cbegin(), babies.cend(),
                                     [outcome](const Baby &b) { return b.outcome == outcome; });
        if (n == 0)
            continue;
        const QString what = lowerLabel(codes::label(outcome));
        parts << QStringLiteral("%1 %2%3").arg(n).arg(what,
                                                      n == 1 ? QString() : QStringLiteral("s"));
    }
    return babiesWord(babies.size()) + QStringLiteral(": ") + parts.join(QStringLiteral(", "));
}

bool anyStillborn(const Birth &birth)
{
    return std::any_of(birth.babies.cbegin(), birth.babies.cend(),
                       [](const Baby &b) { return b.outcome == BabyOutcome::Stillbirth; });
}

/// Whether the loss says more than the babies' outcomes already do.
bool lossAddsToBirth(const Birth &birth, const PregnancyLoss &loss)
{
    return !(loss.kind == LossKind::Stillbirth && anyStillborn(birth));
}

PreviousPregnancy rowOfBirth(const Pregnancy &pregnancy, const Birth &birth,
                             const std::optional<PregnancyLoss> &loss)
{
    PreviousPregnancy row;
    row.year = birth.date.year();
    if (const auto at = gestationAt(pregnancy, birth.date))
        row.gestationWeeks = at->weeks();
    // The gravest of the babies' outcomes: a baby's death is what a later pregnancy's care
    // turns on.
    if (anyStillborn(birth) || (loss && loss->kind == LossKind::Stillbirth))
        row.outcome = PregnancyOutcome::Stillbirth;
    else if (loss && loss->kind == LossKind::NeonatalDeath)
        row.outcome = PregnancyOutcome::NeonatalDeath;
    else
        row.outcome = PregnancyOutcome::LiveBirth;
    row.mode = modeOf(birth.mode);
    int heaviest = 0;
    for (const Baby &baby : birth.babies)
        heaviest = std::max(heaviest, baby.weightGrams);
    if (heaviest > 0)
        row.babyWeightGrams = heaviest;
    if (birth.babies.size() > 1) {
        QStringList each;
        for (const Baby &baby : birth.babies) {
            QString text = QStringLiteral("baby %1 %2")
                               .arg(baby.order)
                               .arg(lowerLabel(codes::label(baby.outcome)));
            if (baby.weightGrams > 0)
                text += QStringLiteral(" %1 g").arg(baby.weightGrams);
            each << text;
        }
        row.notes = QStringLiteral("%1: %2").arg(babiesWord(birth.babies.size()),
                                                 each.join(QStringLiteral(", ")));
        row.notes[0] = row.notes[0].toUpper();
        if (loss && lossAddsToBirth(birth, *loss))
            row.notes += QStringLiteral("; %1 %2").arg(lowerLabel(codes::label(loss->kind)),
                                                       day(loss->date));
    }
    return row;
}

/// The gestation the loss happened at. A neonatal death's date is the day the baby died, up
/// to 28 days after the birth: it says nothing of the gestation she was born at.
std::optional<Gestation> gestationAtLoss(const Pregnancy &pregnancy, const PregnancyLoss &loss)
{
    if (loss.kind == LossKind::NeonatalDeath)
        return std::nullopt;
    return gestationAt(pregnancy, loss.date);
}

PreviousPregnancy rowOfLoss(const Pregnancy &pregnancy, const PregnancyLoss &loss)
{
    PreviousPregnancy row;
    row.year = loss.date.year();
    row.outcome = outcomeOf(loss.kind);
    if (const auto at = gestationAtLoss(pregnancy, loss))
        row.gestationWeeks = at->weeks();
    return row;
}

QString lineOfBirth(const Pregnancy &pregnancy, const Birth &birth,
                    const std::optional<PregnancyLoss> &loss)
{
    QStringList parts{Words::tr("Born %1").arg(day(birth.date))};
    if (const auto at = gestationAt(pregnancy, birth.date))
        parts << at->toString();
    if (!birth.babies.isEmpty())
        parts << babiesText(birth.babies);
    QString line = parts.join(QStringLiteral(", "));
    if (loss && lossAddsToBirth(birth, *loss))
        line +=
            QStringLiteral("; %1 %2").arg(lowerLabel(codes::label(loss->kind)), day(loss->date));
    return line;
}

QString lineOfLoss(const Pregnancy &pregnancy, const PregnancyLoss &loss)
{
    QString line = QStringLiteral("%1 %2").arg(codes::label(loss.kind), day(loss.date));
    if (const auto at = gestationAtLoss(pregnancy, loss))
        line += QStringLiteral(" at %1").arg(at->toString());
    return line;
}

QString lineInCare(const Pregnancy &pregnancy)
{
    switch (pregnancy.status) {
    case PregnancyStatus::Delivered:
        return Words::tr("Delivered; the birth is not recorded here");
    case PregnancyStatus::Loss:
        return Words::tr("Ended in a loss; which is not recorded here");
    case PregnancyStatus::Booked:
        break;
    }
    const auto dating = estimateDueDate(pregnancy);
    return dating ? Words::tr("In care, EDD %1").arg(day(dating->edd))
                  : Words::tr("In care, not dated yet");
}

bool sameRow(const PreviousPregnancy &a, const PreviousPregnancy &b)
{
    return a.year == b.year && a.outcome == b.outcome;
}

} // namespace

PregnancyHistory historyOf(const Pregnancy &pregnancy, const std::optional<Birth> &birth,
                           const std::optional<PregnancyLoss> &loss, bool enteredInError)
{
    PregnancyHistory h;
    h.pregnancy = pregnancy;
    h.enteredInError = enteredInError;
    if (enteredInError) {
        h.outcome = pregnancy.bookingDate.isValid()
                        ? Words::tr("Entered in error (booked %1)").arg(day(pregnancy.bookingDate))
                        : Words::tr("Entered in error");
        return h;
    }
    if (birth) {
        h.outcome = lineOfBirth(pregnancy, *birth, loss);
        h.asEarlier = rowOfBirth(pregnancy, *birth, loss);
    } else if (loss) {
        h.outcome = lineOfLoss(pregnancy, *loss);
        h.asEarlier = rowOfLoss(pregnancy, *loss);
    } else {
        h.outcome = lineInCare(pregnancy);
    }
    return h;
}

QList<PreviousPregnancy> notYetListed(const QList<PreviousPregnancy> &offered,
                                      const QList<PreviousPregnancy> &rows)
{
    QList<PreviousPregnancy> unmatched = rows;
    QList<PreviousPregnancy> left;
    for (const PreviousPregnancy &offer : offered) {
        const auto it = std::find_if(unmatched.begin(), unmatched.end(),
                                     [&](const PreviousPregnancy &r) { return sameRow(r, offer); });
        if (it != unmatched.end())
            unmatched.erase(it);
        else
            left << offer;
    }
    return left;
}

} // namespace bb::clinical
