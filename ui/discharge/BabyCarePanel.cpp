// SPDX-License-Identifier: MIT
#include "discharge/BabyCarePanel.h"

#include "ClinicContext.h"
#include "widgets/DateField.h"
#include "widgets/FieldRows.h"
#include "widgets/FormSnapshot.h"
#include "widgets/ReadOnlyTable.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace bb::ui {
namespace {

template <typename W> W *named(W *widget, const char *name)
{
    widget->setObjectName(QLatin1String(name));
    return widget;
}

QString dayText(const QDate &date)
{
    return date.toString(QStringLiteral("ddd d MMM yyyy"));
}

QLabel *boldLabel(const QString &text)
{
    auto *label = new QLabel(text);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

/// Where a move put her, in a sentence: `in the neonatal unit, Leicester Neonatal Service`.
QString wherePhrase(const BabyCareMove &move)
{
    QString where;
    switch (move.location) {
    case BabyCareLocation::WithMother:
        return QObject::tr("with her mother");
    case BabyCareLocation::TransitionalCare:
        where = QObject::tr("in transitional care");
        break;
    case BabyCareLocation::NeonatalUnit:
        where = QObject::tr("in the neonatal unit");
        break;
    }
    return move.unit.isEmpty() ? where : QStringLiteral("%1, %2").arg(where, move.unit);
}

} // namespace

QString babyTitle(const Baby &baby, qsizetype babiesAtBirth)
{
    const QString sex = baby.sex == BabySex::Female ? QObject::tr("girl")
                        : baby.sex == BabySex::Male ? QObject::tr("boy")
                                                    : QObject::tr("sex not known");
    QString title = babiesAtBirth > 1 ? QObject::tr("Baby %1 (%2)").arg(baby.order).arg(sex)
                                      : QObject::tr("Her baby (%1)").arg(sex);
    if (baby.outcome != BabyOutcome::LiveBirth)
        title.insert(title.size() - 1, QObject::tr(", stillborn"));
    return title;
}

BabyCarePanel::BabyCarePanel(ClinicContext &context, QWidget *parent)
    : QGroupBox(tr("Where her babies are cared for"), parent), m_context(context),
      m_now(named(new QLabel, "babiesNow")),
      m_moves(makeReadOnlyTable("babyMoves",
                                {tr("Baby"), tr("From"), tr("Cared for"), tr("Unit"), tr("Why")})),
      m_message(makeMessageLabel()), m_done(named(new QLabel, "moveDone")), m_form(new QWidget)
{
    m_now->setWordWrap(true);
    m_now->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    m_moves->setAccessibleName(tr("Her babies' moves"));
    m_moves->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_moves->horizontalHeader()->setStretchLastSection(true);
    m_moves->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_moves->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_message->setObjectName(QStringLiteral("moveMessage"));
    m_done->setWordWrap(true);
    m_done->hide();

    m_rows = new FieldRows(m_form);
    m_rows->setContentsMargins(0, 0, 0, 0);
    m_rows->addRow(boldLabel(tr("Record a move")));
    // Created in this order so that a draft restores where before the unit it lists.
    m_baby = named(new QComboBox, "moveBaby");
    m_rows->add(tr("&Baby"), m_baby, QStringLiteral("baby"));
    m_location = named(new QComboBox, "moveLocation");
    m_location->addItem(tr("Choose where"), QString());
    for (const QString &code : codes::babyCareLocationCodes())
        m_location->addItem(codes::label(*codes::babyCareLocationFromCode(code)), code);
    m_rows->add(tr("&Cared for"), m_location, QStringLiteral("location"));
    m_unit = named(new QComboBox, "moveUnit");
    m_unit->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_rows->add(tr("&Unit"), m_unit, QStringLiteral("unit"),
                tr("The units listed in Settings for printed plans"));
    m_from = named(new DateField, "moveFrom");
    m_rows->add(tr("&From"), m_from, QStringLiteral("from"), tr("The day she moved"));
    m_reason = named(new QLineEdit, "moveReason");
    m_reason->setMaximumWidth(m_reason->fontMetrics().averageCharWidth() * 70);
    m_reason->setPlaceholderText(tr("Why, e.g. breathing fast, for observation"));
    m_rows->add(tr("&Reason"), m_reason, QStringLiteral("reason"));
    m_record = named(new QPushButton(tr("Record &move")), "recordMove");
    m_rows->addRow(QString(), m_record);
    connect(m_location, &QComboBox::currentIndexChanged, this, &BabyCarePanel::fillUnits);
    connect(m_record, &QPushButton::clicked, this, &BabyCarePanel::recordMove);
    // Enter where the move is typed records it, as the button does.
    connect(m_reason, &QLineEdit::returnPressed, this, &BabyCarePanel::recordMove);
    connect(m_from, &QLineEdit::returnPressed, this, &BabyCarePanel::recordMove);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_now);
    layout->addWidget(m_moves);
    layout->addWidget(m_message);
    layout->addWidget(m_done);
    layout->addWidget(m_form);
    fillUnits();
}

void BabyCarePanel::showBirth(qint64 pregnancyId, const QList<Baby> &babies)
{
    if (pregnancyId != m_pregnancyId) {
        m_done->clear();
        m_done->hide();
    }
    m_pregnancyId = pregnancyId;
    m_babiesAtBirth = babies.size();
    m_alive.clear();
    for (const Baby &baby : babies) {
        if (baby.outcome == BabyOutcome::LiveBirth)
            m_alive << baby;
    }
    const auto directory = m_context.clinic.settings.printSettings();
    if (directory)
        m_directory = directory.value();
    m_directoryProblem =
        directory ? QString()
                  : tr("The service directory cannot be read: %1").arg(directory.message());
    setMessage(m_message, m_directoryProblem);

    const QVariant chosen = m_baby->currentData();
    {
        const QSignalBlocker quiet(m_baby);
        m_baby->clear();
        for (const Baby &baby : std::as_const(m_alive))
            m_baby->addItem(babyTitle(baby, m_babiesAtBirth), baby.id);
        m_baby->setCurrentIndex(std::max(0, m_baby->findData(chosen)));
    }
    // With one baby there is nothing to choose.
    m_rows->setRowVisible(m_baby, m_alive.size() > 1);
    // Before the birth the form shows, disabled, what will be asked.
    m_form->setVisible(babies.isEmpty() || !m_alive.isEmpty());
    fillUnits();
    showMoves();
}

void BabyCarePanel::fillUnits()
{
    const QVariant chosen = m_unit->currentData();
    const QSignalBlocker quiet(m_unit);
    m_unit->clear();
    const auto location = codes::babyCareLocationFromCode(m_location->currentData().toString());
    if (!location || *location == BabyCareLocation::WithMother) {
        m_unit->addItem(location ? tr("None: she is with her mother") : tr("Choose where first"),
                        QString());
        m_unit->setEnabled(false);
        return;
    }
    const QList<ServiceContact> units = m_directory.servicesOfKind(serviceKindFor(*location));
    m_unit->addItem(units.isEmpty() ? tr("None listed: add one in Settings for printed plans")
                                    : tr("Choose the unit"),
                    QString());
    for (const ServiceContact &unit : units)
        m_unit->addItem(unit.name, unit.name);
    m_unit->setCurrentIndex(std::max(0, m_unit->findData(chosen)));
    m_unit->setEnabled(true);
}

QString BabyCarePanel::babyLabel(qint64 babyId) const
{
    for (const Baby &baby : m_alive) {
        if (baby.id == babyId)
            return babyTitle(baby, m_babiesAtBirth);
    }
    return tr("Baby %1").arg(babyId);
}

void BabyCarePanel::showMoves()
{
    m_moves->setRowCount(0);
    if (m_pregnancyId == 0 || m_babiesAtBirth == 0) {
        m_now->setText(tr("Her babies are listed here once her birth is recorded."));
        m_moves->hide();
        return;
    }
    if (m_alive.isEmpty()) {
        m_now->setText(tr("No baby was born alive at this birth: there is no move to record."));
        m_moves->hide();
        return;
    }
    const auto moves = m_context.clinic.discharges.movesOf(m_pregnancyId);
    if (!moves) {
        m_now->setText(
            tr("Where her babies are cared for cannot be read: %1").arg(moves.message()));
        m_moves->hide();
        return;
    }
    QStringList now;
    for (const Baby &baby : std::as_const(m_alive)) {
        const BabyCareMove *latest = nullptr;
        for (const BabyCareMove &move : moves.value()) {
            if (move.babyId == baby.id)
                latest = &move; // oldest first: the last is where she is now
        }
        const QString name = babyTitle(baby, m_babiesAtBirth);
        if (latest == nullptr)
            now << tr("%1: with her mother since the birth.").arg(name);
        else
            now << tr("%1: %2 since %3.").arg(name, wherePhrase(*latest), dayText(latest->from));
    }
    m_now->setText(now.join(QLatin1Char('\n')));

    // Newest first, as her other lists; the baby's name only when there are two to tell apart.
    QList<BabyCareMove> newest = moves.value();
    std::stable_sort(newest.begin(), newest.end(),
                     [](const BabyCareMove &a, const BabyCareMove &b) { return a.from > b.from; });
    m_moves->setColumnHidden(0, m_alive.size() < 2);
    int row = 0;
    for (const BabyCareMove &move : std::as_const(newest)) {
        m_moves->insertRow(row);
        setRowCells(m_moves, row++,
                    {babyLabel(move.babyId), dayText(move.from), codes::label(move.location),
                     move.unit.isEmpty() ? QStringLiteral("-") : move.unit, move.reason});
    }
    m_moves->setVisible(row > 0);
    // Every move in sight: the page scrolls, the list does not.
    int height = m_moves->horizontalHeader()->sizeHint().height() + 2 * m_moves->frameWidth();
    for (int r = 0; r < row; ++r)
        height += m_moves->verticalHeader()->sectionSize(r);
    m_moves->setFixedHeight(height);
}

void BabyCarePanel::clearForm()
{
    m_rows->clearMessages();
    setMessage(m_message, m_directoryProblem);
    m_baby->setCurrentIndex(0);
    m_location->setCurrentIndex(0);
    fillUnits();
    m_from->setDate(m_context.clock.today());
    m_reason->clear();
    m_blank = captureForm(m_form);
}

bool BabyCarePanel::hasTyping() const
{
    return !m_alive.isEmpty() && captureForm(m_form) != m_blank;
}

void BabyCarePanel::showProblems(const FieldErrors &problems)
{
    const FieldErrors unplaced = m_rows->show(problems);
    QStringList lines{
        tr("Move not recorded: %n problem(s) to put right.", nullptr, int(problems.size()))};
    for (const FieldError &e : unplaced)
        lines << e.toString();
    setMessage(m_message, lines.join(QLatin1Char('\n')));
    if (QWidget *first = m_rows->fieldFor(problems.front().path); first && first->isEnabled())
        first->setFocus();
}

bool BabyCarePanel::recordMove()
{
    if (m_pregnancyId == 0 || m_alive.isEmpty())
        return true;
    m_rows->clearMessages();
    setMessage(m_message, {});
    m_done->hide();
    FieldErrors problems;
    BabyCareMove move;
    move.babyId = m_baby->currentData().toLongLong();
    const auto location = codes::babyCareLocationFromCode(m_location->currentData().toString());
    if (location)
        move.location = *location;
    else
        problems.append({QStringLiteral("location"), tr("choose where she is cared for now")});
    move.unit = m_unit->currentData().toString();
    move.from = m_from->date();
    if (m_from->hasProblem())
        problems.append({QStringLiteral("from"),
                         tr("'%1' is not a real date (dd/mm/yyyy)").arg(m_from->text())});
    move.reason = m_reason->text();
    if (!problems.isEmpty()) {
        showProblems(problems);
        return false;
    }
    const auto moved = m_context.clinic.discharges.moveBaby(m_pregnancyId, move, m_context.actor);
    if (moved.invalid()) {
        showProblems(moved.fieldErrors());
        return false;
    }
    if (!moved) {
        setMessage(m_message,
                   tr("Move not recorded: %1. What you typed is kept.").arg(moved.message()));
        return false;
    }
    m_done->setText(
        tr("Recorded: %1 %2 from %3.")
            .arg(babyLabel(moved->babyId), wherePhrase(moved.value()), dayText(moved->from)));
    m_done->show();
    showMoves();
    clearForm();
    m_location->setFocus();
    return true;
}

} // namespace bb::ui
