// SPDX-License-Identifier: MIT
#include "care/LossPrints.h"

#include "care/Integrity.h"

#include "care/Losses.h"
#include "care/Scheduling.h"
#include "care/Settings.h"
#include "care/Women.h"
#include "util/Clock.h"

#include <QCoreApplication>

namespace bb::care {
namespace {

/// The words this shows go through Qt's translation system (translations/).
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(LossPrints)
};

} // namespace

LossPrints::LossPrints(const storage::Database &database, const Clock &clock)
    : m_database(database), m_clock(clock)
{
}

Outcome<documents::SignpostingInput> LossPrints::signpostingFor(qint64 pregnancyId) const
{
    if (auto damaged = Integrity(m_database, m_clock).refusalToPrint(pregnancyId))
        return *damaged;
    const auto recorded = Losses(m_database, m_clock).lossOf(pregnancyId);
    if (!recorded)
        return recorded.as<documents::SignpostingInput>();
    const std::optional<RecordedLoss> &loss = recorded.value();
    if (!loss) {
        return FieldErrors{
            {QStringLiteral("pregnancy"), Words::tr("no loss is recorded for this pregnancy: the "
                                                    "signposting sheet is printed after a loss")}};
    }
    const auto booking = Women(m_database, m_clock).booking(pregnancyId);
    if (!booking)
        return booking.as<documents::SignpostingInput>();
    if (!booking.value())
        return Failure{Words::tr("the booking of pregnancy %1 is not found").arg(pregnancyId)};
    const Settings settings(m_database, m_clock);
    const auto print = settings.printSettings();
    if (!print)
        return print.as<documents::SignpostingInput>();
    const auto support = settings.bereavementSupport();
    if (!support)
        return support.as<documents::SignpostingInput>();

    documents::SignpostingInput input;
    input.woman = booking.value()->woman;
    input.loss = loss->loss.kind;
    input.lossDate = loss->loss.date;
    input.trustName = print->trustName;
    input.assessmentLinePhone = print->assessmentLinePhone;
    for (const BereavementSupport &s : support.value()) {
        if (s.isFor(input.loss))
            input.support << s;
    }
    if (input.support.isEmpty()) {
        return FieldErrors{{QStringLiteral("bereavement_support"),
                            Words::tr("no organisation in the bereavement support list is "
                                      "for this loss (%1): add one in Settings")
                                .arg(codes::label(input.loss).toLower())}};
    }
    if (const auto carers = Scheduling(m_database, m_clock).namedCarers(pregnancyId)) {
        input.namedMidwife = carers->midwife;
        input.team = carers->team;
        input.teamPhone = carers->teamPhone;
    }
    input.printedOn = m_clock.today();
    return input;
}

} // namespace bb::care
