// SPDX-License-Identifier: MIT
#include "widgets/FieldRows.h"

#include <QLabel>
#include <QLineEdit>

namespace bb::ui {

QLabel *makeMessageLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setAccessibleName(QObject::tr("Problem"));
    // A message wraps only when it must: at the width of a typical field, not of its first words.
    label->setMinimumWidth(label->fontMetrics().averageCharWidth() * 48);
    label->hide();
    return label;
}

QString wrappedForCheckBox(const QString &text, int columns)
{
    QStringList lines;
    QString line;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > columns) {
            lines << line;
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    if (!line.isEmpty())
        lines << line;
    return lines.join(QLatin1Char('\n'));
}

void setMessage(QLabel *label, const QString &message)
{
    label->setText(message.isEmpty() ? QString() : QStringLiteral("\u26A0 ") + message);
    label->setVisible(!message.isEmpty());
}

FieldRows::FieldRows(QWidget *parent) : QFormLayout(parent)
{
    setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    // A label too long to leave its field room beside it (a translation's, or a large desktop
    // font's) puts the field under it, rather than squeezing the field to nothing.
    setRowWrapPolicy(QFormLayout::WrapLongRows);
    setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
}

QWidget *FieldRows::add(const QString &label, QWidget *field, const QString &path,
                        const QString &hint)
{
    QString accessible = label;
    accessible.remove(QLatin1Char('&'));
    field->setAccessibleName(accessible);
    if (!hint.isEmpty()) {
        field->setToolTip(hint);
        field->setAccessibleDescription(hint);
    }
    // Room for what is typed: a text field is never squeezed below a dozen characters.
    if (auto *text = qobject_cast<QLineEdit *>(field);
        text && text->maximumWidth() == QWIDGETSIZE_MAX && text->minimumWidth() == 0)
        text->setMinimumWidth(text->fontMetrics().averageCharWidth() * 12);
    auto *caption = new QLabel(label);
    caption->setBuddy(field);
    addRow(caption, field);
    if (!path.isEmpty()) {
        QLabel *message = makeMessageLabel();
        message->setObjectName(QStringLiteral("message:") + path);
        addRow(QString(), message);
        m_messages.insert(path, message);
        m_fields.insert(path, field);
    }
    return field;
}

FieldErrors FieldRows::show(const FieldErrors &errors)
{
    clearMessages();
    FieldErrors unplaced;
    QHash<QString, QStringList> byPath;
    for (const FieldError &error : errors) {
        if (m_messages.contains(error.path))
            byPath[error.path] << error.message;
        else
            unplaced << error;
    }
    for (auto it = byPath.cbegin(); it != byPath.cend(); ++it)
        setMessage(m_messages.value(it.key()), it.value().join(QStringLiteral("; ")));
    return unplaced;
}

void FieldRows::clearMessages()
{
    for (QLabel *label : std::as_const(m_messages))
        setMessage(label, QString());
}

void FieldRows::showMessage(const QString &path, const QString &message)
{
    if (QLabel *label = m_messages.value(path))
        setMessage(label, message);
}

} // namespace bb::ui
