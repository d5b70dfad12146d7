// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace bb {

/// How a pregnancy ended when it ended in a loss (National Bereavement Care Pathway).
enum class LossKind
{
    Miscarriage, ///< before 24+0
    Ectopic,
    Termination,
    Stillbirth,   ///< a baby born dead at 24+0 or later
    NeonatalDeath ///< a baby born alive who died in the first 28 days
};

/// A pregnancy's loss as recorded. From its date no routine appointment, plan, reminder or
/// letter is made for the pregnancy again.
struct PregnancyLoss
{
    qint64 pregnancyId = 0;
    LossKind kind = LossKind::Miscarriage;
    QDate date;
    QString notes; ///< for staff; never on her copy
    bool operator==(const PregnancyLoss &) const = default;
};

/// A loss as stored, with who recorded it.
struct RecordedLoss
{
    PregnancyLoss loss;
    QString recordedBy;
    QDateTime recordedAt;
};

/// One organisation on the signposting sheet a bereaved woman is given: a settings list the
/// trust keeps, in the order printed.
struct BereavementSupport
{
    qint64 id = 0;
    QString name;
    QString offers; ///< what it offers, in plain words
    QString phone;
    QString website;
    QList<LossKind> losses; ///< the losses it is for; empty: every loss

    bool isFor(LossKind kind) const { return losses.isEmpty() || losses.contains(kind); }
    bool operator==(const BereavementSupport &) const = default;
};

/// Whether a loss is one after which postnatal care continues (a baby was born: NICE NG194 and
/// the rules page's additions after a stillbirth).
inline bool postnatalCareContinues(LossKind kind)
{
    return kind == LossKind::Stillbirth || kind == LossKind::NeonatalDeath;
}

} // namespace bb

namespace bb::codes {

QString toCode(LossKind value);
std::optional<LossKind> lossKindFromCode(const QString &code);
QString label(LossKind value);
QStringList lossKindCodes();

} // namespace bb::codes
