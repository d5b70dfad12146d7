// SPDX-License-Identifier: MIT
#include "WhoIsUsing.h"

#include <QInputDialog>
#include <QSettings>

namespace bb::ui {
namespace {
const QString kNameKey = QStringLiteral("user/name");
}

std::optional<Actor> keptUser(const QSettings &settings)
{
    const QString name = settings.value(kNameKey).toString().simplified();
    if (name.isEmpty())
        return std::nullopt;
    return Actor::named(name, UserRole::Midwife);
}

void keepUser(QSettings &settings, const QString &name)
{
    settings.setValue(kNameKey, name.simplified());
    settings.sync();
}

std::optional<Actor> whoIsUsing(QSettings &settings, QWidget *parent)
{
    if (const auto kept = keptUser(settings))
        return kept;
    QString prompt = QObject::tr("Your full name, as it is to be recorded beside every plan and "
                                 "appointment you save (for example Jo Smith, Midwife):");
    for (;;) {
        bool ok = false;
        const QString name =
            QInputDialog::getText(parent, QObject::tr("Better Births Clinic - who is using it?"),
                                  prompt, QLineEdit::Normal, QString(), &ok)
                .simplified();
        if (!ok)
            return std::nullopt;
        if (!name.isEmpty()) {
            keepUser(settings, name);
            return Actor::named(name, UserRole::Midwife);
        }
        prompt = QObject::tr("A name is needed: every change is recorded with who made it.\n\n"
                             "Your full name:");
    }
}

} // namespace bb::ui
