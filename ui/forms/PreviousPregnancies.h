// SPDX-License-Identifier: MIT
#pragma once

#include "domain/BookingDetails.h"
#include "domain/FieldError.h"
#include "widgets/DraftableWidget.h"

#include <functional>

class QPushButton;
class QTableWidget;

namespace bb::ui {

/// Problems with one earlier pregnancy, with paths of its own fields (`year`, `outcome`).
using PreviousPregnancyCheck = std::function<FieldErrors(const PreviousPregnancy &)>;

/// Her earlier pregnancies, one row each, newest last as she tells them: added, changed and
/// removed through a dialog so that every field is typed with the keyboard and checked before
/// it joins the list.
class PreviousPregnanciesEditor : public DraftableWidget
{
    Q_OBJECT
public:
    explicit PreviousPregnanciesEditor(QWidget *parent = nullptr);

    QList<PreviousPregnancy> rows() const { return m_rows; }
    void setRows(const QList<PreviousPregnancy> &rows);
    /// Adds rows as if each was added by hand, and puts the cursor on the first of them, for
    /// the midwife to check: Enter changes one, Delete removes it.
    void addRows(const QList<PreviousPregnancy> &rows);
    void setCheck(PreviousPregnancyCheck check) { m_check = std::move(check); }

    QJsonValue draftValue() const override;
    void setDraftValue(const QJsonValue &value) override;

private:
    void add();
    void editCurrent();
    void removeCurrent();
    void showRows();
    void changed();

    QList<PreviousPregnancy> m_rows;
    PreviousPregnancyCheck m_check;
    QTableWidget *m_table = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace bb::ui
