// SPDX-License-Identifier: MIT
#include "interop/BookingMerge.h"

#include "interop/BookingJson.h"

#include <QJsonDocument>
#include <QSet>

namespace bb::interop {
namespace {

QString joined(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

QJsonObject merged(const QJsonObject &base, const QJsonObject &theirs, const QJsonObject &mine,
                   const QString &path, BookingMerge &out)
{
    QJsonObject result = theirs;
    QSet<QString> keys;
    for (const QJsonObject *side : {&base, &theirs, &mine}) {
        for (auto it = side->begin(); it != side->end(); ++it)
            keys.insert(it.key());
    }
    QStringList ordered(keys.cbegin(), keys.cend());
    ordered.sort();
    for (const QString &key : std::as_const(ordered)) {
        const QJsonValue was = base.value(key);
        const QJsonValue their = theirs.value(key);
        const QJsonValue my = mine.value(key);
        if (my == was) {
            // Theirs, already in the result; named answer by answer.
            if (their.isObject() && was.isObject())
                merged(was.toObject(), their.toObject(), my.toObject(), joined(path, key), out);
            else if (their != was)
                out.theirsKept << joined(path, key);
            continue;
        }
        if (their == was || their == my) {
            result.insert(key, my);
        } else if (my.isObject() && their.isObject()) {
            result.insert(key, merged(was.toObject(), their.toObject(), my.toObject(),
                                      joined(path, key), out));
        } else {
            out.bothChanged << joined(path, key);
            result.insert(key, my);
        }
        if (my.isUndefined())
            result.remove(key);
    }
    return result;
}

} // namespace

BookingMerge mergeBookings(const Booking &base, const Booking &theirs, const Booking &mine)
{
    BookingMerge out;
    const QJsonObject json =
        merged(bookingToJson(base), bookingToJson(theirs), bookingToJson(mine), QString(), out);
    const BookingParseResult parsed = parseBooking(QJsonDocument(json).toJson());
    // Each side was read by the same format, so the merge always reads back; were it ever not
    // to, hers is what is saved, with every answer of theirs counted as a conflict.
    if (!parsed.booking) {
        out.merged = mine;
        out.bothChanged << out.theirsKept;
        out.theirsKept.clear();
        return out;
    }
    out.merged = *parsed.booking;
    // What the format does not carry is the stored record's: its ids and where she is in care.
    out.merged.woman.id = theirs.woman.id;
    out.merged.pregnancy.id = theirs.pregnancy.id;
    out.merged.pregnancy.womanId = theirs.pregnancy.womanId;
    out.merged.pregnancy.status = theirs.pregnancy.status;
    return out;
}

WomanMerge mergeWomen(const Woman &base, const Woman &theirs, const Woman &mine)
{
    WomanMerge out{theirs, {}, {}};
    // One field: `get` gives it of any woman, const or not.
    const auto merge = [&](const char *path, auto get) {
        const auto &was = get(base);
        const auto &their = get(theirs);
        const auto &my = get(mine);
        const QString name = QStringLiteral("woman.") + QLatin1String(path);
        if (my == was) {
            if (their != was)
                out.theirsKept << name;
            return; // theirs, already in the result
        }
        if (their != was && their != my)
            out.bothChanged << name;
        get(out.merged) = my;
    };
    merge(
        "nhs_number", [](auto &w) -> auto & { return w.nhsNumber; });
    merge(
        "given_name", [](auto &w) -> auto & { return w.givenName; });
    merge(
        "family_name", [](auto &w) -> auto & { return w.familyName; });
    merge(
        "date_of_birth", [](auto &w) -> auto & { return w.dateOfBirth; });
    merge(
        "address", [](auto &w) -> auto & { return w.address; });
    merge(
        "postcode", [](auto &w) -> auto & { return w.postcode; });
    merge(
        "phone", [](auto &w) -> auto & { return w.phone; });
    merge(
        "gp_practice", [](auto &w) -> auto & { return w.gpPractice; });
    merge(
        "ethnic_category", [](auto &w) -> auto & { return w.ethnicCategory; });
    merge(
        "preferred_language", [](auto &w) -> auto & { return w.preferredLanguage; });
    merge(
        "interpreter_needed", [](auto &w) -> auto & { return w.interpreterNeeded; });
    merge(
        "social", [](auto &w) -> auto & { return w.social; });
    merge(
        "occupation", [](auto &w) -> auto & { return w.occupation; });
    merge(
        "next_of_kin.name", [](auto &w) -> auto & { return w.nextOfKin.name; });
    merge(
        "next_of_kin.relationship", [](auto &w) -> auto & { return w.nextOfKin.relationship; });
    merge(
        "next_of_kin.phone", [](auto &w) -> auto & { return w.nextOfKin.phone; });
    return out;
}

} // namespace bb::interop
