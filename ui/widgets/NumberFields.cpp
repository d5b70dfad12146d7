// SPDX-License-Identifier: MIT
#include "widgets/NumberFields.h"

#include <QCoreApplication>
#include <QLineEdit>
#include <QRegularExpression>

namespace bb::ui {

QLineEdit *makeNumberBox(const char *name, const QString &unit)
{
    auto *box = new QLineEdit;
    box->setObjectName(QLatin1String(name));
    box->setPlaceholderText(unit);
    box->setMaximumWidth(120);
    return box;
}

QString numberText(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'g', 6) : QString();
}

std::optional<double> readNumber(const QLineEdit *box, const QString &path, FieldErrors &problems)
{
    const QString text = box->text().trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok) {
        problems.append(
            {path, QCoreApplication::translate("bb::ui", "'%1' is not a number").arg(text)});
        return std::nullopt;
    }
    return value;
}

std::optional<int> readWholeNumber(const QLineEdit *box, const QString &path, FieldErrors &problems)
{
    const QString text = box->text().trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok) {
        problems.append(
            {path, QCoreApplication::translate("bb::ui", "'%1' is not a whole number").arg(text)});
        return std::nullopt;
    }
    return value;
}

QString bloodPressureText(const std::optional<BloodPressure> &value)
{
    return value ? QStringLiteral("%1/%2").arg(value->systolic).arg(value->diastolic) : QString();
}

std::optional<BloodPressure> readBloodPressure(const QLineEdit *box, const QString &path,
                                               FieldErrors &problems)
{
    const QString text = box->text().trimmed();
    static const QRegularExpression form(QStringLiteral("^(\\d{2,3})\\s*/\\s*(\\d{2,3})$"));
    if (const QRegularExpressionMatch m = form.match(text); m.hasMatch())
        return BloodPressure{m.captured(1).toInt(), m.captured(2).toInt()};
    if (!text.isEmpty())
        problems.append({path, QCoreApplication::translate(
                                   "bb::ui", "type it as systolic/diastolic, e.g. 120/80")});
    return std::nullopt;
}

} // namespace bb::ui
