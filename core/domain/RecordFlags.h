// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Loss.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace bb {

/// What every screen and list where she appears must show about her at a glance: the
/// circumstances that make her vulnerable, an interpreter, her age, a loss, and whether her
/// record stands. Read for many women at once (care::Women::flagsOf()).
struct RecordFlags
{
    QStringList social; ///< her social circumstance codes (codes::socialCodes()), sorted
    bool interpreterNeeded = false;
    QString language; ///< her preferred language's ISO 639 code
    /// Under 20 at the booking of her latest pregnancy (today, when she has none).
    bool teenageParent = false;
    std::optional<LossKind> loss; ///< how her latest pregnancy ended, when it ended in a loss
    QDate lossDate;               ///< the day of that loss
    bool temporaryNumber = false; ///< she has a temporary identifier, no NHS number yet
    bool enteredInError = false;  ///< her record was entered in error: kept, listed nowhere

    bool isEmpty() const { return flagCount() == 0; }
    int flagCount() const;
    bool operator==(const RecordFlags &) const = default;
};

/// Where flags are shown: a list's one short cell, or her record's header.
enum class FlagStyle
{
    List,
    Header
};

/// Each flag in words, most pressing first: entered in error, the loss, an interpreter, a
/// teenage parent, then her circumstances in codes::socialCodes() order. The temporary
/// identifier is not among them: it is shown where her number is (clinical::nhs::listed()).
/// Safeguarding and domestic abuse are for staff screens; her own copy never shows flags.
QStringList flagLabels(const RecordFlags &flags, FlagStyle style);

/// flagLabels() on one line: `Loss: stillbirth · Interpreter (Polish) · Asylum seeker`.
QString flagText(const RecordFlags &flags, FlagStyle style);

} // namespace bb
