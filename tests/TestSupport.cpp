// SPDX-License-Identifier: MIT
#include "TestSupport.h"

#include "care/Bookings.h"
#include "care/Users.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QSysInfo>

#include <algorithm>

namespace bb::test {

Booking lowRiskBooking()
{
    Booking b;
    b.woman.nhsNumber = QStringLiteral("9434765919");
    b.woman.givenName = QStringLiteral("Asha");
    b.woman.familyName = QStringLiteral("Patel");
    b.woman.dateOfBirth = QDate(1994, 7, 9);
    b.woman.postcode = QStringLiteral("LE4 6AB");
    b.pregnancy.bookingDate = QDate(2026, 10, 12);
    b.pregnancy.lmp = QDate(2026, 8, 10);
    b.pregnancy.previousBirths = 1;
    b.assessment.measurements.heightCm = 162;
    b.assessment.measurements.weightKg = 58;
    b.assessment.measurements.coPpm = 1;
    return b;
}

QStringList undoSchemasAfter(int schema)
{
    // Each schema's own changes, undone in the order that keeps foreign keys satisfied.
    const std::pair<int, QStringList> undo[] = {
        {30, {QStringLiteral("DROP TABLE birth_preferences")}},
        {29, {QStringLiteral("ALTER TABLE woman DROP COLUMN row_version")}},
        {28, {QStringLiteral("ALTER TABLE pregnancy DROP COLUMN row_version")}},
        {27,
         {QStringLiteral("ALTER TABLE woman DROP COLUMN seal"),
          QStringLiteral("ALTER TABLE pregnancy DROP COLUMN seal"),
          QStringLiteral("ALTER TABLE booking DROP COLUMN seal"),
          QStringLiteral("ALTER TABLE care_plan_version DROP COLUMN seal"),
          QStringLiteral("DELETE FROM setting WHERE key = 'rows_sealed'")}},
        {26, {QStringLiteral("DROP INDEX audit_event_by_event")}},
        {25,
         {QStringLiteral("DROP TABLE audit_anchor"), QStringLiteral("DROP TABLE audit_event"),
          QStringLiteral("DROP TABLE app_user"),
          QStringLiteral("DELETE FROM setting WHERE key = 'lock_after_minutes'")}},
        {24,
         {QStringLiteral("DROP INDEX postnatal_baby_check_by_baby"),
          QStringLiteral("DROP INDEX test_result_needing_action"),
          QStringLiteral("DROP INDEX pregnancy_by_status_and_edd"),
          // Her caseload's index as schema 4 made it: the midwife alone.
          QStringLiteral("DROP INDEX allocation_by_midwife"),
          QStringLiteral("CREATE INDEX allocation_by_midwife ON allocation (midwife_id)")}},
        {23,
         {QStringLiteral("DROP TABLE referral_change"), QStringLiteral("DROP TABLE referral"),
          QStringLiteral("DROP TABLE entered_in_error"),
          QStringLiteral("DROP TABLE pregnancy_loss"),
          QStringLiteral("DROP TABLE bereavement_support"),
          QStringLiteral("DELETE FROM setting WHERE key = 'bank_holidays'"),
          QStringLiteral("ALTER TABLE woman DROP COLUMN in_error"),
          QStringLiteral("ALTER TABLE pregnancy DROP COLUMN in_error"),
          // Her circumstances as schema 1 listed them.
          QStringLiteral("DELETE FROM woman_social "
                         "WHERE code IN ('learning_disability', 'no_fixed_abode')"),
          QStringLiteral("CREATE TABLE woman_social_codes (woman_id INTEGER NOT NULL REFERENCES "
                         "woman (id) ON DELETE CASCADE, code TEXT NOT NULL CHECK (code IN "
                         "('asylum_seeker', 'refugee', 'safeguarding_concern', 'domestic_abuse')), "
                         "PRIMARY KEY (woman_id, code))"),
          QStringLiteral("INSERT INTO woman_social_codes SELECT * FROM woman_social"),
          QStringLiteral("DROP TABLE woman_social"),
          QStringLiteral("ALTER TABLE woman_social_codes RENAME TO woman_social")}},
        {22,
         {QStringLiteral("DROP TABLE feedback"), QStringLiteral("DROP TABLE discharge"),
          QStringLiteral("ALTER TABLE baby DROP COLUMN nhs_number")}},
        {21,
         {QStringLiteral("DROP TABLE baby_care"),
          // The directory as schema 12 made it: the two kinds for babies were not there yet.
          QStringLiteral("DELETE FROM service_directory "
                         "WHERE kind IN ('neonatal_unit', 'transitional_care')"),
          QStringLiteral(
              "CREATE TABLE service_directory_kinds (id INTEGER PRIMARY KEY, name TEXT NOT NULL "
              "CHECK (name <> ''), kind TEXT NOT NULL CHECK (kind IN ('stop_smoking', "
              "'weight_management', 'perinatal_mental_health', 'multiple_pregnancy', "
              "'diabetes_team', 'hypertension_specialist', 'teenage_pregnancy', "
              "'asylum_refugee', 'safeguarding', 'home_birth_team', 'birth_centre', "
              "'midwifery_unit_freestanding', 'midwifery_unit_alongside', 'obstetric_unit')), "
              "address TEXT NOT NULL DEFAULT '', phone TEXT NOT NULL DEFAULT '')"),
          QStringLiteral("INSERT INTO service_directory_kinds SELECT * FROM service_directory"),
          QStringLiteral("DROP TABLE service_directory"),
          QStringLiteral("ALTER TABLE service_directory_kinds RENAME TO service_directory")}},
        {20,
         {QStringLiteral("DROP TABLE postnatal_baby_check"),
          QStringLiteral("DROP TABLE postnatal_contact")}},
        {19,
         {QStringLiteral("DROP TABLE baby"), QStringLiteral("DROP TABLE birth_attendant"),
          QStringLiteral("DROP TABLE birth")}},
        {18,
         {QStringLiteral("DROP TABLE previous_pregnancy_complication"),
          QStringLiteral("DROP TABLE previous_pregnancy"),
          QStringLiteral("DROP TABLE abuse_enquiry"), QStringLiteral("DROP TABLE booking_detail"),
          QStringLiteral("ALTER TABLE woman DROP COLUMN occupation"),
          QStringLiteral("ALTER TABLE woman DROP COLUMN next_of_kin_name"),
          QStringLiteral("ALTER TABLE woman DROP COLUMN next_of_kin_relationship"),
          QStringLiteral("ALTER TABLE woman DROP COLUMN next_of_kin_phone")}},
        {17, {QStringLiteral("DROP TABLE test_result")}},
        {16,
         {QStringLiteral("DROP TABLE contact_condition"),
          QStringLiteral("DROP TABLE antenatal_contact")}},
        {15,
         {QStringLiteral("ALTER TABLE booking DROP COLUMN smoking_asked"),
          QStringLiteral("ALTER TABLE pregnancy DROP COLUMN conception_asked")}},
    };
    QStringList statements;
    for (const auto &[version, own] : undo) {
        if (version > schema)
            statements << own;
    }
    return statements;
}

Booking bookingWithDetails()
{
    Booking b = lowRiskBooking();
    b.woman.occupation = QStringLiteral("Pharmacist");
    b.woman.nextOfKin = {QStringLiteral("Ravi Patel"), QStringLiteral("Husband"),
                         QStringLiteral("07700 900123")};
    BookingDetails &d = b.details;
    d.bloodPressure = BloodPressure{118, 74};
    d.urineProtein = Dipstick::Negative;
    d.urineGlucose = Dipstick::Trace;
    d.bloodGroup = BloodGroup::O;
    d.rhesus = Rhesus::Negative;
    d.setScreeningChoice(ScreeningTest::FullBloodCount, ScreeningChoice::Accepted);
    d.setScreeningChoice(ScreeningTest::Hiv, ScreeningChoice::Accepted);
    d.setScreeningChoice(ScreeningTest::HepatitisB, ScreeningChoice::Accepted);
    d.setScreeningChoice(ScreeningTest::Syphilis, ScreeningChoice::Declined);
    d.setScreeningChoice(ScreeningTest::SickleCellThalassaemia, ScreeningChoice::Accepted);
    d.allergies = QStringLiteral("Penicillin (rash)");
    d.medicines = QStringLiteral("Folic acid 400 micrograms daily");
    d.alcoholUnitsPerWeek = 0;
    d.fgm = FgmEnquiry::NotIdentified;
    d.abuseEnquiry = AbuseEnquiry::NoDisclosure;
    d.abuseEnquiryNote = QStringLiteral("Asked alone in clinic");
    PreviousPregnancy born;
    born.year = 2021;
    born.gestationWeeks = 39;
    born.outcome = PregnancyOutcome::LiveBirth;
    born.mode = ModeOfBirth::EmergencyCaesarean;
    born.babyWeightGrams = 3410;
    born.complications = {QStringLiteral("previous_gdm")};
    born.notes = QStringLiteral("Failure to progress");
    PreviousPregnancy lost;
    lost.year = 2024;
    lost.gestationWeeks = 9;
    lost.outcome = PregnancyOutcome::Miscarriage;
    d.previousPregnancies = {born, lost};
    b.pregnancy.previousBirths = 1;
    b.pregnancy.previousLosses = 1;
    b.pregnancy.previousCaesareans = 1;
    b.assessment.conditions = {QStringLiteral("previous_gdm")};
    return b;
}

QStringList pdfPages(const QString &pdf)
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    INFO("pdftotext (poppler-utils) must be installed to read printed pages back");
    REQUIRE_FALSE(pdftotext.isEmpty());
    QProcess process;
    process.start(pdftotext, {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(30000));
    REQUIRE(process.exitCode() == 0);
    // pdftotext ends every page with a form feed.
    QStringList pages = QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

namespace {

const char *const kRedirected[] = {"HOME",           "TMPDIR",        "XDG_CONFIG_HOME",
                                   "XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME",
                                   "XDG_RUNTIME_DIR"};

} // namespace

RedirectedHome::RedirectedHome(const QString &root)
{
    for (const char *name : kRedirected) {
        m_before.insert(name, qEnvironmentVariableIsSet(name)
                                  ? std::optional<QByteArray>(qgetenv(name))
                                  : std::nullopt);
        const QString dir = root + QLatin1Char('/') + QString::fromLatin1(name).toLower();
        REQUIRE(QDir().mkpath(dir));
        // Qt refuses a runtime folder anyone else may read.
        QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                       QFileDevice::ExeOwner);
        qputenv(name, QFile::encodeName(dir));
    }
}

RedirectedHome::~RedirectedHome()
{
    for (auto it = m_before.cbegin(); it != m_before.cend(); ++it) {
        if (it.value())
            qputenv(it.key().constData(), *it.value());
        else
            qunsetenv(it.key().constData());
    }
}

QStringList filesMentioning(const QString &root, const QStringList &needles,
                            const QStringList &expected)
{
    QStringList found;
    QDirIterator files(root, QDir::Files | QDir::Hidden | QDir::System,
                       QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = QFileInfo(files.next()).absoluteFilePath();
        if (std::ranges::any_of(expected, [&](const QString &e) {
                return QFileInfo(e).absoluteFilePath() == path;
            }))
            continue;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        for (const QString &needle : needles) {
            if (bytes.contains(needle.toUtf8()))
                found << path + QStringLiteral(": ") + needle;
        }
    }
    return found;
}

Actor testMidwife()
{
    return Actor::named(QStringLiteral("Test Midwife"));
}

Actor testTeamLead()
{
    return Actor::named(QStringLiteral("Test Team Lead"), UserRole::TeamLead);
}

Actor testAdministrator()
{
    return Actor::named(QStringLiteral("Test Administrator"), UserRole::Administrator);
}

void addUser(const storage::Database &database, const Clock &clock, const QString &username,
             UserRole role, const QString &password)
{
    const Actor administrator =
        Actor::named(QStringLiteral("test.administrator"), UserRole::Administrator);
    const auto added = care::Users(database, clock)
                           .add({username, QStringLiteral("Test ") + codes::label(role), role, 0},
                                password, administrator);
    INFO(added.message().toStdString());
    REQUIRE(added);
    // As she is once she has chosen her own password (an added user must, at her first login).
    REQUIRE(
        care::Users(database, clock)
            .changePassword(Actor::of(added.value(), QStringLiteral("test")), password, password));
}

bool book(const storage::Database &database, const Clock &clock, Booking &booking, QString *error)
{
    const auto saved = care::Bookings(database, clock).save(booking, testMidwife());
    if (!saved) {
        if (error)
            *error = saved.message();
        return false;
    }
    booking = saved.value();
    return true;
}

bool bookAll(const storage::Database &database, const Clock &clock, QList<Booking> &bookings,
             QString *error)
{
    const auto saved = care::Bookings(database, clock).saveAll(bookings, test::testMidwife());
    if (!saved) {
        if (error)
            *error = saved.message();
        return false;
    }
    bookings = saved.value();
    return true;
}

void leaveMarkerOfCrashedProcess(const QSqlDatabase &db)
{
    QSqlQuery insert(db);
    REQUIRE(insert.prepare(QStringLiteral("INSERT INTO open_marker (id, host, pid) VALUES "
                                          "('crashed', ?, 2147483647)")));
    insert.addBindValue(QSysInfo::machineHostName()); // no process has that id: pid_max is lower
    REQUIRE(insert.exec());
}

QString examplesDir()
{
    return QStringLiteral(BB_EXAMPLES_DIR);
}

} // namespace bb::test
