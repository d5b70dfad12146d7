// SPDX-License-Identifier: MIT
#include "clinical/ResultRules.h"

#include <QRegularExpression>

#include <algorithm>

#include <QCoreApplication>

namespace bb::clinical {
namespace {

/// The words this shows go through Qt's translation system (translations/).
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(ResultRules)
};

} // namespace

std::optional<bool> rhesusNegative(const QString &bloodGroup)
{
    const QString text = bloodGroup.simplified().toLower();
    static const QRegularExpression negative(QStringLiteral("(neg|rhd?\\s*-|[abo]\\s*-$|-ve)"));
    static const QRegularExpression positive(
        QStringLiteral("(pos|rhd?\\s*\\+|[abo]\\s*\\+$|\\+ve)"));
    if (negative.match(text).hasMatch())
        return true;
    if (positive.match(text).hasMatch())
        return false;
    return std::nullopt;
}

QList<ResultDue> resultsDue(const QList<TestResult> &results, Gestation now, Rhesus atBooking)
{
    QList<ResultDue> due;
    for (const TestResult &r : results) {
        if (r.awaitingAction()) {
            due.append({Words::tr("Act on the result: %1").arg(codes::resultKindLabel(r.kind)),
                        Words::tr("%1 on %2 needs action")
                            .arg(r.value, r.date.toString(QStringLiteral("dd-MMM-yyyy"))),
                        r.id});
        }
    }
    // Her latest blood group decides; anti-D given once at 28 weeks is the routine dose.
    const TestResult *group = nullptr;
    bool antiDGiven = false;
    for (const TestResult &r : results) {
        if (r.kind == QLatin1String("blood_group") && (group == nullptr || r.date >= group->date))
            group = &r;
        antiDGiven = antiDGiven || r.kind == QLatin1String("anti_d_given");
    }
    // A result that does not say the rhesus D ("O", "awaiting") leaves her booking's to decide.
    const std::optional<bool> fromResult =
        group != nullptr ? rhesusNegative(group->value) : std::nullopt;
    const bool negative = fromResult.value_or(atBooking == Rhesus::Negative);
    if (negative && !antiDGiven && now >= Gestation::fromWeeks(26)) {
        const QString which = fromResult ? group->value : Words::tr("at booking");
        due.append({Words::tr("Anti-D at 28 weeks"),
                    Words::tr("rhesus D negative (%1): routine antenatal anti-D prophylaxis "
                              "at 28 weeks (NICE TA156; NICE NG201)")
                        .arg(which),
                    0});
    }
    return due;
}

FieldErrors resultProblems(const TestResult &result, const QDate &earliest, const QDate &today)
{
    FieldErrors errors;
    if (!codes::isResultKind(result.kind))
        errors.append({QStringLiteral("kind"),
                       result.kind.isEmpty()
                           ? Words::tr("is required")
                           : Words::tr("'%1' is not a kind of result").arg(result.kind)});
    if (!result.date.isValid())
        errors.append({QStringLiteral("date"), Words::tr("is required")});
    else if (earliest.isValid() && result.date < earliest)
        errors.append({QStringLiteral("date"), Words::tr("%1 is before this pregnancy began")
                                                   .arg(result.date.toString(Qt::ISODate))});
    else if (today.isValid() && result.date > today)
        errors.append({QStringLiteral("date"),
                       Words::tr("%1 is after today").arg(result.date.toString(Qt::ISODate))});
    if (result.value.trimmed().isEmpty())
        errors.append({QStringLiteral("value"), Words::tr("is required: the result as reported")});
    if (!result.actionTaken.trimmed().isEmpty() && !result.actedOn.isValid())
        errors.append({QStringLiteral("acted_on"), Words::tr("say when it was acted on")});
    return errors;
}

} // namespace bb::clinical
