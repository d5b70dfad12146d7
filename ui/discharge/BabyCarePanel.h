// SPDX-License-Identifier: MIT
#pragma once

#include "domain/BabyCare.h"
#include "domain/Birth.h"
#include "domain/FieldError.h"
#include "domain/PrintSettings.h"

#include <QGroupBox>
#include <QJsonObject>
#include <QList>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace bb::ui {

struct ClinicContext;
class DateField;
class FieldRows;

/// Where each of her babies born alive is cared for: with her mother, in transitional care or
/// in a neonatal unit, since when, with the history of moves; and a small form to record a
/// move, the unit chosen from the service directory. Its inputs are part of the page's draft.
class BabyCarePanel : public QGroupBox
{
    Q_OBJECT
public:
    explicit BabyCarePanel(ClinicContext &context, QWidget *parent = nullptr);

    /// Shows the babies of `birth` (of pregnancy `pregnancyId`; none before the birth) and where
    /// each is cared for. What is typed in the form is kept.
    void showBirth(qint64 pregnancyId, const QList<Baby> &babies);
    /// Puts the form back as it is when loaded: the first baby, where not chosen, from today.
    void clearForm();
    /// Whether anything is typed or chosen in the form since it was cleared.
    bool hasTyping() const;
    /// Records the move typed. On a problem shows it beside its field, keeps what was typed and
    /// returns false.
    bool recordMove();

private:
    void fillUnits();
    void showMoves();
    void showProblems(const FieldErrors &problems);
    QString babyLabel(qint64 babyId) const;

    ClinicContext &m_context;
    qint64 m_pregnancyId = 0;
    QList<Baby> m_alive;           ///< in birth order
    qsizetype m_babiesAtBirth = 0; ///< stillborn babies included, for their names
    PrintSettings m_directory;
    QString m_directoryProblem; ///< why the service directory could not be read, if it could not
    QJsonObject m_blank;

    QLabel *m_now = nullptr;
    QTableWidget *m_moves = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_done = nullptr;
    QWidget *m_form = nullptr;
    FieldRows *m_rows = nullptr;
    QComboBox *m_baby = nullptr;
    QComboBox *m_location = nullptr;
    QComboBox *m_unit = nullptr;
    DateField *m_from = nullptr;
    QLineEdit *m_reason = nullptr;
    QPushButton *m_record = nullptr;
};

/// `Baby 2 (boy)` of twins, `Her baby (girl)` of one baby; `, stillborn` added for a baby not
/// born alive.
QString babyTitle(const Baby &baby, qsizetype babiesAtBirth);

} // namespace bb::ui
