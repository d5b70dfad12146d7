// SPDX-License-Identifier: MIT
#include "care/HerCopies.h"

#include "care/Clinic.h"
#include "care/PregnancyRecords.h"
#include "documents/HerCalendar.h"
#include "documents/HerCopy.h"
#include "interop/FhirBundle.h"
#include "util/Clock.h"

#include <QCoreApplication>

namespace bb::care {
namespace {

/// The words this shows go through Qt's translation system (translations/).
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(HerCopies)
};

} // namespace

QList<AppointmentListing> herBookedAppointments(const Clinic &clinic, qint64 pregnancyId)
{
    return documents::herCopyOf(clinic.scheduling.appointmentsOf(pregnancyId));
}

QByteArray herCalendarFile(const Clinic &clinic, qint64 pregnancyId)
{
    return documents::herCalendar(herBookedAppointments(clinic, pregnancyId), clinic.clock().now());
}

Outcome<QJsonObject> fhirRecord(const Clinic &clinic, qint64 pregnancyId, const Actor &viewer,
                                bool herCopy)
{
    const auto record = pregnancyRecord(clinic, pregnancyId, viewer);
    if (!record)
        return record.as<QJsonObject>();
    return interop::fhirBundle(herCopy ? documents::herCopyOf(record.value()) : record.value(),
                               clinic.clock().now());
}

QString calendarExportName()
{
    return QStringLiteral("her calendar");
}

QString fhirExportName(bool herCopy)
{
    return herCopy ? QStringLiteral("her FHIR record") : QStringLiteral("FHIR record");
}

QString carePlanPdfExportName()
{
    return QStringLiteral("her care plan PDF");
}

} // namespace bb::care
