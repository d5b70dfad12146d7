// SPDX-License-Identifier: MIT
#pragma once

#include "domain/FieldError.h"
#include "domain/Loss.h"

#include <QList>
#include <QMap>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace bb::ui {

class FieldRows;

/// The bereavement support list a bereaved woman's signposting sheet prints, in its order: a
/// table of the organisations with buttons to add, remove and move them, and the chosen one's
/// fields below it, each edited in place with the keyboard.
class BereavementSupportEditor : public QWidget
{
    Q_OBJECT
public:
    explicit BereavementSupportEditor(QWidget *parent = nullptr);

    void setList(const QList<BereavementSupport> &list);
    /// The list as typed, in the order shown.
    QList<BereavementSupport> list() const { return m_list; }

    /// Keeps the problems whose path is `bereavement_support[i].field`, marks the rows that
    /// have one, chooses the first of them and shows its problems under their fields (another
    /// row's are shown when it is chosen). Returns how many rows have a problem.
    int showErrors(const FieldErrors &errors);
    void clearErrors();
    /// A problem of the list in words (`bereavement support, row 3: name is required`); empty
    /// for a problem of something else.
    static QString describe(const FieldError &error);

private:
    void add();
    void removeCurrent();
    void moveCurrent(int by);
    void showCurrent();
    void edited();
    void showRow(int row);
    void enableButtons();

    QList<BereavementSupport> m_list;
    FieldErrors m_errors;
    bool m_loading = false;
    QTableWidget *m_table = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    QWidget *m_form = nullptr;
    FieldRows *m_fields = nullptr;
    QLineEdit *m_name = nullptr;
    QPlainTextEdit *m_offers = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_website = nullptr;
    QMap<LossKind, QCheckBox *> m_losses;
};

} // namespace bb::ui
