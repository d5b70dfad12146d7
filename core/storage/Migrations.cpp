// SPDX-License-Identifier: MIT
#include "storage/Migrations.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace bb::storage::migrations {

std::map<int, QString> files(Dialect dialect)
{
    static const QRegularExpression name(QStringLiteral("^(\\d{4})_[a-z0-9_]+\\.sql$"));
    std::map<int, QString> found;
    const QDir dir(dialect == Dialect::PostgreSQL ? QStringLiteral(":/migrations/postgresql")
                                                  : QStringLiteral(":/migrations"));
    for (const QString &entry : dir.entryList(QDir::Files, QDir::Name)) {
        const auto match = name.match(entry);
        if (match.hasMatch())
            found.emplace(match.captured(1).toInt(), dir.filePath(entry));
    }
    return found;
}

int latest(Dialect dialect)
{
    const auto all = files(dialect);
    return all.empty() ? 0 : all.rbegin()->first;
}

QStringList statementsOf(Dialect dialect, const QString &script)
{
    QString withoutComments;
    for (const QString &line : script.split(QLatin1Char('\n'))) {
        const qsizetype comment = line.indexOf(QLatin1String("--"));
        withoutComments += (comment >= 0 ? line.left(comment) : line) + QLatin1Char('\n');
    }
    static const QRegularExpression trigger(QStringLiteral("^CREATE\\s+TRIGGER\\b"),
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression end(QStringLiteral("^END\\s*$"),
                                        QRegularExpression::CaseInsensitiveOption);
    // Whether a statement so far is still inside its body: a SQLite trigger before its END, a
    // PostgreSQL function between its two `$$`.
    auto unfinished = [&](const QString &statement) {
        if (dialect == Dialect::PostgreSQL)
            return statement.count(QLatin1String("$$")) % 2 == 1;
        return trigger.match(statement).hasMatch() &&
               !end.match(statement.section(QLatin1Char(';'), -1).trimmed()).hasMatch();
    };
    QStringList statements;
    QString pending;
    for (const QString &part : withoutComments.split(QLatin1Char(';'))) {
        const QString piece = part.trimmed();
        pending = pending.isEmpty() ? piece : pending + QStringLiteral(";\n") + piece;
        if (pending.isEmpty() || unfinished(pending))
            continue;
        statements << pending;
        pending.clear();
    }
    if (!pending.isEmpty())
        statements << pending; // unfinished: the database says what is wrong with it
    return statements;
}

QString run(const QSqlDatabase &db, Dialect dialect, const QString &file)
{
    QFile script(file);
    if (!script.open(QIODevice::ReadOnly))
        return QStringLiteral("migration %1 is missing from this build").arg(file);
    for (const QString &statement : statementsOf(dialect, QString::fromUtf8(script.readAll()))) {
        QSqlQuery query(db);
        if (!query.exec(statement))
            return QStringLiteral("%1 (in: %2)")
                .arg(query.lastError().text(), statement.simplified().left(200));
    }
    return {};
}

QStringList tablesUpTo(Dialect dialect, int version)
{
    static const QRegularExpression create(
        QStringLiteral("CREATE\\s+TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?([a-z_0-9]+)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression drop(
        QStringLiteral("DROP\\s+TABLE\\s+(?:IF\\s+EXISTS\\s+)?([a-z_0-9]+)"),
        QRegularExpression::CaseInsensitiveOption);
    // SQLite changes a table's constraints by making a new one and renaming it over the old.
    static const QRegularExpression rename(
        QStringLiteral("ALTER\\s+TABLE\\s+([a-z_0-9]+)\\s+RENAME\\s+TO\\s+([a-z_0-9]+)"),
        QRegularExpression::CaseInsensitiveOption);
    QStringList tables;
    for (const auto &[number, file] : files(dialect)) {
        if (number > version)
            break;
        QFile script(file);
        if (!script.open(QIODevice::ReadOnly))
            continue;
        for (const QString &statement :
             statementsOf(dialect, QString::fromUtf8(script.readAll()))) {
            if (const auto made = create.match(statement); made.hasMatch())
                tables << made.captured(1).toLower();
            else if (const auto dropped = drop.match(statement); dropped.hasMatch())
                tables.removeAll(dropped.captured(1).toLower());
            else if (const auto renamed = rename.match(statement); renamed.hasMatch())
                tables.replaceInStrings(
                    QRegularExpression(QStringLiteral("^%1$").arg(renamed.captured(1).toLower())),
                    renamed.captured(2).toLower());
        }
    }
    return tables;
}

} // namespace bb::storage::migrations
