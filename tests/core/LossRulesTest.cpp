// SPDX-License-Identifier: MIT
// Rules page, "Pregnancy loss" (National Bereavement Care Pathway): which loss is which at which
// gestation, the referrals a loss makes, and what postnatal care adds after a stillbirth or a
// neonatal death.
#include "TestSupport.h"

#include "clinical/LossRules.h"

using namespace bb;

namespace {

const QDate kToday(2026, 12, 1);

PregnancyLoss lossOf(LossKind kind, const QDate &date = kToday)
{
    return {1, kind, date, {}};
}

clinical::LossFacts atWeeks(int weeks, int days = 0)
{
    clinical::LossFacts facts;
    facts.atLoss = Gestation::fromWeeks(weeks, days);
    return facts;
}

QString pathOf(const FieldErrors &errors)
{
    return errors.isEmpty() ? QString() : errors.front().path;
}

} // namespace

TEST_CASE("National Bereavement Care Pathway: a miscarriage is before 24+0, a stillbirth at 24+0 "
          "or later",
          "[loss][rules]")
{
    CHECK(clinical::lossProblems(lossOf(LossKind::Miscarriage), atWeeks(23, 6), kToday).isEmpty());
    const FieldErrors late =
        clinical::lossProblems(lossOf(LossKind::Miscarriage), atWeeks(24), kToday);
    CHECK(pathOf(late) == QStringLiteral("kind"));
    CHECK(late.front().message.contains(QStringLiteral("stillbirth")));

    CHECK(clinical::lossProblems(lossOf(LossKind::Stillbirth), atWeeks(24), kToday).isEmpty());
    const FieldErrors early =
        clinical::lossProblems(lossOf(LossKind::Stillbirth), atWeeks(23, 6), kToday);
    CHECK(pathOf(early) == QStringLiteral("kind"));
    CHECK(early.front().message.contains(QStringLiteral("miscarriage")));

    // Ectopic pregnancy and termination are losses at any stage.
    CHECK(clinical::lossProblems(lossOf(LossKind::Ectopic), atWeeks(7), kToday).isEmpty());
    CHECK(clinical::lossProblems(lossOf(LossKind::Termination), atWeeks(25), kToday).isEmpty());
    // Without a dated pregnancy the kind is the midwife's word.
    CHECK(clinical::lossProblems(lossOf(LossKind::Stillbirth), {}, kToday).isEmpty());
}

TEST_CASE("National Bereavement Care Pathway: a neonatal death is of a baby born alive, in the "
          "first 28 days",
          "[loss][rules]")
{
    clinical::LossFacts born;
    born.birthDate = QDate(2026, 11, 10);
    born.bornAlive = 1;
    CHECK(clinical::lossProblems(lossOf(LossKind::NeonatalDeath, QDate(2026, 11, 10)), born, kToday)
              .isEmpty());
    // Day of birth is day 0: day 27 is the last day of the neonatal period.
    CHECK(clinical::lossProblems(lossOf(LossKind::NeonatalDeath, QDate(2026, 12, 7)), born,
                                 QDate(2026, 12, 31))
              .isEmpty());
    CHECK(pathOf(clinical::lossProblems(lossOf(LossKind::NeonatalDeath, QDate(2026, 12, 8)), born,
                                        QDate(2026, 12, 31))) == QStringLiteral("date"));
    CHECK(pathOf(clinical::lossProblems(lossOf(LossKind::NeonatalDeath, QDate(2026, 11, 9)), born,
                                        kToday)) == QStringLiteral("date"));
    // No birth recorded, or no baby born alive: not a neonatal death.
    CHECK(pathOf(clinical::lossProblems(lossOf(LossKind::NeonatalDeath), {}, kToday)) ==
          QStringLiteral("kind"));
    clinical::LossFacts stillborn = born;
    stillborn.bornAlive = 0;
    stillborn.stillborn = 1;
    CHECK(pathOf(clinical::lossProblems(lossOf(LossKind::NeonatalDeath), stillborn, kToday)) ==
          QStringLiteral("kind"));
    // After a birth a loss is a stillbirth (on the day) or a neonatal death, never a miscarriage.
    CHECK(pathOf(clinical::lossProblems(lossOf(LossKind::Miscarriage), born, kToday)) ==
          QStringLiteral("kind"));
    CHECK(clinical::lossProblems(lossOf(LossKind::Stillbirth, born.birthDate), stillborn, kToday)
              .isEmpty());
    CHECK(pathOf(clinical::lossProblems(lossOf(LossKind::Stillbirth, kToday), stillborn, kToday)) ==
          QStringLiteral("date"));
    CHECK(pathOf(clinical::lossProblems(lossOf(LossKind::Stillbirth, born.birthDate), born,
                                        kToday)) == QStringLiteral("kind"));
}

TEST_CASE("A loss is recorded once it has happened, within the pregnancy", "[loss][rules]")
{
    CHECK(pathOf(clinical::lossProblems(lossOf(LossKind::Miscarriage, QDate()), {}, kToday)) ==
          QStringLiteral("date"));
    CHECK(pathOf(clinical::lossProblems(lossOf(LossKind::Miscarriage, kToday.addDays(1)), {},
                                        kToday)) == QStringLiteral("date"));
    clinical::LossFacts before;
    before.atLoss = Gestation{-3};
    CHECK(pathOf(clinical::lossProblems(lossOf(LossKind::Miscarriage), before, kToday)) ==
          QStringLiteral("date"));
}

TEST_CASE("Rules page, Pregnancy loss: the bereavement midwife, her GP and her health visitor "
          "after every loss, and the perinatal mortality review after a stillbirth or neonatal "
          "death",
          "[loss][rules]")
{
    const QStringList always{QStringLiteral("referral_bereavement"), QStringLiteral("inform_gp"),
                             QStringLiteral("inform_health_visitor")};
    for (const LossKind kind : {LossKind::Miscarriage, LossKind::Ectopic, LossKind::Termination})
        CHECK(clinical::referralsAfterLoss(kind) == always);
    for (const LossKind kind : {LossKind::Stillbirth, LossKind::NeonatalDeath})
        CHECK(clinical::referralsAfterLoss(kind) ==
              always + QStringList{QStringLiteral("perinatal_mortality_review")});
}

TEST_CASE("Rules page, Pregnancy loss: after a stillbirth, advice on suppressing lactation and "
          "anti-D if rhesus negative",
          "[loss][rules]")
{
    const auto codesOf = [](const QList<ContactAction> &actions) {
        QStringList codes;
        for (const ContactAction &a : actions) {
            CHECK(a.source == QStringLiteral("National Bereavement Care Pathway"));
            codes << a.code;
        }
        return codes;
    };
    CHECK(codesOf(clinical::postnatalAfterLoss(LossKind::Stillbirth, true)) ==
          QStringList{QStringLiteral("lactation_suppression_advice"),
                      QStringLiteral("anti_d_after_stillbirth")});
    CHECK(codesOf(clinical::postnatalAfterLoss(LossKind::Stillbirth, false)) ==
          QStringList{QStringLiteral("lactation_suppression_advice")});
    CHECK(codesOf(clinical::postnatalAfterLoss(LossKind::Stillbirth, std::nullopt)) ==
          QStringList{QStringLiteral("lactation_suppression_advice"),
                      QStringLiteral("blood_group_check")});
    CHECK(codesOf(clinical::postnatalAfterLoss(LossKind::NeonatalDeath, true)) ==
          QStringList{QStringLiteral("lactation_suppression_advice")});
    CHECK(clinical::postnatalAfterLoss(LossKind::Miscarriage, true).isEmpty());
}
