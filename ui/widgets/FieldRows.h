// SPDX-License-Identifier: MIT
#pragma once

#include "domain/FieldError.h"

#include <QFormLayout>
#include <QHash>
#include <QString>

class QLabel;

namespace bb::ui {

/// A form layout whose every field has a label (its accessible name too), and a message line
/// under it for what is wrong with it, keyed by the field's path in the booking format.
class FieldRows : public QFormLayout
{
public:
    explicit FieldRows(QWidget *parent = nullptr);

    /// Adds `field` under `label`; `path` ties it to errors such as `woman.nhs_number`.
    QWidget *add(const QString &label, QWidget *field, const QString &path = {},
                 const QString &hint = {});

    /// Shows each error under its field; returns the errors whose path has no field here.
    FieldErrors show(const FieldErrors &errors);
    void clearMessages();
    /// A message of our own (such as a date that cannot be read) under one field.
    void showMessage(const QString &path, const QString &message);

    QWidget *fieldFor(const QString &path) const { return m_fields.value(path); }

private:
    QHash<QString, QLabel *> m_messages;
    QHash<QString, QWidget *> m_fields;
};

/// A message label styled as a field problem: the palette's own colours, a warning sign and
/// text, so it reads in any theme and in black and white.
QLabel *makeMessageLabel(QWidget *parent = nullptr);

/// `text` broken into lines of at most `columns` characters at spaces, for a check box (which
/// never wraps its own text) whose words are the rules page's and too long for a laptop's form.
QString wrappedForCheckBox(const QString &text, int columns = 60);
void setMessage(QLabel *label, const QString &message);

} // namespace bb::ui
