// SPDX-License-Identifier: MIT
// People who log in (care::Users) and the audit trail (care::Audit): the first administrator,
// logins with back-off and rehash, lock and unlock, what administrators do to users, and a row
// for every kind of event, chained so that nothing in it can be changed unseen.
#include "TestSupport.h"

#include "access/Passwords.h"
#include "care/Clinic.h"
#include "storage/AuditRepository.h"
#include "storage/Database.h"
#include "storage/UserRepository.h"
#include "util/Clock.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace bb;

namespace {

const QString kPassword = QStringLiteral("long enough password");
const QString kWorkstation = QStringLiteral("clinic-laptop-3");

struct PeopleClinic
{
    test::ScratchDir scratch;
    FixedClock clock{QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC)};
    QString error;
    std::unique_ptr<storage::Database> db =
        storage::Database::open(test::databaseAt(scratch, QStringLiteral("people.sqlite")), &error);
    care::Clinic clinic() const { return care::Clinic(*db, clock); }

    /// The database's first administrator, `admin`, logged in.
    Actor firstAdministrator() const
    {
        const auto made = clinic().users.createFirstAdministrator(
            {QStringLiteral("admin"), QStringLiteral("Ann Admin"), UserRole::Administrator, 0},
            kPassword, kWorkstation);
        REQUIRE(made);
        return made.value();
    }

    QList<AuditEvent> trail() const
    {
        QList<AuditEvent> rows;
        QString readError;
        storage::AuditRepository(*db).walk(
            [&](const AuditEvent &e) {
                rows << e;
                return true;
            },
            &readError);
        return rows;
    }
    int rowsWhere(const QString &condition) const
    {
        QSqlQuery q(db->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM audit_event WHERE ") + condition));
        REQUIRE(q.next());
        return q.value(0).toInt();
    }
};

} // namespace

TEST_CASE("A new database asks for its first administrator once, who is then logged in",
          "[users][login]")
{
    PeopleClinic c;
    REQUIRE(c.db);
    const care::Users users = c.clinic().users;
    CHECK_FALSE(users.anyone().value());
    const auto tooShort = users.createFirstAdministrator(
        {QStringLiteral("admin"), QStringLiteral("Ann Admin"), UserRole::Midwife, 0},
        QStringLiteral("short"), kWorkstation);
    CHECK(tooShort.fieldErrors().value(0).path == QStringLiteral("user.password"));
    const auto admin = users.createFirstAdministrator(
        {QStringLiteral(" Admin "), QStringLiteral("Ann Admin"), UserRole::Midwife, 0}, kPassword,
        kWorkstation);
    INFO(admin.message().toStdString());
    REQUIRE(admin);
    CHECK(admin->id == QStringLiteral("admin"));
    CHECK(admin->role == UserRole::Administrator); // whatever was asked, the first is one
    CHECK(admin->workstation == kWorkstation);
    CHECK(users.anyone().value());
    CHECK(users
              .createFirstAdministrator(
                  {QStringLiteral("second"), QStringLiteral("Second"), UserRole::Administrator, 0},
                  kPassword, kWorkstation)
              .failed());
    // Stored only as libsodium's Argon2id string.
    const QString stored = storage::UserRepository(*c.db).passwordHash(admin->userId);
    CHECK(stored.startsWith(QStringLiteral("$argon2id$")));
    CHECK_FALSE(stored.contains(kPassword));
}

TEST_CASE("A login with the wrong password is refused and recorded, and after three the next try "
          "must wait, and the right one then logs in and clears the count",
          "[users][login]")
{
    PeopleClinic c;
    const care::Users users = c.clinic().users;
    const Actor admin = c.firstAdministrator();
    REQUIRE(
        users.add({QStringLiteral("jo.smith"), QStringLiteral("Jo Smith"), UserRole::Midwife, 0},
                  kPassword, admin));

    const auto unknown = users.logIn(QStringLiteral("nobody"), kPassword, kWorkstation);
    const auto wrong =
        users.logIn(QStringLiteral("jo.smith"), QStringLiteral("not it at all"), kWorkstation);
    // The same words for both: trying names tells nothing.
    CHECK(unknown.message() == QStringLiteral("the username or password is not right"));
    CHECK(wrong.message() == unknown.message());
    REQUIRE(users.logIn(QStringLiteral("jo.smith"), QStringLiteral("wrong again"), kWorkstation)
                .failed());
    const auto third =
        users.logIn(QStringLiteral("jo.smith"), QStringLiteral("and again"), kWorkstation);
    CHECK(third.message() ==
          QStringLiteral("the username or password is not right: wait 15 seconds before trying "
                         "again"));
    // Even the right password waits.
    const auto early = users.logIn(QStringLiteral("jo.smith"), kPassword, kWorkstation);
    CHECK(early.message().startsWith(QStringLiteral("too many failed tries: wait 15 seconds")));
    c.clock.set(c.clock.now().addSecs(16));
    const auto in = users.logIn(QStringLiteral("JO.SMITH"), kPassword, kWorkstation);
    INFO(in.message().toStdString());
    REQUIRE(in);
    CHECK(in->displayName == QStringLiteral("Jo Smith"));
    CHECK(storage::UserRepository(*c.db).byUsername(QStringLiteral("jo.smith"))->failedLogins == 0);
    CHECK(c.rowsWhere(QStringLiteral("event = 'log_in' AND outcome = 'refused'")) == 5);
    CHECK(c.rowsWhere(QStringLiteral("event = 'log_in' AND outcome = 'refused' AND username = "
                                     "'nobody' AND role = ''")) == 1);
    CHECK(c.rowsWhere(QStringLiteral("event = 'log_in' AND outcome = 'done' AND username = "
                                     "'jo.smith' AND workstation = 'clinic-laptop-3'")) == 1);
}

TEST_CASE("A password hashed with lower parameters than today's is rehashed at login",
          "[users][login][password]")
{
    PeopleClinic c;
    const care::Users users = c.clinic().users;
    const Actor admin = c.firstAdministrator();
    const storage::UserRepository repository(*c.db);
    const auto weak = access::passwords::hash(kPassword, access::passwords::Cost::Minimum);
    REQUIRE(weak);
    REQUIRE(repository.setPassword(admin.userId, *weak, false, nullptr));
    REQUIRE(access::passwords::needsRehash(repository.passwordHash(admin.userId)));
    REQUIRE(users.logIn(QStringLiteral("admin"), kPassword, kWorkstation));
    const QString now = repository.passwordHash(admin.userId);
    CHECK(now != *weak);
    CHECK_FALSE(access::passwords::needsRehash(now));
    CHECK(access::passwords::verify(now, kPassword));
}

TEST_CASE("Only the same person unlocks her screen, and lock and unlock are recorded",
          "[users][lock]")
{
    PeopleClinic c;
    const care::Users users = c.clinic().users;
    const Actor admin = c.firstAdministrator();
    REQUIRE(users.lock(admin, QStringLiteral("on request")));
    CHECK(users.unlock(admin, QStringLiteral("not the password")).failed());
    REQUIRE(users.unlock(admin, kPassword));
    REQUIRE(users.logOut(admin));
    CHECK(c.rowsWhere(QStringLiteral("event = 'lock' AND what = 'lock: on request'")) == 1);
    CHECK(c.rowsWhere(QStringLiteral("event = 'unlock' AND outcome = 'refused'")) == 1);
    CHECK(c.rowsWhere(QStringLiteral("event = 'unlock' AND outcome = 'done'")) == 1);
    CHECK(c.rowsWhere(QStringLiteral("event = 'log_out'")) == 1);
}

TEST_CASE("Administrators add, change, disable and reset users, nobody else may, and nobody is "
          "ever deleted",
          "[users][roles]")
{
    PeopleClinic c;
    const care::Users users = c.clinic().users;
    const Actor admin = c.firstAdministrator();
    const auto jo =
        users.add({QStringLiteral("jo.smith"), QStringLiteral("Jo Smith"), UserRole::Midwife, 0},
                  kPassword, admin);
    REQUIRE(jo);
    const Actor joIn = users.logIn(QStringLiteral("jo.smith"), kPassword, kWorkstation).value();
    const auto refused =
        users.add({QStringLiteral("kim.lee"), QStringLiteral("Kim Lee"), UserRole::Midwife, 0},
                  kPassword, joIn);
    CHECK(refused.message() ==
          QStringLiteral("A midwife may not add, disable or reset users: an administrator does."));
    CHECK(c.rowsWhere(QStringLiteral("outcome = 'refused' AND username = 'jo.smith' AND what = "
                                     "'user kim.lee'")) == 1);
    CHECK(users
              .add({QStringLiteral("jo.smith"), QStringLiteral("Another Jo"), UserRole::Midwife, 0},
                   kPassword, admin)
              .fieldErrors()
              .value(0)
              .path == QStringLiteral("user.username"));

    const auto lead =
        users.change(jo->id, {QString(), QStringLiteral("Jo Smith"), UserRole::TeamLead, 0}, admin);
    REQUIRE(lead);
    CHECK(lead->role == UserRole::TeamLead);
    CHECK(c.rowsWhere(QStringLiteral("event = 'change' AND what = 'user jo.smith' AND changes = "
                                     "'{\"role\":{\"new\":\"team_lead\",\"old\":\"midwife\"}}'")) ==
          1);

    REQUIRE(users.setDisabled(jo->id, true, admin));
    CHECK(users.logIn(QStringLiteral("jo.smith"), kPassword, kWorkstation).message() ==
          QStringLiteral("this user is disabled: an administrator can enable it"));
    CHECK(users.setDisabled(admin.userId, true, admin).failed());
    REQUIRE(users.setDisabled(jo->id, false, admin));
    REQUIRE(users.resetPassword(jo->id, QStringLiteral("a new password for jo"), admin));
    const auto after = users.logIn(QStringLiteral("jo.smith"),
                                   QStringLiteral("a new password for jo"), kWorkstation);
    REQUIRE(after);
    CHECK(storage::UserRepository(*c.db).byId(jo->id)->mustChangePassword);

    QSqlQuery remove(c.db->connection());
    CHECK_FALSE(remove.exec(QStringLiteral("DELETE FROM app_user WHERE username = 'jo.smith'")));
    CHECK(remove.lastError().text().contains(QStringLiteral("never deleted")));
}

TEST_CASE("Every kind of event leaves a chained row: views, changes with old and new values, "
          "prints, exports, logins, locks and refusals, and the trail refuses updates and deletes",
          "[audit]")
{
    PeopleClinic c;
    const care::Clinic clinic = c.clinic();
    const Actor admin = c.firstAdministrator();
    Actor midwife = test::testMidwife();
    midwife.workstation = kWorkstation;
    Booking booking = test::lowRiskBooking();
    const auto booked = clinic.bookings.save(booking, midwife);
    REQUIRE(booked);
    Booking moved = booked.value();
    moved.woman.postcode = QStringLiteral("LE5 9ZZ");
    REQUIRE(clinic.bookings.save(moved, midwife));
    const qint64 her = booked->woman.id;
    REQUIRE(clinic.women.open(her, midwife));
    REQUIRE(clinic.audit.record(midwife, AuditEventKind::Print, her, QStringLiteral("care plan")));
    REQUIRE(clinic.audit.record(midwife, AuditEventKind::Export, her, QStringLiteral("booking")));
    CHECK(clinic.women.open(her, admin).failed()); // an administrator opens no record
    CHECK(clinic.settings.saveBankHolidays({QDate(2026, 12, 25)}, midwife).failed());

    CHECK(c.rowsWhere(QStringLiteral("event = 'create' AND what LIKE 'booking of pregnancy %'")) ==
          1);
    CHECK(c.rowsWhere(QStringLiteral("event = 'create' AND what LIKE 'care plan version 1'")) == 1);
    CHECK(c.rowsWhere(
              QStringLiteral("event = 'change' AND what = 'booking' AND woman_id = %1 AND "
                             "changes LIKE '%\"woman.postcode\":{\"new\":\"LE5 9ZZ\",\"old\":%'")
                  .arg(her)) == 1);
    CHECK(c.rowsWhere(
              QStringLiteral("event = 'view' AND outcome = 'done' AND woman_id = %1").arg(her)) ==
          1);
    CHECK(c.rowsWhere(QStringLiteral(
              "event = 'view' AND outcome = 'refused' AND username = 'admin'")) == 1);
    CHECK(c.rowsWhere(QStringLiteral("event = 'print' AND woman_id = %1").arg(her)) == 1);
    CHECK(c.rowsWhere(QStringLiteral("event = 'export' AND woman_id = %1").arg(her)) == 1);
    CHECK(c.rowsWhere(QStringLiteral("event = 'change' AND what = 'bank holidays' AND outcome = "
                                     "'refused'")) == 1);
    CHECK(c.rowsWhere(QStringLiteral("workstation = 'clinic-laptop-3'")) ==
          c.rowsWhere(QStringLiteral("1 = 1")));

    // Her record shows who has looked at it and changed it, newest first.
    const auto hers = clinic.audit.ofRecord(her, midwife);
    REQUIRE(hers);
    REQUIRE(hers->size() >= 5);
    CHECK(hers->front().event.id > hers->back().event.id);
    // The whole trail is for team leads and administrators.
    CHECK(clinic.audit.list({}, midwife).failed());
    REQUIRE(clinic.audit.list({0, QStringLiteral("admin")}, admin));

    const auto check = clinic.audit.verify();
    REQUIRE(check);
    CHECK(check->intact());
    CHECK(check->rows == c.trail().size());

    QSqlQuery tamper(c.db->connection());
    CHECK_FALSE(
        tamper.exec(QStringLiteral("UPDATE audit_event SET what = 'nothing' WHERE id = 2")));
    CHECK_FALSE(tamper.exec(QStringLiteral("DELETE FROM audit_event WHERE id = 2")));
    CHECK(clinic.audit.verify()->intact());
}

TEST_CASE("What an edit replaced in her circumstances is shown in her record's audit only to "
          "those who see safeguarding",
          "[audit][safeguarding]")
{
    PeopleClinic c;
    const care::Clinic clinic = c.clinic();
    Booking booking = test::lowRiskBooking();
    const auto booked = clinic.bookings.save(booking, test::testMidwife());
    REQUIRE(booked);
    Booking disclosed = booked.value();
    disclosed.woman.social = {QStringLiteral("safeguarding_concern")};
    REQUIRE(clinic.bookings.save(disclosed, test::testMidwife()));
    const auto changeOf = [&](const Actor &reader) {
        const auto rows = clinic.audit.ofRecord(booked->woman.id, reader);
        REQUIRE(rows);
        for (const AuditListing &row : rows.value()) {
            if (row.event.what == QStringLiteral("booking"))
                return row.event.changes.value(QStringLiteral("woman.social"));
        }
        return QJsonValue();
    };
    CHECK(changeOf(test::testMidwife()).isObject());
    const QJsonValue seenBySupportWorker =
        changeOf(Actor::named(QStringLiteral("Sam Support"), UserRole::SupportWorker));
    CHECK(seenBySupportWorker == QJsonValue(QStringLiteral("(restricted)")));
}
