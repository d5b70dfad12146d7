// SPDX-License-Identifier: MIT
#include "care/Timeline.h"

#include "care/CarePlans.h"
#include "care/Contacts.h"
#include "care/Results.h"
#include "clinical/ConditionCodes.h"
#include "clinical/ContactRules.h"
#include "clinical/Dating.h"
#include "domain/Codes.h"
#include "storage/PregnancyRepository.h"
#include "storage/StaffRepository.h"

#include <algorithm>

namespace bb::care {
namespace {

QString contactDetail(const ContactReview &r)
{
    const AntenatalContact &c = r.contact;
    if (!c.attended)
        return QStringLiteral("Did not attend");
    QStringList parts;
    if (c.bloodPressure)
        parts << QStringLiteral("BP %1/%2")
                     .arg(c.bloodPressure->systolic)
                     .arg(c.bloodPressure->diastolic);
    if (c.urineProtein != Dipstick::NotTested)
        parts << QStringLiteral("protein %1").arg(codes::label(c.urineProtein).toLower());
    if (c.sfhCm)
        parts << QStringLiteral("SFH %1 cm").arg(*c.sfhCm);
    if (c.presentation != Presentation::NotRecorded)
        parts << codes::label(c.presentation).toLower();
    for (const QString &code : c.conditions) {
        if (const auto *info = clinical::findCondition(code))
            parts << QStringLiteral("diagnosed: %1").arg(info->meaningString());
    }
    QStringList actions;
    for (const ContactAction &a : r.assessment.actions)
        actions << clinical::contactActionTitle(a.code);
    if (!actions.isEmpty())
        parts << QStringLiteral("action: %1").arg(actions.join(QStringLiteral("; ")));
    return parts.isEmpty() ? QStringLiteral("Attended") : parts.join(QStringLiteral(" · "));
}

int sameDayOrder(TimelineKind kind)
{
    switch (kind) {
    case TimelineKind::PlanVersion:
        return 0;
    case TimelineKind::Result:
        return 1;
    case TimelineKind::Contact:
        return 2;
    case TimelineKind::Booking:
        return 3;
    }
    return 4;
}

} // namespace

Timeline::Timeline(const storage::Database &database, const Clock &clock)
    : m_database(database), m_clock(clock)
{
}

Outcome<QList<TimelineEntry>> Timeline::of(qint64 pregnancyId) const
{
    QString error;
    const auto booking = storage::PregnancyRepository(m_database).booking(pregnancyId, &error);
    if (!error.isEmpty())
        return Failure{error};
    if (!booking)
        return QList<TimelineEntry>{};
    const auto dating = clinical::estimateDueDate(booking->pregnancy);
    const auto at = [&dating](const QDate &date) {
        return dating ? clinical::gestationOn(dating->edd, date) : Gestation{};
    };
    QList<TimelineEntry> entries;
    entries.append(
        {booking->pregnancy.bookingDate, at(booking->pregnancy.bookingDate), TimelineKind::Booking,
         QStringLiteral("Booking appointment"),
         dating ? QStringLiteral("Due %1").arg(dating->edd.toString(QStringLiteral("dd-MMM-yyyy")))
                : QStringLiteral("Not yet dated"),
         pregnancyId});

    const auto contacts = Contacts(m_database, m_clock).contactsOf(pregnancyId);
    if (!contacts)
        return contacts.as<QList<TimelineEntry>>();
    const storage::StaffRepository staff(m_database);
    for (const ContactReview &r : contacts.value()) {
        const auto who = staff.staffById(r.contact.clinicianId);
        entries.append({r.contact.date, at(r.contact.date), TimelineKind::Contact,
                        who ? QStringLiteral("Antenatal contact with %1").arg(who->name)
                            : QStringLiteral("Antenatal contact"),
                        contactDetail(r), r.contact.id});
    }

    const auto results = Results(m_database, m_clock).resultsOf(pregnancyId);
    if (!results)
        return results.as<QList<TimelineEntry>>();
    for (const TestResult &r : results.value()) {
        QString detail = r.value;
        if (r.awaitingAction())
            detail += QStringLiteral(" · needs action");
        else if (!r.actionTaken.isEmpty())
            detail += QStringLiteral(" · acted on %1: %2")
                          .arg(r.actedOn.toString(QStringLiteral("dd-MMM-yyyy")), r.actionTaken);
        entries.append({r.date, at(r.date), TimelineKind::Result, codes::resultKindLabel(r.kind),
                        detail, r.id});
    }

    const auto versions = CarePlans(m_database, m_clock).versions(pregnancyId);
    if (!versions)
        return versions.as<QList<TimelineEntry>>();
    for (const StoredCarePlan &v : versions.value()) {
        const QDate day = v.savedAt.date();
        entries.append({day, at(day), TimelineKind::PlanVersion,
                        QStringLiteral("Care plan version %1").arg(v.version),
                        QStringLiteral("%1; saved by %2")
                            .arg(v.plan.pathway == CarePathway::ObstetricLed
                                     ? QStringLiteral("Obstetric-led care")
                                     : QStringLiteral("Midwife-led care"),
                                 v.savedBy),
                        v.id});
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [](const TimelineEntry &a, const TimelineEntry &b) {
                         if (a.date != b.date)
                             return a.date > b.date;
                         return sameDayOrder(a.kind) < sameDayOrder(b.kind);
                     });
    return entries;
}

} // namespace bb::care
