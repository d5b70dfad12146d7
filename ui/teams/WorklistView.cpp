// SPDX-License-Identifier: MIT
#include "teams/WorklistView.h"

#include "ClinicContext.h"
#include "clinical/NhsNumber.h"
#include "documents/PagedDocument.h"
#include "documents/WorklistDocument.h"
#include "files/FileDialogs.h"
#include "widgets/DateField.h"
#include "widgets/FieldRows.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QShortcut>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace bb::ui {
namespace {

enum Column
{
    Woman,
    NhsNumber,
    Flags,
    What,
    When,
    Late,
    ColumnCount
};

/// One item of the day: whom it is for and, for a contact, which appointment; what to do and her
/// flags whole in their tooltips. Kept on the row itself rather than as item data: a long day
/// has thousands of rows.
class ItemRow : public QTreeWidgetItem
{
public:
    ItemRow(const QStringList &cells, qint64 woman, qint64 appointment)
        : QTreeWidgetItem(cells), womanId(woman), appointmentId(appointment)
    {
    }
    QVariant data(int column, int role) const override
    {
        if (role == Qt::ToolTipRole && (column == What || column == Flags))
            return text(column);
        return QTreeWidgetItem::data(column, role);
    }

    const qint64 womanId;
    const qint64 appointmentId;
};

QString flagsOf(const WorklistItem &item, const QHash<qint64, RecordFlags> &flags)
{
    const QString text = flagText(flags.value(item.womanId), FlagStyle::List);
    // Her referrals stay listed after a loss: said even when her flags could not be read.
    if (text.isEmpty() && item.afterLoss)
        return WorklistView::tr("After a loss");
    return text;
}

} // namespace

WorklistView::WorklistView(ClinicContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_clinician(new QComboBox), m_day(new DateField),
      m_summary(new QLabel), m_tree(new QTreeWidget), m_message(makeMessageLabel()),
      m_print(new QPushButton(tr("&Print preview..."))),
      m_savePdf(new QPushButton(tr("Save as PD&F...")))
{
    m_clinician->setObjectName(QStringLiteral("worklistClinician"));
    m_clinician->setAccessibleName(tr("Whose day"));
    m_day->setObjectName(QStringLiteral("worklistDay"));
    m_day->setAccessibleName(tr("Day"));
    m_day->setDate(m_context.clock.today());
    m_summary->setObjectName(QStringLiteral("worklistSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_message->setObjectName(QStringLiteral("worklistMessage"));
    m_print->setObjectName(QStringLiteral("worklistPrint"));
    m_savePdf->setObjectName(QStringLiteral("worklistSavePdf"));

    m_tree->setObjectName(QStringLiteral("worklistTree"));
    m_tree->setAccessibleName(tr("Her day, list by list"));
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels(
        {tr("Woman"), tr("NHS number"), tr("Her flags"), tr("What"), tr("When"), tr("Late")});
    m_tree->setAlternatingRowColors(true);
    m_tree->setWordWrap(true);
    m_tree->setUniformRowHeights(false);
    m_tree->setRootIsDecorated(false);
    m_tree->setItemsExpandable(false);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(What, QHeaderView::Stretch);
    m_tree->viewport()->installEventFilter(this);

    auto *clinicianLabel = new QLabel(tr("&Midwife:"));
    clinicianLabel->setBuddy(m_clinician);
    auto *dayLabel = new QLabel(tr("&Day:"));
    dayLabel->setBuddy(m_day);
    auto *previous = new QPushButton(tr("< Pre&vious day"));
    previous->setObjectName(QStringLiteral("worklistPrevious"));
    auto *next = new QPushButton(tr("Ne&xt day >"));
    next->setObjectName(QStringLiteral("worklistNext"));
    auto *show = new QPushButton(tr("&Show"));
    show->setObjectName(QStringLiteral("worklistShow"));
    const auto step = [this](int days) {
        if (m_day->date().isValid()) {
            m_day->setDate(m_day->date().addDays(days));
            refresh();
        }
    };
    connect(previous, &QPushButton::clicked, this, [step] { step(-1); });
    connect(next, &QPushButton::clicked, this, [step] { step(1); });
    connect(show, &QPushButton::clicked, this, &WorklistView::refresh);
    connect(m_day, &QLineEdit::returnPressed, this, &WorklistView::refresh);
    connect(m_clinician, &QComboBox::activated, this, &WorklistView::refresh);
    connect(m_print, &QPushButton::clicked, this, &WorklistView::printPreview);
    connect(m_savePdf, &QPushButton::clicked, this, &WorklistView::chooseAndSavePdf);
    // Ctrl+P prints the day while this tab is in front, as it prints her plan in her record.
    auto *print = new QShortcut(QKeySequence::Print, this);
    print->setContext(Qt::WidgetWithChildrenShortcut);
    connect(print, &QShortcut::activated, this, &WorklistView::printPreview);
    connect(m_tree, &QTreeWidget::itemActivated, this, &WorklistView::openCurrent);

    auto *bar = new QHBoxLayout;
    bar->addWidget(clinicianLabel);
    bar->addWidget(m_clinician);
    bar->addWidget(dayLabel);
    bar->addWidget(previous);
    bar->addWidget(m_day);
    bar->addWidget(next);
    bar->addWidget(show);
    bar->addStretch();
    bar->addWidget(m_print);
    bar->addWidget(m_savePdf);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_summary);
    layout->addWidget(m_message);
    layout->addWidget(m_tree, 1);
    clearShown({});
}

QString WorklistView::clinicianName() const
{
    const auto staff = m_context.clinic.staffing.staffById(m_clinician->currentData().toLongLong());
    return staff ? staff->name : QString();
}

void WorklistView::showDay(qint64 clinicianId, const QDate &day)
{
    fillClinicians(); // the staff list first, so that she can be chosen
    m_clinician->setCurrentIndex(std::max(0, m_clinician->findData(clinicianId)));
    m_day->setDate(day);
    refresh();
}

void WorklistView::fillClinicians()
{
    // Midwives only: the day lists her caseload as named midwife, which only a midwife has.
    const qint64 chosen = m_clinician->currentData().toLongLong();
    m_clinician->clear();
    qint64 user = 0;
    for (const Staff &s : m_context.clinic.staffing.staff()) {
        if (!s.isMidwife())
            continue;
        m_clinician->addItem(QStringLiteral("%1 (%2)").arg(s.name, codes::label(s.role)), s.id);
        if (s.name.compare(m_context.actor.displayName, Qt::CaseInsensitive) == 0)
            user = s.id;
    }
    // Her own day when she is on the staff list, until another is chosen.
    const qint64 wanted = chosen != 0 ? chosen : user;
    m_clinician->setCurrentIndex(std::max(0, m_clinician->findData(wanted)));
}

void WorklistView::refresh()
{
    fillClinicians();
    if (m_clinician->count() == 0)
        return clearShown(tr("There are no midwives on the staff list yet: add them in Staff "
                             "and teams."));
    if (m_day->isEmpty() || m_day->hasProblem())
        return clearShown(tr("Type the day as dd/mm/yyyy, for example %1.")
                              .arg(m_context.clock.today().toString(QStringLiteral("dd/MM/yyyy"))));
    const auto read = m_context.clinic.worklists.forClinician(
        m_clinician->currentData().toLongLong(), m_day->date());
    if (!read)
        return clearShown(tr("The day could not be read: %1").arg(read.message()));
    fillTree(read.value());
}

void WorklistView::clearShown(const QString &why)
{
    m_shown.reset();
    m_natural.clear();
    m_flags.clear();
    m_tree->clear();
    m_summary->clear();
    setMessage(m_message, why);
    m_print->setEnabled(false);
    m_savePdf->setEnabled(false);
}

void WorklistView::fillTree(const Worklist &list)
{
    m_shown = list;
    QList<qint64> women;
    const QList<documents::WorklistSection> sections = documents::worklistSections(list);
    for (const documents::WorklistSection &s : sections) {
        for (const WorklistItem &item : s.items)
            women << item.womanId;
    }
    // Her flags once, however many lists she is on.
    std::sort(women.begin(), women.end());
    women.erase(std::unique(women.begin(), women.end()), women.end());
    const auto flags = m_context.clinic.women.flagsOf(women, m_context.actor);
    m_flags = flags ? flags.value() : QHash<qint64, RecordFlags>{};
    setMessage(m_message,
               flags ? QString() : tr("Their flags could not be read: %1").arg(flags.message()));

    // The lists are made whole and then given to the tree at once: a tree told of each row as
    // it comes is slow with the thousands of a long day.
    m_tree->clear();
    int items = 0;
    int late = 0;
    QFont bold = m_tree->font();
    bold.setBold(true);
    const QFontMetrics plain(m_tree->font());
    const QFontMetrics boldMetrics(bold);
    // Each column's longest texts, measured once the rows are made: measuring every cell of a
    // long day costs more than making it.
    QList<QStringList> longest(ColumnCount);
    const auto keep = [&longest](int column, const QString &text) {
        QStringList &texts = longest[column];
        if (texts.size() == 3 && texts.back().size() >= text.size())
            return;
        texts << text;
        std::sort(texts.begin(), texts.end(),
                  [](const QString &a, const QString &b) { return a.size() > b.size(); });
        if (texts.size() > 3)
            texts.removeLast();
    };
    QList<QTreeWidgetItem *> headings;
    for (const documents::WorklistSection &s : sections) {
        auto *heading = new QTreeWidgetItem(QStringList{documents::worklistHeading(s)});
        heading->setFont(Woman, bold);
        heading->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        QList<QTreeWidgetItem *> rows;
        rows.reserve(s.items.size());
        for (const WorklistItem &item : s.items) {
            const QString lateText = documents::worklistLate(s.list, item, list.day);
            const QStringList cells{item.womanName,
                                    clinical::nhs::listed(item.nhsNumber),
                                    flagsOf(item, m_flags),
                                    item.what,
                                    documents::worklistWhen(s.list, item),
                                    lateText.isEmpty() ? QString()
                                                       : QStringLiteral("\u26A0 ") + lateText};
            auto *row = new ItemRow(cells, item.womanId, item.appointmentId);
            for (int column = 0; column < ColumnCount; ++column)
                keep(column, cells[column]);
            if (!lateText.isEmpty()) {
                row->setFont(Late, bold);
                ++late;
            }
            rows << row;
            ++items;
        }
        heading->addChildren(rows);
        headings << heading;
    }
    m_tree->addTopLevelItems(headings);
    for (QTreeWidgetItem *heading : std::as_const(headings)) {
        heading->setFirstColumnSpanned(true);
        heading->setExpanded(true);
    }
    // Room for the cell's margins, and for the rows' indentation under their list.
    const int padding = plain.averageCharWidth() * 2;
    m_natural = QList<int>(ColumnCount, 0);
    for (int column = 0; column < ColumnCount; ++column) {
        const QFontMetrics &metrics = column == Late ? boldMetrics : plain;
        int widest = plain.horizontalAdvance(m_tree->headerItem()->text(column));
        for (const QString &text : std::as_const(longest[column]))
            widest = std::max(widest, metrics.horizontalAdvance(text));
        m_natural[column] = widest + padding;
    }
    m_natural[Woman] += m_tree->indentation();
    fitColumns();
    const QString who = clinicianName();
    const QString counts = items == 1 ? tr("1 item") : tr("%1 items").arg(items);
    m_summary->setText(
        tr("%1, %2: %3, %4 late.")
            .arg(who, m_day->date().toString(QStringLiteral("dddd d MMMM yyyy")), counts)
            .arg(late) +
        QLatin1Char(' ') +
        tr("Enter opens her record, or her contact page for an appointment. A woman after a "
           "loss is on no routine list; her referrals stay."));
    // The first item of the day in front, so that Enter opens it at once.
    for (QTreeWidgetItem *heading : std::as_const(headings)) {
        if (QTreeWidgetItem *first = heading->child(0)) {
            m_tree->setCurrentItem(first);
            break;
        }
    }
    if (m_tree->currentItem() == nullptr && !headings.isEmpty())
        m_tree->setCurrentItem(headings.front());
    m_print->setEnabled(true);
    m_savePdf->setEnabled(true);
}

void WorklistView::fitColumns()
{
    // Every column as wide as it needs and what to do the rest; her flags give up width to what
    // to do when the screen is narrow, down to a floor, whole in their tooltip.
    if (m_natural.size() != ColumnCount)
        return;
    for (int column : {Woman, NhsNumber, When, Late})
        m_tree->setColumnWidth(column, m_natural[column]);
    const int floor = m_tree->fontMetrics().averageCharWidth() * 30;
    const int flags = m_natural[Flags];
    int others = m_natural[What];
    for (int column : {Woman, NhsNumber, When, Late})
        others += m_natural[column];
    const int room = m_tree->viewport()->width() - others;
    m_tree->setColumnWidth(Flags, std::clamp(room, std::min(floor, flags), flags));
}

bool WorklistView::eventFilter(QObject *watched, QEvent *event)
{
    // The tree's own width, once it is known (a tab not shown yet has none).
    if (watched == m_tree->viewport() && event->type() == QEvent::Resize && m_shown)
        fitColumns();
    return QWidget::eventFilter(watched, event);
}

void WorklistView::openCurrent()
{
    // A list's heading is not an item.
    const auto *item = dynamic_cast<const ItemRow *>(m_tree->currentItem());
    if (item == nullptr)
        return;
    if (item->appointmentId > 0)
        emit recordContact(item->appointmentId);
    else if (item->womanId > 0)
        emit openWoman(item->womanId);
}

namespace {

documents::WorklistPrintInput printInput(ClinicContext &context, const Worklist &list,
                                         const QString &clinician,
                                         const QHash<qint64, RecordFlags> &flags)
{
    const auto settings = context.clinic.settings.printSettings();
    return {clinician, settings ? settings->trustName : QString(), list, flags,
            context.clock.now()};
}

} // namespace

bool WorklistView::savePdf(const QString &path, QString *error) const
{
    if (!m_shown) {
        if (error != nullptr)
            *error = tr("there is nothing to save: show a midwife's day first");
        return false;
    }
    return documents::writeWorklistPdf(
        path, printInput(m_context, *m_shown, clinicianName(), m_flags), error);
}

void WorklistView::chooseAndSavePdf()
{
    if (!m_shown)
        return;
    QString name = clinicianName().toLower();
    name.replace(QLatin1Char(' '), QLatin1Char('-'));
    const QString path = chooseFileToSave(
        this, tr("Save the day as PDF"),
        QStringLiteral("day-%1-%2.pdf").arg(name, m_shown->day.toString(Qt::ISODate)),
        tr("PDF (*.pdf)"), m_context.clinic.databaseFile());
    QString error;
    if (!path.isEmpty() && !savePdf(path, &error))
        setMessage(m_message, tr("The PDF was not saved: %1").arg(error));
}

void WorklistView::printPreview()
{
    if (!m_shown)
        return;
    const documents::WorklistPrintInput input =
        printInput(m_context, *m_shown, clinicianName(), m_flags);
    QPrinter printer;
    // The PDF's page and resolution, so the paper breaks where the PDF does.
    printer.setResolution(documents::kDocumentResolution);
    printer.setPageLayout(documents::documentPageLayout());
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setObjectName(QStringLiteral("worklistPreview"));
    dialog.setWindowTitle(tr("%1's day - print preview").arg(input.clinician));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [&input](QPrinter *target) {
        QString error;
        if (!documents::paintWorklist(target, input, &error))
            qWarning("the day was not printed: %s", qPrintable(error));
    });
    dialog.exec();
}

} // namespace bb::ui
