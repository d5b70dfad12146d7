// SPDX-License-Identifier: MIT
#pragma once

#include "care/Bookings.h"
#include "care/CarePlans.h"
#include "care/Scheduling.h"
#include "care/Staffing.h"
#include "documents/PrintSettings.h"
#include "domain/Actor.h"
#include "storage/AppointmentRepository.h"
#include "storage/DraftRepository.h"
#include "storage/PregnancyRepository.h"
#include "storage/SettingsRepository.h"
#include "storage/StaffRepository.h"
#include "storage/WomanRepository.h"
#include "util/Clock.h"

#include <QDateTime>
#include <QString>

#include <functional>

class QWidget;

namespace bb::ui {

/// What every window needs: the use cases and repositories over the open database, the clock,
/// who is using the app, and the questions the app asks a person (replaceable in tests, which
/// answer them themselves).
struct ClinicContext
{
    ClinicContext(const storage::Database &theDatabase, const Clock &theClock)
        : clock(theClock), bookings(theDatabase, theClock), scheduling(theDatabase, theClock),
          staffing(theDatabase, theClock), women(theDatabase, theClock),
          pregnancies(theDatabase, theClock), drafts(theDatabase, theClock),
          carePlans(theDatabase, theClock), settingsStore(theDatabase, theClock),
          staff(theDatabase, theClock), appointments(theDatabase, theClock), database(theDatabase)
    {
    }

    const Clock &clock;
    /// Who is using the app: every change a window makes is recorded as hers.
    Actor actor;
    care::Bookings bookings;
    care::Scheduling scheduling;
    care::Staffing staffing;
    storage::WomanRepository women;
    storage::PregnancyRepository pregnancies;
    storage::DraftRepository drafts;
    care::CarePlans carePlans;
    storage::SettingsRepository settingsStore;
    storage::StaffRepository staff;
    storage::AppointmentRepository appointments;
    const storage::Database &database; ///< for the use cases that are made on it

    /// The trust's name, assessment line and directory of services the printed plan draws on.
    documents::PrintSettings settings() const { return settingsStore.load(); }

    /// Offer back unsaved typing found for a form; true restores it.
    std::function<bool(QWidget *parent, const QString &form, const QDateTime &savedAt)> offerDraft;

    enum class LeaveChoice
    {
        Save,
        Discard,
        Stay
    };
    /// A form with unsaved changes is being left.
    std::function<LeaveChoice(QWidget *parent, const QString &form)> askLeave;
};

/// The questions as message boxes, for the real app.
void useMessageBoxes(ClinicContext &context);

} // namespace bb::ui
