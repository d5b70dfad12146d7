// SPDX-License-Identifier: MIT
#include "ClinicContext.h"

#include <QLocale>
#include <QMessageBox>

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
    context.askLeave = [](QWidget *parent, const QString &form) {
        const auto answer = QMessageBox::question(
            parent, QObject::tr("Save changes?"),
            QObject::tr("The %1 form has changes that are not saved.").arg(form),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Save)
            return ClinicContext::LeaveChoice::Save;
        if (answer == QMessageBox::Discard)
            return ClinicContext::LeaveChoice::Discard;
        return ClinicContext::LeaveChoice::Stay;
    };
}

} // namespace bb::ui
