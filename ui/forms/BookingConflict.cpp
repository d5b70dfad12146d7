// SPDX-License-Identifier: MIT
#include "forms/BookingConflict.h"

#include "interop/BookingJson.h"

#include <QDate>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QMap>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace bb::ui {
namespace {

/// Every answer of a booking by its path in the booking format (`pregnancy.lmp`), as text.
void flatten(const QJsonValue &value, const QString &path, QMap<QString, QString> &out)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            flatten(it.value(), path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key(),
                    out);
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        bool plain = true;
        for (const QJsonValue &item : array)
            plain = plain && !item.isObject() && !item.isArray();
        if (plain) {
            QStringList items;
            for (const QJsonValue &item : array)
                items << item.toVariant().toString();
            out.insert(path, items.join(QStringLiteral(", ")));
            return;
        }
        for (qsizetype i = 0; i < array.size(); ++i)
            flatten(array.at(i), QStringLiteral("%1[%2]").arg(path).arg(i + 1), out);
    } else if (value.isBool()) {
        out.insert(path, value.toBool() ? BookingConflict::tr("yes") : BookingConflict::tr("no"));
    } else if (!value.isNull() && !value.isUndefined()) {
        // A date as the form shows it, not as the booking format writes it.
        const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
        out.insert(path, date.isValid() && value.toString().size() == 10
                             ? date.toString(QStringLiteral("dd/MM/yyyy"))
                             : value.toVariant().toString());
    }
}

/// Whether the flattened `path` is `under` or one of its parts.
bool isUnder(const QString &path, const QString &under)
{
    return path == under || path.startsWith(under + QLatin1Char('.')) ||
           path.startsWith(under + QLatin1Char('['));
}

} // namespace

QString BookingConflict::inWords(const QStringList &paths)
{
    QStringList words;
    for (const QString &path : paths)
        words << inWords(path);
    return words.join(QStringLiteral("; "));
}

QString BookingConflict::inWords(const QString &path)
{
    QString words = path;
    words.replace(QLatin1Char('_'), QLatin1Char(' '));
    words.replace(QLatin1Char('.'), QStringLiteral(" › "));
    return words;
}

BookingConflict::BookingConflict(const Booking &theirs, const Booking &mine,
                                 const QStringList &onlyPaths, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Her booking was saved by a colleague"));
    QMap<QString, QString> saved;
    QMap<QString, QString> typed;
    flatten(interop::bookingToJson(theirs), QString(), saved);
    flatten(interop::bookingToJson(mine), QString(), typed);
    QStringList paths = saved.keys() + typed.keys();
    paths.removeDuplicates();
    paths.sort();
    const auto shown = [&onlyPaths](const QString &path) {
        return onlyPaths.isEmpty() ||
               std::any_of(onlyPaths.cbegin(), onlyPaths.cend(),
                           [&path](const QString &under) { return isUnder(path, under); });
    };
    for (const QString &path : std::as_const(paths)) {
        if (saved.value(path) != typed.value(path) && shown(path))
            m_differences << QStringList{inWords(path), saved.value(path), typed.value(path)};
    }

    auto *text = new QLabel(
        tr("<b>%1's booking was changed and saved by a colleague after you opened it.</b> "
           "Nothing you typed has been saved yet, and nothing of theirs has been overwritten. "
           "%2")
            .arg(mine.woman.givenName.toHtmlEscaped(),
                 onlyPaths.isEmpty()
                     ? tr("These answers differ:")
                     : tr("You both changed these answers; the answers only your colleague "
                          "changed are kept whichever you choose:")),
        this);
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);

    m_table = new QTableWidget(int(m_differences.size()), 3, this);
    m_table->setHorizontalHeaderLabels(
        {tr("Answer"), tr("Saved by your colleague"), tr("Typed here, not saved")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    for (int row = 0; row < m_differences.size(); ++row) {
        for (int column = 0; column < 3; ++column) {
            const QString value = m_differences.at(row).at(column);
            auto *item = new QTableWidgetItem(value.isEmpty() ? tr("(left blank)") : value);
            if (value.isEmpty())
                item->setForeground(palette().placeholderText());
            m_table->setItem(row, column, item);
        }
    }
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setAccessibleName(tr("Answers that differ"));

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *keep = buttons->addButton(tr("&Keep editing mine"), QDialogButtonBox::RejectRole);
    QPushButton *theirsButton =
        buttons->addButton(tr("&Take my colleague's (drop mine)"), QDialogButtonBox::ActionRole);
    QPushButton *mineButton =
        buttons->addButton(tr("&Save mine over theirs"), QDialogButtonBox::ActionRole);
    keep->setDefault(true); // Enter and Escape both leave everything as it is
    connect(keep, &QPushButton::clicked, this, &QDialog::reject);
    connect(theirsButton, &QPushButton::clicked, this, [this] {
        m_choice = Choice::TakeTheirs;
        accept();
    });
    connect(mineButton, &QPushButton::clicked, this, [this] {
        m_choice = Choice::SaveMine;
        accept();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(760, 420);
}

} // namespace bb::ui
