// SPDX-License-Identifier: MIT
#include "scheduling/Allocation.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace bb::scheduling {

namespace {

// Outward codes: A9, A99, AA9, AA99, A9A, AA9A (the last two are London's sub-districts).
const QRegularExpression &outwardPattern()
{
    static const QRegularExpression re(QStringLiteral("^[A-Z]{1,2}[0-9][0-9A-Z]?$"));
    return re;
}
const QRegularExpression &inwardPattern()
{
    static const QRegularExpression re(QStringLiteral("^[0-9][A-Z]{2}$"));
    return re;
}

QString squeezed(const QString &text)
{
    QString s = text.toUpper();
    s.remove(QLatin1Char(' '));
    s.remove(QLatin1Char('-'));
    return s;
}

// The inward code's sector digit, or -1 when only an outward code was given.
struct ParsedPostcode
{
    QString outward;
    int sector = -1;
};

std::optional<ParsedPostcode> parsePostcode(const QString &postcode)
{
    const QString s = squeezed(postcode);
    if (s.size() >= 5 && inwardPattern().match(s.right(3)).hasMatch()) {
        const QString outward = s.left(s.size() - 3);
        if (outwardPattern().match(outward).hasMatch())
            return ParsedPostcode{outward, s.at(s.size() - 3).digitValue()};
    }
    if (outwardPattern().match(s).hasMatch())
        return ParsedPostcode{s, -1};
    return std::nullopt;
}

// How specifically a team's area entry covers the postcode: 0 no match, 1 area (`LE`),
// 2 district (`LE15`), 3 sector (`LE15 6`). A sector must keep its space: squeezed, `LE15 6`
// and the district `LE156` would be one text, and `LE1 5` would read as the district `LE15`.
int specificity(const QString &entry, const ParsedPostcode &pc)
{
    const QStringList parts = entry.trimmed().toUpper().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (parts.size() == 2) {
        return pc.sector >= 0 && parts.at(0) == pc.outward &&
                       parts.at(1) == QString::number(pc.sector)
                   ? 3
                   : 0;
    }
    if (parts.size() != 1)
        return 0;
    const QString &e = parts.at(0);
    if (e == pc.outward)
        return 2;
    const bool lettersOnly =
        std::all_of(e.cbegin(), e.cend(), [](QChar c) { return c.isLetter(); });
    if (!lettersOnly)
        return 0;
    qsizetype letters = 0;
    while (letters < pc.outward.size() && pc.outward.at(letters).isLetter())
        ++letters;
    return pc.outward.left(letters) == e ? 1 : 0;
}

} // namespace

QString outwardCode(const QString &postcode)
{
    const auto parsed = parsePostcode(postcode);
    return parsed ? parsed->outward : QString();
}

std::optional<TeamInfo> teamForPostcode(const QString &postcode, const QList<TeamInfo> &teams)
{
    const auto parsed = parsePostcode(postcode);
    if (!parsed)
        return std::nullopt;
    const TeamInfo *best = nullptr;
    int bestScore = 0;
    for (const TeamInfo &team : teams) {
        int score = 0;
        for (const QString &entry : team.postcodeAreas)
            score = std::max(score, specificity(entry, *parsed));
        if (score > bestScore || (score > 0 && score == bestScore && best && team.id < best->id)) {
            best = &team;
            bestScore = score;
        }
    }
    if (!best)
        return std::nullopt;
    return *best;
}

int monthKey(const QDate &date)
{
    return date.year() * 100 + date.month();
}

QList<MidwifeCandidate> suggestNamedMidwife(const TeamInfo &team,
                                            const QList<Clinician> &clinicians,
                                            const QHash<qint64, int> &caseloads,
                                            const DueMonthCounts &dueMonthCounts, const QDate &edd)
{
    const int month = monthKey(edd);
    QList<MidwifeCandidate> list;
    for (const Clinician &c : clinicians) {
        if (c.teamId != team.id || !isMidwife(c.role))
            continue;
        MidwifeCandidate m;
        m.clinicianId = c.id;
        m.name = c.name;
        // Women are whole: a 0.5 FTE midwife with a target of 35 has room for 17, not 17.5.
        // The small nudge keeps 0.6 × 35 (20.999… in binary) at 21.
        m.capacity =
            std::max(0, static_cast<int>(std::floor(c.fte * team.caseloadTargetPerFte + 1e-9)));
        m.caseload = caseloads.value(c.id, 0);
        m.capacityLeft = m.capacity - m.caseload;
        m.dueSameMonth = dueMonthCounts.value(c.id).value(month, 0);
        list << m;
    }
    std::sort(list.begin(), list.end(), [](const MidwifeCandidate &a, const MidwifeCandidate &b) {
        if (a.hasCapacity() != b.hasCapacity())
            return a.hasCapacity();
        if (a.capacityLeft != b.capacityLeft)
            return a.capacityLeft > b.capacityLeft;
        if (a.dueSameMonth != b.dueSameMonth)
            return a.dueSameMonth < b.dueSameMonth;
        return a.clinicianId < b.clinicianId;
    });
    return list;
}

} // namespace bb::scheduling
