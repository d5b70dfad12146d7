// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

namespace bb::clinical {

/// A published guideline the clinical rules follow, at the version they were written against.
struct Guideline
{
    QString name;    ///< as recommendations cite it: "NICE NG133"
    QString title;   ///< what it is about, in a few words
    QString version; ///< the edition the rules follow: "2019, updated 2023"
};

/// The version of the clinical rules page the rules implement; it changes when the rules do.
int clinicalRulesVersion();

/// Every guideline the rules follow: the rules page's list of sources in its order, then those
/// its rules cite besides.
QList<Guideline> guidelines();

} // namespace bb::clinical
