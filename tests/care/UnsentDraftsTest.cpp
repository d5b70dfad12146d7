// SPDX-License-Identifier: MIT
// Typing kept while the team server does not answer: on this computer, offered back from there,
// and sent to the server once it answers again.
#include "TestServer.h"
#include "TestSupport.h"

#include "care/Clinic.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "util/Clock.h"

#include <QFile>

using namespace bb;
using Kept = care::Drafts::Kept;

namespace {

const QString kForm = QStringLiteral("booking");
const QString kRecord = QStringLiteral("woman:1/pregnancy:1");

bool readableByOthers(const QString &path)
{
    return QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther |
                                       QFileDevice::WriteGroup | QFileDevice::WriteOther);
}

} // namespace

TEST_CASE("A draft typed while the team server does not answer waits on this computer, and is "
          "sent once the server answers again",
          "[care][server][drafts]")
{
    test::ScratchDir scratch;
    const FixedClock clock{QDateTime(test::kToday, QTime(9, 0))};
    QString error;
    const QString address = test::databaseAt(scratch, QStringLiteral("offline.sqlite"));
    const auto database = storage::Database::open(address, &error);
    REQUIRE(database);
    const QString unsentFile = scratch.file(QStringLiteral("drafts/unsent.sqlite"));
    const care::Clinic clinic(*database, clock, unsentFile);
    CHECK(clinic.onServer());
    CHECK(clinic.drafts.unsentFileProblem().isEmpty());
    CHECK_FALSE(readableByOthers(unsentFile));
    REQUIRE(
        clinic.drafts.put(kForm, kRecord, {{QStringLiteral("smoking"), QStringLiteral("no")}}) ==
        Kept::InDatabase);
    CHECK(clinic.drafts.unsentCount() == 0);

    // The connection drops, and the server takes no new one.
    test::setServerDatabaseReachable(address, false);
    CHECK_FALSE(clinic.serverReachable());
    CHECK_FALSE(clinic.serverAnswers());
    const QJsonObject typed{{QStringLiteral("smoking"), QStringLiteral("yes")},
                            {QStringLiteral("cigarettesPerDay"), QStringLiteral("5")}};
    CHECK(clinic.drafts.put(kForm, kRecord, typed) == Kept::OnThisComputer);
    CHECK(clinic.drafts.unsentCount() == 1);
    {
        // A save says why it was not made.
        storage::Transaction write(database->connection());
        CHECK_FALSE(write.isActive());
        CHECK(write.error() == QStringLiteral("the team server is not answering"));
    }
    const auto offered = clinic.drafts.get(kForm, kRecord);
    REQUIRE(offered);
    CHECK(offered->payload == typed);
    {
        // The app closed and opened again while the server is still away: still offered.
        const care::Clinic reopened(*database, clock, unsentFile);
        const auto again = reopened.drafts.get(kForm, kRecord);
        REQUIRE(again);
        CHECK(again->payload == typed);
    }

    test::setServerDatabaseReachable(address, true);
    CHECK(clinic.serverReachable());
    CHECK(clinic.serverAnswers()); // over a new connection
    CHECK(clinic.drafts.sendUnsent(&error) == 1);
    CHECK(clinic.drafts.unsentCount() == 0);
    // On the server now, as typed and when: another computer is offered it.
    const auto elsewhere = storage::Database::open(address, &error);
    REQUIRE(elsewhere);
    const care::Drafts there(*elsewhere, clock);
    const auto sent = there.get(kForm, kRecord);
    REQUIRE(sent);
    CHECK(sent->payload == typed);
    CHECK(sent->savedAt == clock.now());
}

TEST_CASE("A draft the server takes after a lost connection goes to the server, not this computer",
          "[care][server][drafts]")
{
    test::ScratchDir scratch;
    const FixedClock clock{QDateTime(test::kToday, QTime(9, 0))};
    QString error;
    const QString address = test::databaseAt(scratch, QStringLiteral("dropped.sqlite"));
    const auto database = storage::Database::open(address, &error);
    REQUIRE(database);
    const care::Clinic clinic(*database, clock, scratch.file(QStringLiteral("unsent.sqlite")));
    // The server restarted: the old connection is gone, a new one is taken at once.
    test::setServerDatabaseReachable(address, false);
    test::setServerDatabaseReachable(address, true);
    CHECK(clinic.drafts.put(kForm, kRecord, {{QStringLiteral("smoking"), QStringLiteral("no")}}) ==
          Kept::InDatabase);
    CHECK(clinic.drafts.unsentCount() == 0);
}

TEST_CASE("A clinic in a file keeps its drafts in the file and makes no file of unsent drafts",
          "[care][drafts]")
{
    test::ScratchDir scratch;
    const FixedClock clock{QDateTime(test::kToday, QTime(9, 0))};
    QString error;
    const auto database =
        storage::Database::open(scratch.file(QStringLiteral("clinic.sqlite")), &error);
    REQUIRE(database);
    const QString unsentFile = scratch.file(QStringLiteral("unsent.sqlite"));
    const care::Clinic clinic(*database, clock, unsentFile);
    CHECK_FALSE(clinic.onServer());
    CHECK(clinic.serverAnswers());
    CHECK(clinic.drafts.put(kForm, kRecord, {{QStringLiteral("smoking"), QStringLiteral("no")}}) ==
          Kept::InDatabase);
    CHECK_FALSE(QFile::exists(unsentFile));
}
