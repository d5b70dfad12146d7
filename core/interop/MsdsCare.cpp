// SPDX-License-Identifier: MIT
// The return's tables of her care in pregnancy: MSD102 (her care plan, with the continuity of
// carer items) and MSD201 (her care contacts).
#include "interop/MsdsCodes.h"
#include "interop/MsdsReturn.h"
#include "interop/MsdsRow.h"

#include <algorithm>

namespace bb::interop::msds {
namespace {

const QStringList kCarePlanColumns{
    QStringLiteral("PregnancyID"),
    QStringLiteral("CarePlanDate"),
    QStringLiteral("CarePlanType"),
    QStringLiteral("MatPersCarePlanInd"),
    QStringLiteral("ContCarePathInd"),
    QStringLiteral("CareProfLID"),
    QStringLiteral("TeamLocalID"),
    QStringLiteral("OrgSiteIDPlannedDelivery"),
    QStringLiteral("PlannedDeliverySetting"),
    QStringLiteral("ReasonChangeDelSettingAnt"),
};

const QStringList kContactColumns{
    QStringLiteral("CareConID"),       QStringLiteral("PregnancyID"),
    QStringLiteral("CContactDate"),    QStringLiteral("CContactTime"),
    QStringLiteral("OrgIDComm"),       QStringLiteral("AdminCatCode"),
    QStringLiteral("ContactDuration"), QStringLiteral("ConsultType"),
    QStringLiteral("CCSubject"),       QStringLiteral("Medium"),
    QStringLiteral("LocCode"),         QStringLiteral("OrgSiteIDOfTreat"),
    QStringLiteral("GPTherapyInd"),    QStringLiteral("AttendCode"),
    QStringLiteral("CancelDate"),      QStringLiteral("CancelReason"),
    QStringLiteral("ReplApptOffDate"), QStringLiteral("ReplApptDate"),
};

/// The MSDS antenatal care plan (`05`): the app's plan is made at booking and versioned through
/// the pregnancy; it makes no birth (`06`) or postpartum (`07`) plan.
const QString kAntenatalCarePlan = QStringLiteral("05");
/// The contact's subject: her, the patient (`01`), never someone on her behalf.
const QString kPatient = QStringLiteral("01");

/// Whether she and her midwife have gone through the plan: a recommendation decided (accepted,
/// declined or in hand) or her own words written. Until then it is the rules' advice only, and
/// whether it is personalised is no answer the app can give.
bool talkedThrough(const StoredCarePlan &plan)
{
    return !plan.whatMatters.trimmed().isEmpty() || !plan.birthPreferences.trimmed().isEmpty() ||
           std::any_of(plan.decisions.cbegin(), plan.decisions.cend(),
                       [](const auto &d) { return d.status != DecisionStatus::ToDiscuss; });
}

} // namespace

Table carePlans(const QList<ReturnPregnancy> &pregnancies)
{
    Table table{QStringLiteral("MSD102MatCarePlan"), kCarePlanColumns, {}};
    for (const ReturnPregnancy &p : pregnancies) {
        const PregnancyRecord &record = p.record;
        if (!record.plan)
            continue; // CarePlanDate is mandatory: there is no plan to date yet
        const StoredCarePlan &plan = *record.plan;
        const bool named = record.namedMidwifeId != 0 && record.teamId != 0;
        // The row holds her plan and her named midwife and team: it has been true since
        // the later of the two was recorded, so a midwife named after the plan was saved is not
        // reported as placed from the earlier day.
        QDate since = plan.savedAt.date();
        if (named && record.namedSince.isValid() && record.namedSince > since)
            since = record.namedSince;
        Row row(table.columns);
        row.set("PregnancyID", record.booking.pregnancy.id);
        row.set("CarePlanDate", dateText(since));
        row.set("CarePlanType", kAntenatalCarePlan);
        row.set("MatPersCarePlanInd", yesWhen(talkedThrough(plan)));
        // Named midwife and team recorded: what places her on a continuity of carer pathway.
        row.set("ContCarePathInd", yesNo(named));
        if (named) {
            row.set("CareProfLID", record.namedMidwifeId);
            row.set("TeamLocalID", record.teamId);
        }
        row.set("OrgSiteIDPlannedDelivery",
                homeSite(plan.chosenPlaceOfBirth == PlaceOfBirth::Home));
        row.set("PlannedDeliverySetting", plannedDeliverySetting(plan.chosenPlaceOfBirth));
        table.rows << row.values();
    }
    return table;
}

Table careContacts(const QList<ReturnPregnancy> &pregnancies, const Period &period)
{
    Table table{QStringLiteral("MSD201CareContactPreg"), kContactColumns, {}};
    for (const ReturnPregnancy &p : pregnancies) {
        for (const AppointmentListing &listing : p.record.appointments) {
            const Appointment &a = listing.appointment;
            const QString attended = attendance(a.status);
            if (attended.isEmpty() || !period.contains(a.date))
                continue; // booked, cancelled or moved: no contact took place or was missed
            Row row(table.columns);
            row.set("CareConID", a.id);
            row.set("PregnancyID", p.record.booking.pregnancy.id);
            row.set("CContactDate", dateText(a.date));
            row.set("CContactTime", timeText(a.start));
            row.set("ConsultType", consultationType(a.kind));
            row.set("CCSubject", kPatient);
            row.set("AttendCode", attended);
            table.rows << row.values();
        }
    }
    return table;
}

} // namespace bb::interop::msds
