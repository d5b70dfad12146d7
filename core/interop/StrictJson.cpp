// SPDX-License-Identifier: MIT
#include "interop/StrictJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QStringDecoder>

#include <vector>

namespace bb::interop {
namespace {

/// An object or array being read, with the path of the value it is.
struct Frame
{
    bool isObject = true;
    QString path;
    QSet<QString> keys;
    bool expectingKey = true;
    QString key;   // the object's key whose value comes next
    int index = 0; // the array's element that comes next
};

QString joined(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

/// The path of the value the innermost frame reads next.
QString valuePath(const std::vector<Frame> &frames)
{
    if (frames.empty())
        return {}; // the document itself
    const Frame &f = frames.back();
    return f.isObject ? joined(f.path, f.key) : QStringLiteral("%1[%2]").arg(f.path).arg(f.index);
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/// The code unit of the `\uXXXX` escape at `at` (pointing at the backslash), or -1.
int escapedUnit(const QByteArray &json, qsizetype at)
{
    if (at + 5 >= json.size() || json.at(at + 1) != 'u')
        return -1;
    int unit = 0;
    for (qsizetype i = at + 2; i < at + 6; ++i) {
        const int digit = hexValue(json.at(i));
        if (digit < 0)
            return -1;
        unit = unit * 16 + digit;
    }
    return unit;
}

/// Reads the string whose opening quote is at `at`; returns the index after its closing quote
/// and, when asked, its text in `text`, decoded. A lone surrogate escape is reported against
/// `path`.
qsizetype readString(const QByteArray &json, qsizetype at, QString *text, const QString &path,
                     FieldErrors &errors)
{
    QByteArray raw;
    qsizetype i = at + 1;
    while (i < json.size() && json.at(i) != '"') {
        if (json.at(i) != '\\') {
            raw.append(json.at(i++));
            continue;
        }
        const int unit = escapedUnit(json, i);
        if (unit < 0) { // \n, \", \\ and the like: two bytes
            raw.append(json.mid(i, 2));
            i += 2;
            continue;
        }
        const bool high = unit >= 0xD800 && unit <= 0xDBFF;
        const bool low = unit >= 0xDC00 && unit <= 0xDFFF;
        const int next = high ? escapedUnit(json, i + 6) : -1;
        if (low || (high && !(next >= 0xDC00 && next <= 0xDFFF))) {
            errors.append({path, QStringLiteral("holds \\u%1, half of a surrogate pair, which is "
                                                "not a character")
                                     .arg(unit, 4, 16, QLatin1Char('0'))});
        }
        raw.append(json.mid(i, high && next >= 0 ? 12 : 6));
        i += high && next >= 0 ? 12 : 6;
    }
    if (text) {
        // Compared as a reader reads it, escapes and all: "a\u005fb" is the key "a_b".
        const QJsonDocument decoded = QJsonDocument::fromJson("[\"" + raw + "\"]");
        *text = decoded.isArray() ? decoded.array().at(0).toString() : QString::fromUtf8(raw);
    }
    return i + 1;
}

} // namespace

FieldErrors strictJsonProblems(const QByteArray &json)
{
    FieldErrors errors;
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    [[maybe_unused]] const QString decoded = utf8.decode(json); // for hasError() alone
    if (utf8.hasError()) {
        errors.append({QStringLiteral("$"), QStringLiteral("is not UTF-8 text")});
        return errors;
    }
    std::vector<Frame> frames;
    for (qsizetype i = 0; i < json.size();) {
        const char c = json.at(i);
        if (c == '{' || c == '[') {
            frames.push_back({c == '{', valuePath(frames), {}, true, {}, 0});
            ++i;
        } else if (c == '}' || c == ']') {
            if (!frames.empty())
                frames.pop_back();
            ++i;
        } else if (c == ',') {
            if (!frames.empty()) {
                Frame &f = frames.back();
                f.expectingKey = f.isObject;
                ++f.index;
            }
            ++i;
        } else if (c == '"') {
            const bool isKey =
                !frames.empty() && frames.back().isObject && frames.back().expectingKey;
            QString text;
            const QString path = isKey ? frames.back().path : valuePath(frames);
            i = readString(json, i, isKey ? &text : nullptr, path, errors);
            if (isKey) {
                Frame &f = frames.back();
                if (f.keys.contains(text))
                    errors.append({joined(f.path, text),
                                   QStringLiteral("is given more than once in its object")});
                f.keys.insert(text);
                f.key = text;
                f.expectingKey = false;
            }
        } else {
            ++i;
        }
    }
    return errors;
}

} // namespace bb::interop
