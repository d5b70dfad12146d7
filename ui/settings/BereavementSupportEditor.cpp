// SPDX-License-Identifier: MIT
#include "settings/BereavementSupportEditor.h"

#include "widgets/FieldRows.h"
#include "widgets/ReadOnlyTable.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace bb::ui {
namespace {

enum Column
{
    Name,
    Phone,
    Website,
    For,
    ColumnCount
};

const QString kPathStart = QStringLiteral("bereavement_support[");

// The row a problem's path names, and the field after it (`bereavement_support[2].name`).
std::pair<int, QString> rowAndField(const QString &path)
{
    if (!path.startsWith(kPathStart))
        return {-1, QString()};
    const qsizetype close = path.indexOf(QLatin1Char(']'));
    bool ok = false;
    const int row = path.mid(kPathStart.size(), close - kPathStart.size()).toInt(&ok);
    if (!ok || close < 0)
        return {-1, QString()};
    return {row, path.mid(close + 2)}; // after "]."
}

// The mnemonic each kind's box is reached with: unique in the whole settings window.
QString lossBoxText(LossKind kind)
{
    switch (kind) {
    case LossKind::Miscarriage:
        return QObject::tr("M&iscarriage");
    case LossKind::Ectopic:
        return QObject::tr("E&ctopic pregnancy");
    case LossKind::Termination:
        return QObject::tr("Termination of pre&gnancy");
    case LossKind::Stillbirth:
        return QObject::tr("Stil&lbirth");
    case LossKind::NeonatalDeath:
        return QObject::tr("Neonatal deat&h");
    }
    return codes::label(kind);
}

QString forText(const BereavementSupport &s)
{
    if (s.losses.isEmpty())
        return QObject::tr("Every loss");
    QStringList kinds;
    for (const LossKind kind : s.losses)
        kinds << codes::label(kind);
    return kinds.join(QStringLiteral(", "));
}

} // namespace

BereavementSupportEditor::BereavementSupportEditor(QWidget *parent) : QWidget(parent)
{
    m_table = makeReadOnlyTable("bereavementSupport",
                                {tr("Organisation"), tr("Phone"), tr("Website"), tr("For")},
                                RowSelection::Single);
    m_table->setAccessibleName(tr("Bereavement support organisations, in the order printed"));
    m_table->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(Phone, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Website, QHeaderView::ResizeToContents);

    auto *add = new QPushButton(tr("Add &organisation"));
    add->setObjectName(QStringLiteral("addOrganisation"));
    m_remove = new QPushButton(tr("R&emove"));
    m_remove->setObjectName(QStringLiteral("removeOrganisation"));
    m_up = new QPushButton(tr("Move &up"));
    m_up->setObjectName(QStringLiteral("moveOrganisationUp"));
    m_down = new QPushButton(tr("Move dow&n"));
    m_down->setObjectName(QStringLiteral("moveOrganisationDown"));
    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {add, m_remove, m_up, m_down})
        buttons->addWidget(button);
    buttons->addStretch();

    m_form = new QWidget;
    m_fields = new FieldRows(m_form);
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("organisationName"));
    m_fields->add(tr("Na&me"), m_name, QStringLiteral("name"));
    m_offers = new QPlainTextEdit;
    m_offers->setObjectName(QStringLiteral("organisationOffers"));
    m_offers->setTabChangesFocus(true); // Tab moves on, as in every other field
    m_offers->setFixedHeight(m_offers->fontMetrics().lineSpacing() * 3 + 12);
    m_fields->add(tr("What it o&ffers"), m_offers, QStringLiteral("offers"),
                  tr("In plain words, as she will read it at home"));
    m_phone = new QLineEdit;
    m_phone->setObjectName(QStringLiteral("organisationPhone"));
    m_fields->add(tr("&Phone"), m_phone, QStringLiteral("phone"));
    m_website = new QLineEdit;
    m_website->setObjectName(QStringLiteral("organisationWebsite"));
    m_fields->add(tr("&Website"), m_website, QStringLiteral("website"));
    auto *kinds = new QWidget;
    auto *kindsLayout = new QHBoxLayout(kinds);
    kindsLayout->setContentsMargins(0, 0, 0, 0);
    for (const QString &code : codes::lossKindCodes()) {
        const LossKind kind = *codes::lossKindFromCode(code);
        auto *box = new QCheckBox(lossBoxText(kind));
        box->setObjectName(QStringLiteral("organisationFor:") + code);
        kindsLayout->addWidget(box);
        m_losses.insert(kind, box);
        connect(box, &QCheckBox::toggled, this, [this] { edited(); });
    }
    kindsLayout->addStretch();
    m_fields->add(tr("For"), kinds, QStringLiteral("losses"),
                  tr("Tick none for an organisation that supports every loss"));

    auto *layout = new QVBoxLayout(this);
    auto *about = new QLabel(tr("Printed, in this order, on the sheet of support a woman is "
                                "given after a loss. Each kind of loss lists only the "
                                "organisations for it; tick none for every loss."));
    about->setWordWrap(true);
    layout->addWidget(about);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_form);

    connect(add, &QPushButton::clicked, this, &BereavementSupportEditor::add);
    connect(m_remove, &QPushButton::clicked, this, &BereavementSupportEditor::removeCurrent);
    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrent(1); });
    connect(m_table, &QTableWidget::currentCellChanged, this, [this] {
        showCurrent();
        enableButtons();
    });
    connect(m_name, &QLineEdit::textEdited, this, [this] { edited(); });
    connect(m_offers, &QPlainTextEdit::textChanged, this, [this] { edited(); });
    connect(m_phone, &QLineEdit::textEdited, this, [this] { edited(); });
    connect(m_website, &QLineEdit::textEdited, this, [this] { edited(); });
    showCurrent();
    enableButtons();
}

void BereavementSupportEditor::setList(const QList<BereavementSupport> &list)
{
    m_list = list;
    m_errors.clear();
    m_table->setRowCount(int(m_list.size()));
    for (int row = 0; row < m_list.size(); ++row)
        showRow(row);
    if (!m_list.isEmpty())
        m_table->setCurrentCell(0, Name);
    showCurrent();
    enableButtons();
}

void BereavementSupportEditor::showRow(int row)
{
    const BereavementSupport &s = m_list.at(row);
    const bool problem = std::any_of(m_errors.cbegin(), m_errors.cend(), [row](const auto &e) {
        return rowAndField(e.path).first == row;
    });
    setRowCells(m_table, row,
                {(problem ? QStringLiteral("\u26A0 ") : QString()) + s.name, s.phone, s.website,
                 forText(s)});
    if (problem)
        m_table->item(row, Name)->setToolTip(tr("Something here stops the list being saved"));
}

void BereavementSupportEditor::showCurrent()
{
    const int row = m_table->currentRow();
    const bool chosen = row >= 0 && row < m_list.size();
    m_form->setEnabled(chosen);
    m_loading = true;
    const BereavementSupport s = chosen ? m_list.at(row) : BereavementSupport{};
    m_name->setText(s.name);
    m_offers->setPlainText(s.offers);
    m_phone->setText(s.phone);
    m_website->setText(s.website);
    for (auto it = m_losses.cbegin(); it != m_losses.cend(); ++it)
        it.value()->setChecked(s.losses.contains(it.key()));
    m_loading = false;
    FieldErrors mine;
    for (const FieldError &e : std::as_const(m_errors)) {
        const auto [errorRow, field] = rowAndField(e.path);
        if (errorRow == row)
            mine.append({field, e.message});
    }
    m_fields->show(mine);
}

void BereavementSupportEditor::edited()
{
    const int row = m_table->currentRow();
    if (m_loading || row < 0 || row >= m_list.size())
        return;
    BereavementSupport &s = m_list[row];
    s.name = m_name->text();
    s.offers = m_offers->toPlainText();
    s.phone = m_phone->text();
    s.website = m_website->text();
    s.losses.clear();
    for (auto it = m_losses.cbegin(); it != m_losses.cend(); ++it) {
        if (it.value()->isChecked())
            s.losses << it.key();
    }
    showRow(row);
}

void BereavementSupportEditor::add()
{
    clearErrors();
    m_list << BereavementSupport{};
    const int row = int(m_list.size()) - 1;
    m_table->setRowCount(row + 1);
    showRow(row);
    m_table->setCurrentCell(row, Name);
    m_name->setFocus(Qt::OtherFocusReason);
}

void BereavementSupportEditor::removeCurrent()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_list.size())
        return;
    clearErrors();
    m_list.removeAt(row);
    m_table->removeRow(row);
    if (!m_list.isEmpty())
        m_table->setCurrentCell(std::min(row, int(m_list.size()) - 1), Name);
    showCurrent();
    enableButtons();
}

void BereavementSupportEditor::moveCurrent(int by)
{
    const int row = m_table->currentRow();
    const int to = row + by;
    if (row < 0 || to < 0 || to >= m_list.size())
        return;
    clearErrors();
    m_list.swapItemsAt(row, to);
    showRow(row);
    showRow(to);
    m_table->setCurrentCell(to, Name);
    // The button pressed may now be disabled (the top or the bottom): keep the keyboard's place.
    if (auto *button = qobject_cast<QPushButton *>(focusWidget()); button && !button->isEnabled())
        m_table->setFocus(Qt::OtherFocusReason);
}

void BereavementSupportEditor::enableButtons()
{
    const int row = m_table->currentRow();
    const bool chosen = row >= 0 && row < m_list.size();
    m_remove->setEnabled(chosen);
    m_up->setEnabled(chosen && row > 0);
    m_down->setEnabled(chosen && row < m_list.size() - 1);
}

int BereavementSupportEditor::showErrors(const FieldErrors &errors)
{
    m_errors.clear();
    int first = -1;
    QList<int> rows;
    for (const FieldError &e : errors) {
        const int row = rowAndField(e.path).first;
        if (row < 0 || row >= m_list.size())
            continue;
        m_errors << e;
        if (!rows.contains(row))
            rows << row;
        if (first < 0 || row < first)
            first = row;
    }
    for (int row = 0; row < m_list.size(); ++row)
        showRow(row);
    if (first >= 0)
        m_table->setCurrentCell(first, Name);
    showCurrent();
    // The messages under the fields take room from the table: the row is shown once they have.
    QTimer::singleShot(0, m_table, [table = m_table] {
        if (table->currentItem())
            table->scrollToItem(table->currentItem());
    });
    return int(rows.size());
}

QString BereavementSupportEditor::describe(const FieldError &error)
{
    const auto [row, field] = rowAndField(error.path);
    if (row < 0)
        return {};
    return tr("bereavement support, row %1: %2 %3").arg(row + 1).arg(field, error.message);
}

void BereavementSupportEditor::clearErrors()
{
    if (m_errors.isEmpty())
        return;
    m_errors.clear();
    for (int row = 0; row < m_list.size(); ++row)
        showRow(row);
    m_fields->clearMessages();
}

} // namespace bb::ui
