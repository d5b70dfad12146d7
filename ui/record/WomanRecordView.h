// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Booking.h"
#include "domain/Loss.h"
#include "domain/PregnancyHistory.h"
#include "domain/Team.h"
#include "record/RecordStages.h"

#include <QPointer>
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
    /// The pregnancy shown; 0 when none is saved yet.
    qint64 pregnancyId() const { return m_pregnancyId; }
    /// The loss the pregnancy shown ended in, when one is recorded.
    const std::optional<RecordedLoss> &shownLoss() const { return m_shownLoss; }
    /// Whether the pregnancy shown was entered in error.
    bool pregnancyEnteredInError() const { return m_pregnancyInError; }
    /// Reads her record again after a change made away from its pages (a loss recorded, a
    /// pregnancy entered in error): her header, the pregnancy chooser and every page of the
    /// pregnancy shown, keeping what is typed.
    void refresh();

    /// Puts the cursor in the first field of the page in front.
    void focusFirstField();

    /// Saves the page in front of the midwife.
    bool saveCurrentPage();
    /// The team server answers again: the save it could not take (saveCurrentPage()) is made,
    /// if her record and pregnancy are still shown and the page still has changes. Whether it
    /// saved; empty when no save was waiting.
    std::optional<bool> saveWhatWaited();
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
    void showHistory(const QList<PregnancyHistory> &history);
    /// The banner of the pregnancy shown: the loss it ended in, or that it was entered in error.
    void showLoss();
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
    QLabel *m_damage; ///< what of her record is not what was saved
    QLabel *m_lossBanner;
    QLabel *m_due;
    QComboBox *m_pregnancy;
    QLabel *m_history = nullptr; ///< all her pregnancies, one line each, when she has had two
    QTabWidget *m_pages;
    QList<Stage> m_stages;
    QUndoGroup m_undo;
    Woman m_woman;
    qint64 m_pregnancyId = 0; ///< the pregnancy shown; 0 when none is saved yet
    int m_pregnancyIndex = -1;
    std::optional<RecordedLoss> m_shownLoss; ///< of the pregnancy shown
    /// A save the team server could not take, made when it answers again if her record and
    /// pregnancy are still the ones shown.
    struct WaitingSave
    {
        QPointer<StageForm> form;
        qint64 womanId = 0;
        qint64 pregnancyId = 0;
    };
    std::optional<WaitingSave> m_waitingSave;
    bool m_pregnancyInError = false; ///< the pregnancy shown was entered in error
};

} // namespace bb::ui
