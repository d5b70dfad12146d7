// SPDX-License-Identifier: MIT
#include "cli/Arguments.h"

namespace bb::cli {

Arguments::Arguments(const QStringList &args, std::initializer_list<const char *> valueOptions,
                     std::initializer_list<const char *> flags)
{
    auto known = [](std::initializer_list<const char *> list, const QString &name) {
        for (const char *entry : list) {
            if (name == QLatin1String(entry))
                return true;
        }
        return false;
    };
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (!arg.startsWith(QLatin1String("--")) || arg == QLatin1String("--")) {
            m_positional << arg;
            continue;
        }
        QString name = arg.mid(2);
        QString inlineValue;
        const qsizetype equals = name.indexOf(QLatin1Char('='));
        if (equals >= 0) {
            inlineValue = name.mid(equals + 1);
            name = name.left(equals);
        }
        if (known(flags, name)) {
            m_flags << name;
        } else if (known(valueOptions, name) || name == QLatin1String(kWhoOption)) {
            if (equals >= 0 || i + 1 < args.size()) {
                const QString value = equals >= 0 ? inlineValue : args.at(++i);
                m_values.insert(name, value);
                m_all[name] << value;
            } else {
                m_errors << QStringLiteral("--%1: needs a value").arg(name);
            }
        } else {
            m_errors << QStringLiteral("--%1: unknown option").arg(name);
        }
    }
    if (has(kWhoOption) && value(kWhoOption).simplified().isEmpty())
        m_errors << QStringLiteral("--as: needs the username of who is running this");
}

void Arguments::require(std::initializer_list<const char *> names)
{
    for (const char *name : names) {
        if (!has(name))
            m_errors << QStringLiteral("--%1: is required").arg(QLatin1String(name));
    }
}

} // namespace bb::cli
