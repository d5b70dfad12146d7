// SPDX-License-Identifier: MIT
#include "widgets/FormDialog.h"

#include "widgets/FieldRows.h"
#include "widgets/ScreenFit.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace bb::ui {

QPushButton *layOutFormDialog(QDialog *dialog, const QString &explanation, FieldRows *rows,
                              QLabel *message, const QString &actText, const QString &closeText,
                              std::function<void()> act, int width)
{
    auto *what = new QLabel(explanation);
    what->setWordWrap(true);
    auto *go = new QPushButton(actText);
    go->setDefault(true);
    auto *close = new QPushButton(closeText);
    // Plain clicked() connections: the button box's accepted() would close the dialog before
    // `act` could refuse.
    QObject::connect(go, &QPushButton::clicked, dialog, std::move(act));
    QObject::connect(close, &QPushButton::clicked, dialog, &QDialog::reject);
    auto *buttons = new QDialogButtonBox;
    buttons->addButton(go, QDialogButtonBox::AcceptRole);
    buttons->addButton(close, QDialogButtonBox::RejectRole);

    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(what);
    layout->addLayout(rows);
    layout->addWidget(message);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resizeWithinScreen(dialog, QSize(width, dialog->sizeHint().height()));
    return go;
}

void showProblems(QDialog *dialog, FieldRows *rows, QLabel *message, const FieldErrors &errors,
                  const QString &failure)
{
    const FieldErrors rest = rows->show(errors);
    setMessage(message, !failure.isEmpty() ? failure
                        : rest.isEmpty()   ? QString()
                                           : rest.front().toString());
    if (QWidget *first = rows->fieldFor(errors.value(0).path))
        first->setFocus();
    growToFitContents(dialog);
}

} // namespace bb::ui
