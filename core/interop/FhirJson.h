// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QTime>

#include <initializer_list>

// The small pieces every FHIR resource of her bundle is built from: codings, concepts,
// references, quantities and times.
namespace bb::interop::fhir {

inline constexpr char kLoinc[] = "http://loinc.org";
inline constexpr char kSnomed[] = "http://snomed.info/sct";
inline constexpr char kUcum[] = "http://unitsofmeasure.org";

/// One coding of a code system.
QJsonObject coding(const char *system, const QString &code, const QString &display);
/// A CodeableConcept of one coding, with the text a person reads.
QJsonObject codeable(const char *system, const QString &code, const QString &display,
                     const QString &text = {});
/// A CodeableConcept of words alone, for what no code system holds.
QJsonObject text(const QString &words);
/// A Reference to an entry of the bundle by its full URL, with what a reader sees of it.
QJsonObject reference(const QString &fullUrl, const QString &display = {});
/// A Reference to something outside the bundle, known only by name.
QJsonObject named(const QString &display);
/// A Quantity in a UCUM unit.
QJsonObject quantity(double value, const QString &unit, const QString &ucum);
/// A date as FHIR writes it (YYYY-MM-DD).
QString date(const QDate &day);
/// A local time in the UK as a FHIR dateTime with its offset (+00:00 in winter, +01:00 in
/// summer), as an instant needs.
QString ukDateTime(const QDate &day, const QTime &time);
/// A single-value array, as FHIR writes most repeating elements.
QJsonArray one(const QJsonValue &value);

} // namespace bb::interop::fhir
