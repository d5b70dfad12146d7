// SPDX-License-Identifier: MIT
// One way to hold several writes together: the outermost Transaction on a connection is the
// real one, any opened inside it is a savepoint that keeps or undoes only its own part.
#include "TestSupport.h"

#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace bb;
using namespace bb::storage;

namespace {

struct Fixture
{
    test::ScratchDir scratch;
    QString error;
    std::unique_ptr<Database> db =
        Database::open(test::databaseAt(scratch, QStringLiteral("t.sqlite")), &error);

    bool note(const QString &text)
    {
        return execute(
            db->connection(),
            QStringLiteral("INSERT INTO form_draft (form, record_key, payload, saved_at) "
                           "VALUES ('note', ?, '{}', '2026-11-01T09:00:00')"),
            {text}, &error);
    }
    QStringList notes() const
    {
        QSqlQuery q(db->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT record_key FROM form_draft ORDER BY record_key")));
        QStringList keys;
        while (q.next())
            keys << q.value(0).toString();
        return keys;
    }
};

} // namespace

TEST_CASE("A transaction inside another is kept only when the outer one commits", "[storage]")
{
    Fixture f;
    REQUIRE(f.db);
    {
        Transaction outer(f.db->connection());
        REQUIRE(outer.isActive());
        REQUIRE(f.note(QStringLiteral("a")));
        {
            Transaction inner(f.db->connection());
            REQUIRE(inner.isActive());
            REQUIRE(f.note(QStringLiteral("b")));
            REQUIRE(inner.commit());
        }
        {
            Transaction abandoned(f.db->connection());
            REQUIRE(abandoned.isActive());
            REQUIRE(f.note(QStringLiteral("c")));
        } // not committed: only its own write is undone
        REQUIRE(f.note(QStringLiteral("d")));
        REQUIRE(outer.commit());
    }
    CHECK(f.notes() == QStringList{"a", "b", "d"});

    {
        Transaction outer(f.db->connection());
        REQUIRE(f.note(QStringLiteral("e")));
        Transaction inner(f.db->connection());
        REQUIRE(f.note(QStringLiteral("f")));
        REQUIRE(inner.commit());
    } // the outer one was never committed: the inner one's commit is undone with it
    CHECK(f.notes() == QStringList{"a", "b", "d"});

    Transaction afterwards(f.db->connection()); // the connection is back to depth 0
    REQUIRE(afterwards.isActive());
    REQUIRE(f.note(QStringLiteral("g")));
    REQUIRE(afterwards.commit());
    CHECK(f.notes() == QStringList{"a", "b", "d", "g"});
}

TEST_CASE("A write that finds the file busy for the whole wait says who else is writing",
          "[storage][transaction][concurrency][file]")
{
    test::ScratchDir scratch;
    const QString path = test::databaseAt(scratch, QStringLiteral("busy.sqlite"));
    QString error;
    auto holder = storage::Database::open(path, &error);
    auto waiter = storage::Database::open(path, &error);
    REQUIRE(holder);
    REQUIRE(waiter);
    storage::Transaction holding(holder->connection());
    REQUIRE(holding.isActive());

    storage::Transaction waiting(waiter->connection());
    CHECK_FALSE(waiting.isActive());
    const QString expected =
        QStringLiteral("nothing was saved: the database was busy with another writer for 5 "
                       "seconds (process %1 (bbcore-tests) on this computer)")
            .arg(QCoreApplication::applicationPid());
    CHECK(waiting.error().startsWith(expected));
    CHECK_FALSE(waiting.error().contains(QStringLiteral("locked")));
}
