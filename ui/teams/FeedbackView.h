// SPDX-License-Identifier: MIT
#pragma once

#include "care/FeedbackSummary.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QSplitter;
class QTableWidget;
class QTextBrowser;

namespace bb::ui {

struct ClinicContext;
class DateField;

/// A team's Friends and Family Test answers month by month, for the team and the Maternity
/// Voices Partnership: the count of each answer, the share that was good, and the words, saved
/// as CSV or printed. Nothing on it names or numbers a woman.
class FeedbackView : public QWidget
{
    Q_OBJECT
public:
    explicit FeedbackView(ClinicContext &context, QWidget *parent = nullptr);
    /// Reads the teams again, then the chosen team's answers for the chosen months.
    void refresh();

    QTableWidget *months() const { return m_months; }
    QTextBrowser *comments() const { return m_comments; }
    /// What is shown, as saved and printed; none when the dates or the team were refused.
    const std::optional<care::FeedbackSummary> &shown() const { return m_shown; }

    /// Writes what is shown as care::feedbackCsv() does, replacing `path` only once it is
    /// whole; false with the reason otherwise.
    bool saveCsv(const QString &path, QString *error) const;
    /// Writes what is shown as the printed summary's PDF.
    bool savePdf(const QString &path, QString *error) const;

private:
    void showSummary(const care::FeedbackSummary &summary);
    void clearShown(const QString &why);
    QString suggestedName(const QString &extension) const;
    void chooseAndSaveCsv();
    void chooseAndSavePdf();
    void printPreview();

    ClinicContext &m_context;
    QComboBox *m_team;
    DateField *m_from;
    DateField *m_to;
    QLabel *m_message;
    QTableWidget *m_months;
    QTextBrowser *m_comments;
    QPushButton *m_saveCsv;
    QPushButton *m_print;
    QPushButton *m_savePdf;
    QSplitter *m_splitter;
    std::optional<care::FeedbackSummary> m_shown;
};

} // namespace bb::ui
