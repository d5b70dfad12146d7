// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace bb {

/// Whom to contact for her: her partner or next of kin.
struct NextOfKin
{
    QString name;
    QString relationship; ///< partner, mother, friend...
    QString phone;
    bool operator==(const NextOfKin &) const = default;
    bool isEmpty() const { return name.isEmpty() && relationship.isEmpty() && phone.isEmpty(); }
};

/// A woman's demographics. They belong to her, not to a pregnancy, and are all a new
/// pregnancy starts with.
struct Woman
{
    qint64 id = 0;
    QString nhsNumber; ///< ten digits, no spaces; `TMP` and seven digits while she has none
    QString givenName;
    QString familyName;
    QDate dateOfBirth;
    QString address;
    QString postcode;
    QString phone;
    QString gpPractice;
    QString ethnicCategory; ///< one NHS ethnic category letter, or empty when not stated
    QString preferredLanguage = QStringLiteral("en");
    bool interpreterNeeded = false;
    QStringList social; ///< social circumstance codes, sorted
    QString occupation;
    NextOfKin nextOfKin;

    QString fullName() const { return givenName + QLatin1Char(' ') + familyName; }
    bool operator==(const Woman &) const = default;
};

} // namespace bb
