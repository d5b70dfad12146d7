// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace bb::storage {

/// What a midwife typed into the search box, read as the one thing it can be: the start of an
/// NHS number, a date of birth, the start of a postcode, or the start of her names.
struct SearchQuery
{
    /// Everyone: no search typed, list women by family name (what the app shows on opening).
    enum class Kind
    {
        Empty,
        Everyone,
        NhsNumberPrefix,
        DateOfBirth,
        PostcodePrefix,
        Name
    };
    Kind kind = Kind::Empty;
    QString prefix;    ///< digits, postcode key, or unused for names
    QDate date;        ///< for DateOfBirth
    QStringList words; ///< folded name words, for Name

    static SearchQuery parse(const QString &text);
};

/// Lower case, accents removed, one space between words: how names are compared.
QString foldName(const QString &name);

/// Upper case without spaces: how postcodes are compared (`LE1 5WW` -> `LE15WW`).
QString foldPostcode(const QString &postcode);

/// The smallest string greater than every string starting with `prefix`, for index range scans.
QString prefixUpperBound(const QString &prefix);

} // namespace bb::storage
