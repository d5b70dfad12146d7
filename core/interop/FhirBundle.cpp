// SPDX-License-Identifier: MIT
#include "interop/FhirBundle.h"

#include "clinical/ConditionCodes.h"
#include "clinical/Recommendations.h"
#include "domain/Codes.h"
#include "domain/Team.h"
#include "interop/FhirJson.h"
#include "interop/FhirTerms.h"

#include <QSet>
#include <QUuid>

namespace bb::interop {
namespace {

using namespace fhir;

/// The namespace of the bundle's resource ids: a resource's id is made from it and the
/// record it comes from, so the same record always has the same id.
const QUuid kIds(QStringLiteral("965a6782-c9fd-4b0a-afe3-387ffe1fe1ff"));

constexpr char kNhsNumber[] = "https://fhir.nhs.uk/Id/nhs-number";

QString profile(const char *name)
{
    return QStringLiteral("https://fhir.hl7.org.uk/StructureDefinition/UKCore-%1")
        .arg(QLatin1String(name));
}

/// Writes the entries of one bundle, each resource under a full URL made from its key.
class BundleWriter
{
public:
    explicit BundleWriter(const PregnancyRecord &record) : r(record) {}

    QJsonObject write(const QDateTime &at)
    {
        patient();
        practitioners();
        careTeam();
        episode();
        conditions();
        bookingEncounter();
        bookingObservations();
        carePlan();
        referrals();
        appointments();
        contacts();
        birth();
        flags();
        return {{QStringLiteral("resourceType"), QStringLiteral("Bundle")},
                {QStringLiteral("id"), id(QStringLiteral("bundle/%1").arg(pregnancyId()))},
                {QStringLiteral("type"), QStringLiteral("collection")},
                {QStringLiteral("timestamp"), at.toUTC().toString(Qt::ISODate)},
                {QStringLiteral("entry"), m_entries}};
    }

private:
    const PregnancyRecord &r;
    QJsonArray m_entries;
    QSet<qint64> m_appointments; ///< ids of the appointments in the bundle

    qint64 pregnancyId() const { return r.booking.pregnancy.id; }
    const Woman &woman() const { return r.booking.woman; }

    static QString id(const QString &key)
    {
        return QUuid::createUuidV5(kIds, key).toString(QUuid::WithoutBraces);
    }
    static QString url(const QString &key) { return QStringLiteral("urn:uuid:") + id(key); }

    QString add(const QString &key, const char *type, QJsonObject resource,
                const char *ukCoreProfile = nullptr)
    {
        QJsonObject ordered{{QStringLiteral("resourceType"), QString::fromLatin1(type)},
                            {QStringLiteral("id"), id(key)}};
        if (ukCoreProfile)
            ordered.insert(QStringLiteral("meta"),
                           QJsonObject{{QStringLiteral("profile"), one(profile(ukCoreProfile))}});
        for (auto it = resource.begin(); it != resource.end(); ++it)
            ordered.insert(it.key(), it.value());
        m_entries.append(QJsonObject{{QStringLiteral("fullUrl"), url(key)},
                                     {QStringLiteral("resource"), ordered}});
        return url(key);
    }

    QString mother() const { return url(QStringLiteral("woman/%1").arg(woman().id)); }
    QJsonObject motherRef() const { return reference(mother(), woman().fullName()); }
    QString episodeUrl() const { return url(QStringLiteral("pregnancy/%1").arg(pregnancyId())); }
    QString carePlanUrl() const
    {
        return url(QStringLiteral("pregnancy/%1/care-plan").arg(pregnancyId()));
    }
    QString careTeamUrl() const
    {
        return url(QStringLiteral("pregnancy/%1/care-team").arg(pregnancyId()));
    }
    QString bookingEncounterUrl() const
    {
        return url(QStringLiteral("pregnancy/%1/booking").arg(pregnancyId()));
    }
    static QString practitionerUrl(qint64 staffId)
    {
        return url(QStringLiteral("staff/%1").arg(staffId));
    }
    QJsonObject practitionerRef(qint64 staffId) const
    {
        if (r.staffNames.contains(staffId))
            return reference(practitionerUrl(staffId), r.staffName(staffId));
        return named(QStringLiteral("A member of staff no longer on the staff list"));
    }

    QJsonObject localId(const char *kind, qint64 value) const
    {
        return {{QStringLiteral("system"), QStringLiteral("urn:bbclinic:%1").arg(kind)},
                {QStringLiteral("value"), QString::number(value)}};
    }

    /// Her NHS number, or her temporary identifier while she has none.
    QJsonObject herIdentifier() const
    {
        const QString &number = woman().nhsNumber;
        if (number.startsWith(QLatin1String("TMP")))
            return {{QStringLiteral("use"), QStringLiteral("temp")},
                    {QStringLiteral("system"), QStringLiteral("urn:bbclinic:temporary-id")},
                    {QStringLiteral("value"), number}};
        return {{QStringLiteral("system"), QString::fromLatin1(kNhsNumber)},
                {QStringLiteral("value"), number},
                {QStringLiteral("extension"), one(nhsNumberNotTraced())}};
    }

    void patient()
    {
        const Woman &w = woman();
        QJsonObject p;
        p.insert(QStringLiteral("identifier"), one(herIdentifier()));
        p.insert(QStringLiteral("name"),
                 one(QJsonObject{{QStringLiteral("use"), QStringLiteral("official")},
                                 {QStringLiteral("family"), w.familyName},
                                 {QStringLiteral("given"), one(w.givenName)}}));
        if (!w.phone.isEmpty())
            p.insert(QStringLiteral("telecom"),
                     one(QJsonObject{{QStringLiteral("system"), QStringLiteral("phone")},
                                     {QStringLiteral("value"), w.phone}}));
        p.insert(QStringLiteral("gender"), QStringLiteral("female"));
        if (w.dateOfBirth.isValid())
            p.insert(QStringLiteral("birthDate"), date(w.dateOfBirth));
        if (!w.address.isEmpty() || !w.postcode.isEmpty()) {
            QJsonObject address{{QStringLiteral("use"), QStringLiteral("home")}};
            if (!w.address.isEmpty())
                address.insert(QStringLiteral("text"), w.address);
            if (!w.postcode.isEmpty())
                address.insert(QStringLiteral("postalCode"), w.postcode);
            p.insert(QStringLiteral("address"), one(address));
        }
        if (!w.nextOfKin.isEmpty()) {
            QJsonObject contact;
            if (!w.nextOfKin.relationship.isEmpty())
                contact.insert(QStringLiteral("relationship"), one(text(w.nextOfKin.relationship)));
            if (!w.nextOfKin.name.isEmpty())
                contact.insert(QStringLiteral("name"),
                               QJsonObject{{QStringLiteral("text"), w.nextOfKin.name}});
            if (!w.nextOfKin.phone.isEmpty())
                contact.insert(QStringLiteral("telecom"),
                               one(QJsonObject{{QStringLiteral("system"), QStringLiteral("phone")},
                                               {QStringLiteral("value"), w.nextOfKin.phone}}));
            p.insert(QStringLiteral("contact"), one(contact));
        }
        p.insert(QStringLiteral("communication"),
                 one(QJsonObject{{QStringLiteral("language"), language(w.preferredLanguage)},
                                 {QStringLiteral("preferred"), true}}));
        QJsonArray extensions{interpreterRequired(w.interpreterNeeded)};
        if (!w.ethnicCategory.isEmpty())
            extensions.append(ethnicCategory(w.ethnicCategory));
        p.insert(QStringLiteral("extension"), extensions);
        if (!w.gpPractice.isEmpty())
            p.insert(QStringLiteral("generalPractitioner"), one(named(w.gpPractice)));
        add(QStringLiteral("woman/%1").arg(w.id), "Patient", p, "Patient");
    }

    void practitioners()
    {
        QList<qint64> ids = r.staffNames.keys();
        std::sort(ids.begin(), ids.end());
        for (qint64 staffId : std::as_const(ids)) {
            add(QStringLiteral("staff/%1").arg(staffId), "Practitioner",
                {{QStringLiteral("identifier"), one(localId("staff", staffId))},
                 {QStringLiteral("name"),
                  one(QJsonObject{{QStringLiteral("text"), r.staffName(staffId)}})}},
                "Practitioner");
        }
    }

    void careTeam()
    {
        if (r.namedMidwifeId == 0 && r.teamId == 0)
            return;
        QJsonObject team{{QStringLiteral("status"), QStringLiteral("active")},
                         {QStringLiteral("subject"), motherRef()}};
        if (!r.team.isEmpty())
            team.insert(QStringLiteral("name"), r.team);
        if (r.namedSince.isValid())
            team.insert(QStringLiteral("period"),
                        QJsonObject{{QStringLiteral("start"), date(r.namedSince)}});
        if (r.namedMidwifeId != 0)
            team.insert(
                QStringLiteral("participant"),
                one(QJsonObject{{QStringLiteral("role"), one(namedMidwifeRole())},
                                {QStringLiteral("member"), practitionerRef(r.namedMidwifeId)}}));
        add(QStringLiteral("pregnancy/%1/care-team").arg(pregnancyId()), "CareTeam", team,
            "CareTeam");
    }

    bool hasCareTeam() const { return r.namedMidwifeId != 0 || r.teamId != 0; }

    void episode()
    {
        const Pregnancy &p = r.booking.pregnancy;
        QJsonObject period{{QStringLiteral("start"), date(p.bookingDate)}};
        if (r.birth)
            period.insert(QStringLiteral("end"), date(r.birth->date));
        QJsonObject episode{{QStringLiteral("identifier"), one(localId("pregnancy", p.id))},
                            {QStringLiteral("status"), p.status == PregnancyStatus::Booked
                                                           ? QStringLiteral("active")
                                                           : QStringLiteral("finished")},
                            {QStringLiteral("type"), one(maternityEpisodeType())},
                            {QStringLiteral("patient"), motherRef()},
                            {QStringLiteral("period"), period}};
        if (r.namedMidwifeId != 0)
            episode.insert(QStringLiteral("careManager"), practitionerRef(r.namedMidwifeId));
        if (hasCareTeam())
            episode.insert(QStringLiteral("team"), one(reference(careTeamUrl(), r.team)));
        add(QStringLiteral("pregnancy/%1").arg(p.id), "EpisodeOfCare", episode, "EpisodeOfCare");
    }

    QStringList m_conditionUrls;

    void condition(const QString &code, const QDate &recorded, const QString &encounter)
    {
        const auto *info = clinical::findCondition(code);
        const QString meaning = info ? info->meaningString() : code;
        QJsonObject c{{QStringLiteral("clinicalStatus"), conditionActive()},
                      {QStringLiteral("verificationStatus"), conditionConfirmed()},
                      {QStringLiteral("category"), one(problemListItem())},
                      {QStringLiteral("code"), localConcept("condition", code, meaning)},
                      {QStringLiteral("subject"), motherRef()},
                      {QStringLiteral("encounter"), reference(encounter)},
                      {QStringLiteral("recordedDate"), date(recorded)}};
        m_conditionUrls << add(
            QStringLiteral("pregnancy/%1/condition/%2").arg(pregnancyId()).arg(code), "Condition",
            c, "Condition");
    }

    void conditions()
    {
        QSet<QString> seen;
        for (const QString &code : r.booking.assessment.conditions) {
            seen.insert(code);
            condition(code, r.booking.pregnancy.bookingDate, bookingEncounterUrl());
        }
        for (const AntenatalContact &contact : r.contacts) {
            for (const QString &code : contact.conditions) {
                if (!seen.contains(code)) {
                    seen.insert(code);
                    // A contact she did not come to has no encounter: the booking's stands in.
                    condition(code, contact.date,
                              contact.attended ? contactUrl(contact) : bookingEncounterUrl());
                }
            }
        }
    }

    QString contactUrl(const AntenatalContact &contact) const
    {
        return url(QStringLiteral("contact/%1").arg(contact.id));
    }

    void encounter(const QString &key, const QJsonObject &type, const QJsonObject &kind,
                   const QDate &day, const QList<qint64> &staff, const QString &venue,
                   qint64 appointmentId)
    {
        QJsonObject e{{QStringLiteral("status"), QStringLiteral("finished")},
                      {QStringLiteral("class"), kind},
                      {QStringLiteral("type"), one(type)},
                      {QStringLiteral("subject"), motherRef()},
                      {QStringLiteral("episodeOfCare"), one(reference(episodeUrl()))},
                      {QStringLiteral("period"), QJsonObject{{QStringLiteral("start"), date(day)},
                                                             {QStringLiteral("end"), date(day)}}}};
        QJsonArray participants;
        for (qint64 staffId : staff)
            participants.append(
                QJsonObject{{QStringLiteral("individual"), practitionerRef(staffId)}});
        if (!participants.isEmpty())
            e.insert(QStringLiteral("participant"), participants);
        if (appointmentId != 0 && m_appointments.contains(appointmentId))
            e.insert(QStringLiteral("appointment"),
                     one(reference(url(QStringLiteral("appointment/%1").arg(appointmentId)))));
        if (!venue.isEmpty())
            e.insert(QStringLiteral("location"),
                     one(QJsonObject{{QStringLiteral("location"), named(venue)}}));
        add(key, "Encounter", e, "Encounter");
    }

    void bookingEncounter()
    {
        encounter(QStringLiteral("pregnancy/%1/booking").arg(pregnancyId()), bookingVisitType(),
                  ambulatoryClass(), r.booking.pregnancy.bookingDate, {}, {}, 0);
    }

    void observation(const QString &key, const QJsonObject &code, const char *category,
                     const QDate &day, const QString &encounterUrl, const QString &valueKey,
                     const QJsonValue &value, const QJsonObject &extra = {})
    {
        QJsonObject o{{QStringLiteral("status"), QStringLiteral("final")},
                      {QStringLiteral("category"), one(observationCategory(category))},
                      {QStringLiteral("code"), code},
                      {QStringLiteral("subject"), motherRef()},
                      {QStringLiteral("encounter"), reference(encounterUrl)},
                      {QStringLiteral("effectiveDateTime"), date(day)}};
        if (!valueKey.isEmpty())
            o.insert(valueKey, value);
        for (auto it = extra.begin(); it != extra.end(); ++it)
            o.insert(it.key(), it.value());
        add(key, "Observation", o, "Observation");
    }

    void bookingObservations()
    {
        const QString at = QStringLiteral("pregnancy/%1/booking/").arg(pregnancyId());
        const QDate day = r.booking.pregnancy.bookingDate;
        const QString encounter = bookingEncounterUrl();
        const Measurements &m = r.booking.assessment.measurements;
        if (r.plan) {
            const CarePlan &plan = r.plan->plan;
            if (plan.edd.isValid())
                observation(at + QStringLiteral("edd"), eddCode(), "exam", day, encounter,
                            QStringLiteral("valueDateTime"), date(plan.edd),
                            {{QStringLiteral("method"), eddMethod(plan.eddMethod)}});
            observation(at + QStringLiteral("gestation"), gestationCode(), "exam", day, encounter,
                        QStringLiteral("valueQuantity"),
                        quantity(plan.gestationAtBooking.days, QStringLiteral("days"),
                                 QStringLiteral("d")));
            if (plan.bmi)
                observation(at + QStringLiteral("bmi"), bmiCode(), "vital-signs", day, encounter,
                            QStringLiteral("valueQuantity"),
                            quantity(*plan.bmi, QStringLiteral("kg/m2"), QStringLiteral("kg/m2")));
        }
        if (m.heightCm)
            observation(at + QStringLiteral("height"), heightCode(), "vital-signs", day, encounter,
                        QStringLiteral("valueQuantity"),
                        quantity(*m.heightCm, QStringLiteral("cm"), QStringLiteral("cm")));
        if (m.weightKg)
            observation(at + QStringLiteral("weight"), weightCode(), "vital-signs", day, encounter,
                        QStringLiteral("valueQuantity"),
                        quantity(*m.weightKg, QStringLiteral("kg"), QStringLiteral("kg")));
        if (const auto status = smokingStatus(r.booking.assessment.smoking))
            observation(at + QStringLiteral("smoking"), smokingCode(), "social-history", day,
                        encounter, QStringLiteral("valueCodeableConcept"), *status);
        if (m.coPpm)
            observation(at + QStringLiteral("co"), carbonMonoxideCode(), "exam", day, encounter,
                        QStringLiteral("valueQuantity"),
                        quantity(*m.coPpm, QStringLiteral("ppm"), QStringLiteral("[ppm]")));
    }

    void contactObservations(const AntenatalContact &contact)
    {
        const QString at = QStringLiteral("contact/%1/").arg(contact.id);
        const QString encounter = contactUrl(contact);
        if (const auto &bp = contact.bloodPressure) {
            const auto component = [](const QJsonObject &code, int mmHg) {
                return QJsonObject{
                    {QStringLiteral("code"), code},
                    {QStringLiteral("valueQuantity"),
                     quantity(mmHg, QStringLiteral("mmHg"), QStringLiteral("mm[Hg]"))}};
            };
            observation(at + QStringLiteral("blood-pressure"), bloodPressureCode(), "vital-signs",
                        contact.date, encounter, {}, {},
                        {{QStringLiteral("component"),
                          QJsonArray{component(systolicCode(), bp->systolic),
                                     component(diastolicCode(), bp->diastolic)}}});
        }
        if (contact.sfhCm)
            observation(at + QStringLiteral("fundal-height"), fundalHeightCode(), "exam",
                        contact.date, encounter, QStringLiteral("valueQuantity"),
                        quantity(*contact.sfhCm, QStringLiteral("cm"), QStringLiteral("cm")));
        if (contact.coPpm)
            observation(at + QStringLiteral("co"), carbonMonoxideCode(), "exam", contact.date,
                        encounter, QStringLiteral("valueQuantity"),
                        quantity(*contact.coPpm, QStringLiteral("ppm"), QStringLiteral("[ppm]")));
    }

    void contacts()
    {
        for (const AntenatalContact &contact : r.contacts) {
            if (!contact.attended)
                continue; // she did not come: her appointment says so (noshow), not an encounter
            encounter(QStringLiteral("contact/%1").arg(contact.id), antenatalVisitType(),
                      contactAtHome(contact) ? homeVisitClass() : ambulatoryClass(), contact.date,
                      {contact.clinicianId}, contact.venue, contact.appointmentId);
            contactObservations(contact);
        }
    }

    bool contactAtHome(const AntenatalContact &contact) const
    {
        for (const AppointmentListing &a : r.appointments)
            if (a.appointment.id == contact.appointmentId)
                return a.appointment.kind == AppointmentKind::HomeVisit;
        return false;
    }

    QJsonArray planActivities() const
    {
        const StoredCarePlan &stored = *r.plan;
        QJsonArray activities;
        for (const PlannedContact &contact : stored.plan.contacts) {
            QJsonObject detail{
                {QStringLiteral("kind"), QStringLiteral("Appointment")},
                {QStringLiteral("code"),
                 text(QStringLiteral("Antenatal contact at %1 weeks").arg(contact.week))},
                {QStringLiteral("status"), contact.date < r.booking.pregnancy.bookingDate
                                               ? QStringLiteral("cancelled")
                                               : QStringLiteral("scheduled")},
                {QStringLiteral("scheduledPeriod"),
                 QJsonObject{{QStringLiteral("start"), date(contact.date)},
                             {QStringLiteral("end"), date(contact.date)}}}};
            QStringList what{contact.purpose};
            if (!contact.checks.isEmpty())
                what << QStringLiteral("Checks: ") + contact.checks.join(QStringLiteral(", "));
            if (!contact.discussed.isEmpty())
                what << QStringLiteral("To talk about: ") +
                            contact.discussed.join(QStringLiteral(", "));
            detail.insert(QStringLiteral("description"), what.join(QStringLiteral(". ")));
            activities.append(QJsonObject{{QStringLiteral("detail"), detail}});
        }
        for (const ScanWindow &scan : stored.plan.scans) {
            activities.append(
                QJsonObject{{QStringLiteral("detail"),
                             QJsonObject{{QStringLiteral("kind"), QStringLiteral("ServiceRequest")},
                                         {QStringLiteral("code"), scanConcept(scan.code)},
                                         {QStringLiteral("status"), QStringLiteral("scheduled")},
                                         {QStringLiteral("scheduledPeriod"),
                                          QJsonObject{{QStringLiteral("start"), date(scan.from)},
                                                      {QStringLiteral("end"), date(scan.to)}}}}}});
        }
        for (const Recommendation &rec : stored.plan.recommendations)
            activities.append(QJsonObject{{QStringLiteral("detail"), recommendation(rec)}});
        return activities;
    }

    QJsonObject recommendation(const Recommendation &rec) const
    {
        QJsonObject detail{
            {QStringLiteral("code"),
             localConcept("recommendation", rec.code, clinical::recommendationDisplay(rec.code))}};
        QJsonArray reasons;
        for (const QString &reason : rec.reasons)
            reasons.append(text(reason));
        if (!reasons.isEmpty()) // FHIR has no empty arrays
            detail.insert(QStringLiteral("reasonCode"), reasons);
        if (const char *kind = activityKind(rec.category))
            detail.insert(QStringLiteral("kind"), QString::fromLatin1(kind));
        const CarePlanDecision decision = decisionOn(rec.code);
        detail.insert(QStringLiteral("status"), activityStatus(decision.status));
        if (decision.declined() && !decision.reason.isEmpty())
            detail.insert(QStringLiteral("statusReason"), text(decision.reason));
        QStringList description{QStringLiteral("Source: ") + rec.source};
        if (!rec.dose.isEmpty())
            description.prepend(rec.dose);
        detail.insert(QStringLiteral("description"), description.join(QStringLiteral(". ")));
        if (rec.hasWindow())
            detail.insert(QStringLiteral("scheduledPeriod"),
                          QJsonObject{{QStringLiteral("start"), date(rec.from)},
                                      {QStringLiteral("end"), date(rec.to)}});
        return detail;
    }

    CarePlanDecision decisionOn(const QString &code) const
    {
        for (const CarePlanDecision &decision : r.plan->decisions)
            if (decision.code == code)
                return decision;
        return {code, DecisionStatus::ToDiscuss, {}};
    }

    void carePlan()
    {
        if (!r.plan)
            return;
        const StoredCarePlan &stored = *r.plan;
        QJsonObject plan{
            {QStringLiteral("identifier"),
             one(QJsonObject{{QStringLiteral("system"), QStringLiteral("urn:bbclinic:care-plan")},
                             {QStringLiteral("value"),
                              QStringLiteral("%1-v%2").arg(pregnancyId()).arg(stored.version)}})},
            {QStringLiteral("status"), r.booking.pregnancy.status == PregnancyStatus::Booked
                                           ? QStringLiteral("active")
                                           : QStringLiteral("completed")},
            {QStringLiteral("intent"), QStringLiteral("plan")},
            {QStringLiteral("category"), one(antenatalCarePlanCategory())},
            {QStringLiteral("title"), QStringLiteral("Personalised care plan")},
            {QStringLiteral("description"),
             QStringLiteral("Version %1 of her personalised care and support plan, %2; place of "
                            "birth she chose: %3.")
                 .arg(stored.version)
                 .arg(clinicalLabel(stored.plan.pathway).toLower(),
                      codes::label(stored.chosenPlaceOfBirth))},
            {QStringLiteral("subject"), motherRef()},
            {QStringLiteral("period"),
             QJsonObject{{QStringLiteral("start"), date(r.booking.pregnancy.bookingDate)}}},
            {QStringLiteral("created"), stored.savedAt.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("activity"), planActivities()}};
        if (!stored.savedBy.isEmpty())
            plan.insert(QStringLiteral("author"), named(stored.savedBy));
        if (hasCareTeam())
            plan.insert(QStringLiteral("careTeam"), one(reference(careTeamUrl(), r.team)));
        QJsonArray addresses;
        for (const QString &condition : std::as_const(m_conditionUrls))
            addresses.append(reference(condition));
        if (!addresses.isEmpty())
            plan.insert(QStringLiteral("addresses"), addresses);
        QJsonArray notes;
        if (!stored.whatMatters.isEmpty())
            notes.append(
                QJsonObject{{QStringLiteral("text"),
                             QStringLiteral("What matters to her: ") + stored.whatMatters}});
        if (!stored.birthPreferences.isEmpty())
            notes.append(
                QJsonObject{{QStringLiteral("text"),
                             QStringLiteral("Her birth preferences: ") + stored.birthPreferences}});
        if (!notes.isEmpty())
            plan.insert(QStringLiteral("note"), notes);
        add(QStringLiteral("pregnancy/%1/care-plan").arg(pregnancyId()), "CarePlan", plan,
            "CarePlan");
    }

    void referrals()
    {
        for (const Referral &referral : r.referrals) {
            QJsonObject request{
                {QStringLiteral("identifier"), one(localId("referral", referral.id))},
                {QStringLiteral("status"), serviceRequestStatus(referral.status)},
                {QStringLiteral("intent"), referral.status == ReferralStatus::Suggested
                                               ? QStringLiteral("proposal")
                                               : QStringLiteral("order")},
                {QStringLiteral("category"), one(referralCategory())},
                {QStringLiteral("code"),
                 localConcept("recommendation", referral.code,
                              clinical::recommendationDisplay(referral.code))},
                {QStringLiteral("subject"), motherRef()},
                {QStringLiteral("authoredOn"),
                 date(referral.sentOn.isValid() ? referral.sentOn : referral.createdOn)},
                {QStringLiteral("performer"), one(named(codes::referralTeamLabel(referral.team)))}};
            if (r.plan)
                request.insert(QStringLiteral("basedOn"), one(reference(carePlanUrl())));
            if (!referral.note.isEmpty())
                request.insert(QStringLiteral("note"),
                               one(QJsonObject{{QStringLiteral("text"), referral.note}}));
            add(QStringLiteral("referral/%1").arg(referral.id), "ServiceRequest", request,
                "ServiceRequest");
        }
    }

    void appointments()
    {
        for (const AppointmentListing &listing : r.appointments) {
            const Appointment &a = listing.appointment;
            m_appointments.insert(a.id);
            QJsonArray participants{
                QJsonObject{{QStringLiteral("actor"), motherRef()},
                            {QStringLiteral("required"), QStringLiteral("required")},
                            {QStringLiteral("status"), QStringLiteral("accepted")}}};
            if (!listing.clinicianName.isEmpty())
                participants.append(QJsonObject{
                    {QStringLiteral("actor"),
                     r.staffNames.contains(a.clinicianId)
                         ? reference(practitionerUrl(a.clinicianId), listing.clinicianName)
                         : named(listing.clinicianName)},
                    {QStringLiteral("status"), QStringLiteral("accepted")}});
            if (!listing.venueName.isEmpty())
                participants.append(
                    QJsonObject{{QStringLiteral("actor"), named(listing.venueName)},
                                {QStringLiteral("status"), QStringLiteral("accepted")}});
            // A specialist review says no more than her calendar does: which specialist can say
            // what it is about.
            const QString kind = a.kind == AppointmentKind::SpecialistReview
                                     ? QStringLiteral("Appointment with her maternity team")
                                     : codes::label(a.kind);
            QString what = kind;
            if (a.contactWeek)
                what += QStringLiteral(" (%1 weeks)").arg(*a.contactWeek);
            QJsonObject appointment{
                {QStringLiteral("identifier"), one(localId("appointment", a.id))},
                {QStringLiteral("status"), appointmentStatus(a.status)},
                {QStringLiteral("appointmentType"), appointmentType(kind)},
                {QStringLiteral("description"), what},
                {QStringLiteral("participant"), participants}};
            if (!a.reason.isEmpty() && a.status == AppointmentStatus::Cancelled)
                appointment.insert(QStringLiteral("cancelationReason"), text(a.reason));
            // A day whose time is still to be arranged takes the whole day: FHIR lets only a
            // proposed or cancelled appointment go without a start and an end.
            appointment.insert(QStringLiteral("start"),
                               ukDateTime(a.date, a.isTimed() ? a.start : QTime(0, 0)));
            appointment.insert(QStringLiteral("end"),
                               a.isTimed() ? ukDateTime(a.date, a.end)
                                           : ukDateTime(a.date.addDays(1), QTime(0, 0)));
            add(QStringLiteral("appointment/%1").arg(a.id), "Appointment", appointment,
                "Appointment");
        }
    }

    void birth()
    {
        if (!r.birth)
            return;
        const Birth &b = *r.birth;
        const QString key = QStringLiteral("birth/%1").arg(b.id);
        const bool atHome =
            b.setting == BirthSetting::Home || b.setting == BirthSetting::BeforeArrival;
        encounter(key, birthVisitType(), atHome ? homeVisitClass() : inpatientClass(), b.date,
                  b.attendants, codes::label(b.setting), 0);
        QJsonObject procedure{
            {QStringLiteral("status"), QStringLiteral("completed")},
            {QStringLiteral("category"), deliveryCategory()},
            {QStringLiteral("code"), deliveryCode(b.mode)},
            {QStringLiteral("subject"), motherRef()},
            {QStringLiteral("encounter"), reference(url(key))},
            {QStringLiteral("performedDateTime"),
             b.time.isValid() ? ukDateTime(b.date, b.time) : date(b.date)},
            {QStringLiteral("location"), named(codes::label(b.setting))},
            {QStringLiteral("note"), one(QJsonObject{{QStringLiteral("text"), birthSummary(b)}})}};
        QJsonArray performers;
        for (qint64 staffId : b.attendants)
            performers.append(QJsonObject{{QStringLiteral("actor"), practitionerRef(staffId)}});
        if (!performers.isEmpty())
            procedure.insert(QStringLiteral("performer"), performers);
        add(key + QStringLiteral("/delivery"), "Procedure", procedure, "Procedure");
        if (r.gestationAtBirth)
            observation(
                key + QStringLiteral("/gestation"), gestationCode(), "exam", b.date, url(key),
                QStringLiteral("valueQuantity"),
                quantity(r.gestationAtBirth->days, QStringLiteral("days"), QStringLiteral("d")));
        for (const Baby &baby : b.babies)
            this->baby(b, baby);
    }

    QString birthSummary(const Birth &b) const
    {
        QStringList parts{QStringLiteral("Labour: %1").arg(codes::label(b.onset)),
                          QStringLiteral("birth: %1").arg(codes::label(b.mode)),
                          QStringLiteral("blood loss %1 ml").arg(b.bloodLossMl)};
        if (b.perineum != Perineum::NotRecorded && b.perineum != Perineum::NotApplicable)
            parts << QStringLiteral("perineum: %1").arg(codes::label(b.perineum));
        if (b.setting != b.plannedSetting)
            parts
                << QStringLiteral("planned place of birth: %1").arg(codes::label(b.plannedSetting));
        return parts.join(QStringLiteral("; "));
    }

    void baby(const Birth &b, const Baby &baby)
    {
        const QString key = QStringLiteral("baby/%1").arg(baby.id);
        QJsonObject birthDate{{QStringLiteral("birthDate"), date(b.date)}};
        QJsonObject p;
        if (!baby.nhsNumber.isEmpty())
            p.insert(QStringLiteral("identifier"),
                     one(QJsonObject{{QStringLiteral("system"), QString::fromLatin1(kNhsNumber)},
                                     {QStringLiteral("value"), baby.nhsNumber}}));
        p.insert(QStringLiteral("name"),
                 one(QJsonObject{
                     {QStringLiteral("use"), QStringLiteral("temp")},
                     {QStringLiteral("text"), QStringLiteral("Baby of %1").arg(woman().fullName())},
                     {QStringLiteral("family"), woman().familyName}}));
        p.insert(QStringLiteral("gender"), babyGender(baby.sex));
        p.insert(QStringLiteral("birthDate"), date(b.date));
        if (b.time.isValid())
            p.insert(
                QStringLiteral("_birthDate"),
                QJsonObject{{QStringLiteral("extension"),
                             one(QJsonObject{
                                 {QStringLiteral("url"), QStringLiteral("http://hl7.org/fhir/"
                                                                        "StructureDefinition/"
                                                                        "patient-birthTime")},
                                 {QStringLiteral("valueDateTime"), ukDateTime(b.date, b.time)}})}});
        if (baby.outcome == BabyOutcome::Stillbirth)
            p.insert(QStringLiteral("deceasedBoolean"), true);
        if (b.babies.size() > 1)
            p.insert(QStringLiteral("multipleBirthInteger"), baby.order);
        const QString babyUrl = add(key, "Patient", p, "Patient");
        add(key + QStringLiteral("/mother"), "RelatedPerson",
            {{QStringLiteral("identifier"), one(herIdentifier())},
             {QStringLiteral("patient"), reference(babyUrl)},
             {QStringLiteral("relationship"), one(motherRole())},
             {QStringLiteral("name"),
              one(QJsonObject{{QStringLiteral("family"), woman().familyName},
                              {QStringLiteral("given"), one(woman().givenName)}})},
             {QStringLiteral("gender"), QStringLiteral("female")}},
            "RelatedPerson");
        babyObservation(key + QStringLiteral("/weight"), babyUrl, b, birthWeightCode(),
                        QStringLiteral("valueQuantity"),
                        quantity(baby.weightGrams, QStringLiteral("g"), QStringLiteral("g")));
        const std::pair<const std::optional<int> *, int> apgars[] = {
            {&baby.apgar1, 1}, {&baby.apgar5, 5}, {&baby.apgar10, 10}};
        for (const auto &[score, minutes] : apgars)
            if (*score)
                babyObservation(key + QStringLiteral("/apgar-%1").arg(minutes), babyUrl, b,
                                apgarCode(minutes), QStringLiteral("valueInteger"), **score);
    }

    void babyObservation(const QString &key, const QString &babyUrl, const Birth &b,
                         const QJsonObject &code, const QString &valueKey, const QJsonValue &value)
    {
        add(key, "Observation",
            {{QStringLiteral("status"), QStringLiteral("final")},
             {QStringLiteral("category"), one(observationCategory("exam"))},
             {QStringLiteral("code"), code},
             {QStringLiteral("subject"), reference(babyUrl)},
             {QStringLiteral("encounter"), reference(url(QStringLiteral("birth/%1").arg(b.id)))},
             {QStringLiteral("effectiveDateTime"),
              b.time.isValid() ? ukDateTime(b.date, b.time) : date(b.date)},
             {valueKey, value}},
            "Observation");
    }

    void flag(const QString &key, const char *category, const QString &words)
    {
        add(key, "Flag",
            {{QStringLiteral("status"), QStringLiteral("active")},
             {QStringLiteral("category"), one(flagCategory(category))},
             {QStringLiteral("code"), text(words)},
             {QStringLiteral("subject"), motherRef()}},
            "Flag");
    }

    void flags()
    {
        const QString at = QStringLiteral("woman/%1/flag/").arg(woman().id);
        QSet<QString> safeguarding;
        for (const QString &code : r.flags.social)
            if (codes::isSafeguardingSocialCode(code))
                safeguarding.insert(codes::socialLabel(code));
        int n = 0;
        for (const QString &words : flagLabels(r.flags, FlagStyle::Header))
            flag(at + QString::number(++n), safeguarding.contains(words) ? "safety" : "admin",
                 words);
        for (const Referral &referral : r.referrals)
            if (referral.restricted && referral.isOpen())
                flag(QStringLiteral("referral/%1/flag").arg(referral.id), "safety",
                     QStringLiteral("Open referral: %1")
                         .arg(clinical::recommendationTitle(referral.code)));
    }
};

} // namespace

QJsonObject fhirBundle(const PregnancyRecord &record, const QDateTime &at)
{
    return BundleWriter(record).write(at);
}

} // namespace bb::interop
