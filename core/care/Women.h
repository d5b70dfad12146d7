// SPDX-License-Identifier: MIT
#pragma once

#include "care/Outcome.h"
#include "domain/Actor.h"
#include "domain/Booking.h"
#include "domain/Listings.h"
#include "domain/PregnancyHistory.h"
#include "domain/RecordFlags.h"

#include <QHash>
#include <QList>

#include <optional>

namespace bb {
class Clock;
}

namespace bb::storage {
class Database;
}

namespace bb::care {

/// What a search box finds: the women, and whether they are everyone (nothing searchable was
/// typed, so she is shown the list by family name rather than an empty one).
struct WomanSearch
{
    QList<WomanSummary> women;
    bool everyone = false;
    QHash<qint64, RecordFlags> flags; ///< of each woman found, by her id
    QString flagsProblem;             ///< why the flags could not be read; empty when they were
    /// Why who searched may not look for women (access::Permission::OpenRecord): nobody is
    /// listed; empty when she may.
    QString refusal;
};

/// Whether a registration comes with her NHS number, or she is not registered with the NHS yet.
enum class NhsNumberKnown
{
    Yes,
    NotYet
};

/// Registering a woman, and reading who she is and the pregnancies she has had.
class Women
{
public:
    Women(const storage::Database &database, const Clock &clock);

    /// Registers her (id 0) or saves her changed details, after the checks every registration
    /// passes: her details as clinical::validateWoman sees them on the clock's day, and an NHS
    /// number no other woman has.
    ///
    /// Her identifier: a new woman is registered with an NHS number (a temporary identifier is
    /// given only by registerWithoutNhsNumber()). A woman with a temporary identifier keeps it,
    /// or is given her NHS number as replaceTemporaryNumber() gives it, in the same transaction;
    /// a woman with an NHS number is never given a temporary identifier.
    ///
    /// `readAtVersion` is her version() when the form read her. When a colleague has saved her
    /// details (or her booking) since, nothing is written and the outcome is conflicted().
    Outcome<Woman> save(const Woman &woman, const Actor &actor,
                        std::optional<int> readAtVersion = std::nullopt) const;
    /// How many times her details have been saved (from 1), for a form to pass back to save().
    Outcome<int> version(qint64 womanId) const;
    /// Registers a new woman not yet registered with the NHS: she is given the next temporary
    /// identifier (`TMP0000001`, one more than the largest held), in the same transaction as
    /// her record, after the checks save() makes of everything else.
    Outcome<Woman> registerWithoutNhsNumber(const Woman &woman, const Actor &actor) const;
    /// Her NHS number, now known, replaces her temporary identifier: checked (modulus 11, no
    /// other woman's) and stored in one transaction, and every stored record that names her by
    /// the temporary identifier (her care plan versions, unsaved drafts) names her by it too.
    /// Refused, as `woman.nhs_number`, when she has an NHS number already.
    Outcome<Woman> replaceTemporaryNumber(qint64 womanId, const QString &nhsNumber,
                                          const Actor &actor) const;
    /// What save() (or registerWithoutNhsNumber(), for NotYet) would refuse her for, without
    /// saving anything: a form asks its questions only about a registration that can be saved.
    FieldErrors problems(const Woman &woman, NhsNumberKnown known = NhsNumberKnown::Yes) const;
    /// Other women, not entered in error, with her family name, given name (compared as search
    /// compares them: case, accents and apostrophes aside) and date of birth: the women she may
    /// already be. By id; empty when she has no name or date of birth yet; a failure when they
    /// cannot be read.
    /// Her, opened by `actor` to look at `what` ("her record", "her care plan"): refused, and
    /// recorded, when her role may not (access::recordRefusal()); looking is recorded too.
    Outcome<Woman> open(qint64 womanId, const Actor &actor,
                        const QString &what = QStringLiteral("her record")) const;

    Outcome<QList<Woman>> sameNameAndBirth(const Woman &woman) const;

    std::optional<Woman> byId(qint64 womanId) const;
    std::optional<Woman> byNhsNumber(const QString &nhsNumber) const;
    int count() const;
    int pregnancyCount() const;
    /// The first `limit` women matching what was typed, read as storage::SearchQuery reads it,
    /// with their flags as `viewer` may see them; women entered in error are left out. Nobody,
    /// with the reason, for a role that opens no woman's record.
    WomanSearch search(const QString &typed, int limit, const Actor &viewer) const;

    /// The flags of each of these women that exists, by id, as every list shows them: her
    /// circumstances, an interpreter, a teenage parent (under 20 at the booking of her latest
    /// pregnancy, or today when she has none), the loss of her latest pregnancy, a temporary
    /// identifier, a record entered in error. A safeguarding concern and disclosed domestic
    /// abuse only when `viewer` sees safeguarding (access::Permission::SeeSafeguarding). A few
    /// queries however many women; a failure when they cannot be read.
    Outcome<QHash<qint64, RecordFlags>> flagsOf(const QList<qint64> &womanIds,
                                                const Actor &viewer) const;

    /// Her pregnancies, newest first; a failure when one cannot be read.
    Outcome<QList<Pregnancy>> pregnancies(qint64 womanId) const;
    /// The booking of one pregnancy; nothing when there is no such pregnancy; a failure when it
    /// cannot be read.
    Outcome<std::optional<Booking>> booking(qint64 pregnancyId) const;
    /// The booking of her latest pregnancy, as booking() reports it.
    Outcome<std::optional<Booking>> latestBooking(qint64 womanId) const;

    /// The booking a new pregnancy of hers starts from: her demographics and nothing else.
    /// Nothing of an earlier pregnancy is copied into it; earlierOutcomes() offers what ended.
    static Booking newPregnancy(const Woman &woman);
    /// Her pregnancies, newest first, each with what became of it (clinical::historyOf); a
    /// failure when one cannot be read.
    Outcome<QList<PregnancyHistory>> history(qint64 womanId) const;
    /// What her pregnancies recorded here offer the booking of a new pregnancy as her earlier
    /// pregnancies: one row for each that ended in a birth or a loss, oldest first, none
    /// entered in error. They are offered for the midwife to confirm, never saved by
    /// themselves.
    Outcome<QList<PreviousPregnancy>> earlierOutcomes(qint64 womanId) const;

private:
    /// save() and registerWithoutNhsNumber() inside their transaction: `known` says whether
    /// she is to be given a temporary identifier.
    Outcome<Woman> write(const Woman &woman, NhsNumberKnown known, const QDateTime &at,
                         const Actor &actor) const;

    const storage::Database &m_database;
    const Clock &m_clock;
};

} // namespace bb::care
