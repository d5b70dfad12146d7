// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QLineEdit>

namespace bb::ui {

/// A date typed the way a midwife writes it (`14/03/1996`, `14-3-96`, `1996-03-14`), or left
/// empty. Unlike QDateEdit it can be empty and takes a pasted date whole.
class DateField : public QLineEdit
{
    Q_OBJECT
public:
    explicit DateField(QWidget *parent = nullptr);

    /// Invalid when empty or not a real date; see hasProblem().
    QDate date() const;
    void setDate(const QDate &date);
    bool isEmpty() const { return text().trimmed().isEmpty(); }
    /// Something was typed that is not a real date.
    bool hasProblem() const { return !isEmpty() && !date().isValid(); }

    static QDate parse(const QString &text);
};

} // namespace bb::ui
