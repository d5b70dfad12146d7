// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Booking.h"

#include <QJsonObject>
#include <QTimer>
#include <QWidget>

class QUndoStack;

namespace bb::ui {

struct ClinicContext;

/// A form for one stage of care. It loads a value, lets the midwife edit, validates through
/// core and commits through a repository. Meanwhile it keeps a draft of what was typed in the
/// database (debounced, and flushed when the form goes away), so a crash or a closed window
/// loses nothing; and it knows whether it has unsaved changes.
class StageForm : public QWidget
{
    Q_OBJECT
public:
    StageForm(ClinicContext &context, QString formName, QWidget *parent = nullptr);
    ~StageForm() override;

    /// Lower-case name used for drafts and in questions ("registration", "booking").
    QString formName() const { return m_formName; }
    bool hasUnsavedChanges() const;
    /// The fields changed since the form was loaded or saved, by the names a screen reader
    /// gives them ("Smoking", "Previous caesareans"), in the order of the form.
    QStringList changedFields() const;

    /// Validates and saves; on failure shows why beside the fields and keeps what was typed.
    virtual bool save() = 0;

    /// Forgets unsaved typing: the draft is removed and the saved value shown again.
    void discardChanges();

    // What her record tells each of its pages (see record/RecordStages.h). A page takes what
    // it shows from these and ignores the rest.
    /// Her record is opened (an empty Woman: a new registration).
    virtual void openWoman(const Woman &woman) { Q_UNUSED(woman) }
    /// A pregnancy is chosen; a pregnancy id of 0 is a new one, with her details only.
    virtual void openPregnancy(const Booking &booking) { Q_UNUSED(booking) }
    /// Another page saved her details: keep them, and what is typed here.
    virtual void herDetailsSaved(const Woman &woman) { Q_UNUSED(woman) }

    /// The page's edits, when they can be undone; the main window's Undo follows the page in
    /// front.
    virtual QUndoStack *undoStack() { return nullptr; }
    /// Shows what the page prints, if it prints anything; false when it does not.
    virtual bool printPreview() { return false; }

signals:
    void saved();
    void edited();
    /// Emitted by a page that saved her details (after saved()).
    void womanSaved(const bb::Woman &woman);
    /// Emitted by a page that saved a pregnancy's booking, her details with it.
    void bookingSaved(const bb::Booking &booking);
    /// Emitted by a page whose save changed what the pregnancy's other pages show (a new
    /// care-plan version taken from a contact): they are shown again.
    void pregnancyChanged();

protected:
    ClinicContext &context() { return m_context; }
    const ClinicContext &context() const { return m_context; }

    /// Which record the draft belongs to ("woman:12", "woman:12/pregnancy:new").
    virtual QString recordKey() const = 0;
    /// Puts the saved value back into the fields.
    virtual void showSavedValue() = 0;

    /// Call once the fields are built: listens to every named input under inputsRoot() (or
    /// under `root`, for inputs built later) for edits.
    void watchInputs(QWidget *root = nullptr);
    /// Where this form's inputs are; drafts and "unsaved changes" look only there.
    virtual QWidget *inputsRoot() { return this; }
    const QWidget *inputsRoot() const { return const_cast<StageForm *>(this)->inputsRoot(); }
    /// True while a saved value or a draft is being put into the fields (not the midwife typing).
    bool isLoading() const { return m_loading; }
    /// Shows the saved value (showSavedValue()) as "unchanged", then offers back a draft left
    /// for this record.
    void reload();
    /// Call after a successful save.
    void markSaved();
    /// Writes typing the draft timer has not written yet. A form whose inputsRoot() is not
    /// itself calls this from its destructor, while its own inputsRoot() still answers.
    void flushDraft();

private:
    void offerDraft();
    void writeDraft();

    ClinicContext &m_context;
    QString m_formName;
    QJsonObject m_baseline;
    QString m_draftKey; ///< recordKey() at the last edit; the destructor cannot ask for it
    QTimer m_draftTimer;
    bool m_loading = false;
};

} // namespace bb::ui
