// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Birth.h"
#include "domain/Booking.h"
#include "domain/FieldError.h"
#include "forms/StageForm.h"

#include <array>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace bb::ui {

class DateField;
class FieldRows;

/// The birth: typed once, in the order a midwife writes it up (when, where against where it
/// was planned, how labour began and ended, her blood loss and perineum, who attended, then each
/// baby). Saving it delivers the pregnancy, cancels her antenatal appointments still to come and
/// books her postnatal contacts; afterwards the page shows the birth as recorded with the
/// postnatal VTE advice and each baby's blood spot window.
class BirthPage : public StageForm
{
    Q_OBJECT
public:
    explicit BirthPage(ClinicContext &context, QWidget *parent = nullptr);
    ~BirthPage() override;

    bool save() override;
    void openPregnancy(const Booking &booking) override;

    /// Babies the page can take; more are recorded with `record-birth`.
    static constexpr int kBabyGroups = 3;

protected:
    QString recordKey() const override;
    void showSavedValue() override;
    QWidget *inputsRoot() override { return m_inputs; }

private:
    struct BabyFields
    {
        QGroupBox *box = nullptr;
        FieldRows *rows = nullptr;
        QComboBox *outcome = nullptr;
        QComboBox *sex = nullptr;
        QLineEdit *weight = nullptr;
        QLineEdit *apgar1 = nullptr;
        QLineEdit *apgar5 = nullptr;
        QLineEdit *apgar10 = nullptr;
        QCheckBox *resuscitation = nullptr;
        QComboBox *firstFeed = nullptr;
        QCheckBox *skinToSkin = nullptr;
        QComboBox *vitaminK = nullptr;
    };

    QWidget *buildBirth();
    QWidget *buildBaby(int index);
    void fillStaff();
    void showGestation();
    void showBabyCount();
    void showRecorded();
    /// The birth as typed; values that cannot be read are reported in `problems`.
    Birth typedBirth(FieldErrors &problems) const;
    void showProblems(const FieldErrors &problems);

    Booking m_booking;
    PlaceOfBirth m_chosenPlace = PlaceOfBirth::Undecided;
    QWidget *m_inputs = nullptr;
    QLabel *m_recorded = nullptr;
    QLabel *m_message = nullptr;
    FieldRows *m_rows = nullptr;
    DateField *m_date = nullptr;
    QLineEdit *m_time = nullptr;
    QLabel *m_gestation = nullptr;
    QComboBox *m_planned = nullptr;
    QComboBox *m_setting = nullptr;
    QLineEdit *m_reason = nullptr;
    QComboBox *m_onset = nullptr;
    QComboBox *m_mode = nullptr;
    QCheckBox *m_midCavity = nullptr;
    QCheckBox *m_longLabour = nullptr;
    QLineEdit *m_bloodLoss = nullptr;
    QCheckBox *m_transfused = nullptr;
    QComboBox *m_perineum = nullptr;
    QComboBox *m_midwife = nullptr;
    QComboBox *m_alsoAttended = nullptr;
    QSpinBox *m_babyCount = nullptr;
    std::array<BabyFields, kBabyGroups> m_babies;
};

} // namespace bb::ui
