// SPDX-License-Identifier: MIT
// The monthly MSDS return as rows: every submitted column of each table in TOS order, the app's
// choices in the data set's codes, only what falls in the period, and nothing the app does not
// record (an item it cannot tell is left empty, never filled with a likely code).
#include "TestSupport.h"

#include "interop/MsdsReturn.h"

using namespace bb;
using namespace bb::interop;

namespace {

const msds::Period kJanuary{QDate(2027, 1, 1), QDate(2027, 1, 31)};
const QString kOrganisation = QStringLiteral("RWE");

// The columns as the MSDS v2.0 technical output specification names and orders them.
const QStringList kMsd001 =
    QStringLiteral("LPIDMother OrgIDLPID PersonBirthDateMother OrgIDResidenceResp "
                   "NHSNumberMother NHSNumberStatusMother Postcode "
                   "EthnicCategoryMother PersonDeathDateMother PersonDeathTimeMother")
        .split(QLatin1Char(' '));
const QStringList kMsd101 =
    QStringLiteral(
        "PregnancyID LPIDMother OrgIDComm AntenatalAppDate PregFirstConDate EDDAgreed "
        "OrgSiteIDBooking EDDMethodAgreed SourceRefMat OrgIDProvOrigin OrgIDRecv ReasonLateBooking "
        "PregFirstContactCareProfType LastMenstrualPeriodDate DisabilityIndMother LangCode "
        "MHPredictionDetectionIndMother ComplexSocialFactorsInd EmploymentStatusMother "
        "SupportStatusIndMother EmploymentStatusPartner PreviousCaesareanSections "
        "PreviousLiveBirths PreviousStillBirths PreviousLossesLessThan24Weeks FolicAcidSupplement "
        "DischargeDateMatService DischReason")
        .split(QLatin1Char(' '));
const QStringList kMsd102 =
    QStringLiteral("PregnancyID CarePlanDate CarePlanType MatPersCarePlanInd ContCarePathInd "
                   "CareProfLID TeamLocalID OrgSiteIDPlannedDelivery PlannedDeliverySetting "
                   "ReasonChangeDelSettingAnt")
        .split(QLatin1Char(' '));
const QStringList kMsd201 =
    QStringLiteral("CareConID PregnancyID CContactDate CContactTime OrgIDComm AdminCatCode "
                   "ContactDuration ConsultType CCSubject Medium LocCode OrgSiteIDOfTreat "
                   "GPTherapyInd AttendCode CancelDate CancelReason ReplApptOffDate ReplApptDate")
        .split(QLatin1Char(' '));
const QStringList kMsd301 =
    QStringLiteral(
        "LabourDeliveryID PregnancyID OrgSiteIDIntra SettingIntraCare ReasonChangeDelSettingLab "
        "LabourOnsetMethod LabourOnsetDate LabourOnsetTime CaesareanDate CaesareanTime "
        "StartDateMotherDeliveryHospProvSpell StartTimeMotherDeliveryHospProvSpell "
        "DecisionToDeliverDate DecisionToDeliverTime AdmMethCodeMothDelHospProvSpell "
        "DischargeDateMotherHosp DischargeTimeMotherHosp DischMethCodeMothPostDelHospProvSpell "
        "DischDestCodeMothPostDelHospProvSpell OrgIDPostnatalPathLeadProvider")
        .split(QLatin1Char(' '));
const QStringList kMsd401 =
    QStringLiteral(
        "LPIDBaby LabourDeliveryID OrgIDLocalPatientIdBaby PersonBirthDateBaby "
        "PersonBirthTimeBaby PregOutcome PersonPhenSex EthnicCategoryBaby NHSNumberBaby "
        "NHSNumberStatusBaby LocalFetalID BirthOrderMaternitySUS PersonDeathDateBaby "
        "PersonDeathTimeBaby FetusPresentation GestationLengthBirth DeliveryMethodCode "
        "WaterDeliveryInd OrgSiteIDActualDelivery CareProfLIDDel SettingPlaceBirth "
        "BabyFirstFeedDate BabyFirstFeedTime BabyFirstFeedIndCode SkinToSkinContact1HourInd "
        "DischargeDateBabyHosp DischargeTimeBabyHosp")
        .split(QLatin1Char(' '));

AppointmentListing appointment(qint64 id, const QDate &date, AppointmentStatus status,
                               AppointmentKind kind = AppointmentKind::AntenatalContact)
{
    AppointmentListing listing;
    listing.appointment.id = id;
    listing.appointment.date = date;
    listing.appointment.start = QTime(9, 30);
    listing.appointment.end = QTime(10, 0);
    listing.appointment.status = status;
    listing.appointment.kind = kind;
    return listing;
}

/// Her pregnancy in care in January 2027: booked in October, plan saved, a named midwife and
/// team, contacts in and out of the month.
msds::ReturnPregnancy inCare()
{
    msds::ReturnPregnancy p;
    PregnancyRecord &r = p.record;
    r.booking = test::lowRiskBooking();
    r.booking.woman.id = 7;
    r.booking.woman.ethnicCategory = QStringLiteral("H");
    r.booking.woman.preferredLanguage = QStringLiteral("gu");
    r.booking.woman.postcode = QStringLiteral("le4 6ab");
    r.booking.pregnancy.id = 21;
    StoredCarePlan plan;
    plan.pregnancyId = 21;
    plan.version = 2;
    plan.plan.edd = QDate(2027, 5, 17);
    plan.plan.eddMethod = EddMethod::Crl;
    plan.chosenPlaceOfBirth = PlaceOfBirth::Home;
    plan.savedAt = QDateTime(QDate(2026, 10, 12), QTime(11, 0));
    plan.decisions = {{QStringLiteral("aspirin"), DecisionStatus::ToDiscuss, {}}};
    r.plan = plan;
    r.namedMidwifeId = 12;
    r.teamId = 3;
    r.namedSince = QDate(2026, 10, 20);
    r.appointments = {
        appointment(100, QDate(2026, 12, 20), AppointmentStatus::Attended), // before January
        appointment(101, QDate(2027, 1, 4), AppointmentStatus::Attended),
        appointment(102, QDate(2027, 1, 18), AppointmentStatus::DidNotAttend),
        appointment(103, QDate(2027, 1, 25), AppointmentStatus::Cancelled),
        appointment(104, QDate(2027, 1, 31), AppointmentStatus::Booked),
        appointment(105, QDate(2027, 2, 1), AppointmentStatus::Attended), // after January
    };
    return p;
}

/// The same woman's earlier pregnancy, delivered of twins on 10 January 2027 by planned
/// caesarean and discharged.
msds::ReturnPregnancy deliveredOfTwins()
{
    msds::ReturnPregnancy p = inCare();
    PregnancyRecord &r = p.record;
    r.booking.pregnancy.id = 20;
    r.plan->chosenPlaceOfBirth = PlaceOfBirth::ObstetricUnit;
    r.appointments.clear();
    Birth birth;
    birth.id = 5;
    birth.pregnancyId = 20;
    birth.date = QDate(2027, 1, 10);
    birth.time = QTime(8, 5);
    birth.plannedSetting = BirthSetting::ObstetricUnit;
    birth.setting = BirthSetting::ObstetricUnit;
    birth.onset = LabourOnset::CaesareanBeforeLabour;
    birth.mode = BirthMode::PlannedCaesarean;
    Baby first;
    first.id = 8;
    first.order = 1;
    first.sex = BabySex::Male;
    first.firstFeed = FirstFeed::Breast;
    first.skinToSkinFirstHour = true;
    first.nhsNumber = QStringLiteral("9990000018");
    Baby second = first;
    second.id = 9;
    second.order = 2;
    second.sex = BabySex::Indeterminate;
    second.outcome = BabyOutcome::Stillbirth;
    second.firstFeed = FirstFeed::NotYet;
    second.skinToSkinFirstHour = false;
    second.nhsNumber.clear();
    birth.babies = {first, second};
    r.birth = birth;
    r.gestationAtBirth = Gestation::fromWeeks(37, 1);
    p.dischargedOn = QDate(2027, 1, 20);
    return p;
}

/// The value of `column` in `row` of `table`.
QString cell(const msds::Table &table, qsizetype row, const char *column)
{
    const qsizetype at = table.columns.indexOf(QLatin1String(column));
    REQUIRE(at >= 0);
    REQUIRE(row < table.rows.size());
    return table.rows.at(row).at(at);
}

/// The values of `column` over every row of `table`.
QStringList column(const msds::Table &table, const char *name)
{
    QStringList values;
    for (qsizetype i = 0; i < table.rows.size(); ++i)
        values << cell(table, i, name);
    return values;
}

} // namespace

TEST_CASE("MSDS: six tables, each with every submitted column named and ordered as the TOS, and "
          "every row as wide as its header",
          "[msds]")
{
    const QList<msds::Table> tables =
        msds::msdsReturn({inCare(), deliveredOfTwins()}, kJanuary, kOrganisation);
    REQUIRE(tables.size() == 6);
    CHECK(tables.at(0).name == QStringLiteral("MSD001MotherDemog"));
    CHECK(tables.at(0).columns == kMsd001);
    CHECK(tables.at(1).name == QStringLiteral("MSD101PregnancyBooking"));
    CHECK(tables.at(1).columns == kMsd101);
    CHECK(tables.at(2).name == QStringLiteral("MSD102MatCarePlan"));
    CHECK(tables.at(2).columns == kMsd102);
    CHECK(tables.at(3).name == QStringLiteral("MSD201CareContactPreg"));
    CHECK(tables.at(3).columns == kMsd201);
    CHECK(tables.at(4).name == QStringLiteral("MSD301LabourDelivery"));
    CHECK(tables.at(4).columns == kMsd301);
    CHECK(tables.at(5).name == QStringLiteral("MSD401BabyDemographics"));
    CHECK(tables.at(5).columns == kMsd401);
    CHECK(msds::fileName(tables.at(0)) == QStringLiteral("MSD001MotherDemog.csv"));
    for (const msds::Table &table : tables) {
        INFO(table.name);
        CHECK_FALSE(table.rows.isEmpty());
        for (const QStringList &row : table.rows)
            CHECK(row.size() == table.columns.size());
        // What NHS England derives is not submitted, so not written.
        for (const char *derived : {"UniqPregID", "GestAgeBooking", "GestAgeCContactDate",
                                    "ApgarScore", "BirthWeight", "Person_ID_Mother"})
            CHECK_FALSE(table.columns.contains(QLatin1String(derived)));
    }
}

TEST_CASE("MSDS: her demographics once however many of her pregnancies are in the return, with "
          "her NHS number only when she has one",
          "[msds]")
{
    msds::ReturnPregnancy temporary = inCare();
    temporary.record.booking.woman.id = 8;
    temporary.record.booking.woman.nhsNumber = QStringLiteral("TMP0000001");
    temporary.record.booking.woman.ethnicCategory.clear();
    const msds::Table mothers =
        msds::motherDemographics({inCare(), deliveredOfTwins(), temporary}, kOrganisation);
    REQUIRE(mothers.rows.size() == 2);
    CHECK(mothers.rows.at(0) ==
          QStringList{QStringLiteral("7"), QStringLiteral("RWE"), QStringLiteral("1994-07-09"),
                      QString(), QStringLiteral("9434765919"), QStringLiteral("02"),
                      QStringLiteral("LE4 6AB"), QStringLiteral("H"), QString(), QString()});
    // A temporary identifier is the app's own: no NHS number, no status, no ethnic category
    // when none was stated.
    CHECK(cell(mothers, 1, "LPIDMother") == QStringLiteral("8"));
    CHECK(cell(mothers, 1, "NHSNumberMother").isEmpty());
    CHECK(cell(mothers, 1, "NHSNumberStatusMother").isEmpty());
    CHECK(cell(mothers, 1, "EthnicCategoryMother").isEmpty());
}

TEST_CASE("MSDS: the booking with her agreed due date and how it was set, her earlier "
          "pregnancies as counts, and her discharge after the birth",
          "[msds]")
{
    msds::ReturnPregnancy byScan = inCare();
    byScan.record.booking.pregnancy.datingScan = DatingScan{QDate(2026, 10, 12), 45.0};
    msds::ReturnPregnancy listed = inCare();
    listed.record.booking.details.previousPregnancies = {
        {2019, 40, PregnancyOutcome::LiveBirth, ModeOfBirth::EmergencyCaesarean, 3400, {}, {}},
        {2021, 30, PregnancyOutcome::Stillbirth, ModeOfBirth::SpontaneousVaginal, 1400, {}, {}},
        {2022, 39, PregnancyOutcome::NeonatalDeath, ModeOfBirth::NotKnown, {}, {}, {}},
        {2023, 8, PregnancyOutcome::Miscarriage, ModeOfBirth::NotKnown, {}, {}, {}},
    };
    listed.record.booking.pregnancy.previousBirths = 3;
    listed.record.booking.pregnancy.previousLosses = 1;
    listed.record.booking.pregnancy.previousCaesareans = 1;
    msds::ReturnPregnancy none = inCare();
    none.record.booking.pregnancy.previousBirths = 0;
    none.record.booking.woman.interpreterNeeded = true;
    msds::ReturnPregnancy drinking = inCare();
    drinking.record.booking.assessment.conditions = {QStringLiteral("alcohol_dependency")};
    const msds::Table bookings =
        msds::pregnancyBookings({inCare(), byScan, listed, none, deliveredOfTwins(), drinking});
    REQUIRE(bookings.rows.size() == 6);
    CHECK(cell(bookings, 0, "PregnancyID") == QStringLiteral("21"));
    CHECK(cell(bookings, 0, "LPIDMother") == QStringLiteral("7"));
    CHECK(cell(bookings, 0, "AntenatalAppDate") == QStringLiteral("2026-10-12"));
    CHECK(cell(bookings, 0, "EDDAgreed") == QStringLiteral("2027-05-17"));
    CHECK(cell(bookings, 0, "EDDMethodAgreed") == QStringLiteral("01")); // from her LMP
    // By the dating scan's crown-rump length: 45 mm is 79 days (Robinson) on 12 October.
    CHECK(cell(bookings, 1, "EDDAgreed") == QStringLiteral("2027-05-01"));
    CHECK(cell(bookings, 1, "EDDMethodAgreed") == QStringLiteral("03"));
    CHECK(cell(bookings, 0, "LastMenstrualPeriodDate") == QStringLiteral("2026-08-10"));
    CHECK(cell(bookings, 0, "LangCode") == QStringLiteral("gu"));
    // One earlier birth given as a count: live or still is not known.
    CHECK(cell(bookings, 0, "PreviousLiveBirths").isEmpty());
    CHECK(cell(bookings, 0, "PreviousStillBirths").isEmpty());
    CHECK(cell(bookings, 0, "PreviousLossesLessThan24Weeks") == QStringLiteral("0"));
    // Listed one by one: a neonatal death was born alive.
    CHECK(cell(bookings, 2, "PreviousLiveBirths") == QStringLiteral("2"));
    CHECK(cell(bookings, 2, "PreviousStillBirths") == QStringLiteral("1"));
    CHECK(cell(bookings, 2, "PreviousLossesLessThan24Weeks") == QStringLiteral("1"));
    CHECK(cell(bookings, 2, "PreviousCaesareanSections") == QStringLiteral("1"));
    // No earlier birth at all is an answer: none of either.
    CHECK(cell(bookings, 3, "PreviousLiveBirths") == QStringLiteral("0"));
    CHECK(cell(bookings, 3, "PreviousStillBirths") == QStringLiteral("0"));
    // Complex social factors: yes when she needs an interpreter; otherwise not known.
    CHECK(cell(bookings, 3, "ComplexSocialFactorsInd") == QStringLiteral("Y"));
    CHECK(cell(bookings, 0, "ComplexSocialFactorsInd").isEmpty());
    // NICE CG110's first factor: misusing alcohol or drugs.
    CHECK(cell(bookings, 5, "ComplexSocialFactorsInd") == QStringLiteral("Y"));
    CHECK(cell(bookings, 0, "DischargeDateMatService").isEmpty());
    CHECK(cell(bookings, 0, "DischReason").isEmpty());
    CHECK(cell(bookings, 4, "DischargeDateMatService") == QStringLiteral("2027-01-20"));
    CHECK(cell(bookings, 4, "DischReason") == QStringLiteral("01"));
    // What the app does not record is left empty, never guessed.
    for (const char *unrecorded :
         {"OrgIDComm", "PregFirstConDate", "OrgSiteIDBooking", "SourceRefMat", "OrgIDProvOrigin",
          "OrgIDRecv", "ReasonLateBooking", "PregFirstContactCareProfType",
          "MHPredictionDetectionIndMother", "EmploymentStatusMother", "SupportStatusIndMother",
          "EmploymentStatusPartner", "FolicAcidSupplement", "DisabilityIndMother"})
        CHECK(column(bookings, unrecorded) == QStringList(6, QString()));
}

TEST_CASE("MSDS: her care plan with the continuity of carer items and the planned setting of "
          "the place of birth she chose",
          "[msds]")
{
    QList<msds::ReturnPregnancy> pregnancies;
    const std::pair<PlaceOfBirth, const char *> places[] = {
        {PlaceOfBirth::Home, "04"},
        {PlaceOfBirth::FreestandingMidwiferyUnit, "03"},
        {PlaceOfBirth::AlongsideMidwiferyUnit, "02"},
        {PlaceOfBirth::ObstetricUnit, "01"},
        {PlaceOfBirth::Undecided, "96"},
    };
    for (const auto &[place, code] : places) {
        msds::ReturnPregnancy p = inCare();
        p.record.plan->chosenPlaceOfBirth = place;
        pregnancies << p;
    }
    msds::ReturnPregnancy unnamed = inCare();
    unnamed.record.namedMidwifeId = 0;
    unnamed.record.teamId = 0;
    unnamed.record.namedSince = QDate();
    unnamed.record.plan->decisions.front().status = DecisionStatus::Accepted;
    msds::ReturnPregnancy noPlan = inCare();
    noPlan.record.plan.reset();
    pregnancies << unnamed << noPlan;

    const msds::Table plans = msds::carePlans(pregnancies);
    REQUIRE(plans.rows.size() == 6); // none without a plan to date
    for (qsizetype i = 0; i < 5; ++i)
        CHECK(cell(plans, i, "PlannedDeliverySetting") == QLatin1String(places[i].second));
    CHECK(column(plans, "OrgSiteIDPlannedDelivery") ==
          QStringList{QStringLiteral("ZZ201"), {}, {}, {}, {}, QStringLiteral("ZZ201")});
    CHECK(column(plans, "CarePlanType") == QStringList(6, QStringLiteral("05")));
    // Placed on the pathway: named midwife and team, from the day she was given them (after
    // the plan was saved).
    CHECK(cell(plans, 0, "ContCarePathInd") == QStringLiteral("Y"));
    CHECK(cell(plans, 0, "CareProfLID") == QStringLiteral("12"));
    CHECK(cell(plans, 0, "TeamLocalID") == QStringLiteral("3"));
    CHECK(cell(plans, 0, "CarePlanDate") == QStringLiteral("2026-10-20"));
    CHECK(cell(plans, 5, "ContCarePathInd") == QStringLiteral("N"));
    CHECK(cell(plans, 5, "CareProfLID").isEmpty());
    CHECK(cell(plans, 5, "TeamLocalID").isEmpty());
    CHECK(cell(plans, 5, "CarePlanDate") == QStringLiteral("2026-10-12"));
    // Personalised once she and her midwife have gone through it; before that, not known.
    CHECK(cell(plans, 0, "MatPersCarePlanInd").isEmpty());
    CHECK(cell(plans, 5, "MatPersCarePlanInd") == QStringLiteral("Y"));
    CHECK(column(plans, "ReasonChangeDelSettingAnt") == QStringList(6, QString()));
}

TEST_CASE("MSDS: the care contacts are her appointments of the period that she attended or did "
          "not attend",
          "[msds]")
{
    msds::ReturnPregnancy her = inCare();
    her.record.appointments << appointment(106, QDate(2027, 1, 2), AppointmentStatus::Attended,
                                           AppointmentKind::Booking);
    her.record.appointments.last().appointment.start = QTime();
    const msds::Table contacts = msds::careContacts({her}, kJanuary);
    REQUIRE(contacts.rows.size() == 3);
    CHECK(column(contacts, "CareConID") ==
          QStringList{QStringLiteral("101"), QStringLiteral("102"), QStringLiteral("106")});
    CHECK(column(contacts, "PregnancyID") == QStringList(3, QStringLiteral("21")));
    CHECK(column(contacts, "CContactDate") == QStringList{QStringLiteral("2027-01-04"),
                                                          QStringLiteral("2027-01-18"),
                                                          QStringLiteral("2027-01-02")});
    CHECK(column(contacts, "CContactTime") ==
          QStringList{QStringLiteral("09:30:00"), QStringLiteral("09:30:00"), QString()});
    CHECK(column(contacts, "AttendCode") ==
          QStringList{QStringLiteral("5"), QStringLiteral("3"), QStringLiteral("5")});
    CHECK(column(contacts, "ConsultType") ==
          QStringList{QStringLiteral("02"), QStringLiteral("02"), QStringLiteral("01")});
    CHECK(column(contacts, "CCSubject") == QStringList(3, QStringLiteral("01")));
    for (const char *unrecorded :
         {"OrgIDComm", "AdminCatCode", "ContactDuration", "Medium", "LocCode", "OrgSiteIDOfTreat",
          "GPTherapyInd", "CancelDate", "CancelReason", "ReplApptOffDate", "ReplApptDate"})
        CHECK(column(contacts, unrecorded) == QStringList(3, QString()));
}

TEST_CASE("MSDS: the labour and delivery and each baby of a birth in the period, in the data "
          "set's codes, and a birth outside it left out",
          "[msds]")
{
    const QList<msds::ReturnPregnancy> pregnancies{inCare(), deliveredOfTwins()};
    const msds::Table labours = msds::labourDeliveries(pregnancies, kJanuary);
    REQUIRE(labours.rows.size() == 1);
    CHECK(cell(labours, 0, "LabourDeliveryID") == QStringLiteral("5"));
    CHECK(cell(labours, 0, "PregnancyID") == QStringLiteral("20"));
    CHECK(cell(labours, 0, "ReasonChangeDelSettingLab") == QStringLiteral("98"));
    CHECK(cell(labours, 0, "LabourOnsetMethod") == QStringLiteral("2"));
    CHECK(cell(labours, 0, "CaesareanDate") == QStringLiteral("2027-01-10"));
    CHECK(cell(labours, 0, "CaesareanTime").isEmpty());
    CHECK(cell(labours, 0, "SettingIntraCare").isEmpty());

    const msds::Table babies = msds::babyDemographics(pregnancies, kJanuary, kOrganisation);
    REQUIRE(babies.rows.size() == 2);
    CHECK(column(babies, "LPIDBaby") == QStringList{QStringLiteral("B8"), QStringLiteral("B9")});
    CHECK(column(babies, "LabourDeliveryID") == QStringList(2, QStringLiteral("5")));
    CHECK(column(babies, "OrgIDLocalPatientIdBaby") == QStringList(2, kOrganisation));
    CHECK(column(babies, "PersonBirthDateBaby") == QStringList(2, QStringLiteral("2027-01-10")));
    // The time recorded is the first baby's.
    CHECK(column(babies, "PersonBirthTimeBaby") == QStringList{QStringLiteral("08:05:00"), {}});
    CHECK(column(babies, "PregOutcome") == QStringList{QStringLiteral("01"), QStringLiteral("04")});
    CHECK(column(babies, "PersonPhenSex") == QStringList{QStringLiteral("1"), QStringLiteral("9")});
    CHECK(column(babies, "NHSNumberBaby") == QStringList{QStringLiteral("9990000018"), {}});
    CHECK(column(babies, "NHSNumberStatusBaby") == QStringList{QStringLiteral("02"), {}});
    CHECK(column(babies, "BirthOrderMaternitySUS") ==
          QStringList{QStringLiteral("1"), QStringLiteral("2")});
    CHECK(column(babies, "GestationLengthBirth") == QStringList(2, QStringLiteral("260")));
    CHECK(column(babies, "DeliveryMethodCode") == QStringList(2, QStringLiteral("7")));
    CHECK(column(babies, "SettingPlaceBirth") == QStringList(2, QStringLiteral("01")));
    CHECK(column(babies, "OrgSiteIDActualDelivery") == QStringList(2, QString()));
    CHECK(column(babies, "BabyFirstFeedIndCode") == QStringList{QStringLiteral("01"), {}});
    CHECK(column(babies, "SkinToSkinContact1HourInd") == QStringList{QStringLiteral("Y"), {}});

    // The same birth in February's return: not there.
    const msds::Period february{QDate(2027, 2, 1), QDate(2027, 2, 28)};
    CHECK(msds::labourDeliveries(pregnancies, february).rows.isEmpty());
    CHECK(msds::babyDemographics(pregnancies, february, kOrganisation).rows.isEmpty());
}

TEST_CASE("MSDS: each way of birth, sex and place in the data set's codes, and those the app "
          "cannot tell apart left empty",
          "[msds]")
{
    const auto babyRow = [](BirthMode mode, BabySex sex, BirthSetting setting) {
        msds::ReturnPregnancy p = deliveredOfTwins();
        p.record.birth->mode = mode;
        p.record.birth->setting = setting;
        p.record.birth->babies.resize(1);
        p.record.birth->babies.front().sex = sex;
        const msds::Table t = msds::babyDemographics({p}, kJanuary, kOrganisation);
        REQUIRE(t.rows.size() == 1);
        return QStringList{cell(t, 0, "DeliveryMethodCode"), cell(t, 0, "PersonPhenSex"),
                           cell(t, 0, "SettingPlaceBirth"), cell(t, 0, "OrgSiteIDActualDelivery")};
    };
    CHECK(babyRow(BirthMode::EmergencyCaesarean, BabySex::Female, BirthSetting::ObstetricUnit) ==
          QStringList{QStringLiteral("8"), QStringLiteral("2"), QStringLiteral("01"), QString()});
    CHECK(
        babyRow(BirthMode::PlannedCaesarean, BabySex::Male, BirthSetting::AlongsideMidwiferyUnit) ==
        QStringList{QStringLiteral("7"), QStringLiteral("1"), QStringLiteral("02"), QString()});
    // Vertex, other cephalic or breech; forceps or ventouse: not recorded, so not coded.
    CHECK(
        babyRow(BirthMode::SpontaneousVaginal, BabySex::Indeterminate, BirthSetting::Home) ==
        QStringList{QString(), QStringLiteral("9"), QStringLiteral("04"), QStringLiteral("ZZ201")});
    CHECK(babyRow(BirthMode::Instrumental, BabySex::Female,
                  BirthSetting::FreestandingMidwiferyUnit) ==
          QStringList{QString(), QStringLiteral("2"), QStringLiteral("03"), QString()});
    // Born before arrival: where is not recorded.
    CHECK(babyRow(BirthMode::SpontaneousVaginal, BabySex::Female, BirthSetting::BeforeArrival) ==
          QStringList{QString(), QStringLiteral("2"), QString(), QString()});
}

TEST_CASE("MSDS: an empty period has every table with its header and no row", "[msds]")
{
    for (const msds::Table &table : msds::msdsReturn({}, kJanuary, kOrganisation)) {
        CHECK_FALSE(table.columns.isEmpty());
        CHECK(table.rows.isEmpty());
    }
}
