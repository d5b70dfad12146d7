// SPDX-License-Identifier: MIT
#include "domain/RecordFlags.h"

#include "domain/Codes.h"
#include "domain/Languages.h"

#include <QCoreApplication>

namespace bb {

int RecordFlags::flagCount() const
{
    return int(social.size()) + (interpreterNeeded ? 1 : 0) + (teenageParent ? 1 : 0) +
           (loss ? 1 : 0) + (temporaryNumber ? 1 : 0) + (enteredInError ? 1 : 0);
}

QStringList flagLabels(const RecordFlags &flags, FlagStyle style)
{
    const bool header = style == FlagStyle::Header;
    QStringList labels;
    if (flags.enteredInError)
        labels << QCoreApplication::translate("codes", "Entered in error");
    if (flags.loss) {
        const QString kind = codes::label(*flags.loss).toLower();
        labels << (header && flags.lossDate.isValid()
                       ? QCoreApplication::translate("codes", "Loss: %1 on %2")
                             .arg(kind, flags.lossDate.toString(QStringLiteral("dd-MMM-yyyy")))
                       : QCoreApplication::translate("codes", "Loss: %1").arg(kind));
    }
    if (flags.interpreterNeeded) {
        const QString name = languageName(flags.language);
        const QString language = name.isEmpty() ? flags.language : name;
        const QString words = header ? QCoreApplication::translate("codes", "Interpreter needed")
                                     : QCoreApplication::translate("codes", "Interpreter");
        labels << (language.isEmpty() ? words : QStringLiteral("%1 (%2)").arg(words, language));
    }
    if (flags.teenageParent)
        labels << QCoreApplication::translate("codes", "Teenage parent");
    for (const QString &code : codes::socialCodes()) {
        if (flags.social.contains(code))
            labels << codes::socialLabel(code);
    }
    return labels;
}

QString flagText(const RecordFlags &flags, FlagStyle style)
{
    return flagLabels(flags, style).join(QStringLiteral(" \u00B7 "));
}

} // namespace bb
