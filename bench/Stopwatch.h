// SPDX-License-Identifier: MIT
#pragma once

#include <QElapsedTimer>
#include <QList>

#include <algorithm>
#include <cstdio>
#include <numeric>

namespace bb::bench {

/// Times repeated runs of one operation and reports the median and 95th percentile.
class Samples
{
public:
    template <typename Fn> void time(Fn &&fn)
    {
        QElapsedTimer timer;
        timer.start();
        fn();
        m_ms << double(timer.nsecsElapsed()) / 1e6;
    }

    double percentile(double p) const
    {
        if (m_ms.isEmpty())
            return 0;
        QList<double> sorted = m_ms;
        std::sort(sorted.begin(), sorted.end());
        const auto index =
            std::min<qsizetype>(sorted.size() - 1, qsizetype(p * double(sorted.size())));
        return sorted[index];
    }

    void add(double ms) { m_ms << ms; }
    double max() const
    {
        return m_ms.isEmpty() ? 0 : *std::max_element(m_ms.cbegin(), m_ms.cend());
    }
    qsizetype size() const { return m_ms.size(); }
    double total() const { return std::accumulate(m_ms.cbegin(), m_ms.cend(), 0.0); }

    /// One line of the table; the 95th percentile is what is held to the target.
    void print(const char *what, double targetMs) const
    {
        const double p95 = percentile(0.95);
        std::printf("  %-50s median %9.3f ms   p95 %9.3f ms   (n=%lld, target <= %g ms) %s\n", what,
                    percentile(0.5), p95, static_cast<long long>(m_ms.size()), targetMs,
                    targetMs <= 0 ? "" : (p95 <= targetMs ? "ok" : "OVER"));
    }

    /// As print(), with the slowest run too: a list opened many times a day is held to its 95th
    /// percentile, and its worst is worth knowing.
    void printWithMax(const char *what, double targetMs) const
    {
        const double p95 = percentile(0.95);
        std::printf("  %-50s median %9.3f ms   p95 %9.3f ms   max %9.3f ms   (n=%lld, target <= "
                    "%g ms) %s\n",
                    what, percentile(0.5), p95, max(), static_cast<long long>(m_ms.size()),
                    targetMs, targetMs <= 0 ? "" : (p95 <= targetMs ? "ok" : "OVER"));
    }

private:
    QList<double> m_ms;
};

} // namespace bb::bench
