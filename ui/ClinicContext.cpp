// SPDX-License-Identifier: MIT
#include "ClinicContext.h"

#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace bb::ui {

void useMessageBoxes(ClinicContext &context)
{
    context.offerDraft = [](QWidget *parent, const QString &form, const QDateTime &savedAt) {
        const auto answer = QMessageBox::question(
            parent, QObject::tr("Unsaved changes found"),
            QObject::tr("The %1 form has changes that were typed at %2 but never saved "
                        "(the app or window closed first).\n\nRestore them?")
                .arg(form, QLocale().toString(savedAt, QLocale::ShortFormat)),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
        return answer == QMessageBox::Yes;
    };
    context.askLeave = [](QWidget *parent, const QString &form, const QStringList &changed) {
        QMessageBox box(QMessageBox::Question, QObject::tr("Save changes?"),
                        QObject::tr("The %1 form has changes that are not saved:\n\u2022 %2")
                            .arg(form, changed.join(QStringLiteral("\n\u2022 "))),
                        QMessageBox::NoButton, parent);
        box.addButton(QMessageBox::Save);
        box.addButton(QMessageBox::Discard);
        // Enter, pressed out of habit, must not save or throw away what she has not checked.
        QPushButton *keep = box.addButton(QObject::tr("&Keep editing"), QMessageBox::RejectRole);
        box.setDefaultButton(keep);
        box.setEscapeButton(keep);
        box.exec();
        if (box.clickedButton() == box.button(QMessageBox::Save))
            return ClinicContext::LeaveChoice::Save;
        if (box.clickedButton() == box.button(QMessageBox::Discard))
            return ClinicContext::LeaveChoice::Discard;
        return ClinicContext::LeaveChoice::Stay;
    };
    context.confirm = [](QWidget *parent, const QString &title, const QString &what) {
        QMessageBox box(QMessageBox::Question, title, what, QMessageBox::NoButton, parent);
        QPushButton *go = box.addButton(title, QMessageBox::AcceptRole);
        // Enter, pressed out of habit, must not take a step that cannot be taken back.
        QPushButton *keep = box.addButton(QObject::tr("&Not now"), QMessageBox::RejectRole);
        box.setDefaultButton(keep);
        box.setEscapeButton(keep);
        box.exec();
        return box.clickedButton() == go;
    };
}

} // namespace bb::ui
