// SPDX-License-Identifier: MIT
#include "teams/FeedbackView.h"

#include "ClinicContext.h"
#include "care/FeedbackPrint.h"
#include "documents/FeedbackDocument.h"
#include "documents/PagedDocument.h"
#include "domain/Discharge.h"
#include "files/FileDialogs.h"
#include "util/HtmlText.h"
#include "widgets/DateField.h"
#include "widgets/FieldRows.h"
#include "widgets/ReadOnlyTable.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QScrollBar>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace bb::ui {
namespace {

QString monthName(const QDate &month)
{
    return month.toString(QStringLiteral("MMMM yyyy"));
}

QStringList cellsOf(const QString &label, const care::MonthOfFeedback &month)
{
    QStringList cells{label};
    for (int count : month.answers)
        cells << QString::number(count);
    cells << QString::number(month.responses()) << percentText(month.percentGood());
    return cells;
}

QStringList headers()
{
    QStringList names{FeedbackView::tr("Month")};
    for (const QString &code : codes::feedbackAnswerCodes()) {
        const auto answer = codes::feedbackAnswerFromCode(code);
        names << (answer ? codes::label(*answer) : code);
    }
    return names << FeedbackView::tr("Responses") << FeedbackView::tr("% good");
}

/// Her words, month by month, as the page shows them: escaped, her line breaks kept.
QString commentsHtml(const care::FeedbackSummary &summary)
{
    QString html;
    for (const care::MonthOfFeedback &m : summary.months) {
        if (m.comments.isEmpty())
            continue;
        html += QStringLiteral("<h4>%1</h4>").arg(html::esc(monthName(m.month)));
        for (const QString &words : m.comments)
            html += QStringLiteral("<p style=\"margin-left: 12px\">\u201C%1\u201D</p>")
                        .arg(html::esc(words).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    }
    if (html.isEmpty())
        html = QStringLiteral("<p>%1</p>")
                   .arg(html::esc(FeedbackView::tr("No one wrote a comment in these months.")));
    return html;
}

} // namespace

FeedbackView::FeedbackView(ClinicContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_team(new QComboBox), m_from(new DateField),
      m_to(new DateField), m_message(makeMessageLabel()),
      m_months(makeReadOnlyTable("feedbackMonths", headers())), m_comments(new QTextBrowser),
      m_saveCsv(new QPushButton(tr("Save as &CSV..."))), m_print(new QPushButton(tr("&Print..."))),
      m_savePdf(new QPushButton(tr("Save as P&DF..."))), m_splitter(new QSplitter(Qt::Vertical))
{
    m_team->setObjectName(QStringLiteral("feedbackTeam"));
    m_team->setAccessibleName(tr("Team"));
    m_from->setObjectName(QStringLiteral("feedbackFrom"));
    m_from->setAccessibleName(tr("From"));
    m_to->setObjectName(QStringLiteral("feedbackTo"));
    m_to->setAccessibleName(tr("To"));
    // The last twelve months, this one so far included.
    const QDate today = m_context.clock.today();
    m_from->setDate(QDate(today.year(), today.month(), 1).addMonths(-11));
    m_to->setDate(today);
    m_message->setObjectName(QStringLiteral("feedbackMessage"));
    m_months->setAccessibleName(tr("Friends and Family Test answers by month"));
    m_months->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    // A year and its total fit on a laptop's screen above the comments: rows a line high.
    m_months->verticalHeader()->setDefaultSectionSize(m_months->fontMetrics().lineSpacing() + 8);
    m_comments->setObjectName(QStringLiteral("feedbackComments"));
    m_comments->setAccessibleName(tr("Comments by month"));
    m_comments->setOpenLinks(false);
    m_comments->setTabChangesFocus(true);
    m_saveCsv->setObjectName(QStringLiteral("feedbackSaveCsv"));
    m_print->setObjectName(QStringLiteral("feedbackPrint"));
    m_savePdf->setObjectName(QStringLiteral("feedbackSavePdf"));

    auto *show = new QPushButton(tr("&Show"));
    show->setObjectName(QStringLiteral("feedbackShow"));
    connect(show, &QPushButton::clicked, this, &FeedbackView::refresh);
    connect(m_team, &QComboBox::activated, this, &FeedbackView::refresh);
    connect(m_from, &QLineEdit::returnPressed, this, &FeedbackView::refresh);
    connect(m_to, &QLineEdit::returnPressed, this, &FeedbackView::refresh);
    connect(m_saveCsv, &QPushButton::clicked, this, &FeedbackView::chooseAndSaveCsv);
    connect(m_print, &QPushButton::clicked, this, &FeedbackView::printPreview);
    connect(m_savePdf, &QPushButton::clicked, this, &FeedbackView::chooseAndSavePdf);

    auto *bar = new QHBoxLayout;
    const auto add = [bar](const QString &text, QWidget *field) {
        auto *label = new QLabel(text);
        label->setBuddy(field);
        bar->addWidget(label);
        bar->addWidget(field);
    };
    add(tr("&Team:"), m_team);
    add(tr("&From:"), m_from);
    add(tr("T&o:"), m_to);
    bar->addWidget(show);
    bar->addStretch();
    bar->addWidget(m_saveCsv);
    bar->addWidget(m_print);
    bar->addWidget(m_savePdf);

    auto *how = new QLabel(
        tr("The answers women gave to \u201COverall, how was your experience of our "
           "service?\u201D when they were discharged. % good is very good and good together as a "
           "share of every response, don't know included, as NHS England publishes it."));
    how->setWordWrap(true);

    auto *commentsBox = new QWidget;
    auto *commentsLayout = new QVBoxLayout(commentsBox);
    commentsLayout->setContentsMargins(0, 0, 0, 0);
    auto *commentsLabel = new QLabel(tr("Co&mments, by month"));
    commentsLabel->setBuddy(m_comments);
    QFont bold = commentsLabel->font();
    bold.setBold(true);
    commentsLabel->setFont(bold);
    commentsLayout->addWidget(commentsLabel);
    commentsLayout->addWidget(m_comments);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_months);
    m_splitter->addWidget(commentsBox);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(how);
    layout->addWidget(m_message);
    layout->addWidget(m_splitter, 1);
    clearShown({});
}

void FeedbackView::refresh()
{
    const QString chosen = m_team->currentText();
    m_team->clear();
    for (const Team &team : m_context.clinic.staffing.teams())
        m_team->addItem(team.name);
    m_team->setCurrentIndex(std::max(0, m_team->findText(chosen)));

    QStringList problems;
    if (m_team->count() == 0)
        problems << tr("there are no teams yet: add them in Staff and teams");
    for (const auto &[field, name] : {std::pair{m_from, tr("From")}, std::pair{m_to, tr("To")}}) {
        if (field->isEmpty() || field->hasProblem())
            problems << tr("%1: type a day as dd/mm/yyyy").arg(name);
    }
    if (!problems.isEmpty()) {
        clearShown(problems.join(QStringLiteral("; ")));
        return;
    }
    const auto read =
        m_context.clinic.discharges.feedback(m_team->currentText(), m_from->date(), m_to->date());
    if (!read) {
        QStringList lines;
        for (const FieldError &e : read.fieldErrors()) {
            const QString name = e.path == QLatin1String("from")   ? tr("From")
                                 : e.path == QLatin1String("to")   ? tr("To")
                                 : e.path == QLatin1String("team") ? tr("Team")
                                                                   : e.path;
            lines << QStringLiteral("%1: %2").arg(name, e.message);
        }
        if (read.failed())
            lines << tr("the answers could not be read: %1").arg(read.message());
        clearShown(lines.join(QStringLiteral("; ")));
        return;
    }
    showSummary(read.value());
}

void FeedbackView::clearShown(const QString &why)
{
    m_shown.reset();
    m_months->setRowCount(0);
    m_comments->clear();
    setMessage(m_message, why);
    m_saveCsv->setEnabled(false);
    m_print->setEnabled(false);
    m_savePdf->setEnabled(false);
}

void FeedbackView::showSummary(const care::FeedbackSummary &summary)
{
    m_shown = summary;
    setMessage(m_message, {});
    const care::MonthOfFeedback all = care::wholePeriod(summary);
    m_months->setRowCount(int(summary.months.size()) + 1);
    const auto figures = [](QTableWidgetItem &item, int column) {
        if (column > 0)
            item.setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    };
    for (int row = 0; row < summary.months.size(); ++row)
        setRowCells(m_months, row,
                    cellsOf(monthName(summary.months[row].month), summary.months[row]), figures);
    setRowCells(m_months, int(summary.months.size()), cellsOf(tr("Total"), all),
                [&figures](QTableWidgetItem &item, int column) {
                    figures(item, column);
                    QFont bold = item.font();
                    bold.setBold(true);
                    item.setFont(bold);
                });
    m_comments->setHtml(commentsHtml(summary));
    // The table as tall as its rows when the window has room, the comments below taking the
    // rest: a year's figures read without scrolling.
    const int rowsHeight =
        m_months->horizontalHeader()->height() + m_months->verticalHeader()->length() +
        2 * m_months->frameWidth() +
        (m_months->horizontalScrollBar()->isVisible() ? m_months->horizontalScrollBar()->height()
                                                      : 0);
    const int total = m_splitter->sizes().value(0) + m_splitter->sizes().value(1);
    if (total > 0) {
        const int commentsAtLeast = total / 4;
        const int table = std::min(rowsHeight, total - commentsAtLeast);
        m_splitter->setSizes({table, total - table});
    }
    m_saveCsv->setEnabled(true);
    m_print->setEnabled(true);
    m_savePdf->setEnabled(true);
}

bool FeedbackView::saveCsv(const QString &path, QString *error) const
{
    QString reason;
    QSaveFile file(path);
    if (!m_shown) {
        reason = tr("there is nothing to save: show a team's answers first");
    } else if (!file.open(QIODevice::WriteOnly)) {
        reason = file.errorString();
    } else {
        // A spreadsheet reads a file as UTF-8 only when it starts with the byte order mark, and
        // her words may hold any letter.
        file.write("\xEF\xBB\xBF");
        file.write(care::feedbackCsv(*m_shown).toUtf8());
        if (!file.commit())
            reason = file.errorString();
    }
    if (reason.isEmpty())
        return true;
    if (error != nullptr)
        *error = reason;
    return false;
}

bool FeedbackView::savePdf(const QString &path, QString *error) const
{
    if (!m_shown) {
        if (error != nullptr)
            *error = tr("there is nothing to save: show a team's answers first");
        return false;
    }
    return documents::writeFeedbackSummaryPdf(
        path, care::feedbackPrintInput(*m_shown, m_context.clock.today()), error);
}

QString FeedbackView::suggestedName(const QString &extension) const
{
    static const QRegularExpression notWord(QStringLiteral("[^a-z0-9]+"));
    QString team = m_shown ? m_shown->team.toLower() : QString();
    team.replace(notWord, QStringLiteral("-"));
    const QString from = m_shown ? m_shown->from.toString(QStringLiteral("yyyy-MM")) : QString();
    const QString to = m_shown ? m_shown->to.toString(QStringLiteral("yyyy-MM")) : QString();
    return QStringLiteral("friends-and-family-test-%1-%2-to-%3.%4").arg(team, from, to, extension);
}

void FeedbackView::chooseAndSaveCsv()
{
    const QString path = chooseFileToSave(
        this, tr("Save the Friends and Family Test answers as CSV"),
        suggestedName(QStringLiteral("csv")), tr("CSV (*.csv)"), m_context.clinic.databaseFile());
    QString error;
    if (!path.isEmpty() && !saveCsv(path, &error))
        setMessage(m_message, tr("The CSV was not saved: %1").arg(error));
}

void FeedbackView::chooseAndSavePdf()
{
    const QString path = chooseFileToSave(
        this, tr("Save the Friends and Family Test summary as PDF"),
        suggestedName(QStringLiteral("pdf")), tr("PDF (*.pdf)"), m_context.clinic.databaseFile());
    QString error;
    if (!path.isEmpty() && !savePdf(path, &error))
        setMessage(m_message, tr("The PDF was not saved: %1").arg(error));
}

void FeedbackView::printPreview()
{
    if (!m_shown)
        return;
    const documents::FeedbackPrintInput input =
        care::feedbackPrintInput(*m_shown, m_context.clock.today());
    QPrinter printer;
    // The PDF's page and resolution, so the paper breaks where the PDF does.
    printer.setResolution(documents::kDocumentResolution);
    printer.setPageLayout(documents::documentPageLayout());
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Friends and Family Test - print preview"));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
            [&input](QPrinter *target) { documents::printFeedbackSummary(target, input); });
    dialog.exec();
}

} // namespace bb::ui
