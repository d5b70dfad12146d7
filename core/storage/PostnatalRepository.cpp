// SPDX-License-Identifier: MIT
#include "storage/PostnatalRepository.h"

#include "storage/ActionsColumn.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/StaffRepository.h"

#include <QHash>
#include <QSqlQuery>

namespace bb::storage {
namespace {

constexpr auto kSelect = R"(
    SELECT id, pregnancy_id, appointment_id, contact_date, clinician_id, role, attended,
           bp_systolic, bp_diastolic, temperature_c, bleeding, wound_perineum, whooley_low_mood,
           whooley_little_interest, gad2_score, feeding, contraception_discussed, notes, actions,
           recorded_by, recorded_at
      FROM postnatal_contact WHERE pregnancy_id = ? ORDER BY contact_date, id)";
constexpr auto kSelectChecks = R"(
    SELECT k.postnatal_contact_id, k.baby_id, k.weight_g, k.jaundice, k.feeding,
           k.blood_spot_taken, k.hearing_screened, k.physical_examination
      FROM postnatal_baby_check k
      JOIN postnatal_contact c ON c.id = k.postnatal_contact_id
     WHERE c.pregnancy_id = ? ORDER BY k.postnatal_contact_id, k.baby_id)";
constexpr auto kInsert = R"(
    INSERT INTO postnatal_contact (pregnancy_id, appointment_id, contact_date, clinician_id, role,
                                   attended, bp_systolic, bp_diastolic, temperature_c, bleeding,
                                   wound_perineum, whooley_low_mood, whooley_little_interest,
                                   gad2_score, feeding, contraception_discussed, notes, actions,
                                   recorded_by, recorded_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?))";
constexpr auto kInsertCheck = R"(
    INSERT INTO postnatal_baby_check (postnatal_contact_id, baby_id, weight_g, jaundice, feeding,
                                      blood_spot_taken, hearing_screened, physical_examination)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?))";

QString sql(const char *text)
{
    return QString::fromUtf8(text);
}

StoredPostnatalContact contactFrom(const QSqlQuery &q)
{
    StoredPostnatalContact s;
    PostnatalContact &c = s.contact;
    c.id = q.value(0).toLongLong();
    c.pregnancyId = q.value(1).toLongLong();
    c.appointmentId = q.value(2).isNull() ? 0 : q.value(2).toLongLong();
    c.date = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    c.clinicianId = q.value(4).toLongLong();
    c.role = codes::postnatalRoleFromCode(q.value(5).toString()).value_or(PostnatalRole::Midwife);
    c.attended = q.value(6).toInt() == 1;
    if (!q.value(7).isNull())
        c.bloodPressure = BloodPressure{q.value(7).toInt(), q.value(8).toInt()};
    if (!q.value(9).isNull())
        c.temperatureC = q.value(9).toDouble();
    c.bleeding = q.value(10).toString();
    c.woundPerineum = q.value(11).toString();
    if (!q.value(14).isNull())
        c.mentalHealth = MentalHealthAnswers{q.value(12).toInt() == 1, q.value(13).toInt() == 1,
                                             q.value(14).toInt()};
    c.feeding = codes::feedingFromCode(q.value(15).toString()).value_or(Feeding::NotDiscussed);
    c.contraceptionDiscussed = q.value(16).toInt() == 1;
    c.notes = q.value(17).toString();
    s.actions = actionsFromColumn(q.value(18).toString());
    s.recordedBy = q.value(19).toString();
    s.recordedAt = QDateTime::fromString(q.value(20).toString(), Qt::ISODateWithMs);
    return s;
}

} // namespace

PostnatalRepository::PostnatalRepository(const Database &database) : m_database(database) {}

QSqlDatabase PostnatalRepository::db() const
{
    return m_database.connection();
}

QList<StoredPostnatalContact> PostnatalRepository::forPregnancy(qint64 pregnancyId,
                                                                QString *error) const
{
    QList<StoredPostnatalContact> list;
    QSqlQuery q(db());
    if (!execute(db(), sql(kSelect), {pregnancyId}, error, &q))
        return list;
    QHash<qint64, qsizetype> index;
    while (q.next()) {
        list << contactFrom(q);
        index.insert(list.last().contact.id, list.size() - 1);
    }
    QSqlQuery k(db());
    if (!execute(db(), sql(kSelectChecks), {pregnancyId}, error, &k))
        return {};
    while (k.next()) {
        const auto found = index.constFind(k.value(0).toLongLong());
        if (found == index.cend())
            continue; // a contact written since the contacts were read
        BabyCheck check;
        check.babyId = k.value(1).toLongLong();
        if (!k.value(2).isNull())
            check.weightGrams = k.value(2).toInt();
        check.jaundice =
            codes::jaundiceFromCode(k.value(3).toString()).value_or(Jaundice::NotAssessed);
        check.feeding =
            codes::feedingFromCode(k.value(4).toString()).value_or(Feeding::NotDiscussed);
        check.bloodSpotTaken = k.value(5).toInt() == 1;
        check.hearingScreened = k.value(6).toInt() == 1;
        check.physicalExamination = k.value(7).toInt() == 1;
        list[*found].contact.babies << check;
    }
    return list;
}

bool PostnatalRepository::insert(StoredPostnatalContact &stored, QString *error) const
{
    StoredPostnatalContact written = stored;
    const bool ok = runWrite(db(), error, [&] {
        PostnatalContact &c = written.contact;
        const auto &mh = c.mentalHealth;
        if (!insertRow(db(), sql(kInsert),
                       {c.pregnancyId,
                        c.appointmentId > 0 ? QVariant(c.appointmentId) : QVariant(),
                        c.date.toString(Qt::ISODate),
                        c.clinicianId,
                        codes::toCode(c.role),
                        c.attended ? 1 : 0,
                        c.bloodPressure ? QVariant(c.bloodPressure->systolic) : QVariant(),
                        c.bloodPressure ? QVariant(c.bloodPressure->diastolic) : QVariant(),
                        c.temperatureC ? QVariant(*c.temperatureC) : QVariant(),
                        text(c.bleeding),
                        text(c.woundPerineum),
                        mh ? QVariant(mh->lowMood ? 1 : 0) : QVariant(),
                        mh ? QVariant(mh->littleInterest ? 1 : 0) : QVariant(),
                        mh ? QVariant(mh->gad2Score) : QVariant(),
                        codes::toCode(c.feeding),
                        c.contraceptionDiscussed ? 1 : 0,
                        text(c.notes),
                        actionsColumn(written.actions),
                        text(written.recordedBy),
                        written.recordedAt.toString(Qt::ISODateWithMs)},
                       &c.id, error))
            return false;
        for (const BabyCheck &k : c.babies) {
            if (!execute(db(), sql(kInsertCheck),
                         {c.id, k.babyId, k.weightGrams ? QVariant(*k.weightGrams) : QVariant(),
                          codes::toCode(k.jaundice), codes::toCode(k.feeding),
                          k.bloodSpotTaken ? 1 : 0, k.hearingScreened ? 1 : 0,
                          k.physicalExamination ? 1 : 0},
                         error))
                return false;
        }
        return true;
    });
    if (ok)
        stored = written;
    return ok;
}

} // namespace bb::storage
