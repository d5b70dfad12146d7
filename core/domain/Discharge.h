// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace bb {

/// The NHS Friends and Family Test question, "Overall, how was your experience of our
/// service?", and its six answers.
enum class FeedbackAnswer
{
    VeryGood,
    Good,
    Neither, ///< neither good nor poor
    Poor,
    VeryPoor,
    DontKnow
};

/// Her discharge from maternity care to the health visitor.
struct Discharge
{
    qint64 pregnancyId = 0;
    QDate date;
    QString healthVisitor; ///< who takes over: a health visitor or health visiting team
    QString handoverNotes; ///< for the health visitor; never printed on her copy
    /// A baby's NHS number by baby id, given at discharge when not recorded before.
    QMap<qint64, QString> babyNhsNumbers;
    bool operator==(const Discharge &) const = default;
};

/// A discharge as stored, with who recorded it.
struct RecordedDischarge
{
    Discharge discharge;
    QString recordedBy;
    QDateTime recordedAt;
};

/// Her answer to the Friends and Family Test at discharge, and her own words, kept with her
/// team and the month only: nothing in it leads back to her.
struct Feedback
{
    FeedbackAnswer answer = FeedbackAnswer::DontKnow;
    QString comment;
    bool operator==(const Feedback &) const = default;
};

/// One answer as stored: the team that cared for her and the month.
struct FeedbackEntry
{
    qint64 teamId = 0; ///< 0 when she had no team
    QDate givenOn;     ///< the first day of the month she answered in
    Feedback feedback;
    bool operator==(const FeedbackEntry &) const = default;
};

/// A Friends and Family Test share as the summaries print it: `66.7%`, or `-` with no responses.
QString percentText(const std::optional<double> &percent);

} // namespace bb

namespace bb::codes {

QString toCode(FeedbackAnswer value);
std::optional<FeedbackAnswer> feedbackAnswerFromCode(const QString &code);
QString label(FeedbackAnswer value);
QStringList feedbackAnswerCodes();

} // namespace bb::codes
