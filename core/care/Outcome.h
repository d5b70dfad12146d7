// SPDX-License-Identifier: MIT
#pragma once

#include "domain/FieldError.h"

#include <QString>
#include <QStringList>

#include <utility>
#include <variant>

namespace bb::care {

/// Something that went wrong that is not the user's input: the database refused a write, a row
/// could not be read, the file's integrity check failed. The command line exits 1 with it.
struct Failure
{
    QString message;
    /// Set when what was refused is a save made from an older version of a record than the one
    /// stored: a colleague saved it meanwhile. The form shows both versions (never overwrites).
    bool conflict = false;
};

/// What a use case returns: the value it saved or found; or the problems with the input, each
/// with its field path (`pregnancy.booking_date`), which the form shows beside its fields and
/// the command line prints before exiting 2; or a failure. Nothing was written unless it is a
/// value.
template <typename T> class Outcome
{
public:
    Outcome(T value) : m_state(std::move(value)) {}
    Outcome(FieldErrors errors) : m_state(std::move(errors)) {}
    Outcome(Failure failure) : m_state(std::move(failure)) {}

    static Outcome failure(const QString &message) { return Outcome(Failure{message}); }

    bool ok() const { return std::holds_alternative<T>(m_state); }
    bool invalid() const { return std::holds_alternative<FieldErrors>(m_state); }
    bool failed() const { return std::holds_alternative<Failure>(m_state); }
    /// A failure because someone else saved the record since it was read.
    bool conflicted() const
    {
        const auto *failure = std::get_if<Failure>(&m_state);
        return failure && failure->conflict;
    }
    explicit operator bool() const { return ok(); }

    const T &value() const { return std::get<T>(m_state); }
    T &value() { return std::get<T>(m_state); }
    const T *operator->() const { return &value(); }

    /// The problems with the input; empty unless invalid().
    FieldErrors fieldErrors() const
    {
        const auto *errors = std::get_if<FieldErrors>(&m_state);
        return errors ? *errors : FieldErrors{};
    }

    /// One line per problem (`path: message`) or the failure's message; empty when ok().
    QString message() const
    {
        if (const auto *failure = std::get_if<Failure>(&m_state))
            return failure->message;
        QStringList lines;
        for (const FieldError &e : fieldErrors())
            lines << e.toString();
        return lines.join(QLatin1Char('\n'));
    }

    /// The same problems for an outcome of another type (an operation passing on one it called).
    template <typename U> Outcome<U> as() const
    {
        if (const auto *failure = std::get_if<Failure>(&m_state))
            return Outcome<U>(*failure);
        return Outcome<U>(fieldErrors());
    }

private:
    std::variant<T, FieldErrors, Failure> m_state;
};

/// For operations that save and return nothing more.
struct Done
{
};

} // namespace bb::care
