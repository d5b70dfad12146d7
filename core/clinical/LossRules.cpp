// SPDX-License-Identifier: MIT
#include "clinical/LossRules.h"

#include "clinical/InputRules.h"

#include <QCoreApplication>

namespace bb::clinical {
namespace {

/// The words this shows go through Qt's translation system (translations/).
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(LossRules)
};

const QString kPathway = QStringLiteral("National Bereavement Care Pathway"); // a source, as named
const Gestation kViability = Gestation::fromWeeks(24);
constexpr int kNeonatalDays = 28; // deaths in the first 28 days of life, day of birth day 0

} // namespace

FieldErrors lossProblems(const PregnancyLoss &loss, const LossFacts &facts, const QDate &today)
{
    FieldErrors problems;
    const auto add = [&problems](const char *path, const QString &message) {
        problems << FieldError{QString::fromLatin1(path), message};
    };
    checkText(problems, loss.notes, TextKind::Note, QStringLiteral("notes"));
    if (!loss.date.isValid())
        add("date", Words::tr("a date is needed"));
    else if (loss.date > today)
        add("date", Words::tr("is after today: record a loss once it has happened"));
    else if (facts.atLoss && facts.atLoss->days < 0)
        add("date", Words::tr("is before this pregnancy began"));
    if (!problems.isEmpty())
        return problems;

    const bool born = facts.birthDate.isValid();
    switch (loss.kind) {
    case LossKind::Miscarriage:
    case LossKind::Ectopic:
    case LossKind::Termination:
        if (born)
            add("kind", Words::tr("her birth is recorded: a baby who died after being born "
                                  "alive is a neonatal death, one born dead a stillbirth"));
        else if (loss.kind == LossKind::Miscarriage && facts.atLoss && *facts.atLoss >= kViability)
            add("kind", Words::tr("at %1 a baby born dead is a stillbirth: a miscarriage "
                                  "is before 24+0 (%2)")
                            .arg(facts.atLoss->toString(), kPathway));
        break;
    case LossKind::Stillbirth:
        if (facts.atLoss && *facts.atLoss < kViability)
            add("kind", Words::tr("at %1 the loss is a miscarriage: a stillbirth is at "
                                  "24+0 or later (%2)")
                            .arg(facts.atLoss->toString(), kPathway));
        else if (born && facts.stillborn == 0)
            add("kind", Words::tr("her birth records every baby as born alive: record the "
                                  "baby as stillborn on the birth, or a neonatal death"));
        else if (born && loss.date != facts.birthDate)
            add("date", Words::tr("a stillbirth is on the day of the birth, %1")
                            .arg(facts.birthDate.toString(Qt::ISODate)));
        break;
    case LossKind::NeonatalDeath:
        if (!born || facts.bornAlive == 0)
            add("kind", Words::tr("a neonatal death is of a baby born alive: record the "
                                  "birth first"));
        else if (loss.date < facts.birthDate)
            add("date",
                Words::tr("is before the birth on %1").arg(facts.birthDate.toString(Qt::ISODate)));
        else if (facts.birthDate.daysTo(loss.date) >= kNeonatalDays)
            add("date", Words::tr("is %1 days after the birth: a neonatal death is in the "
                                  "first 28 days (%2)")
                            .arg(facts.birthDate.daysTo(loss.date))
                            .arg(kPathway));
        break;
    }
    return problems;
}

QStringList referralsAfterLoss(LossKind kind)
{
    QStringList codes{QStringLiteral("referral_bereavement"), QStringLiteral("inform_gp"),
                      QStringLiteral("inform_health_visitor")};
    if (postnatalCareContinues(kind))
        codes << QStringLiteral("perinatal_mortality_review");
    return codes;
}

QList<ContactAction> postnatalAfterLoss(LossKind kind, std::optional<bool> rhesusNegative)
{
    QList<ContactAction> actions;
    if (!postnatalCareContinues(kind))
        return actions;
    const QString why =
        kind == LossKind::Stillbirth ? QStringLiteral("stillbirth") : Words::tr("neonatal death");
    actions << ContactAction{QStringLiteral("lactation_suppression_advice"), kPathway, {why}};
    if (kind == LossKind::Stillbirth) {
        if (!rhesusNegative)
            actions << ContactAction{QStringLiteral("blood_group_check"),
                                     kPathway,
                                     {Words::tr("her rhesus D status is not recorded")}};
        else if (*rhesusNegative)
            actions << ContactAction{QStringLiteral("anti_d_after_stillbirth"),
                                     kPathway,
                                     {Words::tr("rhesus D negative")}};
    }
    return actions;
}

QString lossActionTitle(const QString &code)
{
    if (code == QLatin1String("lactation_suppression_advice"))
        return Words::tr("Talk with her about her milk coming in and how to suppress it");
    if (code == QLatin1String("anti_d_after_stillbirth"))
        return Words::tr("Anti-D: she is rhesus D negative");
    if (code == QLatin1String("blood_group_check"))
        return Words::tr("Check her blood group: anti-D if she is rhesus D negative");
    return code;
}

} // namespace bb::clinical
