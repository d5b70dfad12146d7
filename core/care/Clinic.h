// SPDX-License-Identifier: MIT
#pragma once

#include "care/Audit.h"
#include "care/Backups.h"
#include "care/Births.h"
#include "care/Bookings.h"
#include "care/CarePlans.h"
#include "care/Contacts.h"
#include "care/Discharges.h"
#include "care/Drafts.h"
#include "care/HerPreferences.h"
#include "care/Integrity.h"
#include "care/LossPrints.h"
#include "care/Losses.h"
#include "care/MonthlyReturn.h"
#include "care/Postnatal.h"
#include "care/Referrals.h"
#include "care/Results.h"
#include "care/Scheduling.h"
#include "care/Settings.h"
#include "care/Staffing.h"
#include "care/Timeline.h"
#include "care/Users.h"
#include "care/Women.h"
#include "care/Worklists.h"

namespace bb::care {

/// Every use case over one open clinic database, for a front end to hold: what the windows
/// do goes through these, and nothing else of the database is reachable from here. Each
/// member is cheap (it holds the database and the clock, nothing cached), so a window may
/// call any of them at any time.
class Clinic
{
public:
    /// `unsentDraftsFile`: where drafts wait on this computer while a team server does not
    /// answer (see Drafts); not needed for a file.
    Clinic(const storage::Database &database, const Clock &clock,
           const QString &unsentDraftsFile = {});
    /// Whether the clinic's database is a team server (not a file on this computer).
    bool onServer() const;
    /// Whether the team server answers now, making a new connection to it when the old one was
    /// lost; always true for a file.
    bool serverAnswers() const;
    /// Whether the team server would take a new connection now, asked on a connection of its
    /// own: for another thread to ask while the window goes on.
    bool serverReachable() const;

    const Clock &clock() const { return m_clock; }
    /// The database's file, which nothing but SQLite may open in this process (a save dialog
    /// refuses it and its companions).
    const QString &databaseFile() const { return m_databaseFile; }
    /// Why nothing can be saved to the database (storage::Database::readOnlyReason()); empty
    /// when it can.
    const QString &readOnlyReason() const { return m_readOnlyReason; }

    Women women;
    Bookings bookings;
    Births births;
    Discharges discharges;
    Losses losses;
    LossPrints lossPrints;
    Referrals referrals;
    Worklists worklists;
    CarePlans carePlans;
    HerPreferences herPreferences;
    Contacts contacts;
    Postnatal postnatal;
    Results results;
    Scheduling scheduling;
    Staffing staffing;
    Timeline timeline;
    Drafts drafts;
    Settings settings;
    Users users;
    Audit audit;
    Backups backups;
    Integrity integrity;
    MonthlyReturns monthlyReturns;

private:
    const storage::Database &m_database;
    const Clock &m_clock;
    QString m_databaseFile;
    QString m_readOnlyReason;
};

} // namespace bb::care
