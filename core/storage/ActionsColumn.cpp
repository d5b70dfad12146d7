// SPDX-License-Identifier: MIT
#include "storage/ActionsColumn.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace bb::storage {

QString actionsColumn(const QList<ContactAction> &actions)
{
    QJsonArray array;
    for (const ContactAction &a : actions) {
        array.append(
            QJsonObject{{QStringLiteral("code"), a.code},
                        {QStringLiteral("source"), a.source},
                        {QStringLiteral("reasons"), QJsonArray::fromStringList(a.reasons)}});
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<ContactAction> actionsFromColumn(const QString &json)
{
    QList<ContactAction> actions;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array()) {
        ContactAction a;
        a.code = v[QStringLiteral("code")].toString();
        a.source = v[QStringLiteral("source")].toString();
        for (const QJsonValue &r : v[QStringLiteral("reasons")].toArray())
            a.reasons << r.toString();
        actions << a;
    }
    return actions;
}

} // namespace bb::storage
