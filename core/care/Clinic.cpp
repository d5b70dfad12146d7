// SPDX-License-Identifier: MIT
#include "care/Clinic.h"

#include "storage/Database.h"

namespace bb::care {

Clinic::Clinic(const storage::Database &database, const Clock &clock,
               const QString &unsentDraftsFile)
    : women(database, clock), bookings(database, clock), births(database, clock),
      discharges(database, clock), losses(database, clock), lossPrints(database, clock),
      referrals(database, clock), worklists(database, clock), carePlans(database, clock),
      herPreferences(database, clock), contacts(database, clock), postnatal(database, clock),
      results(database, clock), scheduling(database, clock), staffing(database, clock),
      timeline(database, clock), drafts(database, clock, unsentDraftsFile),
      settings(database, clock), users(database, clock), audit(database, clock),
      backups(database, clock), integrity(database, clock), monthlyReturns(database, clock),
      m_database(database), m_clock(clock), m_databaseFile(database.path()),
      m_readOnlyReason(database.isReadOnly() ? database.readOnlyReason() : QString())
{
}

bool Clinic::onServer() const
{
    return m_database.isServer();
}

bool Clinic::serverAnswers() const
{
    return m_database.serverAnswers();
}

bool Clinic::serverReachable() const
{
    return m_database.serverReachable();
}

} // namespace bb::care
