// SPDX-License-Identifier: MIT
#pragma once

#include "domain/RecordFlags.h"
#include "domain/Worklist.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace bb::ui {

struct ClinicContext;
class DateField;

/// A midwife's day: her contacts due and those with nothing recorded, and what the women whose
/// named midwife she is need of her (results, referrals to send, 41 weeks, home births near,
/// blood spot samples), one section each with its count, late items saying so in words. Enter
/// or a double click opens her record, or her contact page for an appointment. Printed, or saved
/// as PDF, as a confidential staff list.
class WorklistView : public QWidget
{
    Q_OBJECT
public:
    explicit WorklistView(ClinicContext &context, QWidget *parent = nullptr);
    /// Reads the staff list again, then the chosen midwife's day.
    void refresh();
    /// Shows the day of `clinicianId` on `day`.
    void showDay(qint64 clinicianId, const QDate &day);

    QTreeWidget *tree() const { return m_tree; }
    QComboBox *clinician() const { return m_clinician; }
    DateField *day() const { return m_day; }
    QLabel *summary() const { return m_summary; }
    /// The day shown, as printed; none when it could not be read.
    const std::optional<Worklist> &shown() const { return m_shown; }

    /// Writes what is shown as the printed day's PDF; false with the reason otherwise.
    bool savePdf(const QString &path, QString *error) const;
    /// Opens the print preview of what is shown (Ctrl+P).
    void printPreview();

signals:
    void openWoman(qint64 womanId);
    /// Record what happened at an appointment, on her record's contact page.
    void recordContact(qint64 appointmentId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// Lists the midwives again, keeping the one chosen.
    void fillClinicians();
    void fillTree(const Worklist &list);
    void fitColumns();
    void clearShown(const QString &why);
    void openCurrent();
    void chooseAndSavePdf();
    QString clinicianName() const;

    ClinicContext &m_context;
    QComboBox *m_clinician;
    DateField *m_day;
    QLabel *m_summary;
    QTreeWidget *m_tree;
    QLabel *m_message;
    QPushButton *m_print;
    QPushButton *m_savePdf;
    std::optional<Worklist> m_shown;
    QHash<qint64, RecordFlags> m_flags; ///< of the women shown
    QList<int> m_natural;               ///< each column's width for its contents
};

} // namespace bb::ui
