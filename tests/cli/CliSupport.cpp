// SPDX-License-Identifier: MIT
#include "CliSupport.h"

#include "TestSupport.h"

#include "storage/Database.h"
#include "storage/DatabaseLocation.h"

#include <QHash>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlQuery>
#include <QStandardPaths>

#include <memory>
#include <vector>

namespace bb::clitest {

namespace {

/// Who the tests log in as in each database they made: a team lead, who may do everything the
/// commands under test do, unless a test says `--as` itself.
struct Login
{
    QString username;
    QString password;
};
QHash<QString, Login> &loginsByDatabase()
{
    static QHash<QString, Login> logins;
    return logins;
}

const QString kAdminPassword = QStringLiteral("test administrator password");
const QString kLeadPassword = QStringLiteral("test team lead password");

Run runCli(const QStringList &args, const QByteArray &input, const QProcessEnvironment &env)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(BB_CLI), args);
    REQUIRE(process.waitForStarted());
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(60000));
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

QString valueOf(const QStringList &args, const QString &option)
{
    const qsizetype at = args.indexOf(option);
    return at >= 0 ? args.value(at + 1) : QString();
}

/// Logs the command in as the tests' user of the database its `--db` names, unless it says
/// `--as` itself (see cli()).
void logIn(QStringList &args, QProcessEnvironment &env)
{
    const QString db = valueOf(args, QStringLiteral("--db"));
    const bool verifying =
        args.value(0) == QLatin1String("audit") && args.value(1) == QLatin1String("verify");
    if (verifying || !loginsByDatabase().contains(db))
        return;
    const Login login = loginsByDatabase().value(db);
    const QString as = valueOf(args, QStringLiteral("--as"));
    if (as.isEmpty())
        args << QStringLiteral("--as") << login.username;
    // Every demonstration user's password is `demo`; the tests' own users have theirs.
    env.insert(QStringLiteral("BBCLINIC_PASSWORD"),
               as.isEmpty() || login.password != kLeadPassword ? login.password : kAdminPassword);
}

} // namespace

Run cli(const QStringList &args, const QByteArray &input)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("BBCLINIC_USER"));
    env.remove(QStringLiteral("BBCLINIC_PASSWORD"));
    const QString db = valueOf(args, QStringLiteral("--db"));
    QStringList withLogin = args;
    const bool init = args.value(0) == QLatin1String("init");
    if (init && !args.contains(QStringLiteral("--demo")) &&
        !args.contains(QStringLiteral("--admin")) && !loginsByDatabase().contains(db)) {
        // A new database's first administrator, then the team lead the tests act as.
        withLogin << QStringLiteral("--admin") << QStringLiteral("admin");
        env.insert(QStringLiteral("BBCLINIC_PASSWORD"), kAdminPassword);
        const Run made = runCli(withLogin, input, env);
        if (made.exitCode == 0) {
            QProcessEnvironment adding = env;
            adding.insert(QStringLiteral("BBCLINIC_NEW_PASSWORD"), kLeadPassword);
            const Run lead = runCli(
                {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--db"), db,
                 QStringLiteral("--username"), QStringLiteral("lead"), QStringLiteral("--name"),
                 QStringLiteral("Test Team Lead"), QStringLiteral("--role"),
                 QStringLiteral("team_lead"), QStringLiteral("--as"), QStringLiteral("admin")},
                {}, adding);
            INFO(lead.err.toStdString());
            REQUIRE(lead.exitCode == 0);
            // She chooses her own at once (here the same), as an added user must.
            QProcessEnvironment asLead = adding;
            asLead.insert(QStringLiteral("BBCLINIC_PASSWORD"), kLeadPassword);
            const Run chosen =
                runCli({QStringLiteral("user"), QStringLiteral("password"), QStringLiteral("--db"),
                        db, QStringLiteral("--as"), QStringLiteral("lead")},
                       {}, asLead);
            INFO(chosen.err.toStdString());
            REQUIRE(chosen.exitCode == 0);
            loginsByDatabase().insert(db, {QStringLiteral("lead"), kLeadPassword});
        }
        return made;
    }
    if (init && args.contains(QStringLiteral("--demo")) && !loginsByDatabase().contains(db))
        loginsByDatabase().insert(db, {QStringLiteral("priya.mistry"), QStringLiteral("demo")});
    if (!init)
        logIn(withLogin, env);
    return runCli(withLogin, input, env);
}

QList<Run> cliAtOnce(const QStringList &args, int copies, const QByteArray &input)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("BBCLINIC_USER"));
    env.remove(QStringLiteral("BBCLINIC_PASSWORD"));
    QStringList withLogin = args;
    logIn(withLogin, env);
    std::vector<std::unique_ptr<QProcess>> processes;
    for (int i = 0; i < copies; ++i) {
        auto &process = processes.emplace_back(std::make_unique<QProcess>());
        process->setProcessEnvironment(env);
        process->start(QStringLiteral(BB_CLI), withLogin);
    }
    QList<Run> runs;
    for (auto &process : processes) {
        REQUIRE(process->waitForStarted());
        process->write(input);
        process->closeWriteChannel();
    }
    for (auto &process : processes) {
        REQUIRE(process->waitForFinished(60000));
        runs << Run{process->exitCode(), process->readAllStandardOutput(),
                    process->readAllStandardError()};
    }
    return runs;
}

void initEmpty(const QString &db)
{
    const Run made = cli({QStringLiteral("init"), QStringLiteral("--db"), db});
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
}

void forgetLogins(const QString &db)
{
    loginsByDatabase().remove(db);
}

void sameLoginsAs(const QString &copy, const QString &db)
{
    loginsByDatabase().insert(copy, loginsByDatabase().value(db));
}

void importAsha(const QString &db, const QDate &today, int bookedWeeksAgo, int weeksAtBooking)
{
    const QDate booked = today.addDays(-bookedWeeksAgo * 7);
    const QByteArray booking = QStringLiteral(R"({"format": "bbclinic-booking/1",
          "woman": {"nhs_number": "9434765919", "given_name": "Asha", "family_name": "Patel",
                    "date_of_birth": "1994-07-09", "postcode": "LE4 6AB"},
          "pregnancy": {"booking_date": "%1", "lmp": "%2", "previous_births": 1},
          "measurements": {"height_cm": 162, "weight_kg": 58, "co_ppm": 1}})")
                                   .arg(booked.toString(Qt::ISODate),
                                        booked.addDays(-weeksAtBooking * 7).toString(Qt::ISODate))
                                   .toUtf8();
    const Run imported =
        cli({QStringLiteral("import-booking"), QStringLiteral("--db"), db, QStringLiteral("-")},
            booking);
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
}

int rowCount(const QString &db, const QString &sql)
{
    QString error;
    const auto database = storage::Database::open(db, &error);
    REQUIRE(database);
    QSqlQuery q(database->connection());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

QString firstValue(const QString &db, const QString &sql)
{
    QString error;
    const auto database = storage::Database::open(db, &error);
    REQUIRE(database);
    QSqlQuery q(database->connection());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toString();
}

QString firstDemoNhsNumber(const QString &db)
{
    return firstValue(db, QStringLiteral("SELECT nhs_number FROM woman ORDER BY id LIMIT 1"));
}

void behindTheAppsBack(const QString &db, const QString &sql)
{
    if (storage::DatabaseLocation::looksLikeServer(db)) {
        QString error;
        INFO(error.toStdString());
        REQUIRE(test::runOnServer(db, sql, &error));
        return;
    }
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    REQUIRE_FALSE(sqlite3.isEmpty()); // tools/dev installs it
    QProcess run;
    run.start(sqlite3, {db, sql});
    REQUIRE(run.waitForFinished());
    INFO(run.readAllStandardError().toStdString());
    REQUIRE(run.exitCode() == 0);
}

} // namespace bb::clitest
