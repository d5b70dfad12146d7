// SPDX-License-Identifier: MIT
#pragma once

#include "care/Clinic.h"
#include "domain/Actor.h"
#include "server/ServerWatch.h"
#include "util/Clock.h"
#include "widgets/WheelGuard.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class QSettings;
class QWidget;

namespace bb::ui {

/// What every window needs: the clinic's use cases, the clock, who is using the app, and the
/// questions the app asks a person (replaceable in tests, which answer them themselves).
struct ClinicContext
{
    explicit ClinicContext(const care::Clinic &theClinic)
        : clinic(theClinic), clock(theClinic.clock()),
          server(theClinic.onServer() ? std::make_unique<ServerWatch>(theClinic) : nullptr)
    {
        WheelGuard::install(); // before any window: the wheel never edits an unfocused field
    }

    /// Everything a window reads or changes goes through these.
    const care::Clinic &clinic;
    const Clock &clock;
    /// Whether the team server answers; null for a clinic in a file on this computer.
    const std::unique_ptr<ServerWatch> server;
    /// Who is using the app: every change a window makes is recorded as hers.
    Actor actor;
    /// This computer's desktop settings, where windows are left (WindowPlaces.h); null keeps
    /// nothing, as in tests that do not give a file of their own.
    QSettings *desktopSettings = nullptr;

    /// Offer back unsaved typing found for a form; true restores it.
    std::function<bool(QWidget *parent, const QString &form, const QDateTime &savedAt)> offerDraft;

    enum class LeaveChoice
    {
        Save,
        Discard,
        Stay
    };
    /// A form with unsaved changes is being left; `changed` names the fields that changed.
    std::function<LeaveChoice(QWidget *parent, const QString &form, const QStringList &changed)>
        askLeave;

    /// A step that cannot be taken back is about to be taken (`what` says it, and what follows
    /// from it); true goes ahead.
    std::function<bool(QWidget *parent, const QString &title, const QString &what)> confirm;
};

/// The questions as message boxes, for the real app.
void useMessageBoxes(ClinicContext &context);

} // namespace bb::ui
