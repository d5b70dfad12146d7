// SPDX-License-Identifier: MIT
#include "cli/OptionReaders.h"

#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>

namespace bb::cli {

QJsonArray actionsJson(const QList<ContactAction> &actions)
{
    QJsonArray array;
    for (const ContactAction &a : actions) {
        array.append(
            QJsonObject{{QStringLiteral("code"), a.code},
                        {QStringLiteral("source"), a.source},
                        {QStringLiteral("reasons"), QJsonArray::fromStringList(a.reasons)}});
    }
    return array;
}

void writeActions(QTextStream &out, const QList<ContactAction> &actions, const QString &indent)
{
    for (const ContactAction &a : actions)
        out << indent << a.code << " (" << a.source << "): " << a.reasons.join(QStringLiteral("; "))
            << Qt::endl;
}

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
    if (!ok || !std::isfinite(value)) {
        arguments.fail(QStringLiteral("--%1: '%2' is not a number (%3)")
                           .arg(QLatin1String(name), arguments.value(name), QLatin1String(what)));
        return std::nullopt;
    }
    return value;
}

std::optional<int> wholeOption(Arguments &arguments, const char *name, const char *what)
{
    if (!arguments.has(name))
        return std::nullopt;
    bool ok = false;
    const int value = arguments.value(name).toInt(&ok);
    if (!ok) {
        arguments.fail(QStringLiteral("--%1: '%2' is not a whole number (%3)")
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
