// SPDX-License-Identifier: MIT
#include "record/HerCopyDialog.h"

#include "ClinicContext.h"
#include "care/HerCopies.h"
#include "care/PrintedPlans.h"
#include "files/FileDialogs.h"
#include "widgets/FieldRows.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

namespace bb::ui {
namespace {

// Names that say what each file is to whoever finds it, and nothing of whose it is.
constexpr auto kPlanFile = "my-maternity-care-plan.pdf";
constexpr auto kCalendarFile = "my-maternity-appointments.ics";
constexpr auto kRecordFile = "my-maternity-record.json";

} // namespace

HerCopyDialog::HerCopyDialog(ClinicContext &context, qint64 womanId, qint64 pregnancyId,
                             QWidget *parent)
    : QDialog(parent), m_context(context), m_womanId(womanId), m_pregnancyId(pregnancyId),
      m_folder(new QLineEdit), m_plan(new QCheckBox(tr("Her care &plan, to print or read (PDF)"))),
      m_calendar(new QCheckBox(tr("Her &appointments, for her phone's calendar (.ics)"))),
      m_record(new QCheckBox(tr("Her &record, for a health app (FHIR, .json)"))),
      m_rows(new FieldRows)
{
    setWindowTitle(tr("Give her a copy"));
    auto *intro = new QLabel(tr("Made for her to take home: nothing on them that is for the "
                                "staff only. They go in a new folder of their own in the folder "
                                "you choose: her memory stick, or one to send them to her from."));
    intro->setWordWrap(true);
    for (QCheckBox *box : {m_plan, m_calendar, m_record})
        box->setChecked(true);
    m_plan->setObjectName(QStringLiteral("copyPlan"));
    m_calendar->setObjectName(QStringLiteral("copyCalendar"));
    m_record->setObjectName(QStringLiteral("copyRecord"));
    // After a loss there is no routine plan to give her (National Bereavement Care Pathway).
    const auto latest = context.clinic.carePlans.latest(pregnancyId);
    if (!latest || !latest.value() ||
        !care::printInput(context.clinic, *latest.value(), context.clock.today())) {
        m_plan->setChecked(false);
        m_plan->setEnabled(false);
        m_plan->setToolTip(tr("There is no care plan of hers to print"));
    }

    m_folder->setObjectName(QStringLiteral("copyFolder"));
    m_folder->setReadOnly(true);
    m_folder->setPlaceholderText(tr("choose where to save them"));
    auto *choose = new QPushButton(tr("C&hoose folder..."));
    choose->setObjectName(QStringLiteral("chooseCopyFolder"));
    connect(choose, &QPushButton::clicked, this, &HerCopyDialog::chooseFolder);
    auto *folderRow = new QWidget;
    auto *folderLayout = new QHBoxLayout(folderRow);
    folderLayout->setContentsMargins(0, 0, 0, 0);
    folderLayout->addWidget(m_folder, 1);
    folderLayout->addWidget(choose);
    m_rows->add(tr("Save in"), folderRow, QStringLiteral("folder"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    auto *save = buttons->addButton(tr("&Save her copies"), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("saveHerCopies"));
    connect(save, &QPushButton::clicked, this, &HerCopyDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_plan);
    layout->addWidget(m_calendar);
    layout->addWidget(m_record);
    layout->addLayout(m_rows);
    layout->addWidget(buttons);
    choose->setFocus();
    resize(560, sizeHint().height());
}

void HerCopyDialog::chooseFolder()
{
    const QString folder = chooseFolderForHerCopy(this, tr("Where to save her copies"),
                                                  m_context.clinic.databaseFile());
    if (!folder.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(folder));
}

void HerCopyDialog::save()
{
    if (saveInto(QDir::fromNativeSeparators(m_folder->text())))
        accept();
}

bool HerCopyDialog::saveInto(const QString &folder, QString *problem)
{
    m_rows->clearMessages();
    m_written.clear();
    m_savedIn.clear();
    const auto fail = [&](const QString &why) {
        m_rows->showMessage(QStringLiteral("folder"), why);
        if (problem)
            *problem = why;
        return false;
    };
    if (folder.isEmpty())
        return fail(tr("Choose where to save them."));
    if (!QFileInfo(folder).isDir())
        return fail(tr("%1 is not a folder.").arg(folder));
    if (const QString refused = folderRefusedForHerCopy(folder, m_context.clinic.databaseFile());
        !refused.isEmpty())
        return fail(refused);
    if (!m_plan->isChecked() && !m_calendar->isChecked() && !m_record->isChecked())
        return fail(tr("Tick at least one copy to give her."));

    // A folder of their own each time: nothing of another woman's copies is ever beside hers,
    // or replaced by hers.
    const QString base =
        QStringLiteral("maternity-copy-%1").arg(m_context.clock.today().toString(Qt::ISODate));
    QString name = base;
    for (int n = 2; QFileInfo::exists(QDir(folder).filePath(name)); ++n)
        name = QStringLiteral("%1-%2").arg(base).arg(n);
    if (!QDir(folder).mkdir(name))
        return fail(tr("Cannot make a folder for her copies in %1.").arg(folder));
    const QDir dir(QDir(folder).filePath(name));
    m_savedIn = dir.absolutePath();
    QString why;
    if (m_plan->isChecked()) {
        const auto latest = m_context.clinic.carePlans.latest(m_pregnancyId);
        const auto input =
            latest && latest.value()
                ? care::printInput(m_context.clinic, *latest.value(), m_context.clock.today())
                : care::Outcome<documents::CarePlanPrintInput>(
                      care::Failure{tr("there is no care plan of hers")});
        const QString path = dir.filePath(QLatin1String(kPlanFile));
        if (!input)
            return fail(tr("Her care plan was not saved: %1").arg(input.message()));
        if (!documents::writeCarePlanPdf(path, input.value(), &why))
            return fail(tr("Her care plan was not saved: %1").arg(why));
        m_written << QLatin1String(kPlanFile);
        const auto audited = m_context.clinic.audit.record(
            m_context.actor, AuditEventKind::Export, m_womanId, care::carePlanPdfExportName());
        if (!audited)
            return fail(tr("Her care plan was saved, but not recorded in the audit trail: %1")
                            .arg(audited.message()));
    }
    if (m_calendar->isChecked() && !write(dir.filePath(QLatin1String(kCalendarFile)),
                                          care::herCalendarFile(m_context.clinic, m_pregnancyId),
                                          care::calendarExportName(), &why))
        return fail(tr("Her appointments were not saved: %1").arg(why));
    if (m_record->isChecked()) {
        const auto bundle =
            care::fhirRecord(m_context.clinic, m_pregnancyId, m_context.actor, true);
        if (!bundle)
            return fail(tr("Her record was not saved: %1").arg(bundle.message()));
        if (!write(dir.filePath(QLatin1String(kRecordFile)),
                   QJsonDocument(bundle.value()).toJson(QJsonDocument::Indented),
                   care::fhirExportName(true), &why))
            return fail(tr("Her record was not saved: %1").arg(why));
    }
    return true;
}

bool HerCopyDialog::write(const QString &path, const QByteArray &bytes, const QString &exportName,
                          QString *problem)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *problem = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    m_written << QFileInfo(path).fileName();
    const auto audited = m_context.clinic.audit.record(m_context.actor, AuditEventKind::Export,
                                                       m_womanId, exportName);
    if (!audited) {
        *problem = tr("saved, but not recorded in the audit trail: %1").arg(audited.message());
        return false;
    }
    return true;
}

} // namespace bb::ui
