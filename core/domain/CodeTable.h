// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QLatin1String>
#include <QString>
#include <QStringList>

#include <array>
#include <cstddef>
#include <optional>

// The tables behind codes::toCode, ...FromCode, label and ...Codes: each choice is listed once,
// with its stored code (and label), and read by these lookups so that the conversions in every
// direction agree. Only for the domain's .cpp files; the public API stays in the domain headers.
// Labels are marked QT_TRANSLATE_NOOP("codes", ...) in the tables and shown in the installed
// translation (translations/); the stored codes never change with the language.
namespace bb::codes {

/// An enum value and its stored code.
template <typename Enum> struct Code
{
    Enum value;
    const char *code;
};

/// An enum value, its stored code and the label shown for it.
template <typename Enum> struct LabelledCode
{
    Enum value;
    const char *code;
    const char *label;
};

/// A stored code and its label, for choices that have no enum.
struct CodeLabel
{
    const char *code;
    const char *label;
};

template <typename Enum, std::size_t N> using CodeTable = std::array<Code<Enum>, N>;
template <typename Enum, std::size_t N> using LabelledCodeTable = std::array<LabelledCode<Enum>, N>;

/// The code of `value`; empty when the table does not list it.
template <typename Entry, std::size_t N, typename Enum>
QString codeOf(const std::array<Entry, N> &table, Enum value)
{
    for (const Entry &entry : table) {
        if (entry.value == value)
            return QString::fromLatin1(entry.code);
    }
    return {};
}

/// The label of `value`; empty when the table does not list it.
template <typename Entry, std::size_t N, typename Enum>
QString labelOf(const std::array<Entry, N> &table, Enum value)
{
    for (const Entry &entry : table) {
        if (entry.value == value)
            return QCoreApplication::translate("codes", entry.label);
    }
    return {};
}

/// The entry stored as `code`; null for an unknown code.
template <typename Entry, std::size_t N>
const Entry *entryOfCode(const std::array<Entry, N> &table, const QString &code)
{
    for (const Entry &entry : table) {
        if (code == QLatin1String(entry.code))
            return &entry;
    }
    return nullptr;
}

/// The value stored as `code`; none for an unknown code.
template <typename Entry, std::size_t N>
std::optional<decltype(Entry::value)> valueOf(const std::array<Entry, N> &table,
                                              const QString &code)
{
    const Entry *entry = entryOfCode(table, code);
    return entry ? std::optional(entry->value) : std::nullopt;
}

/// The label of `code`, in the installed translation; `unknown` when the table does not list it.
template <typename Entry, std::size_t N>
QString labelOfCode(const std::array<Entry, N> &table, const QString &code,
                    const QString &unknown = {})
{
    const Entry *entry = entryOfCode(table, code);
    return entry ? QCoreApplication::translate("codes", entry->label) : unknown;
}

/// The label of `code` as the table words it, never translated: for text that is stored with a
/// record or exported, which must read the same whoever made it.
template <typename Entry, std::size_t N>
QString sourceLabelOfCode(const std::array<Entry, N> &table, const QString &code)
{
    const Entry *entry = entryOfCode(table, code);
    return entry ? QString::fromUtf8(entry->label) : QString();
}

/// Every code, in the table's order (the order pickers show).
template <typename Entry, std::size_t N> QStringList allCodes(const std::array<Entry, N> &table)
{
    QStringList list;
    for (const Entry &entry : table)
        list << QString::fromLatin1(entry.code);
    return list;
}

} // namespace bb::codes
