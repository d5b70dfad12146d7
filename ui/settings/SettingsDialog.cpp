// SPDX-License-Identifier: MIT
#include "settings/SettingsDialog.h"

#include "ClinicContext.h"
#include "settings/BereavementSupportEditor.h"
#include "widgets/DateField.h"
#include "widgets/FieldRows.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBlock>
#include <QTextCursor>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace bb::ui {
namespace {
enum Column
{
    Name,
    Kind,
    Address,
    Phone,
    ColumnCount
};

enum Tab
{
    PrintedTab,
    SupportTab,
    HolidaysTab
};

const QString kHolidayPath = QStringLiteral("bank_holidays[");

} // namespace

SettingsDialog::SettingsDialog(ClinicContext &context, QWidget *parent)
    : QDialog(parent), m_context(context), m_tabs(new QTabWidget), m_rows(new FieldRows),
      m_trustName(new QLineEdit), m_assessmentLine(new QLineEdit),
      m_services(new QTableWidget(0, ColumnCount)), m_support(new BereavementSupportEditor),
      m_bankHolidays(new QPlainTextEdit), m_bankHolidaysMessage(makeMessageLabel()),
      m_message(makeMessageLabel())
{
    setWindowTitle(tr("Settings"));
    m_tabs->setObjectName(QStringLiteral("settingsTabs"));
    m_trustName->setObjectName(QStringLiteral("trustName"));
    m_assessmentLine->setObjectName(QStringLiteral("assessmentLine"));
    m_services->setObjectName(QStringLiteral("services"));
    m_services->setAccessibleName(tr("Birth places and support services"));
    m_services->setHorizontalHeaderLabels({tr("Name"), tr("Kind"), tr("Address"), tr("Phone")});
    m_services->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    m_services->horizontalHeader()->setSectionResizeMode(Address, QHeaderView::Stretch);
    // A kind is read whole ("obstetric unit", not "obstetric un").
    m_services->horizontalHeader()->setSectionResizeMode(Kind, QHeaderView::ResizeToContents);
    m_services->verticalHeader()->hide();
    m_message->setObjectName(QStringLiteral("settingsMessage"));

    m_rows->add(tr("&Trust name"), m_trustName, QStringLiteral("settings.trust_name"));
    m_rows->add(
        tr("Maternity &assessment line"), m_assessmentLine,
        QStringLiteral("settings.assessment_line_phone"),
        tr("The number every printed plan gives for reduced movements, bleeding, headache"));

    auto *add = new QPushButton(tr("A&dd service"));
    auto *remove = new QPushButton(tr("&Remove service"));
    connect(add, &QPushButton::clicked, this, [this] {
        addService({});
        m_services->setCurrentCell(m_services->rowCount() - 1, Name);
        m_services->editItem(m_services->item(m_services->rowCount() - 1, Name));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_services->currentRow() >= 0)
            m_services->removeRow(m_services->currentRow());
    });
    auto *tableButtons = new QHBoxLayout;
    tableButtons->addWidget(add);
    tableButtons->addWidget(remove);
    tableButtons->addStretch();

    auto *printed = new QWidget;
    auto *printedLayout = new QVBoxLayout(printed);
    printedLayout->addLayout(m_rows);
    printedLayout->addWidget(new QLabel(tr("Birth places and support services")));
    printedLayout->addWidget(m_services, 1);
    printedLayout->addLayout(tableButtons);
    m_tabs->addTab(printed, tr("Trust and ser&vices"));

    m_support->setObjectName(QStringLiteral("bereavementSupportEditor"));
    m_tabs->addTab(m_support, tr("&Bereavement support"));

    m_bankHolidays->setObjectName(QStringLiteral("bankHolidays"));
    m_bankHolidays->setTabChangesFocus(true);
    m_bankHolidaysMessage->setObjectName(QStringLiteral("bankHolidaysMessage"));
    auto *holidays = new QWidget;
    auto *holidaysLayout = new QVBoxLayout(holidays);
    auto *holidaysLabel = new QLabel(tr("England's bank holida&ys, one date a line"));
    holidaysLabel->setBuddy(m_bankHolidays);
    m_bankHolidays->setAccessibleName(tr("England's bank holidays, one date a line"));
    auto *holidaysAbout =
        new QLabel(tr("They are not working days when a referral must be sent within two of "
                      "them. Type each as dd/mm/yyyy; a bank holiday at a weekend is kept on "
                      "the weekday it moves to."));
    holidaysAbout->setWordWrap(true);
    holidaysLayout->addWidget(holidaysLabel);
    holidaysLayout->addWidget(holidaysAbout);
    holidaysLayout->addWidget(m_bankHolidays, 1);
    holidaysLayout->addWidget(m_bankHolidaysMessage);
    m_tabs->addTab(holidays, tr("Ban&k holidays"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(900, 600);
    // Settings that cannot be read are not shown as anything else: saving replaces them.
    QStringList unread;
    if (const auto settings = m_context.clinic.settings.printSettings())
        showSettings(settings.value());
    else
        unread << settings.message();
    if (const auto support = m_context.clinic.settings.bereavementSupport())
        m_support->setList(support.value());
    else
        unread << support.message();
    if (const auto dates = m_context.clinic.settings.bankHolidays())
        showBankHolidays(dates.value());
    else
        unread << dates.message();
    if (!unread.isEmpty()) {
        setMessage(m_message, tr("%1\nSaving replaces them with what is typed here.")
                                  .arg(unread.join(QLatin1Char('\n'))));
    }
}

void SettingsDialog::showSettings(const documents::PrintSettings &settings)
{
    m_trustName->setText(settings.trustName);
    m_assessmentLine->setText(settings.assessmentLinePhone);
    m_services->setRowCount(0);
    for (const documents::ServiceContact &service : settings.services)
        addService(service);
}

void SettingsDialog::addService(const documents::ServiceContact &service)
{
    const int row = m_services->rowCount();
    m_services->insertRow(row);
    m_services->setItem(row, Name, new QTableWidgetItem(service.name));
    m_services->setItem(row, Address, new QTableWidgetItem(service.address));
    m_services->setItem(row, Phone, new QTableWidgetItem(service.phone));
    auto *kind = new QComboBox;
    kind->setAccessibleName(tr("Kind of service"));
    for (const QString &code : documents::serviceKinds())
        kind->addItem(documents::serviceKindLabel(code), code);
    kind->setCurrentIndex(std::max(0, kind->findData(service.kind)));
    m_services->setCellWidget(row, Kind, kind);
}

void SettingsDialog::showBankHolidays(const QList<QDate> &dates)
{
    QStringList lines;
    for (const QDate &date : dates)
        lines << date.toString(QStringLiteral("dd/MM/yyyy"));
    m_bankHolidays->setPlainText(lines.join(QLatin1Char('\n')));
}

QList<QDate> SettingsDialog::typedBankHolidays(QMap<int, QString> &unreadable,
                                               QList<int> &lines) const
{
    QList<QDate> dates;
    const QStringList typed = m_bankHolidays->toPlainText().split(QLatin1Char('\n'));
    for (int line = 1; line <= typed.size(); ++line) {
        const QString text = typed.at(line - 1).trimmed();
        if (text.isEmpty())
            continue;
        const QDate date = DateField::parse(text);
        if (!date.isValid()) {
            unreadable.insert(line, tr("'%1' is not a date (dd/mm/yyyy)").arg(text));
            continue;
        }
        dates << date;
        lines << line;
    }
    return dates;
}

documents::PrintSettings SettingsDialog::typedSettings() const
{
    documents::PrintSettings settings;
    settings.trustName = m_trustName->text().trimmed();
    settings.assessmentLinePhone = m_assessmentLine->text().trimmed();
    for (int row = 0; row < m_services->rowCount(); ++row) {
        auto text = [&](int column) {
            const QTableWidgetItem *item = m_services->item(row, column);
            return item ? item->text().trimmed() : QString();
        };
        const auto *kind = qobject_cast<QComboBox *>(m_services->cellWidget(row, Kind));
        settings.services.append({text(Name), kind ? kind->currentData().toString() : QString(),
                                  text(Address), text(Phone)});
    }
    return settings;
}

bool SettingsDialog::save()
{
    m_rows->clearMessages();
    m_support->clearErrors();
    setMessage(m_bankHolidaysMessage, QString());

    QMap<int, QString> unreadable; // by line
    QList<int> lines;              // the line of each date read
    care::SettingsChange change;
    change.print = typedSettings();
    change.bereavementSupport = m_support->list();
    change.bankHolidays = typedBankHolidays(unreadable, lines);
    FieldErrors errors;
    if (unreadable.isEmpty()) {
        const auto saved = m_context.clinic.settings.saveAll(change, m_context.actor);
        if (saved) {
            setMessage(m_message, QString());
            return true;
        }
        if (!saved.invalid()) {
            setMessage(m_message, tr("Not saved:\n%1").arg(saved.message()));
            return false;
        }
        errors = saved.fieldErrors();
    } else {
        // A line that is not a date is reported with everything else that is wrong.
        errors << care::Settings::validate(change.print)
               << care::Settings::validateBereavementSupport(change.bereavementSupport)
               << care::Settings::validateBankHolidays(change.bankHolidays);
    }

    // Each problem by its field, and the first tab with one shown.
    QList<int> tabs;
    QStringList summary;
    m_rows->show(errors);
    QMap<int, QString> holidays = unreadable;
    for (const FieldError &e : std::as_const(errors)) {
        if (e.path.startsWith(kHolidayPath)) {
            const int index = e.path.mid(kHolidayPath.size()).chopped(1).toInt();
            holidays.insert(lines.value(index), e.message);
        } else if (const QString row = BereavementSupportEditor::describe(e); !row.isEmpty()) {
            summary << row;
        } else {
            summary << e.toString();
            if (e.path.startsWith(QLatin1String("settings.")) && !tabs.contains(PrintedTab))
                tabs << PrintedTab;
        }
    }
    if (m_support->showErrors(errors) > 0)
        tabs << SupportTab;
    if (!holidays.isEmpty()) {
        QStringList byLine;
        for (auto it = holidays.cbegin(); it != holidays.cend(); ++it)
            byLine << tr("line %1: %2").arg(it.key()).arg(it.value());
        setMessage(m_bankHolidaysMessage, byLine.join(QLatin1Char('\n')));
        // The first line with a problem is where the cursor waits.
        QTextCursor cursor(m_bankHolidays->document()->findBlockByNumber(holidays.firstKey() - 1));
        cursor.movePosition(QTextCursor::EndOfBlock);
        m_bankHolidays->setTextCursor(cursor);
        // Once its tab is shown and laid out.
        QTimer::singleShot(0, m_bankHolidays, [this] { m_bankHolidays->ensureCursorVisible(); });
        summary << tr("bank holidays, %1").arg(byLine.join(QStringLiteral("; ")));
        tabs << HolidaysTab;
    }
    if (!tabs.isEmpty())
        m_tabs->setCurrentIndex(tabs.front());
    setMessage(m_message, tr("Not saved:\n%1").arg(summary.join(QLatin1Char('\n'))));
    return false;
}

void SettingsDialog::accept()
{
    if (save())
        QDialog::accept();
}

} // namespace bb::ui
