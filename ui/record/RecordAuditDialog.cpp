// SPDX-License-Identifier: MIT
#include "record/RecordAuditDialog.h"

#include "ClinicContext.h"
#include "widgets/ScreenFit.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonValue>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace bb::ui {
namespace {

QString shown(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return QObject::tr("(nothing)");
    if (value.isBool())
        return value.toBool() ? QObject::tr("yes") : QObject::tr("no");
    if (value.isDouble())
        return QString::number(value.toDouble());
    if (value.isString())
        return value.toString().isEmpty() ? QObject::tr("(nothing)") : value.toString();
    if (value.isArray()) {
        QStringList items;
        for (const QJsonValue &item : value.toArray())
            items << shown(item);
        return items.isEmpty() ? QObject::tr("(none)") : items.join(QStringLiteral(", "));
    }
    return QObject::tr("(several fields)");
}

QString roleWords(const QString &code)
{
    const auto role = codes::userRoleFromCode(code);
    return role ? codes::label(*role) : code;
}

QString outcomeWords(AuditOutcome outcome)
{
    switch (outcome) {
    case AuditOutcome::Done:
        return QObject::tr("done");
    case AuditOutcome::Refused:
        return QObject::tr("refused");
    case AuditOutcome::Failed:
        return QObject::tr("failed");
    }
    return {};
}

} // namespace

RecordAuditDialog::RecordAuditDialog(ClinicContext &context, qint64 womanId, const QString &whose,
                                     QWidget *parent)
    : QDialog(parent), m_context(context), m_womanId(womanId), m_tree(new QTreeWidget)
{
    setObjectName(QStringLiteral("recordAuditDialog"));
    setWindowTitle(tr("Who has looked at and changed her record"));
    auto *heading = new QLabel(tr("%1: everyone who has opened, changed, printed or exported her "
                                  "record, newest first. A change shows what was there before "
                                  "(▸ to see each field).")
                                   .arg(whose));
    heading->setWordWrap(true);
    m_tree->setObjectName(QStringLiteral("recordAuditTree"));
    m_tree->setHeaderLabels(
        {tr("When"), tr("Who"), tr("Role"), tr("Computer"), tr("What"), tr("Outcome")});
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(4, QHeaderView::Stretch);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);
    resizeWithinScreen(this, QSize(1100, 600));
}

bool RecordAuditDialog::load(QString *problem)
{
    const auto rows = m_context.clinic.audit.ofRecord(m_womanId, m_context.actor);
    if (!rows) {
        *problem = rows.message();
        return false;
    }
    m_tree->clear();
    for (const AuditListing &row : rows.value()) {
        const AuditEvent &e = row.event;
        auto *item = new QTreeWidgetItem(
            m_tree,
            {e.at.toLocalTime().toString(QStringLiteral("dd-MMM-yyyy HH:mm:ss")), e.username,
             roleWords(e.role), e.workstation,
             codes::label(e.event) + QStringLiteral(": ") + e.what, outcomeWords(e.outcome)});
        for (auto it = e.changes.begin(); it != e.changes.end(); ++it) {
            const QJsonObject change = it.value().toObject();
            if (!it.value().isObject()) { // kept from her role: safeguarding detail
                new QTreeWidgetItem(item, {QString(), QString(), QString(), QString(),
                                           tr("%1: %2").arg(it.key(), it.value().toString())});
                continue;
            }
            new QTreeWidgetItem(item,
                                {QString(), QString(), QString(), QString(),
                                 tr("%1: was %2, now %3")
                                     .arg(it.key(), shown(change.value(QStringLiteral("old"))),
                                          shown(change.value(QStringLiteral("new"))))});
        }
    }
    for (int column = 0; column < 4; ++column)
        m_tree->resizeColumnToContents(column);
    m_tree->setCurrentItem(m_tree->topLevelItem(0));
    m_tree->setFocus();
    return true;
}

} // namespace bb::ui
