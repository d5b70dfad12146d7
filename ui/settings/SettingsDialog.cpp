// SPDX-License-Identifier: MIT
#include "settings/SettingsDialog.h"

#include "ClinicContext.h"
#include "widgets/FieldRows.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

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
}

SettingsDialog::SettingsDialog(ClinicContext &context, QWidget *parent)
    : QDialog(parent), m_context(context), m_trustName(new QLineEdit),
      m_assessmentLine(new QLineEdit), m_services(new QTableWidget(0, ColumnCount)),
      m_message(makeMessageLabel())
{
    setWindowTitle(tr("Settings for printed care plans"));
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

    auto *rows = new FieldRows;
    rows->add(tr("&Trust name"), m_trustName, QStringLiteral("settings.trust_name"));
    rows->add(tr("Maternity &assessment line"), m_assessmentLine,
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

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(rows);
    layout->addWidget(new QLabel(tr("Birth places and support services")));
    layout->addWidget(m_services, 1);
    layout->addLayout(tableButtons);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(900, 560);
    // Settings that cannot be read are not shown as anything else: saving replaces them.
    if (const auto settings = m_context.clinic.settings.printSettings())
        showSettings(settings.value());
    else
        setMessage(m_message,
                   tr("%1\nSaving replaces them with what is typed here.").arg(settings.message()));
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
    for (const QString &code : documents::serviceKinds()) {
        QString text = code;
        text.replace(QLatin1Char('_'), QLatin1Char(' '));
        kind->addItem(text, code);
    }
    kind->setCurrentIndex(std::max(0, kind->findData(service.kind)));
    m_services->setCellWidget(row, Kind, kind);
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
    const auto saved = m_context.clinic.settings.save(typedSettings(), m_context.actor);
    if (saved) {
        setMessage(m_message, QString());
        return true;
    }
    setMessage(m_message, tr("Not saved:\n%1").arg(saved.message()));
    return false;
}

void SettingsDialog::accept()
{
    if (save())
        QDialog::accept();
}

} // namespace bb::ui
