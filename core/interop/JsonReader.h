// SPDX-License-Identifier: MIT
#pragma once

#include "domain/FieldError.h"

#include <QByteArray>
#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <cmath>
#include <optional>
#include <vector>

namespace bb::interop {

/// The document's top-level object, when `json` parses as one and holds nothing another JSON
/// reader would read differently (interop::strictJsonProblems()); otherwise nothing, with why at
/// `$` (or at the path of the problem) in `errors`.
std::optional<QJsonObject> jsonObjectOf(const QByteArray &json, FieldErrors &errors);

/// Reads typed values out of one JSON object, recording a field-path error for each value of
/// the wrong type so that every problem in the document is reported, not just the first.
class Reader
{
public:
    Reader(const QJsonObject &object, QString path, FieldErrors &errors)
        : m_object(object), m_path(std::move(path)), m_errors(errors)
    {
    }

    QString pathOf(const char *key) const
    {
        return m_path.isEmpty() ? QString::fromLatin1(key)
                                : m_path + QLatin1Char('.') + QLatin1String(key);
    }

    bool has(const char *key) const
    {
        const auto value = m_object.value(QLatin1String(key));
        return !value.isUndefined() && !value.isNull();
    }

    void fail(const char *key, const QString &message) const
    {
        m_errors.append({pathOf(key), message});
    }

    QString string(const char *key, bool required = false, const QString &fallback = {}) const
    {
        if (!has(key)) {
            if (required)
                fail(key, QStringLiteral("is required"));
            return fallback;
        }
        const auto value = m_object.value(QLatin1String(key));
        if (!value.isString()) {
            fail(key, QStringLiteral("must be a string"));
            return fallback;
        }
        return value.toString();
    }

    QDate date(const char *key) const
    {
        const QString text = string(key);
        if (text.isEmpty())
            return {};
        static const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        const QDate value = QDate::fromString(text, Qt::ISODate);
        if (!iso.match(text).hasMatch() || !value.isValid()) {
            fail(key, QStringLiteral("'%1' is not a real date in the form YYYY-MM-DD").arg(text));
            return {};
        }
        return value;
    }

    std::optional<double> number(const char *key) const
    {
        if (!has(key))
            return std::nullopt;
        const auto value = m_object.value(QLatin1String(key));
        if (!value.isDouble()) {
            fail(key, QStringLiteral("must be a number"));
            return std::nullopt;
        }
        return value.toDouble();
    }

    std::optional<int> integer(const char *key) const
    {
        const auto value = number(key);
        if (!value)
            return std::nullopt;
        if (std::floor(*value) != *value || std::fabs(*value) > 1e6) {
            fail(key, QStringLiteral("must be a whole number"));
            return std::nullopt;
        }
        return static_cast<int>(*value);
    }

    bool boolean(const char *key) const
    {
        if (!has(key))
            return false;
        const auto value = m_object.value(QLatin1String(key));
        if (!value.isBool()) {
            fail(key, QStringLiteral("must be true or false"));
            return false;
        }
        return value.toBool();
    }

    /// A list of strings in the document's order, each non-string reported at `key[i]`.
    QStringList orderedList(const char *key) const
    {
        QStringList list;
        if (!has(key))
            return list;
        const auto value = m_object.value(QLatin1String(key));
        if (!value.isArray()) {
            fail(key, QStringLiteral("must be a list"));
            return list;
        }
        const QJsonArray items = value.toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (items.at(i).isString())
                list << items.at(i).toString();
            else
                m_errors.append({QStringLiteral("%1[%2]").arg(pathOf(key)).arg(i),
                                 QStringLiteral("must be a string")});
        }
        return list;
    }

    QStringList stringList(const char *key) const
    {
        QStringList list;
        if (!has(key))
            return list;
        const auto value = m_object.value(QLatin1String(key));
        if (!value.isArray()) {
            fail(key, QStringLiteral("must be a list of codes"));
            return list;
        }
        for (const auto &item : value.toArray()) {
            if (!item.isString()) {
                fail(key, QStringLiteral("must be a list of codes (strings)"));
                continue;
            }
            if (!list.contains(item.toString()))
                list << item.toString();
        }
        list.sort();
        return list;
    }

    /// Each object of a list, read with its own path (`key[i]`).
    std::vector<Reader> children(const char *key) const
    {
        std::vector<Reader> list;
        if (!has(key))
            return list;
        const auto value = m_object.value(QLatin1String(key));
        if (!value.isArray()) {
            fail(key, QStringLiteral("must be a list"));
            return list;
        }
        const QJsonArray items = value.toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString path = QStringLiteral("%1[%2]").arg(pathOf(key)).arg(i);
            if (!items.at(i).isObject())
                m_errors.append({path, QStringLiteral("must be an object")});
            list.emplace_back(items.at(i).toObject(), path, m_errors);
        }
        return list;
    }

    Reader child(const char *key) const
    {
        const auto value = m_object.value(QLatin1String(key));
        if (!value.isUndefined() && !value.isNull() && !value.isObject())
            fail(key, QStringLiteral("must be an object"));
        return Reader(value.toObject(), pathOf(key), m_errors);
    }

    template <typename Enum>
    Enum choice(const char *key, Enum fallback, std::optional<Enum> (*fromCode)(const QString &),
                const QStringList &allowed) const
    {
        const QString code = string(key);
        if (code.isEmpty())
            return fallback;
        if (const auto value = fromCode(code))
            return *value;
        fail(key, QStringLiteral("unknown value '%1' (one of: %2)")
                      .arg(code, allowed.join(QStringLiteral(", "))));
        return fallback;
    }

    /// Records an error unless `format` is the document's `format`: required, and a format
    /// of another name or version is refused rather than half read.
    void requireFormat(const char *expected) const
    {
        const QString format = string("format", true);
        if (!format.isEmpty() && format != QLatin1String(expected))
            fail("format", QStringLiteral("'%1' is not supported (expected %2)")
                               .arg(format, QLatin1String(expected)));
    }

private:
    QJsonObject m_object;
    QString m_path;
    FieldErrors &m_errors;
};

} // namespace bb::interop
