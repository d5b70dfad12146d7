// SPDX-License-Identifier: MIT
#include "care/Women.h"

#include "care/Writes.h"
#include "clinical/BookingValidation.h"
#include "storage/PregnancyRepository.h"
#include "storage/SearchQuery.h"
#include "storage/WomanRepository.h"
#include "util/Clock.h"

namespace bb::care {
namespace {

template <typename T> Outcome<T> readOrFail(T value, const QString &error)
{
    if (!error.isEmpty())
        return Failure{error};
    return value;
}

} // namespace

Women::Women(const storage::Database &database, const Clock &clock)
    : m_database(database), m_clock(clock)
{
}

Outcome<Woman> Women::save(const Woman &woman, const Actor &actor) const
{
    if (const auto refused = unknownActor(actor))
        return *refused;
    const storage::WomanRepository women(m_database);
    const FieldErrors checked = clinical::validateWoman(woman, m_clock.today());
    auto withDuplicate = [&](FieldErrors problems) {
        if (const auto other = women.byNhsNumber(woman.nhsNumber); other && other->id != woman.id) {
            problems.append({QStringLiteral("woman.nhs_number"),
                             QStringLiteral("already registered to %1 (born %2)")
                                 .arg(other->fullName(),
                                      other->dateOfBirth.toString(QStringLiteral("dd-MMM-yyyy")))});
        }
        return problems;
    };
    if (!checked.isEmpty())
        return withDuplicate(checked);
    const QDateTime at = m_clock.now();
    return inOneTransaction(m_database, [&]() -> Outcome<Woman> {
        // Checked again inside the write, so two registrations at once cannot both take it.
        if (const FieldErrors problems = withDuplicate({}); !problems.isEmpty())
            return problems;
        Woman saved = woman;
        QString error;
        if (!women.save(saved, at, &error))
            return Failure{error};
        return saved;
    });
}

std::optional<Woman> Women::byId(qint64 womanId) const
{
    return storage::WomanRepository(m_database).byId(womanId);
}

std::optional<Woman> Women::byNhsNumber(const QString &nhsNumber) const
{
    return storage::WomanRepository(m_database).byNhsNumber(nhsNumber);
}

int Women::count() const
{
    return storage::WomanRepository(m_database).count();
}

int Women::pregnancyCount() const
{
    return storage::PregnancyRepository(m_database).count();
}

WomanSearch Women::search(const QString &typed, int limit) const
{
    auto query = storage::SearchQuery::parse(typed, m_clock.today());
    WomanSearch found;
    found.everyone = query.kind == storage::SearchQuery::Kind::Empty;
    if (found.everyone)
        query.kind = storage::SearchQuery::Kind::Everyone;
    found.women = storage::WomanRepository(m_database).search(query, limit);
    return found;
}

Outcome<QList<Pregnancy>> Women::pregnancies(qint64 womanId) const
{
    QString error;
    auto list = storage::PregnancyRepository(m_database).forWoman(womanId, &error);
    return readOrFail(std::move(list), error);
}

Outcome<std::optional<Booking>> Women::booking(qint64 pregnancyId) const
{
    QString error;
    auto booking = storage::PregnancyRepository(m_database).booking(pregnancyId, &error);
    return readOrFail(std::move(booking), error);
}

Outcome<std::optional<Booking>> Women::latestBooking(qint64 womanId) const
{
    QString error;
    auto booking = storage::PregnancyRepository(m_database).latestBooking(womanId, &error);
    return readOrFail(std::move(booking), error);
}

} // namespace bb::care
