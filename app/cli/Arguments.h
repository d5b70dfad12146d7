// SPDX-License-Identifier: MIT
#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

#include <initializer_list>

namespace bb::cli {

/// Who is making the change (`--as NAME`): every command accepts it, so a script can give it to
/// any command it runs.
inline constexpr char kWhoOption[] = "as";

/// `--name value` options and `--flag` switches of one command, checked against what the
/// command accepts so that a typo is an error, not an ignored option.
class Arguments
{
public:
    Arguments(const QStringList &args, std::initializer_list<const char *> valueOptions,
              std::initializer_list<const char *> flags = {});

    bool ok() const { return m_errors.isEmpty(); }
    QStringList errors() const { return m_errors; }
    QStringList positional() const { return m_positional; }

    bool has(const char *name) const { return m_values.contains(QLatin1String(name)); }
    bool flag(const char *name) const { return m_flags.contains(QLatin1String(name)); }
    /// The value given last, when an option is given more than once.
    QString value(const char *name, const QString &fallback = {}) const
    {
        return m_values.value(QLatin1String(name), fallback);
    }
    /// Every value of an option that may be repeated (`--condition A --condition B`).
    QStringList values(const char *name) const { return m_all.value(QLatin1String(name)); }

    /// Records an error unless every named option was given.
    void require(std::initializer_list<const char *> names);
    void fail(const QString &message) { m_errors << message; }

private:
    QMap<QString, QString> m_values;
    QMap<QString, QStringList> m_all;
    QStringList m_flags;
    QStringList m_positional;
    QStringList m_errors;
};

} // namespace bb::cli
