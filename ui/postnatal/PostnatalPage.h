// SPDX-License-Identifier: MIT
#pragma once

#include "care/Births.h"
#include "care/Postnatal.h"
#include "domain/Booking.h"
#include "domain/PostnatalContact.h"
#include "forms/StageForm.h"

#include <QHash>
#include <QList>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace bb::ui {

class BabyCheckGroup;
class DateField;
class FieldRows;
class MoodQuestions;
class PostnatalActions;
class PostnatalHistory;

/// Her postnatal contacts after the birth, by the midwife, the maternity support worker or the
/// health visitor: when and by whom, whether she was seen, how she is (blood pressure,
/// temperature, bleeding, wound or perineum, mood, feeding, contraception) and each baby
/// (weight against the birth weight, jaundice, feeding, the newborn screening). Saving records
/// the contact with her appointment that day; the rules' actions for it then show beside the
/// form, and her earlier contacts above it. Before her birth is recorded there is nothing to
/// record here, and the page says so. After a stillbirth or a neonatal death her postnatal care
/// continues, and what it adds (care::Losses::postnatalAfterLoss) shows with its source.
class PostnatalPage : public StageForm
{
    Q_OBJECT
public:
    explicit PostnatalPage(ClinicContext &context, QWidget *parent = nullptr);
    ~PostnatalPage() override;

    bool save() override;
    void openPregnancy(const Booking &booking) override;

    /// The action codes shown beside the form now, for tests.
    QStringList shownActions() const;

protected:
    QString recordKey() const override;
    void showEvent(QShowEvent *event) override;
    void showSavedValue() override;
    QWidget *inputsRoot() override { return m_inputs; }

private:
    QWidget *buildContact();
    QWidget *buildMother();
    QWidget *buildMood();
    QWidget *buildNotes();

    void fillStaff();
    /// Reads her birth and her contacts so far, and shows the page as they allow.
    void readRecord();
    /// What her postnatal care adds after a stillbirth or a neonatal death, each with its source.
    void showAfterLoss();
    /// Shows the rules' actions of the contact on `row` of her contacts.
    void showActionsOf(int row);
    void showDay();
    void followClinician();
    void followAttendance();
    /// The contact as typed; what cannot be read is added to `problems` under its path, a
    /// baby's as `babies[N].` of its group.
    PostnatalContact typed(FieldErrors &problems) const;
    void showProblems(const FieldErrors &problems);
    QList<FieldRows *> allRows() const;

    Booking m_booking;
    std::optional<care::BirthRecord> m_birth;
    QList<care::PostnatalReview> m_contacts; ///< newest first
    QHash<qint64, QString> m_staffNames;
    QHash<qint64, StaffRole> m_staffRoles;
    /// For each baby in the contact last typed, the group it came from.
    mutable QList<int> m_checkGroups;

    QWidget *m_inputs = nullptr;
    QLabel *m_noBirth = nullptr;
    QLabel *m_afterLoss = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_outcome = nullptr;
    QList<FieldRows *> m_rowSets;
    QWidget *m_mother = nullptr;
    QWidget *m_mood = nullptr;
    DateField *m_date = nullptr;
    QLabel *m_day = nullptr;
    QComboBox *m_clinician = nullptr;
    QComboBox *m_role = nullptr;
    QComboBox *m_attended = nullptr;
    QLineEdit *m_bp = nullptr;
    QLineEdit *m_temperature = nullptr;
    QLineEdit *m_bleeding = nullptr;
    QLineEdit *m_wound = nullptr;
    QComboBox *m_feeding = nullptr;
    QCheckBox *m_contraception = nullptr;
    MoodQuestions *m_moodQuestions = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QList<BabyCheckGroup *> m_babies;
    PostnatalHistory *m_history = nullptr;
    PostnatalActions *m_actions = nullptr;
};

} // namespace bb::ui
