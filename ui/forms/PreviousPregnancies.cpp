// SPDX-License-Identifier: MIT
#include "forms/PreviousPregnancies.h"

#include "clinical/ConditionCodes.h"
#include "clinical/ObstetricHistory.h"
#include "interop/BookingJson.h"
#include "widgets/FieldRows.h"
#include "widgets/NumberFields.h"
#include "widgets/ReadOnlyTable.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTableWidget>
#include <QVBoxLayout>

namespace bb::ui {
namespace {

QString weeksText(const std::optional<int> &weeks)
{
    return weeks ? QCoreApplication::translate("bb::ui", "%1 weeks").arg(*weeks) : QString();
}

/// The dialog for one earlier pregnancy. Its fields are read back into a row, checked, and
/// the dialog stays open with each problem under its field until they are put right.
class PreviousPregnancyDialog : public QDialog
{
    // Its words are looked up under its own name, as lupdate finds them, not QDialog's.
    Q_DECLARE_TR_FUNCTIONS(bb::ui::PreviousPregnancyDialog)

public:
    PreviousPregnancyDialog(const PreviousPregnancy &start, PreviousPregnancyCheck check,
                            QWidget *parent)
        : QDialog(parent), m_check(std::move(check))
    {
        setWindowTitle(tr("Earlier pregnancy"));
        auto *layout = new QVBoxLayout(this);
        m_rows = new FieldRows;
        layout->addLayout(m_rows);
        m_year = new QLineEdit;
        m_year->setObjectName(QStringLiteral("earlierYear"));
        m_year->setPlaceholderText(tr("yyyy"));
        m_year->setMaximumWidth(90);
        m_rows->add(tr("&Year"), m_year, QStringLiteral("year"));
        m_outcome = new QComboBox;
        m_outcome->setObjectName(QStringLiteral("earlierOutcome"));
        for (const QString &code : codes::pregnancyOutcomeCodes())
            m_outcome->addItem(codes::label(*codes::pregnancyOutcomeFromCode(code)), code);
        m_rows->add(tr("&Outcome"), m_outcome, QStringLiteral("outcome"),
                    tr("A baby born alive is a birth at any gestation; one born without signs of "
                       "life is a stillbirth from 24 weeks, a miscarriage before"));
        m_weeks = new QLineEdit;
        m_weeks->setObjectName(QStringLiteral("earlierWeeks"));
        m_weeks->setPlaceholderText(tr("weeks"));
        m_weeks->setMaximumWidth(90);
        m_rows->add(tr("&Gestation (weeks)"), m_weeks, QStringLiteral("gestation_weeks"));
        m_mode = new QComboBox;
        m_mode->setObjectName(QStringLiteral("earlierMode"));
        for (const QString &code : codes::modeOfBirthCodes())
            m_mode->addItem(codes::label(*codes::modeOfBirthFromCode(code)), code);
        m_rows->add(tr("&Mode of birth"), m_mode, QStringLiteral("mode_of_birth"));
        m_weight = new QLineEdit;
        m_weight->setObjectName(QStringLiteral("earlierWeight"));
        m_weight->setPlaceholderText(tr("grams"));
        m_weight->setMaximumWidth(90);
        m_rows->add(tr("Baby's &weight (g)"), m_weight, QStringLiteral("baby_weight_g"));
        auto *complications = new QWidget;
        auto *list = new QVBoxLayout(complications);
        list->setContentsMargins(0, 0, 0, 0);
        list->setSpacing(2);
        for (const QString &code :
             clinical::conditionCodes(clinical::ConditionGroup::ObstetricHistory)) {
            QString text = clinical::findCondition(code)->label();
            text[0] = text[0].toUpper();
            auto *box = new QCheckBox(wrappedForCheckBox(text));
            box->setAccessibleName(text);
            box->setObjectName(QStringLiteral("earlierComplication:") + code);
            list->addWidget(box);
            m_complications.insert(code, box);
        }
        m_rows->add(tr("Complications"), complications, QStringLiteral("complications"));
        m_notes = new QLineEdit;
        m_notes->setObjectName(QStringLiteral("earlierNotes"));
        m_rows->add(tr("&Notes"), m_notes, QStringLiteral("notes"));
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
        connect(buttons, &QDialogButtonBox::accepted, this, &PreviousPregnancyDialog::tryAccept);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        layout->addWidget(buttons);
        connect(m_outcome, &QComboBox::currentIndexChanged, this,
                &PreviousPregnancyDialog::enableBirthFields);

        if (start.year > 0)
            m_year->setText(QString::number(start.year));
        m_outcome->setCurrentIndex(m_outcome->findData(codes::toCode(start.outcome)));
        m_weeks->setText(start.gestationWeeks ? QString::number(*start.gestationWeeks) : QString());
        m_mode->setCurrentIndex(m_mode->findData(codes::toCode(start.mode)));
        m_weight->setText(start.babyWeightGrams ? QString::number(*start.babyWeightGrams)
                                                : QString());
        for (auto it = m_complications.cbegin(); it != m_complications.cend(); ++it)
            it.value()->setChecked(start.complications.contains(it.key()));
        m_notes->setText(start.notes);
        enableBirthFields();
    }

    PreviousPregnancy row() const { return m_row; }

private:
    static bool needsBirth(const QString &code)
    {
        const clinical::ConditionInfo *info = clinical::findCondition(code);
        return info != nullptr && info->needs == clinical::EarlierPregnancy::Birth;
    }

    /// A mode and a weight are a birth's; for a loss they cannot be typed, and are not kept.
    void enableBirthFields()
    {
        PreviousPregnancy probe;
        probe.outcome = *codes::pregnancyOutcomeFromCode(m_outcome->currentData().toString());
        const bool birth = probe.isBirth();
        // Disabled, not cleared: choosing the birth again brings back what was typed.
        m_mode->setEnabled(birth);
        m_weight->setEnabled(birth);
        for (auto it = m_complications.cbegin(); it != m_complications.cend(); ++it)
            it.value()->setEnabled(birth || !needsBirth(it.key()));
    }

    void tryAccept()
    {
        FieldErrors problems;
        PreviousPregnancy r;
        r.year = readWholeNumber(m_year, QStringLiteral("year"), problems).value_or(0);
        r.outcome = *codes::pregnancyOutcomeFromCode(m_outcome->currentData().toString());
        r.gestationWeeks = readWholeNumber(m_weeks, QStringLiteral("gestation_weeks"), problems);
        if (r.isBirth()) {
            r.mode = *codes::modeOfBirthFromCode(m_mode->currentData().toString());
            r.babyWeightGrams =
                readWholeNumber(m_weight, QStringLiteral("baby_weight_g"), problems);
        }
        for (auto it = m_complications.cbegin(); it != m_complications.cend(); ++it) {
            if (it.value()->isChecked() && (r.isBirth() || !needsBirth(it.key())))
                r.complications << it.key();
        }
        r.notes = m_notes->text().trimmed();
        if (m_check)
            addUnreported(problems, m_check(r));
        m_rows->clearMessages();
        m_rows->show(problems);
        if (!problems.isEmpty()) {
            if (QWidget *first = m_rows->fieldFor(problems.front().path))
                first->setFocus();
            return;
        }
        m_row = r;
        accept();
    }

    PreviousPregnancyCheck m_check;
    PreviousPregnancy m_row;
    FieldRows *m_rows = nullptr;
    QLineEdit *m_year = nullptr;
    QComboBox *m_outcome = nullptr;
    QLineEdit *m_weeks = nullptr;
    QComboBox *m_mode = nullptr;
    QLineEdit *m_weight = nullptr;
    QMap<QString, QCheckBox *> m_complications;
    QLineEdit *m_notes = nullptr;
};

} // namespace

PreviousPregnanciesEditor::PreviousPregnanciesEditor(QWidget *parent) : DraftableWidget(parent)
{
    setAccessibleName(tr("Earlier pregnancies"));
    m_table =
        makeReadOnlyTable("previousPregnanciesTable",
                          {tr("Year"), tr("Outcome"), tr("Birth"), tr("Complications and notes")},
                          RowSelection::Single);
    m_table->setAccessibleName(tr("Earlier pregnancies"));
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // it grows with its rows
    auto *add = new QPushButton(tr("A&dd earlier pregnancy..."));
    add->setObjectName(QStringLiteral("addPreviousPregnancy"));
    m_edit = new QPushButton(tr("Change..."));
    m_edit->setToolTip(tr("Or press Enter on the row"));
    m_remove = new QPushButton(tr("Remove"));
    m_remove->setToolTip(tr("Or press Delete on the row"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, &PreviousPregnanciesEditor::add);
    connect(m_edit, &QPushButton::clicked, this, &PreviousPregnanciesEditor::editCurrent);
    connect(m_remove, &QPushButton::clicked, this, &PreviousPregnanciesEditor::removeCurrent);
    connect(m_table, &QTableWidget::cellActivated, this, &PreviousPregnanciesEditor::editCurrent);
    auto *removeKey = new QAction(m_table);
    removeKey->setShortcut(QKeySequence::Delete);
    removeKey->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(removeKey);
    connect(removeKey, &QAction::triggered, this, &PreviousPregnanciesEditor::removeCurrent);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this] {
        m_edit->setEnabled(m_table->currentRow() >= 0);
        m_remove->setEnabled(m_table->currentRow() >= 0);
    });
    showRows();
}

void PreviousPregnanciesEditor::setRows(const QList<PreviousPregnancy> &rows)
{
    m_rows = rows;
    showRows();
}

void PreviousPregnanciesEditor::addRows(const QList<PreviousPregnancy> &rows)
{
    if (rows.isEmpty())
        return;
    const int first = int(m_rows.size());
    m_rows << rows;
    showRows();
    m_table->setCurrentCell(first, 0);
    m_table->setFocus(Qt::OtherFocusReason);
    changed();
}

QJsonValue PreviousPregnanciesEditor::draftValue() const
{
    return interop::previousPregnanciesToJson(m_rows);
}

void PreviousPregnanciesEditor::setDraftValue(const QJsonValue &value)
{
    FieldErrors problems;
    const QList<PreviousPregnancy> rows =
        interop::previousPregnanciesFromJson(value.toArray(), problems);
    if (value.isArray() && problems.isEmpty())
        setRows(rows);
}

void PreviousPregnanciesEditor::add()
{
    PreviousPregnancyDialog dialog(PreviousPregnancy{}, m_check, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_rows << dialog.row();
    showRows();
    m_table->setCurrentCell(int(m_rows.size()) - 1, 0);
    changed();
}

void PreviousPregnanciesEditor::editCurrent()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_rows.size())
        return;
    PreviousPregnancyDialog dialog(m_rows.at(row), m_check, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_rows[row] = dialog.row();
    showRows();
    m_table->setCurrentCell(row, 0);
    changed();
}

void PreviousPregnanciesEditor::removeCurrent()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_rows.size())
        return;
    m_rows.removeAt(row);
    showRows();
    if (!m_rows.isEmpty())
        m_table->setCurrentCell(std::min(row, int(m_rows.size()) - 1), 0);
    changed();
}

void PreviousPregnanciesEditor::showRows()
{
    m_table->setRowCount(int(m_rows.size()));
    for (int i = 0; i < m_rows.size(); ++i) {
        const PreviousPregnancy &r = m_rows.at(i);
        QStringList about;
        for (const QString &code : r.complications) {
            const clinical::ConditionInfo *info = clinical::findCondition(code);
            about << (info != nullptr ? info->label() : code);
        }
        if (!r.notes.isEmpty())
            about << r.notes;
        QStringList outcome{codes::label(r.outcome)};
        if (r.gestationWeeks)
            outcome << weeksText(r.gestationWeeks);
        QStringList birth;
        if (r.isBirth() && r.mode != ModeOfBirth::NotKnown)
            birth << codes::label(r.mode);
        if (r.babyWeightGrams)
            birth << tr("%1 g").arg(*r.babyWeightGrams);
        setRowCells(m_table, i,
                    {QString::number(r.year), outcome.join(QStringLiteral(", ")),
                     birth.join(QStringLiteral(", ")), about.join(QStringLiteral("; "))},
                    [](QTableWidgetItem &item, int column) {
                        if (column == 3)
                            item.setToolTip(item.text());
                    });
    }
    // Complications and notes take the room left, cut short with their whole text in the
    // tooltip: a sideways scroll bar would hide the last row under it.
    for (int column = 0; column < 3; ++column)
        m_table->resizeColumnToContents(column);
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    // Every row in view, as on a paper record: a woman has had a handful, not hundreds.
    int height = m_table->horizontalHeader()->sizeHint().height() + 2 * m_table->frameWidth();
    for (int i = 0; i < m_table->rowCount(); ++i)
        height += m_table->rowHeight(i);
    if (m_table->rowCount() == 0)
        height += m_table->verticalHeader()->defaultSectionSize();
    if (m_table->horizontalScrollBar()->isVisible())
        height += m_table->horizontalScrollBar()->sizeHint().height();
    m_table->setFixedHeight(height);
    m_edit->setEnabled(m_table->currentRow() >= 0);
    m_remove->setEnabled(m_table->currentRow() >= 0);
}

void PreviousPregnanciesEditor::changed()
{
    emit draftValueChanged();
}

} // namespace bb::ui
