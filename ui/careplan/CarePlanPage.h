// SPDX-License-Identifier: MIT
#pragma once

#include "care/Outcome.h"
#include "careplan/CarePlanEdits.h"
#include "documents/CarePlanDocument.h"
#include "domain/BirthPreferences.h"
#include "domain/FieldError.h"
#include "domain/Loss.h"
#include "domain/StoredCarePlan.h"
#include "forms/StageForm.h"

#include <QMap>
#include <QUndoStack>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPrinter;
class QPushButton;
class QVBoxLayout;

namespace bb::ui {

/// Sets a printer up as her plan's PDF is: the same page, margins and resolution, so print
/// preview, printer and PDF paginate alike.
void configureCarePlanPrinter(QPrinter &printer);

/// Her personalised care plan, gone through with her: each recommendation with its source and
/// reasons, accepted or declined with a reason; her appointments; the four places of birth side by
/// side and her choice; her own words. Each save is a new version; earlier ones can be viewed.
/// When her booking has changed, it shows what the rules would now change and takes it into a
/// new version on request. Edits are undoable; the plan prints through the same render function
/// as the PDF. After a loss no routine plan is made or printed again: the page says so and
/// shows the plan as it stood, for the record.
class CarePlanPage : public StageForm, private CarePlanEditTarget
{
    Q_OBJECT
public:
    explicit CarePlanPage(ClinicContext &context, QWidget *parent = nullptr);
    ~CarePlanPage() override;

    /// Shows the latest plan of a pregnancy (0: none yet).
    void setPregnancy(qint64 pregnancyId);
    bool save() override;

    /// Follows the chosen pregnancy; for the same one it reloads (showing what a changed
    /// booking would change) unless the midwife is part-way through editing it.
    void openPregnancy(const Booking &booking) override;
    QUndoStack *undoStack() override { return &m_undo; }
    /// The version on screen; the latest unless an earlier one was chosen.
    const StoredCarePlan &shownVersion() const { return m_shown; }
    /// Takes what the rules now advise from her changed booking into the plan being edited.
    void takeRuleChanges();
    /// Goes through the birth preferences she sent, oldest first: taken into the plan being
    /// edited (kept as taken when it is saved), set aside with the reason, or left for later.
    void goThroughPreferences();

    /// Asks who her named midwife and team are and records them (the continuity pathway starts).
    void nameMidwife();
    bool printPreview() override;
    bool saveAsPdf(const QString &path, QString *error);
    /// Why her routine plan is neither changed nor printed any more; empty while it may be.
    QString closedReason() const;

protected:
    QString recordKey() const override;
    void showSavedValue() override;
    QWidget *inputsRoot() override { return m_content; }

private:
    void applyDecision(const CarePlanDecision &decision) override;
    void applyChoice(PlaceOfBirth place) override;
    void applyWords(const QString &field, const QString &text) override;

    void rebuild();
    QWidget *makeRecommendations();
    void showVersion(int index);
    void refreshRuleChanges();
    void refreshPreferences();
    /// Whether who is using the app sees safeguarding detail (access::Permission).
    bool seesSafeguarding() const;
    /// What the rules make of her booking as it is saved now, as a fresh plan; empty when her
    /// booking cannot be planned.
    std::optional<StoredCarePlan> planFromBooking() const;
    bool viewingLatest() const;
    StoredCarePlan editedPlan() const;
    /// Shows each problem with a decision beside its reason, focusing the first; false when
    /// none of `errors` is about a decision on screen.
    bool showDecisionProblems(const FieldErrors &errors);
    void showNamedCarers();
    care::Outcome<documents::CarePlanPrintInput> printInput() const;

    qint64 m_pregnancyId = 0;
    std::optional<RecordedLoss> m_loss; ///< the pregnancy's loss, when it ended in one
    QList<StoredCarePlan> m_versions;
    QString m_unreadable; ///< why her saved versions could not be read; empty when they were
    StoredCarePlan m_shown;
    /// A new version not saved yet: from her changed booking, or with her preferences.
    std::optional<StoredCarePlan> m_newVersion;
    QList<ReceivedPreferences> m_herPreferences; ///< the sets she sent still to go through
    qint64 m_takingPreferences = 0;              ///< the set taken into m_newVersion; 0 when none
    QMap<QString, CarePlanDecision> m_decisions;
    PlaceOfBirth m_chosen = PlaceOfBirth::Undecided;
    QMap<QString, QString> m_words;
    bool m_applying = false;
    QUndoStack m_undo;

    QComboBox *m_versionChooser = nullptr;
    QLabel *m_versionNote = nullptr;
    QLabel *m_namedCarers = nullptr;
    QPushButton *m_nameMidwife = nullptr;
    QLabel *m_rulesChanged = nullptr;
    QPushButton *m_takeChanges = nullptr;
    QLabel *m_preferencesArrived = nullptr;
    QPushButton *m_goThroughPreferences = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_afterLoss = nullptr;
    QPushButton *m_preview = nullptr;
    QPushButton *m_pdf = nullptr;
    QVBoxLayout *m_body = nullptr;
    QWidget *m_content = nullptr;
    QMap<QString, QComboBox *> m_decisionBoxes;
    QMap<QString, QLineEdit *> m_reasonBoxes;
    QMap<QString, QLabel *> m_reasonMessages;
    QComboBox *m_choiceBox = nullptr;
    QLabel *m_choiceNote = nullptr;
    QMap<QString, QPlainTextEdit *> m_wordBoxes;
};

} // namespace bb::ui
