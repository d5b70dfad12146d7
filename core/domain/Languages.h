// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

namespace bb {

/// A language she may prefer, by its ISO 639 code (`gu`) and English name (`Gujarati`).
struct Language
{
    QString code;
    QString name;
    bool operator==(const Language &) const = default;
};

/// The languages most often preferred in Leicester, Leicestershire and Rutland, English first.
QList<Language> commonLanguages();
/// Every language with an ISO 639 code, by name. The two-letter code where there is one.
QList<Language> allLanguages();

/// `Gujarati` for `gu`; empty for a code that is not ISO 639.
QString languageName(const QString &code);

} // namespace bb
