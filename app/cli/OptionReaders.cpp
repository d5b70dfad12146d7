// SPDX-License-Identifier: MIT
#include "cli/OptionReaders.h"

#include <QRegularExpression>

namespace bb::cli {

std::optional<BloodPressure> bpOption(Arguments &arguments)
{
    if (!arguments.has("bp"))
        return std::nullopt;
    static const QRegularExpression form(QStringLiteral("^(\\d{2,3})/(\\d{2,3})$"));
    const QRegularExpressionMatch m = form.match(arguments.value("bp").trimmed());
    if (!m.hasMatch()) {
        arguments.fail(QStringLiteral("--bp: '%1' is not a blood pressure (systolic/diastolic "
                                      "in mmHg, e.g. 120/80)")
                           .arg(arguments.value("bp")));
        return std::nullopt;
    }
    return BloodPressure{m.captured(1).toInt(), m.captured(2).toInt()};
}

std::optional<double> numberOption(Arguments &arguments, const char *name, const char *what)
{
    if (!arguments.has(name))
        return std::nullopt;
    bool ok = false;
    const double value = arguments.value(name).toDouble(&ok);
    if (!ok) {
        arguments.fail(QStringLiteral("--%1: '%2' is not a number (%3)")
                           .arg(QLatin1String(name), arguments.value(name), QLatin1String(what)));
        return std::nullopt;
    }
    return value;
}

std::optional<bool> yesNoOption(Arguments &arguments, const char *name)
{
    if (!arguments.has(name))
        return std::nullopt;
    const QString value = arguments.value(name);
    if (value != QLatin1String("yes") && value != QLatin1String("no")) {
        arguments.fail(
            QStringLiteral("--%1: '%2' must be yes or no").arg(QLatin1String(name), value));
        return std::nullopt;
    }
    return value == QLatin1String("yes");
}

} // namespace bb::cli
