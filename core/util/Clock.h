// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QDateTime>

namespace bb {

/// Where "today" comes from. Rules never read the wall clock; the app passes this in, and
/// tests set a fixed date.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const;
    QDate today() const { return now().date(); }
};

/// A clock that stands still at the time it is given, for tests and reproducible demo data.
class FixedClock : public Clock
{
public:
    explicit FixedClock(QDateTime at) : m_at(std::move(at)) {}
    explicit FixedClock(QDate day) : m_at(day.startOfDay()) {}
    QDateTime now() const override { return m_at; }
    void set(QDateTime at) { m_at = std::move(at); }

private:
    QDateTime m_at;
};

} // namespace bb
