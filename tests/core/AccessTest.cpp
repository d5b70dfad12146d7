// SPDX-License-Identifier: MIT
// Who may do what (access::refusal), how long a failed login waits, passwords through libsodium,
// and the audit chain's hash.
#include "access/AuditChain.h"
#include "access/LoginBackoff.h"
#include "access/Passwords.h"
#include "access/Permissions.h"

#include <catch2/catch.hpp>

using namespace bb;
using access::Permission;

TEST_CASE("Each role is refused what it does not do, with why", "[access]")
{
    using enum UserRole;
    // Settings and users are an administrator's only.
    for (const UserRole role : {Midwife, SupportWorker, HealthVisitor, TeamLead}) {
        CHECK_FALSE(access::may(role, Permission::ChangeSettings));
        CHECK_FALSE(access::may(role, Permission::ManageUsers));
    }
    CHECK(access::may(Administrator, Permission::ChangeSettings));
    CHECK(access::refusal(Midwife, Permission::ManageUsers) ==
          QStringLiteral("A midwife may not add, disable or reset users: an administrator does."));
    // Team administration is a team lead's (and an administrator's).
    CHECK(access::may(TeamLead, Permission::AdministerTeams));
    CHECK(access::may(Administrator, Permission::AdministerTeams));
    CHECK_FALSE(access::may(Midwife, Permission::AdministerTeams));
    // An administrator keeps users and settings and opens no woman's record.
    CHECK(access::refusal(Administrator, Permission::OpenRecord) ==
          QStringLiteral("An administrator may not open a woman's record: administrators keep "
                         "users and settings; a clinician opens records."));
    CHECK_FALSE(access::may(Administrator, Permission::RecordCare));
    // A support worker records postnatal care, not a booking, plan or birth.
    CHECK(access::may(SupportWorker, Permission::RecordPostnatal));
    CHECK(access::refusal(SupportWorker, Permission::RecordCare)
              .startsWith(QStringLiteral("A maternity support worker may not change a booking")));
    // Safeguarding is seen by those who work with it.
    CHECK(access::may(Midwife, Permission::SeeSafeguarding));
    CHECK(access::may(HealthVisitor, Permission::SeeSafeguarding));
    CHECK_FALSE(access::may(SupportWorker, Permission::SeeSafeguarding));
    CHECK_FALSE(access::may(Administrator, Permission::SeeSafeguarding));
}

TEST_CASE("A health visitor opens a woman's record once her care is handed over", "[access]")
{
    CHECK_FALSE(access::recordRefusal(UserRole::HealthVisitor, false).isEmpty());
    CHECK(access::recordRefusal(UserRole::HealthVisitor, true).isEmpty());
    CHECK(access::recordRefusal(UserRole::Midwife, false).isEmpty());
    CHECK_FALSE(access::recordRefusal(UserRole::Administrator, true).isEmpty());
}

TEST_CASE("Failed logins wait longer each time after three, never more than 15 minutes",
          "[access][login]")
{
    CHECK(access::loginDelaySeconds(0) == 0);
    CHECK(access::loginDelaySeconds(2) == 0);
    CHECK(access::loginDelaySeconds(3) == 15);
    CHECK(access::loginDelaySeconds(4) == 30);
    CHECK(access::loginDelaySeconds(5) == 60);
    CHECK(access::loginDelaySeconds(9) == 900);
    CHECK(access::loginDelaySeconds(1000) == 900);
    const QDateTime failed(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);
    CHECK(access::nextLoginAt(4, failed) == failed.addSecs(30));
    CHECK(access::nextLoginAt(1, failed) == failed);
}

TEST_CASE("Passwords are Argon2id strings that verify only the password they were made from, "
          "and one made with lower parameters asks to be rehashed",
          "[access][password]")
{
    const auto stored = access::passwords::hash(QStringLiteral("correct horse battery"));
    REQUIRE(stored);
    CHECK(stored->startsWith(QStringLiteral("$argon2id$")));
    CHECK(access::passwords::verify(*stored, QStringLiteral("correct horse battery")));
    CHECK_FALSE(access::passwords::verify(*stored, QStringLiteral("correct horse batterY")));
    CHECK_FALSE(access::passwords::verify(QStringLiteral("not a hash"), QString()));
    CHECK_FALSE(access::passwords::needsRehash(*stored));
    const auto weak = access::passwords::hash(QStringLiteral("correct horse battery"),
                                              access::passwords::Cost::Minimum);
    REQUIRE(weak);
    CHECK(access::passwords::needsRehash(*weak));
    // Length makes a password strong; a short one is refused with why.
    CHECK(access::passwords::problem(QStringLiteral("short")).contains(QStringLiteral("10")));
    CHECK(access::passwords::problem(QStringLiteral("          ")) ==
          QStringLiteral("a password is needed"));
    CHECK(access::passwords::problem(QStringLiteral("three words here")).isEmpty());
}

namespace {

AuditEvent row(qint64 id, const QString &previous)
{
    AuditEvent e;
    e.id = id;
    e.at = QDateTime(QDate(2026, 12, 1), QTime(9, 0, 0, 250), Qt::UTC).addSecs(id);
    e.username = QStringLiteral("jo.smith");
    e.role = QStringLiteral("midwife");
    e.workstation = QStringLiteral("clinic-laptop-3");
    e.event = AuditEventKind::Change;
    e.womanId = 7;
    e.what = QStringLiteral("booking");
    e.changes = {{QStringLiteral("woman.postcode"),
                  QJsonObject{{QStringLiteral("old"), QStringLiteral("LE1 1AA")},
                              {QStringLiteral("new"), QStringLiteral("LE2 2BB")}}}};
    e.previousHash = previous;
    e.hash = access::chainHash(e);
    return e;
}

QList<AuditEvent> chainOf(int length)
{
    QList<AuditEvent> rows;
    QString previous = access::genesisHash();
    for (int id = 1; id <= length; ++id) {
        rows << row(id, previous);
        previous = rows.back().hash;
    }
    return rows;
}

AuditChainCheck walk(const QList<AuditEvent> &rows, qint64 anchorId, const QString &anchorHash)
{
    access::AuditChainWalker walker;
    for (const AuditEvent &e : rows)
        walker.add(e);
    return walker.finish(anchorId, anchorHash);
}

} // namespace

TEST_CASE("The audit chain finds a changed, removed, inserted or reordered row, and newest rows "
          "removed",
          "[access][audit]")
{
    const QList<AuditEvent> rows = chainOf(5);
    CHECK(walk(rows, 5, rows.back().hash).intact());
    CHECK(walk({}, 0, QString()).intact());

    QList<AuditEvent> changed = rows;
    changed[2].changes = {}; // what the edit replaced, wiped
    CHECK(walk(changed, 5, rows.back().hash).firstBroken == 3);

    QList<AuditEvent> removed = rows;
    removed.removeAt(1);
    const AuditChainCheck gap = walk(removed, 5, rows.back().hash);
    CHECK(gap.firstBroken == 3);
    CHECK(gap.why.contains(QStringLiteral("row 3 does not follow row 1")));

    QList<AuditEvent> newestRemoved = rows.mid(0, 3);
    CHECK(walk(newestRemoved, 5, rows.back().hash).firstBroken == 5);

    // A row slipped in at the end with a correct hash is still not the one the app wrote last.
    QList<AuditEvent> added = rows;
    added << row(6, rows.back().hash);
    CHECK(walk(added, 5, rows.back().hash).firstBroken == 6);

    QList<AuditEvent> reordered = rows;
    reordered.swapItemsAt(1, 2);
    CHECK_FALSE(walk(reordered, 5, rows.back().hash).intact());
}
