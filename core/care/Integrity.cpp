// SPDX-License-Identifier: MIT
#include "care/Integrity.h"

#include "care/Audited.h"
#include "clinical/NhsNumber.h"
#include "storage/Database.h"
#include "storage/Seals.h"
#include "storage/WomanRepository.h"
#include "util/Clock.h"

#include <QMap>

#include <QCoreApplication>

namespace bb::care {
namespace {

/// The words this shows go through Qt's translation system (translations/).
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(Integrity)
};

using storage::DamagedRow;
using storage::SealedTable;

QString bookedOn(const QVariant &date)
{
    return QDate::fromString(date.toString(), Qt::ISODate).toString(QStringLiteral("dd-MMM-yyyy"));
}

QString partOf(const DamagedRow &row)
{
    switch (row.table) {
    case SealedTable::Woman:
        return Words::tr("her identity and circumstances (NHS number, name, date of birth, "
                         "address, GP, social circumstances)");
    case SealedTable::Pregnancy:
        return Words::tr("the dates and history of her pregnancy booked on %1")
            .arg(bookedOn(row.which));
    case SealedTable::Booking:
        return Words::tr("the booking assessment of her pregnancy booked on %1")
            .arg(bookedOn(row.which));
    case SealedTable::CarePlanVersion:
        return Words::tr("version %1 of her care plan").arg(row.which.toInt());
    }
    return {};
}

} // namespace

QString DamagedRecord::warning() const
{
    return Words::tr("The record of %1 is damaged: what is stored of %2 is not what was "
                     "saved. Do not rely on it: check it with her and her notes, and ask an "
                     "administrator to restore the clinic database from its last good "
                     "backup.")
        .arg(who, parts.join(QStringLiteral("; ")));
}

QString IntegrityReport::summary() const
{
    const QString at = checkedAt.toLocalTime().toString(QStringLiteral("dd-MMM-yyyy HH:mm"));
    if (sound())
        return Words::tr("Checked %1: no damage found").arg(at);
    QStringList found;
    if (!fileProblem.isEmpty())
        found << Words::tr("the file is damaged (%1)").arg(fileProblem);
    if (!records.isEmpty()) {
        QStringList who;
        for (const DamagedRecord &r : records)
            who << r.who;
        found << (records.size() == 1 ? Words::tr("1 damaged record: %1")
                                      : Words::tr("%1 damaged records: %2")
                                            .arg(records.size())
                                            .arg(QStringLiteral("%1")))
                     .arg(who.join(QStringLiteral(", ")));
    }
    return Words::tr("Checked %1: %2. Restore from the last good backup.")
        .arg(at, found.join(QStringLiteral("; ")));
}

Integrity::Integrity(const storage::Database &database, const Clock &clock)
    : m_database(database), m_clock(clock)
{
}

Outcome<QList<DamagedRecord>> Integrity::recordsOf(const QList<DamagedRow> &rows) const
{
    QMap<qint64, DamagedRecord> byWoman;
    const storage::WomanRepository women(m_database);
    for (const DamagedRow &row : rows) {
        DamagedRecord &record = byWoman[row.womanId];
        if (record.who.isEmpty()) {
            record.womanId = row.womanId;
            const auto her = women.byId(row.womanId);
            record.who = her ? QStringLiteral("%1 (%2)").arg(her->fullName(),
                                                             clinical::nhs::format(her->nhsNumber))
                             : Words::tr("woman %1").arg(row.womanId);
        }
        record.parts << partOf(row);
    }
    return byWoman.values();
}

Outcome<std::optional<DamagedRecord>> Integrity::ofWoman(qint64 womanId) const
{
    QString error;
    const auto rows = storage::Seals(m_database).damagedInRecordOf(womanId, &error);
    if (!rows)
        return Failure{error};
    if (rows->isEmpty())
        return std::optional<DamagedRecord>();
    const auto records = recordsOf(*rows);
    if (!records)
        return Failure{records.message()};
    return std::optional(records->value(0));
}

std::optional<Failure> Integrity::refusalToPrint(qint64 pregnancyId) const
{
    const auto damage = ofWoman(womanOfPregnancy(m_database, pregnancyId));
    if (!damage)
        return Failure{damage.message()};
    if (const auto &record = damage.value())
        return Failure{Words::tr("nothing was printed. ") + record->warning()};
    return std::nullopt;
}

Outcome<IntegrityReport> Integrity::checkAll() const
{
    IntegrityReport report;
    report.checkedAt = m_clock.now();
    report.fileProblem = m_database.integrityProblem();
    if (!report.fileProblem.isEmpty())
        return report; // seals are read from the same pages: the file's damage comes first
    QString error;
    const auto rows = storage::Seals(m_database).damagedAnywhere(&error);
    if (!rows)
        return Failure{error};
    const auto records = recordsOf(*rows);
    if (!records)
        return Failure{records.message()};
    report.records = records.value();
    return report;
}

Outcome<IntegrityReport> checkClinicFile(const QString &path, const QDateTime &at)
{
    QString error;
    const auto database =
        storage::Database::open(path, &error, storage::Database::Access::ReadOnly);
    if (!database)
        return Failure{error};
    const FixedClock clock(at);
    return Integrity(*database, clock).checkAll();
}

} // namespace bb::care
