// SPDX-License-Identifier: MIT
#include "care/Users.h"

#include "access/LoginBackoff.h"
#include "access/Passwords.h"
#include "care/Audited.h"
#include "care/Writes.h"
#include "storage/Database.h"
#include "storage/StaffRepository.h"
#include "storage/UserRepository.h"
#include "util/Clock.h"

#include <QRegularExpression>

#include <QCoreApplication>

namespace bb::care {
namespace {

/// The words this shows go through Qt's translation system (translations/).
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(Users)
};

// Said for a wrong username and a wrong password alike, so that trying names tells nothing.
// Looked up when said, so that it is said in the language installed by then.
QString notRight()
{
    return Words::tr("the username or password is not right");
}

QString normalisedUsername(const QString &typed)
{
    return typed.trimmed().toLower();
}

QString userWhat(const QString &username)
{
    return Words::tr("user %1").arg(username);
}

QJsonObject asJson(const User &user)
{
    return {{QStringLiteral("display_name"), user.displayName},
            {QStringLiteral("role"), codes::toCode(user.role)},
            {QStringLiteral("staff_id"), user.staffId},
            {QStringLiteral("disabled"), user.disabled}};
}

User fromChange(const UserChange &change)
{
    User user;
    user.username = normalisedUsername(change.username);
    user.displayName = change.displayName.simplified();
    user.role = change.role;
    user.staffId = change.staffId;
    return user;
}

// Someone who typed a username that does not exist: recorded as typed, with no role.
Actor nobodyCalled(const QString &typed, const QString &workstation)
{
    Actor actor;
    actor.id = typed.left(64).isEmpty() ? QStringLiteral("(no username)") : typed.left(64);
    actor.workstation = workstation;
    return actor;
}

QString waitWords(qint64 seconds)
{
    if (seconds < 120)
        return Words::tr("%1 seconds").arg(seconds);
    return Words::tr("%1 minutes").arg((seconds + 59) / 60);
}

/// `user.staff_id` when she is linked to a staff record that does not exist.
void checkStaffRecord(const storage::Database &database, qint64 staffId, FieldErrors &errors)
{
    if (errors.isEmpty() && staffId > 0 && !storage::StaffRepository(database).staffById(staffId))
        errors.append({QStringLiteral("user.staff_id"), Words::tr("no such staff member")});
}

} // namespace

Users::Users(const storage::Database &database, const Clock &clock)
    : m_database(database), m_clock(clock)
{
}

Outcome<bool> Users::anyone() const
{
    QString error;
    const qint64 count = storage::UserRepository(m_database).count(&error);
    if (count < 0)
        return Failure{Words::tr("the users cannot be read: %1").arg(error)};
    return count > 0;
}

Outcome<QList<User>> Users::all(const Actor &actor) const
{
    const AuditEntry looked{AuditEventKind::View, 0, QStringLiteral("users")};
    if (auto refused =
            refusedUnless(m_database, m_clock, actor, access::Permission::ManageUsers, looked))
        return *refused;
    if (auto failure = auditAlone(m_database, m_clock, actor, looked))
        return *failure;
    QString error;
    auto users = storage::UserRepository(m_database).all(&error);
    if (!error.isEmpty())
        return Failure{Words::tr("the users cannot be read: %1").arg(error)};
    return users;
}

Outcome<User> Users::byUsername(const QString &username, const Actor &actor) const
{
    const QString name = normalisedUsername(username);
    if (auto refused = refusedUnless(m_database, m_clock, actor, access::Permission::ManageUsers,
                                     {AuditEventKind::View, 0, userWhat(name)}))
        return *refused;
    QString error;
    const auto user = storage::UserRepository(m_database).byUsername(name, &error);
    if (!error.isEmpty())
        return Failure{Words::tr("the users cannot be read: %1").arg(error)};
    if (!user)
        return FieldErrors{
            {QStringLiteral("user.username"), Words::tr("there is no user %1").arg(name)}};
    return *user;
}

FieldErrors Users::validate(const UserChange &change)
{
    FieldErrors errors;
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9._-]{1,31}$"));
    if (!pattern.match(normalisedUsername(change.username)).hasMatch())
        errors.append({QStringLiteral("user.username"),
                       Words::tr("2 to 32 letters, digits, dots, dashes or underscores, "
                                 "starting with a letter (jo.smith)")});
    const QString name = change.displayName.simplified();
    if (name.isEmpty())
        errors.append({QStringLiteral("user.display_name"),
                       Words::tr("her name, as recorded beside what she changes, is needed")});
    else if (name.size() > 100)
        errors.append({QStringLiteral("user.display_name"), Words::tr("at most 100 characters")});
    if (change.staffId < 0)
        errors.append({QStringLiteral("user.staff_id"), Words::tr("not a staff record")});
    return errors;
}

Outcome<Actor> Users::createFirstAdministrator(const UserChange &change, const QString &password,
                                               const QString &workstation) const
{
    UserChange first = change;
    first.role = UserRole::Administrator;
    FieldErrors errors = validate(first);
    if (const QString problem = access::passwords::problem(password); !problem.isEmpty())
        errors.append({QStringLiteral("user.password"), problem});
    if (!errors.isEmpty())
        return errors;
    const auto hash = access::passwords::hash(password);
    if (!hash)
        return Failure{Words::tr("the password could not be hashed (not enough memory)")};
    return inOneTransaction(m_database, [&]() -> Outcome<Actor> {
        const storage::UserRepository users(m_database);
        QString error;
        const qint64 count = users.count(&error);
        if (count < 0)
            return Failure{error};
        if (count > 0)
            return Failure{Words::tr("this database already has its first administrator: "
                                     "log in as an administrator to add users")};
        const auto inserted = insertUser(first, *hash, normalisedUsername(first.username), false);
        if (!inserted)
            return inserted.template as<Actor>();
        const User &user = inserted.value();
        const Actor actor = Actor::of(user, workstation);
        if (auto failure =
                appendAudit(m_database, m_clock, actor,
                            {AuditEventKind::Create, 0, userWhat(user.username), asJson(user)}))
            return *failure;
        if (auto failure = appendAudit(m_database, m_clock, actor,
                                       {AuditEventKind::LogIn, 0, QStringLiteral("log in")}))
            return *failure;
        return actor;
    });
}

Outcome<User> Users::insertUser(const UserChange &change, const QString &hash,
                                const QString &createdBy, bool mustChangePassword) const
{
    User user = fromChange(change);
    user.mustChangePassword = mustChangePassword;
    user.createdAt = m_clock.now().toUTC();
    user.createdBy = createdBy;
    QString error;
    user.id = storage::UserRepository(m_database).insert(user, hash, &error);
    if (user.id == 0)
        return Failure{error};
    return user;
}

Outcome<Actor> Users::checkPassword(const User &user, const QString &password,
                                    const QString &workstation, AuditEventKind event) const
{
    const Actor actor = Actor::of(user, workstation);
    const QString what =
        event == AuditEventKind::LogIn ? QStringLiteral("log in") : QStringLiteral("unlock");
    const AuditEntry refused{event, 0, what, {}, AuditOutcome::Refused};
    if (user.disabled) {
        if (auto failure = auditAlone(m_database, m_clock, actor, refused))
            return *failure;
        return Failure{Words::tr("this user is disabled: an administrator can enable it")};
    }
    const QDateTime now = m_clock.now().toUTC();
    const QDateTime next = access::nextLoginAt(user.failedLogins, user.lastFailedAt);
    if (next.isValid() && now < next) {
        if (auto failure = auditAlone(m_database, m_clock, actor, refused))
            return *failure;
        return Failure{Words::tr("too many failed tries: wait %1 before trying again")
                           .arg(waitWords(std::max<qint64>(1, now.secsTo(next))))};
    }
    const storage::UserRepository users(m_database);
    QString error;
    const QString stored = users.passwordHash(user.id, &error);
    if (!error.isEmpty())
        return Failure{Words::tr("the users cannot be read: %1").arg(error)};
    const bool right = access::passwords::verify(stored, password);
    // A file that can only be read records no tries and keeps no trail (care/Audited.cpp).
    if (m_database.isReadOnly())
        return right ? Outcome<Actor>(actor) : Outcome<Actor>(Failure{notRight()});
    // Rehashed with today's parameters while the password is at hand: the only moment it is.
    std::optional<QString> rehashed;
    if (right && access::passwords::needsRehash(stored))
        rehashed = access::passwords::hash(password);
    const auto written = inOneTransaction(m_database, [&]() -> Outcome<Done> {
        QString writeError;
        if (!right) {
            if (!users.countFailure(user.id, now, &writeError))
                return Failure{writeError};
            if (auto failure = appendAudit(m_database, m_clock, actor, refused))
                return *failure;
            return Done{};
        }
        if (!users.clearFailures(user.id, &writeError) ||
            (rehashed &&
             !users.setPassword(user.id, *rehashed, user.mustChangePassword, &writeError)))
            return Failure{writeError};
        if (auto failure = appendAudit(m_database, m_clock, actor, {event, 0, what}))
            return *failure;
        return Done{};
    });
    if (!written)
        return written.template as<Actor>();
    if (right)
        return actor;
    const qint64 wait = access::loginDelaySeconds(user.failedLogins + 1);
    const QString message =
        event == AuditEventKind::LogIn ? notRight() : QStringLiteral("the password is not right");
    return Failure{wait > 0
                       ? Words::tr("%1: wait %2 before trying again").arg(message, waitWords(wait))
                       : message};
}

Outcome<Actor> Users::logIn(const QString &username, const QString &password,
                            const QString &workstation) const
{
    const QString name = normalisedUsername(username);
    QString error;
    const auto user = storage::UserRepository(m_database).byUsername(name, &error);
    if (!error.isEmpty())
        return Failure{Words::tr("the users cannot be read: %1").arg(error)};
    if (!user) {
        if (auto failure = auditAlone(m_database, m_clock, nobodyCalled(name, workstation),
                                      {AuditEventKind::LogIn,
                                       0,
                                       QStringLiteral("log in: no such user"),
                                       {},
                                       AuditOutcome::Refused}))
            return *failure;
        return Failure{notRight()};
    }
    return checkPassword(*user, password, workstation, AuditEventKind::LogIn);
}

Outcome<Done> Users::logOut(const Actor &actor) const
{
    if (auto failure = auditAlone(m_database, m_clock, actor,
                                  {AuditEventKind::LogOut, 0, QStringLiteral("log out")}))
        return *failure;
    return Done{};
}

Outcome<Done> Users::lock(const Actor &actor, const QString &why) const
{
    if (auto failure = auditAlone(m_database, m_clock, actor,
                                  {AuditEventKind::Lock, 0, QStringLiteral("lock: %1").arg(why)}))
        return *failure;
    return Done{};
}

Outcome<Done> Users::unlock(const Actor &actor, const QString &password) const
{
    QString error;
    const auto user = storage::UserRepository(m_database).byId(actor.userId, &error);
    if (!user || user->username != actor.id)
        return Failure{error.isEmpty() ? Words::tr("who locked the screen is not a user") : error};
    const auto checked = checkPassword(*user, password, actor.workstation, AuditEventKind::Unlock);
    if (!checked)
        return checked.template as<Done>();
    return Done{};
}

Outcome<bool> Users::mustChangePassword(const Actor &actor) const
{
    QString error;
    const auto user = storage::UserRepository(m_database).byId(actor.userId, &error);
    if (!user)
        return Failure{error.isEmpty() ? Words::tr("%1 is not a user").arg(actor.id) : error};
    return user->mustChangePassword;
}

Outcome<Done> Users::changePassword(const Actor &actor, const QString &current,
                                    const QString &replacement) const
{
    if (const QString problem = access::passwords::problem(replacement); !problem.isEmpty())
        return FieldErrors{{QStringLiteral("user.password"), problem}};
    const storage::UserRepository users(m_database);
    QString error;
    if (!access::passwords::verify(users.passwordHash(actor.userId, &error), current))
        return FieldErrors{{QStringLiteral("user.current_password"),
                            Words::tr("this is not the current password")}};
    const auto hash = access::passwords::hash(replacement);
    if (!hash)
        return Failure{Words::tr("the password could not be hashed (not enough memory)")};
    return inOneTransaction(m_database, [&]() -> Outcome<Done> {
        QString writeError;
        if (!users.setPassword(actor.userId, *hash, false, &writeError))
            return Failure{writeError};
        if (auto failure = appendAudit(
                m_database, m_clock, actor,
                {AuditEventKind::Change, 0, QStringLiteral("own password of %1").arg(actor.id)}))
            return *failure;
        return Done{};
    });
}

Outcome<User> Users::add(const UserChange &change, const QString &password,
                         const Actor &actor) const
{
    const QString what = userWhat(normalisedUsername(change.username));
    if (auto refused = refusedUnless(m_database, m_clock, actor, access::Permission::ManageUsers,
                                     {AuditEventKind::Create, 0, what}))
        return *refused;
    FieldErrors errors = validate(change);
    if (const QString problem = access::passwords::problem(password); !problem.isEmpty())
        errors.append({QStringLiteral("user.password"), problem});
    const storage::UserRepository users(m_database);
    if (errors.isEmpty() && users.byUsername(normalisedUsername(change.username)))
        errors.append({QStringLiteral("user.username"),
                       Words::tr("already taken (nobody is ever deleted, so a leaver's "
                                 "username stays hers)")});
    checkStaffRecord(m_database, change.staffId, errors);
    if (!errors.isEmpty())
        return errors;
    const auto hash = access::passwords::hash(password);
    if (!hash)
        return Failure{Words::tr("the password could not be hashed (not enough memory)")};
    return inOneTransaction(m_database, [&]() -> Outcome<User> {
        const auto inserted = insertUser(change, *hash, actor.id, true);
        if (!inserted)
            return inserted;
        const User &user = inserted.value();
        if (auto failure = appendAudit(m_database, m_clock, actor,
                                       {AuditEventKind::Create, 0, what, asJson(user)}))
            return *failure;
        return user;
    });
}

Outcome<User> Users::toManage(qint64 userId, const Actor &actor, const QString &prefix,
                              QString *what) const
{
    const auto user = storage::UserRepository(m_database).byId(userId);
    *what = prefix + userWhat(user ? user->username : QString::number(userId));
    if (auto refused = refusedUnless(m_database, m_clock, actor, access::Permission::ManageUsers,
                                     {AuditEventKind::Change, 0, *what}))
        return *refused;
    if (!user)
        return Failure{Words::tr("there is no user %1").arg(userId)};
    return *user;
}

Outcome<User> Users::change(qint64 userId, const UserChange &change, const Actor &actor) const
{
    const storage::UserRepository users(m_database);
    QString what;
    const auto found = toManage(userId, actor, QString(), &what);
    if (!found)
        return found;
    const User &before = found.value();
    UserChange named = change;
    named.username = before.username; // a username never changes: the trail is kept by it
    FieldErrors errors = validate(named);
    checkStaffRecord(m_database, change.staffId, errors);
    if (!errors.isEmpty())
        return errors;
    if (before.id == actor.userId && before.role == UserRole::Administrator &&
        change.role != UserRole::Administrator)
        return FieldErrors{{QStringLiteral("user.role"),
                            Words::tr("an administrator cannot take her own role away")}};
    return inOneTransaction(m_database, [&]() -> Outcome<User> {
        User after = before;
        after.displayName = change.displayName.simplified();
        after.role = change.role;
        after.staffId = change.staffId;
        QString error;
        if (!users.update(after, &error))
            return Failure{error};
        if (auto failure = appendAudit(
                m_database, m_clock, actor,
                {AuditEventKind::Change, 0, what, changedFields(asJson(before), asJson(after))}))
            return *failure;
        return after;
    });
}

Outcome<User> Users::setDisabled(qint64 userId, bool disabled, const Actor &actor) const
{
    const storage::UserRepository users(m_database);
    QString what;
    const auto found = toManage(userId, actor, QString(), &what);
    if (!found)
        return found;
    const User &before = found.value();
    if (disabled && before.id == actor.userId)
        return Failure{Words::tr("nobody can disable herself: another administrator can")};
    return inOneTransaction(m_database, [&]() -> Outcome<User> {
        User after = before;
        after.disabled = disabled;
        QString error;
        if (!users.setDisabled(userId, disabled, &error))
            return Failure{error};
        if (auto failure = appendAudit(
                m_database, m_clock, actor,
                {AuditEventKind::Change, 0, what, changedFields(asJson(before), asJson(after))}))
            return *failure;
        return after;
    });
}

Outcome<Done> Users::resetPassword(qint64 userId, const QString &password, const Actor &actor) const
{
    const storage::UserRepository users(m_database);
    QString what;
    const auto user = toManage(userId, actor, Words::tr("password of "), &what);
    if (!user)
        return user.template as<Done>();
    if (const QString problem = access::passwords::problem(password); !problem.isEmpty())
        return FieldErrors{{QStringLiteral("user.password"), problem}};
    const auto hash = access::passwords::hash(password);
    if (!hash)
        return Failure{Words::tr("the password could not be hashed (not enough memory)")};
    return inOneTransaction(m_database, [&]() -> Outcome<Done> {
        QString error;
        if (!users.setPassword(userId, *hash, true, &error))
            return Failure{error};
        if (auto failure =
                appendAudit(m_database, m_clock, actor, {AuditEventKind::Change, 0, what}))
            return *failure;
        return Done{};
    });
}

Outcome<QList<User>> Users::addDemonstrationUsers(const QList<UserChange> &people,
                                                  const QString &password, const Actor &actor) const
{
    const auto hash = access::passwords::hash(password);
    if (!hash)
        return Failure{Words::tr("the password could not be hashed (not enough memory)")};
    return inOneTransaction(m_database, [&]() -> Outcome<QList<User>> {
        const storage::UserRepository users(m_database);
        QList<User> added;
        for (const UserChange &person : people) {
            if (const FieldErrors errors = validate(person); !errors.isEmpty())
                return errors;
            if (users.byUsername(normalisedUsername(person.username)))
                continue; // a rerun of the demonstration keeps who is there
            const auto inserted = insertUser(person, *hash, actor.id, false);
            if (!inserted)
                return inserted.template as<QList<User>>();
            const User &user = inserted.value();
            if (auto failure =
                    appendAudit(m_database, m_clock, actor,
                                {AuditEventKind::Create, 0, userWhat(user.username), asJson(user)}))
                return *failure;
            added << user;
        }
        return added;
    });
}

} // namespace bb::care
