// SPDX-License-Identifier: MIT
#pragma once

#include "clinical/BirthRules.h"
#include "domain/Birth.h"
#include "domain/FieldError.h"
#include "domain/PostnatalContact.h"

#include <QDate>
#include <QGroupBox>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace bb::ui {

class FieldRows;

/// Grams as a midwife writes them on a weight chart: `3,400 g`.
QString gramsText(int grams);

/// One baby of the birth at a postnatal contact: weight (with its change from the birth weight
/// as it is typed), jaundice, feeding and the newborn screening, under a title that says which
/// baby it is, with the baby's blood spot window.
class BabyCheckGroup : public QGroupBox
{
    Q_OBJECT
public:
    /// The group for the baby at `index` (0 for the first); its fields' errors are expected
    /// under `babies[index].`. Only the first group's labels carry Alt+letters: a second set
    /// would answer the same letters.
    explicit BabyCheckGroup(int index, QWidget *parent = nullptr);

    /// Which baby the group is for, the blood spot window the rules give it and the day an
    /// earlier contact took the blood spot (invalid when none did).
    void setBaby(const Baby &baby, const std::optional<clinical::BloodSpotDue> &due,
                 const QDate &spotTakenOn);
    qint64 babyId() const { return m_baby.id; }

    /// Empties the fields for a new contact.
    void clear();
    /// Whether anything was recorded for the baby: a baby with nothing is not in the contact.
    bool hasEntries() const;
    /// What was recorded; text that cannot be read is added to `problems` under `path`
    /// (`babies[0].weight_g`).
    BabyCheck typed(const QString &pathPrefix, FieldErrors &problems) const;

    FieldRows *rows() const { return m_rows; }

private:
    void showChange();

    int m_index = 0;
    Baby m_baby;
    FieldRows *m_rows = nullptr;
    QLabel *m_bloodSpotDue = nullptr;
    QLineEdit *m_weight = nullptr;
    QLabel *m_change = nullptr;
    QComboBox *m_jaundice = nullptr;
    QComboBox *m_feeding = nullptr;
    QCheckBox *m_bloodSpot = nullptr;
    QCheckBox *m_hearing = nullptr;
    QCheckBox *m_examined = nullptr;
};

} // namespace bb::ui
