// SPDX-License-Identifier: MIT
#include "storage/UserRepository.h"

#include "storage/Database.h"
#include "storage/Sql.h"

#include <QSqlQuery>

namespace bb::storage {
namespace {

constexpr auto kColumns = R"(
    SELECT id, username, display_name, role, staff_id, disabled, must_change_password,
           failed_logins, last_failed_at, created_at, created_by
      FROM app_user )";

QString sql(const char *text)
{
    return QString::fromUtf8(text);
}

QDateTime utc(const QVariant &value)
{
    if (value.isNull())
        return {};
    QDateTime at = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    at.setTimeSpec(Qt::UTC);
    return at;
}

QVariant stamp(const QDateTime &at)
{
    return at.isValid() ? QVariant(at.toUTC().toString(Qt::ISODateWithMs)) : QVariant();
}

QVariant staffOrNull(qint64 staffId)
{
    return staffId > 0 ? QVariant(staffId) : QVariant();
}

User userAt(const QSqlQuery &q)
{
    User u;
    u.id = q.value(0).toLongLong();
    u.username = q.value(1).toString();
    u.displayName = q.value(2).toString();
    u.role = codes::userRoleFromCode(q.value(3).toString()).value_or(UserRole::SupportWorker);
    u.staffId = q.value(4).toLongLong();
    u.disabled = q.value(5).toBool();
    u.mustChangePassword = q.value(6).toBool();
    u.failedLogins = q.value(7).toInt();
    u.lastFailedAt = utc(q.value(8));
    u.createdAt = utc(q.value(9));
    u.createdBy = q.value(10).toString();
    return u;
}

} // namespace

UserRepository::UserRepository(const Database &database) : m_database(database) {}

QSqlDatabase UserRepository::db() const
{
    return m_database.connection();
}

qint64 UserRepository::count(QString *error) const
{
    QSqlQuery q(db());
    if (!execute(db(), QStringLiteral("SELECT count(*) FROM app_user"), {}, error, &q) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QList<User> UserRepository::all(QString *error) const
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    QList<User> users;
    if (!execute(db(), sql(kColumns) + QStringLiteral("ORDER BY username"), {}, error, &q))
        return users;
    while (q.next())
        users << userAt(q);
    return users;
}

std::optional<User> UserRepository::byUsername(const QString &username, QString *error) const
{
    QSqlQuery q(db());
    if (!execute(db(), sql(kColumns) + QStringLiteral("WHERE username = ?"), {username}, error,
                 &q) ||
        !q.next())
        return std::nullopt;
    return userAt(q);
}

std::optional<User> UserRepository::byId(qint64 id, QString *error) const
{
    QSqlQuery q(db());
    if (!execute(db(), sql(kColumns) + QStringLiteral("WHERE id = ?"), {id}, error, &q) ||
        !q.next())
        return std::nullopt;
    return userAt(q);
}

QString UserRepository::passwordHash(qint64 id, QString *error) const
{
    QSqlQuery q(db());
    if (!execute(db(), QStringLiteral("SELECT password_hash FROM app_user WHERE id = ?"), {id},
                 error, &q) ||
        !q.next())
        return {};
    return q.value(0).toString();
}

qint64 UserRepository::insert(const User &user, const QString &passwordHash, QString *error) const
{
    qint64 id = 0;
    const bool inserted = insertRow(
        db(),
        QStringLiteral("INSERT INTO app_user (username, display_name, role, staff_id, "
                       "password_hash, must_change_password, disabled, created_at, created_by) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {user.username, user.displayName, codes::toCode(user.role), staffOrNull(user.staffId),
         passwordHash, user.mustChangePassword, user.disabled, stamp(user.createdAt),
         user.createdBy},
        &id, error);
    return inserted ? id : 0;
}

bool UserRepository::update(const User &user, QString *error) const
{
    return execute(db(),
                   QStringLiteral("UPDATE app_user SET display_name = ?, role = ?, staff_id = ? "
                                  "WHERE id = ?"),
                   {user.displayName, codes::toCode(user.role), staffOrNull(user.staffId), user.id},
                   error);
}

bool UserRepository::setDisabled(qint64 id, bool disabled, QString *error) const
{
    return execute(db(), QStringLiteral("UPDATE app_user SET disabled = ? WHERE id = ?"),
                   {disabled, id}, error);
}

bool UserRepository::setPassword(qint64 id, const QString &passwordHash, bool mustChange,
                                 QString *error) const
{
    return execute(
        db(),
        QStringLiteral("UPDATE app_user SET password_hash = ?, must_change_password = ?, "
                       "failed_logins = 0, last_failed_at = NULL WHERE id = ?"),
        {passwordHash, mustChange, id}, error);
}

bool UserRepository::countFailure(qint64 id, const QDateTime &at, QString *error) const
{
    return execute(db(),
                   QStringLiteral("UPDATE app_user SET failed_logins = failed_logins + 1, "
                                  "last_failed_at = ? WHERE id = ?"),
                   {stamp(at), id}, error);
}

bool UserRepository::clearFailures(qint64 id, QString *error) const
{
    return execute(db(),
                   QStringLiteral("UPDATE app_user SET failed_logins = 0, last_failed_at = NULL "
                                  "WHERE id = ?"),
                   {id}, error);
}

} // namespace bb::storage
