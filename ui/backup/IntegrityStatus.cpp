// SPDX-License-Identifier: MIT
#include "backup/IntegrityStatus.h"

#include "ClinicContext.h"
#include "care/Clinic.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThread>

namespace bb::ui {
namespace {
constexpr int kFirstCheckAfterMs = 60 * 1000; // not while the window is opening
constexpr int kCheckEveryMs = 24 * 60 * 60 * 1000;
} // namespace

IntegrityStatus::IntegrityStatus(ClinicContext &context, QWidget *parent)
    : QLabel(parent), m_context(context)
{
    setObjectName(QStringLiteral("integrityStatus"));
    setAccessibleName(tr("Last check of the database"));
    setText(tr("Not checked yet"));
    m_schedule.setSingleShot(true);
    connect(&m_schedule, &QTimer::timeout, this, &IntegrityStatus::checkNow);
    m_schedule.start(kFirstCheckAfterMs);
}

void IntegrityStatus::checkNow()
{
    if (m_checking)
        return;
    m_checking = true;
    setText(tr("Checking the database..."));
    const QString path = m_context.clinic.databaseFile();
    const QDateTime at = m_context.clock.now();
    QPointer<IntegrityStatus> self(this);
    // The thread reports back through the label's own thread; a label gone by then is told
    // nothing.
    QThread *thread = QThread::create([self, path, at] {
        const auto result = care::checkClinicFile(path, at);
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, result] {
                if (self)
                    self->showResult(result);
            },
            Qt::QueuedConnection);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start(QThread::LowPriority);
}

void IntegrityStatus::showResult(const care::Outcome<care::IntegrityReport> &result)
{
    m_checking = false;
    m_schedule.start(kCheckEveryMs);
    if (!result) {
        setText(tr("\u26A0 The database could not be checked: %1").arg(result.message()));
        setToolTip(text());
        return;
    }
    // Short, beside the backup's line: her name once, the rest in the tooltip and on her record.
    const care::IntegrityReport &report = result.value();
    const QString at = report.checkedAt.toLocalTime().toString(QStringLiteral("dd-MMM HH:mm"));
    if (report.sound())
        setText(tr("Checked %1: no damage").arg(at));
    else if (!report.fileProblem.isEmpty())
        setText(tr("\u26A0 Checked %1: the file is damaged").arg(at));
    else if (report.records.size() == 1)
        setText(tr("\u26A0 Checked %1: %2's record is damaged").arg(at, report.records[0].who));
    else
        setText(tr("\u26A0 Checked %1: %2's record and %3 more are damaged")
                    .arg(at, report.records[0].who)
                    .arg(report.records.size() - 1));
    QStringList lines;
    for (const care::DamagedRecord &record : report.records)
        lines << record.warning();
    setToolTip(lines.isEmpty() ? report.summary() : lines.join(QLatin1Char('\n')));
    emit checked(report);
}

} // namespace bb::ui
