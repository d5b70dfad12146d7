// SPDX-License-Identifier: MIT
#include "cli/UserCommands.h"

#include "cli/CommandSupport.h"
#include "cli/Login.h"
#include "cli/OptionReaders.h"

namespace bb::cli {
namespace {

const QHash<QString, QString> kUserOptions{
    {QStringLiteral("user.username"), QStringLiteral("--username")},
    {QStringLiteral("user.display_name"), QStringLiteral("--name")},
    {QStringLiteral("user.staff_id"), QStringLiteral("--staff")},
    {QStringLiteral("user.role"), QStringLiteral("--role")},
    {QStringLiteral("user.password"), QStringLiteral("BBCLINIC_NEW_PASSWORD")},
    {QStringLiteral("user.current_password"), QStringLiteral("BBCLINIC_PASSWORD")}};

/// What an outcome that is not a value says, as the exit code and lines it gives.
template <typename T> int refused(const care::Outcome<T> &outcome, QTextStream &err)
{
    if (outcome.invalid())
        return refuse(asOptions(outcome.fieldErrors(), kUserOptions), err);
    err << outcome.message() << Qt::endl;
    return kFailed;
}

std::optional<QString> newPassword(QTextStream &err)
{
    return newPasswordFrom("BBCLINIC_NEW_PASSWORD", QStringLiteral("New password: "),
                           QStringLiteral("BBCLINIC_NEW_PASSWORD"), err);
}

void writeUser(QTextStream &out, const User &u)
{
    writeCsvRow(out, {u.username, u.displayName, codes::toCode(u.role),
                      u.staffId > 0 ? QString::number(u.staffId) : QString(),
                      u.disabled ? QStringLiteral("disabled") : QStringLiteral("active"),
                      u.createdAt.toString(Qt::ISODate), u.createdBy});
}

} // namespace

int runUsers(const QStringList &args, const Clock &clock, QTextStream &out, QTextStream &err)
{
    Arguments arguments = parseOptions(args, {"db", "format"}, {"db"}, {QStringLiteral("csv")});
    if (!arguments.ok())
        return badArguments(arguments, err);
    const auto run = openClinic(arguments, clock, err);
    if (!run)
        return kFailed;
    const auto users = run->clinic->users.all(run->actor);
    if (!users)
        return refused(users, err);
    writeCsvRow(out, {QStringLiteral("username"), QStringLiteral("name"), QStringLiteral("role"),
                      QStringLiteral("staff_id"), QStringLiteral("status"),
                      QStringLiteral("created"), QStringLiteral("created_by")});
    for (const User &user : users.value())
        writeUser(out, user);
    out.flush();
    return kDone;
}

int runUser(const QStringList &args, const Clock &clock, QTextStream &out, QTextStream &err)
{
    const QStringList actions{QStringLiteral("add"),     QStringLiteral("change"),
                              QStringLiteral("disable"), QStringLiteral("enable"),
                              QStringLiteral("reset"),   QStringLiteral("password")};
    const QString action = args.value(0);
    if (!actions.contains(action)) {
        err << "user: one of " << actions.join(QStringLiteral(", ")) << " comes first" << Qt::endl;
        return kBadInput;
    }
    const bool own = action == QLatin1String("password");
    Arguments arguments = parseOptions(args.mid(1), {"db", "username", "name", "role", "staff"},
                                       own ? std::initializer_list<const char *>{"db"}
                                           : std::initializer_list<const char *>{"db", "username"});
    const bool describes = action == QLatin1String("add") || action == QLatin1String("change");
    if (action == QLatin1String("add"))
        arguments.require({"name", "role"});
    if (!describes && (arguments.has("name") || arguments.has("role") || arguments.has("staff")))
        arguments.fail(QStringLiteral("--name, --role and --staff: only with add or change"));
    const UserRole role = codeOption(arguments, "role", codes::userRoleFromCode,
                                     codes::userRoleCodes(), UserRole::Midwife);
    const qint64 staff = idOption(arguments, "staff");
    if (!arguments.ok())
        return badArguments(arguments, err);
    const auto run = openClinic(arguments, clock, err);
    if (!run)
        return kFailed;
    const care::Users &users = run->clinic->users;
    const QString username = arguments.value("username").trimmed().toLower();

    if (own) {
        const auto password = newPassword(err);
        if (!password)
            return kBadInput;
        const auto changed =
            users.changePassword(run->actor, qEnvironmentVariable("BBCLINIC_PASSWORD"), *password);
        if (!changed)
            return refused(changed, err);
        out << "Changed the password of " << run->actor.id << "." << Qt::endl;
        return kDone;
    }
    if (action == QLatin1String("add")) {
        const auto password = newPassword(err);
        if (!password)
            return kBadInput;
        const auto added =
            users.add({username, arguments.value("name"), role, staff}, *password, run->actor);
        if (!added)
            return refused(added, err);
        out << "Added " << added->username << " (" << codes::label(added->role) << ")." << Qt::endl;
        return kDone;
    }
    const auto user = users.byUsername(username, run->actor);
    if (!user)
        return refused(user, err);
    if (action == QLatin1String("change")) {
        const UserChange change{user->username, arguments.value("name", user->displayName),
                                arguments.has("role") ? role : user->role,
                                arguments.has("staff") ? staff : user->staffId};
        const auto changed = users.change(user->id, change, run->actor);
        if (!changed)
            return refused(changed, err);
        out << "Changed " << changed->username << "." << Qt::endl;
        return kDone;
    }
    if (action == QLatin1String("reset")) {
        const auto password = newPassword(err);
        if (!password)
            return kBadInput;
        const auto reset = users.resetPassword(user->id, *password, run->actor);
        if (!reset)
            return refused(reset, err);
        out << "Reset the password of " << user->username
            << "; she chooses her own at her next login." << Qt::endl;
        return kDone;
    }
    const bool disable = action == QLatin1String("disable");
    const auto changed = users.setDisabled(user->id, disable, run->actor);
    if (!changed)
        return refused(changed, err);
    out << (disable ? "Disabled " : "Enabled ") << changed->username << "." << Qt::endl;
    return kDone;
}

} // namespace bb::cli
