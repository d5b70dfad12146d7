// SPDX-License-Identifier: MIT
#include "widgets/NumberFields.h"

#include <QCoreApplication>
#include <QLineEdit>

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

} // namespace bb::ui
