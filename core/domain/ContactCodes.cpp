// SPDX-License-Identifier: MIT
#include "domain/AntenatalContact.h"

#include "domain/CodeTable.h"

namespace bb::codes {
namespace {

// One table per choice; the migration's CHECK lists repeat these codes (a test checks that
// every code is accepted there). Urine codes are written as a dipstick is read.
constexpr LabelledCodeTable<Dipstick, 7> kDipstick{{
    {Dipstick::NotTested, "not_tested", QT_TRANSLATE_NOOP("codes", "Not tested")},
    {Dipstick::Negative, "negative", QT_TRANSLATE_NOOP("codes", "Negative")},
    {Dipstick::Trace, "trace", QT_TRANSLATE_NOOP("codes", "Trace")},
    {Dipstick::Plus1, "1+", QT_TRANSLATE_NOOP("codes", "1+")},
    {Dipstick::Plus2, "2+", QT_TRANSLATE_NOOP("codes", "2+")},
    {Dipstick::Plus3, "3+", QT_TRANSLATE_NOOP("codes", "3+")},
    {Dipstick::Plus4, "4+", QT_TRANSLATE_NOOP("codes", "4+")},
}};
constexpr LabelledCodeTable<Presentation, 5> kPresentations{{
    {Presentation::NotRecorded, "not_recorded", QT_TRANSLATE_NOOP("codes", "Not recorded")},
    {Presentation::Cephalic, "cephalic", QT_TRANSLATE_NOOP("codes", "Cephalic (head down)")},
    {Presentation::Breech, "breech", QT_TRANSLATE_NOOP("codes", "Breech (bottom or feet first)")},
    {Presentation::Transverse, "transverse",
     QT_TRANSLATE_NOOP("codes", "Transverse (lying across)")},
    {Presentation::Unsure, "unsure", QT_TRANSLATE_NOOP("codes", "Unsure")},
}};
constexpr LabelledCodeTable<Movements, 3> kMovements{{
    {Movements::NotDiscussed, "not_discussed", QT_TRANSLATE_NOOP("codes", "Not discussed")},
    {Movements::Normal, "normal", QT_TRANSLATE_NOOP("codes", "Discussed, normal")},
    {Movements::Reduced, "reduced", QT_TRANSLATE_NOOP("codes", "Reduced movements reported")},
}};
constexpr LabelledCodeTable<InductionDecision, 4> kInduction{{
    {InductionDecision::NotOffered, "not_offered", QT_TRANSLATE_NOOP("codes", "Not offered")},
    {InductionDecision::Accepted, "accepted", QT_TRANSLATE_NOOP("codes", "Offered and accepted")},
    {InductionDecision::Declined, "declined", QT_TRANSLATE_NOOP("codes", "Offered and declined")},
    {InductionDecision::Undecided, "undecided",
     QT_TRANSLATE_NOOP("codes", "Offered, not decided yet")},
}};

} // namespace

QString toCode(Dipstick value)
{
    return codeOf(kDipstick, value);
}
QString toCode(Presentation value)
{
    return codeOf(kPresentations, value);
}
QString toCode(Movements value)
{
    return codeOf(kMovements, value);
}
QString toCode(InductionDecision value)
{
    return codeOf(kInduction, value);
}
std::optional<Dipstick> dipstickFromCode(const QString &code)
{
    return valueOf(kDipstick, code);
}
std::optional<Presentation> presentationFromCode(const QString &code)
{
    return valueOf(kPresentations, code);
}
std::optional<Movements> movementsFromCode(const QString &code)
{
    return valueOf(kMovements, code);
}
std::optional<InductionDecision> inductionFromCode(const QString &code)
{
    return valueOf(kInduction, code);
}
QString label(Dipstick value)
{
    return labelOf(kDipstick, value);
}
QString label(Presentation value)
{
    return labelOf(kPresentations, value);
}
QString label(Movements value)
{
    return labelOf(kMovements, value);
}
QString label(InductionDecision value)
{
    return labelOf(kInduction, value);
}
QStringList dipstickCodes()
{
    return allCodes(kDipstick);
}
QStringList presentationCodes()
{
    return allCodes(kPresentations);
}
QStringList movementsCodes()
{
    return allCodes(kMovements);
}
QStringList inductionCodes()
{
    return allCodes(kInduction);
}

} // namespace bb::codes
