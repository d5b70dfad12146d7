// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace bb::storage {

/// What a midwife typed into the search box, read as the one thing it can be: the start of an
/// NHS number (or of a temporary identifier, `TMP0000001`), a date of birth, the start of a
/// postcode, or the start of her names, which may come with her date of birth ("asha 11/04/1990").
/// Names are typed either way round, with or without a comma ("Begum, Asha"); a date of birth as
/// the app shows it ("28-Oct-2002"), or with slashes, dots, dashes or spaces and a year of two or
/// four digits ("28/10/02").
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
    QString prefix;    ///< digits (or `TMP` and digits), postcode key, or unused for names
    QDate date;        ///< for DateOfBirth; for Name, her date of birth when one was typed too
    QStringList words; ///< folded name words, for Name

    /// `today` places a two-digit year: the latest year ending in those digits that is not
    /// after today. Without it a two-digit year is not read as a date.
    static SearchQuery parse(const QString &text, const QDate &today = {});
};

/// Lower case, accents, apostrophes and full stops removed, one space between words: how names
/// are compared, so "oconnor" finds O'Connor and "st john" finds St. John.
QString foldName(const QString &name);

/// Upper case without spaces: how postcodes are compared (`LE1 5WW` -> `LE15WW`).
QString foldPostcode(const QString &postcode);

/// A date of birth as a midwife types it (see SearchQuery), or an invalid date.
QDate parseTypedDate(const QString &text, const QDate &today = {});

/// The smallest string greater than every string starting with `prefix`, for index range scans.
QString prefixUpperBound(const QString &prefix);

} // namespace bb::storage
