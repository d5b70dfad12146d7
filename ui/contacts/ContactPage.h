// SPDX-License-Identifier: MIT
#pragma once

#include "care/Contacts.h"
#include "domain/AntenatalContact.h"
#include "domain/Booking.h"
#include "forms/StageForm.h"

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace bb::ui {

class DateField;
class FieldRows;
class MoodQuestions;
class SfhChart;

/// Her antenatal contacts after the booking, one at a time: when and with whom, whether she
/// came, what was measured, what was diagnosed, and the plan until the next. As the midwife types,
/// what the rules ask for shows beside the form with its source and reasons, her fundal height on
/// the chart with her earlier ones, and any change a diagnosis makes to her plan, which she takes
/// into a new plan version with the woman. Saving marks her appointment attended with it.
class ContactPage : public StageForm
{
    Q_OBJECT
public:
    explicit ContactPage(ClinicContext &context, QWidget *parent = nullptr);
    ~ContactPage() override;

    bool save() override;
    void openPregnancy(const Booking &booking) override;

    /// Starts a new contact for today (or for the appointment `appointmentId`, on its day and
    /// with its clinician).
    void newContact(qint64 appointmentId = 0);
    /// Shows a saved contact.
    void showContact(qint64 contactId);
    /// The contact of a booked appointment: the one saved for it, or a new one.
    void openAppointment(qint64 appointmentId);
    /// Takes the change her diagnoses make into a new version of her plan.
    bool takePlanChange();

    /// What the page shows now, for tests: the action codes and whether a plan change is offered.
    QStringList shownActions() const;
    bool offersPlanChange() const;
    SfhChart *chart() const { return m_chart; }

protected:
    QString recordKey() const override;
    void showSavedValue() override;
    QWidget *inputsRoot() override { return m_inputs; }

private:
    QWidget *buildVisit();
    QWidget *buildMeasurements();
    QWidget *buildWellbeing();
    QWidget *buildDiagnoses();
    QWidget *buildPlan();
    QWidget *buildRules();

    void fillContactList();
    void fillClinicians();
    /// Points the list of her contacts at the one on the page.
    void showChosenInList();
    /// The contact as typed; what cannot be read (a blood pressure that is not "120/80") is
    /// added to `problems` under its path.
    AntenatalContact typed(FieldErrors *problems) const;
    /// Re-judges what is typed and shows the rules' answer, the chart and the plan change.
    void review();
    void showReview(const care::ContactReview &review);
    void setGestationText();

    Booking m_booking;
    std::optional<care::ContactReview> m_saved; ///< the contact on the page, when it is saved
    qint64 m_appointmentId = 0;
    QList<care::ContactReview> m_contacts;
    clinical::PathwayChange m_savedChange; ///< what her saved diagnoses change in her plan

    QWidget *m_inputs = nullptr;
    QComboBox *m_list = nullptr;
    QPushButton *m_new = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_outcome = nullptr;
    QLabel *m_afterLoss = nullptr; ///< that there are no antenatal contacts after her loss
    QList<FieldRows *> m_rowSets;
    DateField *m_date = nullptr;
    QLabel *m_gestation = nullptr;
    QComboBox *m_clinician = nullptr;
    QLineEdit *m_venue = nullptr;
    QComboBox *m_attended = nullptr;
    QLineEdit *m_bp = nullptr;
    QComboBox *m_protein = nullptr;
    QComboBox *m_glucose = nullptr;
    QLineEdit *m_sfh = nullptr;
    QComboBox *m_heart = nullptr;
    QComboBox *m_movements = nullptr;
    QComboBox *m_presentation = nullptr;
    QLineEdit *m_co = nullptr;
    MoodQuestions *m_mood = nullptr;
    QComboBox *m_induction = nullptr;
    QList<QCheckBox *> m_diagnoses;
    QPlainTextEdit *m_notes = nullptr;
    QPlainTextEdit *m_plan = nullptr;
    QLabel *m_actions = nullptr;
    QLabel *m_planChange = nullptr;
    QPushButton *m_takeChange = nullptr;
    SfhChart *m_chart = nullptr;
    QStringList m_shownActions;
};

} // namespace bb::ui
