// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>
#include <QStringList>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace bb::ui {

struct ClinicContext;
class FieldRows;

/// "Give her a copy": her care plan as a PDF, her appointments as a calendar file for her phone
/// and her record as a FHIR bundle for a health app, each made by the rules for her copy and
/// saved in a folder the midwife chooses (never the one where the clinic's records are). Each
/// file written is in the audit trail.
class HerCopyDialog : public QDialog
{
    Q_OBJECT
public:
    HerCopyDialog(ClinicContext &context, qint64 womanId, qint64 pregnancyId,
                  QWidget *parent = nullptr);

    /// Writes the chosen copies into a new folder in `folder`; false with what went wrong beside
    /// the field (and in `problem`) when any could not be written. Those written stay written.
    bool saveInto(const QString &folder, QString *problem = nullptr);
    /// The files the last save wrote, by name, and the new folder they are in.
    const QStringList &written() const { return m_written; }
    const QString &savedIn() const { return m_savedIn; }

private:
    void chooseFolder();
    void save();
    bool write(const QString &path, const QByteArray &bytes, const QString &exportName,
               QString *problem);

    ClinicContext &m_context;
    qint64 m_womanId;
    qint64 m_pregnancyId;
    QLineEdit *m_folder;
    QCheckBox *m_plan;
    QCheckBox *m_calendar;
    QCheckBox *m_record;
    FieldRows *m_rows;
    QStringList m_written;
    QString m_savedIn;
};

} // namespace bb::ui
