// SPDX-License-Identifier: MIT
#include "forms/StageForm.h"

#include "ClinicContext.h"
#include "widgets/DraftableWidget.h"
#include "widgets/FormSnapshot.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace bb::ui {
namespace {
// Long enough not to write on every keystroke of a fast typist, short enough that a crash
// loses at most a word.
constexpr int kDraftDelayMs = 400;
} // namespace

StageForm::StageForm(ClinicContext &context, QString formName, QWidget *parent)
    : QWidget(parent), m_context(context), m_formName(std::move(formName))
{
    m_draftTimer.setSingleShot(true);
    m_draftTimer.setInterval(kDraftDelayMs);
    connect(&m_draftTimer, &QTimer::timeout, this, &StageForm::writeDraft);
}

StageForm::~StageForm()
{
    flushDraft();
}

void StageForm::flushDraft()
{
    if (m_draftTimer.isActive()) {
        m_draftTimer.stop();
        writeDraft();
    }
}

bool StageForm::hasUnsavedChanges() const
{
    return captureForm(inputsRoot()) != m_baseline;
}

QStringList StageForm::changedFields() const
{
    const QJsonObject now = captureForm(inputsRoot());
    QStringList names;
    for (QWidget *w : inputsRoot()->findChildren<QWidget *>()) {
        const QString key = w->objectName();
        if (key.isEmpty() || !now.contains(key) || now.value(key) == m_baseline.value(key))
            continue;
        const QString name = w->accessibleName().isEmpty() ? key : w->accessibleName();
        if (!names.contains(name))
            names << name;
    }
    return names;
}

void StageForm::watchInputs(QWidget *root)
{
    auto onEdit = [this] {
        if (m_loading)
            return;
        m_draftKey = recordKey();
        m_draftTimer.start();
        emit edited();
    };
    for (QWidget *w : (root ? root : inputsRoot())->findChildren<QWidget *>()) {
        if (w->objectName().isEmpty() || w->objectName().startsWith(QLatin1String("qt_")))
            continue;
        if (auto *draftable = qobject_cast<DraftableWidget *>(w))
            connect(draftable, &DraftableWidget::draftValueChanged, this, onEdit);
        else if (auto *spin = qobject_cast<QSpinBox *>(w))
            connect(spin, &QSpinBox::valueChanged, this, onEdit);
        else if (auto *line = qobject_cast<QLineEdit *>(w))
            connect(line, &QLineEdit::textChanged, this, onEdit);
        else if (auto *text = qobject_cast<QPlainTextEdit *>(w))
            connect(text, &QPlainTextEdit::textChanged, this, onEdit);
        else if (auto *combo = qobject_cast<QComboBox *>(w))
            connect(combo, &QComboBox::currentIndexChanged, this, onEdit);
        else if (auto *button = qobject_cast<QAbstractButton *>(w); button && button->isCheckable())
            connect(button, &QAbstractButton::toggled, this, onEdit);
    }
}

void StageForm::reload()
{
    m_draftTimer.stop();
    m_loading = true;
    showSavedValue();
    m_loading = false;
    offerDraft();
}

void StageForm::offerDraft()
{
    m_baseline = captureForm(inputsRoot());
    const auto draft = m_context.clinic.drafts.get(m_formName, recordKey());
    if (!draft || draft->payload == m_baseline)
        return;
    if (m_context.offerDraft && m_context.offerDraft(this, m_formName, draft->savedAt)) {
        m_loading = true;
        restoreForm(inputsRoot(), draft->payload);
        m_loading = false;
        emit edited();
    } else {
        m_context.clinic.drafts.remove(m_formName, recordKey());
    }
}

void StageForm::markSaved()
{
    m_draftTimer.stop();
    m_context.clinic.drafts.remove(m_formName, recordKey());
    m_baseline = captureForm(inputsRoot());
    emit saved();
}

void StageForm::discardChanges()
{
    m_draftTimer.stop();
    m_context.clinic.drafts.remove(m_formName, recordKey());
    m_loading = true;
    showSavedValue();
    m_loading = false;
    m_baseline = captureForm(inputsRoot());
    emit edited();
}

void StageForm::writeDraft()
{
    if (m_draftKey.isEmpty())
        return;
    if (hasUnsavedChanges()) {
        const auto kept =
            m_context.clinic.drafts.put(m_formName, m_draftKey, captureForm(inputsRoot()));
        if (kept == care::Drafts::Kept::OnThisComputer && m_context.server)
            m_context.server->notAnswering();
    } else
        m_context.clinic.drafts.remove(m_formName, m_draftKey);
}

} // namespace bb::ui
