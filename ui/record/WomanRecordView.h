// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Booking.h"
#include "domain/Team.h"
#include "record/RecordStages.h"

#include <QUndoGroup>
#include <QWidget>

class QComboBox;
class QLabel;
class QTabWidget;

namespace bb::ui {

struct ClinicContext;
class BookingForm;
class CarePlanPage;
class RegistrationForm;
class StageForm;

/// One woman's record: who she is, which pregnancy, and a page per stage of care, in the order
/// recordStages() lists them.
class WomanRecordView : public QWidget
{
    Q_OBJECT
public:
    explicit WomanRecordView(ClinicContext &context, QWidget *parent = nullptr);

    void openWoman(qint64 womanId);
    void startNewWoman();
    qint64 womanId() const { return m_woman.id; }

    /// Puts the cursor in the first field of the page in front.
    void focusFirstField();

    /// Saves the page in front of the midwife.
    bool saveCurrentPage();
    /// Shows what the page in front prints; false when it prints nothing.
    bool printPreviewOfCurrentPage();
    /// Whether any page of her record has changes not saved yet.
    bool hasUnsavedChanges() const;
    /// Before leaving her record: asks about every page with unsaved changes.
    /// False when the midwife chose to stay.
    bool confirmLeave();

    /// The undo stacks of the pages; the active one is the page in front's.
    QUndoGroup *undoGroup() { return &m_undo; }
    QTabWidget *pages() const { return m_pages; }
    /// The page of a stage, by its type; null when no registered stage has one.
    template <typename Page> Page *page() const
    {
        for (const Stage &stage : m_stages) {
            if (auto *found = qobject_cast<Page *>(stage.form))
                return found;
        }
        return nullptr;
    }
    RegistrationForm *registrationForm() const;
    BookingForm *bookingForm() const;
    CarePlanPage *carePlanPage() const;
    /// Shows the contact page at this appointment's contact (its pregnancy chosen first).
    void showContactFor(const Appointment &appointment);

signals:
    void saved();
    /// Whether any page has unsaved changes may have changed (the window title marks it).
    void unsavedChangesChanged(bool unsaved);

private:
    struct Stage
    {
        RecordStage definition;
        StageForm *form;
    };

    void addStages();
    void showHeader(const Woman &woman);
    void fillPregnancies(qint64 selectPregnancyId);
    void choosePregnancy(int index);
    void enablePages();
    /// Shows what her results call for and is not done yet (care::Results::dueFor()).
    void showDue();
    void showFirstPage(StageScope scope);
    void herDetailsSaved(StageForm *from, const Woman &woman);
    bool confirmLeave(StageForm *form);
    bool confirmLeave(StageScope scope);

    ClinicContext &m_context;
    QLabel *m_name;
    QLabel *m_details;
    QLabel *m_flags;
    QLabel *m_due;
    QComboBox *m_pregnancy;
    QTabWidget *m_pages;
    QList<Stage> m_stages;
    QUndoGroup m_undo;
    Woman m_woman;
    qint64 m_pregnancyId = 0; ///< the pregnancy shown; 0 when none is saved yet
    int m_pregnancyIndex = -1;
};

} // namespace bb::ui
