// SPDX-License-Identifier: MIT
#include "interop/FhirTerms.h"

#include "domain/Codes.h"
#include "domain/Languages.h"
#include "interop/FhirJson.h"

#include <QJsonArray>

namespace bb::interop::fhir {
namespace {

constexpr char kObservationCategory[] =
    "http://terminology.hl7.org/CodeSystem/observation-category";
constexpr char kActCode[] = "http://terminology.hl7.org/CodeSystem/v3-ActCode";

QJsonObject loinc(const char *code, const char *display)
{
    return codeable(kLoinc, QString::fromLatin1(code), QString::fromUtf8(display));
}

QJsonObject snomed(const char *code, const char *display, const QString &text = {})
{
    return codeable(kSnomed, QString::fromLatin1(code), QString::fromUtf8(display), text);
}

/// LOINC and SNOMED CT together, as UK Core's vital signs ask for both.
QJsonObject both(const char *loincCode, const char *loincDisplay, const char *snomedCode,
                 const char *snomedDisplay)
{
    return {{QStringLiteral("coding"), QJsonArray{coding(kLoinc, QString::fromLatin1(loincCode),
                                                         QString::fromUtf8(loincDisplay)),
                                                  coding(kSnomed, QString::fromLatin1(snomedCode),
                                                         QString::fromUtf8(snomedDisplay))}},
            {QStringLiteral("text"), QString::fromUtf8(loincDisplay)}};
}

QJsonObject actCode(const char *code, const char *display)
{
    return coding(kActCode, QString::fromLatin1(code), QString::fromLatin1(display));
}

} // namespace

QJsonObject localConcept(const char *kind, const QString &code, const QString &display)
{
    const QByteArray system = QByteArrayLiteral("urn:bbclinic:") + kind;
    return codeable(system.constData(), code, display);
}

QJsonObject language(const QString &isoCode)
{
    const QString name = languageName(isoCode);
    return codeable("urn:ietf:bcp:47", isoCode, name.isEmpty() ? isoCode : name);
}

QJsonObject interpreterRequired(bool needed)
{
    return {{QStringLiteral("url"),
             QStringLiteral("http://hl7.org/fhir/StructureDefinition/patient-interpreterRequired")},
            {QStringLiteral("valueBoolean"), needed}};
}

QJsonObject ethnicCategory(const QString &letter)
{
    return {{QStringLiteral("url"), QStringLiteral("https://fhir.hl7.org.uk/StructureDefinition/"
                                                   "Extension-UKCore-EthnicCategory")},
            {QStringLiteral("valueCodeableConcept"),
             codeable("https://fhir.hl7.org.uk/CodeSystem/UKCore-EthnicCategoryEngland", letter,
                      codes::ethnicCategoryDisplay(letter))}};
}

QJsonObject nhsNumberNotTraced()
{
    return {
        {QStringLiteral("url"), QStringLiteral("https://fhir.hl7.org.uk/StructureDefinition/"
                                               "Extension-UKCore-NHSNumberVerificationStatus")},
        {QStringLiteral("valueCodeableConcept"),
         codeable("https://fhir.hl7.org.uk/CodeSystem/UKCore-NHSNumberVerificationStatusEngland",
                  QStringLiteral("02"), QStringLiteral("Number present but not traced"))}};
}

QString babyGender(BabySex sex)
{
    switch (sex) {
    case BabySex::Female:
        return QStringLiteral("female");
    case BabySex::Male:
        return QStringLiteral("male");
    case BabySex::Indeterminate:
        break;
    }
    return QStringLiteral("other");
}

QJsonObject motherRole()
{
    return codeable("http://terminology.hl7.org/CodeSystem/v3-RoleCode", QStringLiteral("MTH"),
                    QStringLiteral("mother"));
}

QJsonObject namedMidwifeRole()
{
    return snomed("309453006", "Registered midwife", QStringLiteral("Named midwife"));
}

QJsonObject maternityEpisodeType()
{
    return snomed("424525001", "Antenatal care", QStringLiteral("Maternity care"));
}

QJsonObject conditionActive()
{
    return codeable("http://terminology.hl7.org/CodeSystem/condition-clinical",
                    QStringLiteral("active"), QStringLiteral("Active"));
}

QJsonObject conditionConfirmed()
{
    return codeable("http://terminology.hl7.org/CodeSystem/condition-ver-status",
                    QStringLiteral("confirmed"), QStringLiteral("Confirmed"));
}

QJsonObject problemListItem()
{
    return codeable("http://terminology.hl7.org/CodeSystem/condition-category",
                    QStringLiteral("problem-list-item"), QStringLiteral("Problem List Item"));
}

QJsonObject ambulatoryClass()
{
    return actCode("AMB", "ambulatory");
}

QJsonObject homeVisitClass()
{
    return actCode("HH", "home health");
}

QJsonObject inpatientClass()
{
    return actCode("IMP", "inpatient encounter");
}

QJsonObject bookingVisitType()
{
    return snomed("424441002", "Prenatal initial visit", QStringLiteral("Booking appointment"));
}

QJsonObject antenatalVisitType()
{
    return snomed("424619006", "Prenatal visit", QStringLiteral("Antenatal contact"));
}

QJsonObject birthVisitType()
{
    return snomed("236973005", "Delivery procedure", QStringLiteral("Birth"));
}

QJsonObject observationCategory(const char *code)
{
    const QString c = QString::fromLatin1(code);
    const QString display = c == QLatin1String("vital-signs") ? QStringLiteral("Vital Signs")
                            : c == QLatin1String("social-history")
                                ? QStringLiteral("Social History")
                                : QStringLiteral("Exam");
    return codeable(kObservationCategory, c, display);
}

QJsonObject eddCode()
{
    return both("11778-8", "Delivery date Estimated", "161714006", "Estimated date of delivery");
}

QJsonObject eddMethod(EddMethod method)
{
    return method == EddMethod::Crl
               ? text(QStringLiteral("Dating scan (crown–rump length)"))
               : text(QStringLiteral("First day of her last menstrual period"));
}

QJsonObject gestationCode()
{
    return both("18185-9", "Gestational age", "57036006", "Fetal gestational age");
}

QJsonObject bmiCode()
{
    return both("39156-5", "Body mass index (BMI) [Ratio]", "60621009", "Body mass index");
}

QJsonObject heightCode()
{
    return both("8302-2", "Body height", "50373000", "Body height measure");
}

QJsonObject weightCode()
{
    return both("29463-7", "Body weight", "27113001", "Body weight");
}

QJsonObject smokingCode()
{
    return loinc("72166-2", "Tobacco smoking status");
}

std::optional<QJsonObject> smokingStatus(Smoking smoking)
{
    switch (smoking) {
    case Smoking::Never:
        return snomed("266919005", "Never smoked tobacco");
    case Smoking::Ex:
        return snomed("8517006", "Ex-smoker");
    case Smoking::Current:
        return snomed("77176002", "Smoker");
    case Smoking::NotAsked:
        break;
    }
    return std::nullopt;
}

QJsonObject carbonMonoxideCode()
{
    return snomed("251900003", "Expired carbon monoxide concentration",
                  QStringLiteral("Carbon monoxide reading"));
}

QJsonObject bloodPressureCode()
{
    return both("85354-9", "Blood pressure panel with all children optional", "75367002",
                "Blood pressure");
}

QJsonObject systolicCode()
{
    return both("8480-6", "Systolic blood pressure", "271649006", "Systolic blood pressure");
}

QJsonObject diastolicCode()
{
    return both("8462-4", "Diastolic blood pressure", "271650006", "Diastolic blood pressure");
}

QJsonObject fundalHeightCode()
{
    return both("11881-0", "Uterus Fundal height Tape measure", "249016007",
                "Height of uterine fundus");
}

QJsonObject birthWeightCode()
{
    return both("8339-4", "Birth weight Measured", "364589006", "Birth weight");
}

QJsonObject apgarCode(int minutes)
{
    if (minutes == 1)
        return both("9272-6", "1 minute Apgar Score", "169895004", "Apgar at 1 minute");
    if (minutes == 5)
        return both("9274-2", "5 minute Apgar Score", "169909004", "Apgar at 5 minutes");
    return loinc("9271-8", "10 minute Apgar Score");
}

QJsonObject antenatalCarePlanCategory()
{
    return snomed("734163000", "Care plan", QStringLiteral("Antenatal care plan"));
}

QJsonObject scanConcept(const QString &scanCode)
{
    QString display = scanCode;
    if (scanCode == QLatin1String("dating_scan"))
        display = QStringLiteral("Dating scan, with screening for Down's, Edwards' and Patau's "
                                 "syndromes if she chooses it");
    else if (scanCode == QLatin1String("anomaly_scan"))
        display = QStringLiteral("Anomaly scan");
    else if (scanCode == QLatin1String("late_booking_scan"))
        display = QStringLiteral("Scan of growth, position, placenta and number of babies");
    return localConcept("scan", scanCode, display);
}

const char *activityKind(RecommendationCategory category)
{
    switch (category) {
    case RecommendationCategory::Medicine:
        return "MedicationRequest";
    case RecommendationCategory::Test:
    case RecommendationCategory::Referral:
        return "ServiceRequest";
    case RecommendationCategory::Support:
        break;
    }
    return nullptr;
}

QString activityStatus(DecisionStatus status)
{
    switch (status) {
    case DecisionStatus::ToDiscuss:
        return QStringLiteral("not-started");
    case DecisionStatus::Accepted:
        return QStringLiteral("scheduled");
    case DecisionStatus::Declined:
        return QStringLiteral("cancelled");
    case DecisionStatus::InHand:
        break;
    }
    return QStringLiteral("in-progress");
}

QJsonObject referralCategory()
{
    return snomed("3457005", "Patient referral");
}

QString serviceRequestStatus(ReferralStatus status)
{
    switch (status) {
    case ReferralStatus::Suggested:
        return QStringLiteral("draft");
    case ReferralStatus::Sent:
    case ReferralStatus::Accepted:
        return QStringLiteral("active");
    case ReferralStatus::Seen:
        return QStringLiteral("completed");
    case ReferralStatus::Declined:
    case ReferralStatus::NotNeeded:
        break;
    }
    return QStringLiteral("revoked");
}

QString appointmentStatus(AppointmentStatus status)
{
    switch (status) {
    case AppointmentStatus::Booked:
        return QStringLiteral("booked");
    case AppointmentStatus::Attended:
        return QStringLiteral("fulfilled");
    case AppointmentStatus::DidNotAttend:
        return QStringLiteral("noshow");
    case AppointmentStatus::Cancelled:
    case AppointmentStatus::Rescheduled: // moved: the new appointment is booked in its place
        break;
    }
    return QStringLiteral("cancelled");
}

QJsonObject appointmentType(const QString &words)
{
    return codeable("http://terminology.hl7.org/CodeSystem/v2-0276", QStringLiteral("ROUTINE"),
                    QStringLiteral("Routine appointment - default if not valued"), words);
}

QJsonObject deliveryCategory()
{
    return snomed("386637004", "Obstetric procedure");
}

QJsonObject deliveryCode(BirthMode mode)
{
    switch (mode) {
    case BirthMode::SpontaneousVaginal:
        return snomed("177184002", "Normal delivery procedure",
                      QStringLiteral("Spontaneous vaginal birth"));
    case BirthMode::Instrumental:
        return snomed("236973005", "Delivery procedure",
                      QStringLiteral("Instrumental birth (forceps or ventouse)"));
    case BirthMode::PlannedCaesarean:
        return snomed("177141003", "Elective caesarean section",
                      QStringLiteral("Planned caesarean birth"));
    case BirthMode::EmergencyCaesarean:
        break;
    }
    return snomed("274130007", "Emergency caesarean section",
                  QStringLiteral("Emergency caesarean birth"));
}

QJsonObject flagCategory(const char *code)
{
    const QString c = QString::fromLatin1(code);
    const QString display = c == QLatin1String("safety")     ? QStringLiteral("Safety")
                            : c == QLatin1String("clinical") ? QStringLiteral("Clinical")
                                                             : QStringLiteral("Administrative");
    return codeable("http://terminology.hl7.org/CodeSystem/flag-category", c, display);
}

} // namespace bb::interop::fhir
