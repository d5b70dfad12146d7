// SPDX-License-Identifier: MIT
// PregnancyRepository's SQL for the rest of the booking: booking_detail, abuse_enquiry and the
// earlier pregnancies (schema 18).
#include "storage/PregnancyRepository.h"

#include "storage/Database.h"
#include "storage/Sql.h"

#include <QSqlQuery>

namespace bb::storage {
namespace {

constexpr auto kSelectDetail = R"(
    SELECT bp_systolic, bp_diastolic, urine_protein, urine_glucose, blood_group, rhesus,
           screen_full_blood_count, screen_hiv, screen_hepatitis_b, screen_syphilis,
           screen_sickle_cell_thalassaemia, allergies, medicines, alcohol_units_per_week,
           fgm_enquiry
      FROM booking_detail WHERE pregnancy_id = ?)";

constexpr auto kUpsertDetail = R"(
    INSERT INTO booking_detail (pregnancy_id, bp_systolic, bp_diastolic, urine_protein,
                                urine_glucose, blood_group, rhesus, screen_full_blood_count,
                                screen_hiv, screen_hepatitis_b, screen_syphilis,
                                screen_sickle_cell_thalassaemia, allergies, medicines,
                                alcohol_units_per_week, fgm_enquiry, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (pregnancy_id) DO UPDATE SET
        bp_systolic = excluded.bp_systolic, bp_diastolic = excluded.bp_diastolic,
        urine_protein = excluded.urine_protein, urine_glucose = excluded.urine_glucose,
        blood_group = excluded.blood_group, rhesus = excluded.rhesus,
        screen_full_blood_count = excluded.screen_full_blood_count,
        screen_hiv = excluded.screen_hiv, screen_hepatitis_b = excluded.screen_hepatitis_b,
        screen_syphilis = excluded.screen_syphilis,
        screen_sickle_cell_thalassaemia = excluded.screen_sickle_cell_thalassaemia,
        allergies = excluded.allergies, medicines = excluded.medicines,
        alcohol_units_per_week = excluded.alcohol_units_per_week,
        fgm_enquiry = excluded.fgm_enquiry, updated_at = excluded.updated_at)";

constexpr auto kSelectEnquiry = "SELECT answer, note FROM abuse_enquiry WHERE pregnancy_id = ?";
constexpr auto kUpsertEnquiry = R"(
    INSERT INTO abuse_enquiry (pregnancy_id, answer, note, updated_at) VALUES (?, ?, ?, ?)
    ON CONFLICT (pregnancy_id) DO UPDATE SET
        answer = excluded.answer, note = excluded.note, updated_at = excluded.updated_at)";

constexpr auto kSelectRows = R"(
    SELECT id, year, gestation_weeks, outcome, mode_of_birth, baby_weight_g, notes
      FROM previous_pregnancy WHERE pregnancy_id = ? ORDER BY position)";
constexpr auto kSelectComplications = R"(
    SELECT c.previous_pregnancy_id, c.code
      FROM previous_pregnancy_complication c
      JOIN previous_pregnancy p ON p.id = c.previous_pregnancy_id
     WHERE p.pregnancy_id = ? ORDER BY c.code)";
constexpr auto kDeleteRows = "DELETE FROM previous_pregnancy WHERE pregnancy_id = ?";
constexpr auto kInsertRow = R"(
    INSERT INTO previous_pregnancy (pregnancy_id, position, year, gestation_weeks, outcome,
                                    mode_of_birth, baby_weight_g, notes)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?))";
constexpr auto kInsertComplication =
    "INSERT INTO previous_pregnancy_complication (previous_pregnancy_id, code) VALUES (?, ?)";

QString sql(const char *text)
{
    return QString::fromUtf8(text);
}

template <typename T> QVariant optionalOrNull(const std::optional<T> &value)
{
    return value ? QVariant::fromValue(*value) : QVariant();
}

std::optional<int> optionalInt(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<int>(value.toInt());
}

/// A stored code read back; an unknown one is named in `unreadable`, never shown as a default.
template <typename T, typename FromCode>
void decode(FromCode fromCode, const char *column, const QVariant &stored, T *out,
            QStringList *unreadable)
{
    if (const std::optional<T> value = fromCode(stored.toString()))
        *out = *value;
    else
        *unreadable << QStringLiteral("%1 '%2'").arg(QLatin1String(column), stored.toString());
}

} // namespace

bool PregnancyRepository::readDetails(qint64 pregnancyId, BookingDetails &d,
                                      QStringList *unreadable, QString *error) const
{
    QSqlQuery q(db());
    if (!execute(db(), sql(kSelectDetail), {pregnancyId}, error, &q))
        return false;
    if (q.next()) {
        if (!q.value(0).isNull())
            d.bloodPressure = BloodPressure{q.value(0).toInt(), q.value(1).toInt()};
        decode<Dipstick>(codes::dipstickFromCode, "urine_protein", q.value(2), &d.urineProtein,
                         unreadable);
        decode<Dipstick>(codes::dipstickFromCode, "urine_glucose", q.value(3), &d.urineGlucose,
                         unreadable);
        decode<BloodGroup>(codes::bloodGroupFromCode, "blood_group", q.value(4), &d.bloodGroup,
                           unreadable);
        decode<Rhesus>(codes::rhesusFromCode, "rhesus", q.value(5), &d.rhesus, unreadable);
        int column = 6;
        for (ScreeningTest test : codes::screeningTests()) {
            ScreeningChoice choice = ScreeningChoice::NotOffered;
            decode<ScreeningChoice>(codes::screeningChoiceFromCode, "screening", q.value(column++),
                                    &choice, unreadable);
            d.setScreeningChoice(test, choice);
        }
        d.allergies = q.value(11).toString();
        d.medicines = q.value(12).toString();
        d.alcoholUnitsPerWeek = optionalInt(q.value(13));
        decode<FgmEnquiry>(codes::fgmEnquiryFromCode, "fgm_enquiry", q.value(14), &d.fgm,
                           unreadable);
    }
    QSqlQuery e(db());
    if (!execute(db(), sql(kSelectEnquiry), {pregnancyId}, error, &e))
        return false;
    if (e.next()) {
        decode<AbuseEnquiry>(codes::abuseEnquiryFromCode, "abuse_enquiry", e.value(0),
                             &d.abuseEnquiry, unreadable);
        d.abuseEnquiryNote = e.value(1).toString();
    }

    QSqlQuery r(db());
    if (!execute(db(), sql(kSelectRows), {pregnancyId}, error, &r))
        return false;
    QList<qint64> rowIds;
    while (r.next()) {
        PreviousPregnancy row;
        rowIds << r.value(0).toLongLong();
        row.year = r.value(1).toInt();
        row.gestationWeeks = optionalInt(r.value(2));
        decode<PregnancyOutcome>(codes::pregnancyOutcomeFromCode, "outcome", r.value(3),
                                 &row.outcome, unreadable);
        decode<ModeOfBirth>(codes::modeOfBirthFromCode, "mode_of_birth", r.value(4), &row.mode,
                            unreadable);
        row.babyWeightGrams = optionalInt(r.value(5));
        row.notes = r.value(6).toString();
        d.previousPregnancies << row;
    }
    QSqlQuery c(db());
    if (!execute(db(), sql(kSelectComplications), {pregnancyId}, error, &c))
        return false;
    while (c.next()) {
        const qsizetype index = rowIds.indexOf(c.value(0).toLongLong());
        const QString code = c.value(1).toString();
        if (index >= 0) // else a row written since the rows were read: the next read has both
            d.previousPregnancies[index].complications << code;
    }
    return true;
}

bool PregnancyRepository::writeDetails(qint64 pregnancyId, const BookingDetails &d,
                                       const QDateTime &at, QString *error) const
{
    const QString now = at.toString(Qt::ISODate);
    QVariantList values{pregnancyId,
                        d.bloodPressure ? QVariant(d.bloodPressure->systolic) : QVariant(),
                        d.bloodPressure ? QVariant(d.bloodPressure->diastolic) : QVariant(),
                        codes::toCode(d.urineProtein),
                        codes::toCode(d.urineGlucose),
                        codes::toCode(d.bloodGroup),
                        codes::toCode(d.rhesus)};
    for (ScreeningTest test : codes::screeningTests())
        values << codes::toCode(d.screeningChoice(test));
    values << text(d.allergies) << text(d.medicines) << optionalOrNull(d.alcoholUnitsPerWeek)
           << codes::toCode(d.fgm) << now;
    if (!execute(db(), sql(kUpsertDetail), values, error) ||
        !execute(db(), sql(kUpsertEnquiry),
                 {pregnancyId, codes::toCode(d.abuseEnquiry), text(d.abuseEnquiryNote), now},
                 error) ||
        !execute(db(), sql(kDeleteRows), {pregnancyId}, error))
        return false;
    for (qsizetype i = 0; i < d.previousPregnancies.size(); ++i) {
        const PreviousPregnancy &row = d.previousPregnancies.at(i);
        qint64 rowId = 0;
        if (!insertRow(db(), sql(kInsertRow),
                       {pregnancyId, int(i), row.year, optionalOrNull(row.gestationWeeks),
                        codes::toCode(row.outcome), codes::toCode(row.mode),
                        optionalOrNull(row.babyWeightGrams), text(row.notes)},
                       &rowId, error))
            return false;
        for (const QString &code : row.complications) {
            if (!execute(db(), sql(kInsertComplication), {rowId, code}, error))
                return false;
        }
    }
    return true;
}

} // namespace bb::storage
