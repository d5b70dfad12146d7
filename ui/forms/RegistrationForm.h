// SPDX-License-Identifier: MIT
#pragma once

#include "care/Outcome.h"
#include "domain/FieldError.h"
#include "domain/Woman.h"
#include "forms/StageForm.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace bb::ui {

class DateField;
class FieldRows;

/// Registration: who she is. Creates a woman or edits her demographics. A woman not yet
/// registered with the NHS is registered with "No NHS number yet" and given a temporary
/// identifier; once her NHS number is known it is typed below it and replaces it everywhere.
/// Registering a woman whose names and date of birth match a woman already registered asks
/// first.
class RegistrationForm : public StageForm
{
    Q_OBJECT
public:
    explicit RegistrationForm(ClinicContext &context, QWidget *parent = nullptr);

    /// Shows her saved details (id 0: a new registration).
    void setWoman(const Woman &woman);
    const Woman &woman() const { return m_woman; }
    void openWoman(const Woman &woman) override { setWoman(woman); }
    /// She was saved elsewhere (the booking form records her circumstances, and a colleague's
    /// answers come with it): shown when nothing is typed here, and what is typed kept when it is.
    void herDetailsSaved(const Woman &woman) override;

    bool save() override;

protected:
    QString recordKey() const override;
    void showSavedValue() override;

private:
    /// The woman as typed; `problems` gets what cannot even be read (a date that is not one).
    Woman typedWoman(FieldErrors &problems) const;
    /// Whether she is to be registered without an NHS number (a new woman, the box ticked).
    bool registeringWithoutNumber() const;
    /// Shows the rows for her identifier as her saved record and the box call for.
    void showIdentifierRows();
    /// Shows why nothing was saved beside the fields, and at the top what has no field.
    void showProblems(const FieldErrors &problems);
    /// Asks before registering a woman whose names and date of birth are another's; true when
    /// there is no such woman or the midwife goes ahead.
    bool confirmNotRegisteredAlready(const Woman &woman);
    /// Shows a save's outcome: why it was refused, or her details as saved, with `outcome`
    /// said above them. Whether it saved.
    bool showSaved(const care::Outcome<Woman> &saved, const QString &keyBefore,
                   const QString &outcome = {});
    /// Her details typed here and the colleague's, put together field by field
    /// (interop::mergeWomen()): saved when no field was changed by both, and otherwise those
    /// fields shown side by side (BookingConflict) for the midwife to choose.
    bool resolveConflict(const Woman &mine);
    /// Her details' version as stored now; empty for a new registration.
    std::optional<int> storedVersion() const;

    Woman m_woman;
    std::optional<int> m_readAtVersion; ///< storedVersion() when her details were shown
    FieldRows *m_rows = nullptr;
    QLineEdit *m_nhsNumber = nullptr;
    QCheckBox *m_noNhsNumber = nullptr;
    QWidget *m_knownRow = nullptr;
    QLineEdit *m_knownNumber = nullptr;
    QPushButton *m_replace = nullptr;
    QLineEdit *m_givenName = nullptr;
    QLineEdit *m_familyName = nullptr;
    DateField *m_dateOfBirth = nullptr;
    QLabel *m_age = nullptr;
    QPlainTextEdit *m_address = nullptr;
    QLineEdit *m_postcode = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_gpPractice = nullptr;
    QComboBox *m_ethnicCategory = nullptr;
    QComboBox *m_language = nullptr;
    QCheckBox *m_interpreter = nullptr;
    FieldRows *m_kinRows = nullptr;
    QLineEdit *m_occupation = nullptr;
    QLineEdit *m_kinName = nullptr;
    QLineEdit *m_kinRelationship = nullptr;
    QLineEdit *m_kinPhone = nullptr;
    QLabel *m_formMessage = nullptr;
};

} // namespace bb::ui
