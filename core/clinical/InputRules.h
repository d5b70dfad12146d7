// SPDX-License-Identifier: MIT
#pragma once

#include "domain/FieldError.h"

#include <QDate>
#include <QString>

namespace bb::clinical {

/// What kind of free text a field holds, which sets how long it may be and whether it may run
/// over lines. The same rules hold at every door: the forms, the booking format and the
/// command line all reach them through the validation of what they save.
enum class TextKind
{
    Name,    ///< a given or family name: one line, 100 characters
    Line,    ///< a short answer (occupation, GP practice, next of kin, venue): one line, 200
    Address, ///< her address: lines allowed, 500 characters
    Note     ///< a clinician's note: lines allowed, 5,000 characters
};

/// The most characters a field of `kind` may hold.
int maxLength(TextKind kind);

/// What is wrong with `text` as a field of `kind`, or empty: longer than the kind allows, a
/// control character (a line break only where lines are allowed; tabs never), or text that is
/// not valid Unicode (a lone surrogate, a noncharacter, or the replacement character that
/// stands where the bytes read were not UTF-8). Linear in the length of the text, and it stops
/// looking once the text is too long.
QString textProblem(const QString &text, TextKind kind);

/// Appends `path: problem` to `errors` when `text` has a textProblem().
void checkText(FieldErrors &errors, const QString &text, TextKind kind, const QString &path);

/// A date no clinical record can hold: before 1900, or more than a year after `today`. Empty
/// when the date is plausible or not given. Where a date may not be in the future at all, that
/// is checked besides.
QString implausibleDate(const QDate &date, const QDate &today);

/// The earliest date any record holds.
inline const QDate kEarliestDate{1900, 1, 1};

} // namespace bb::clinical
