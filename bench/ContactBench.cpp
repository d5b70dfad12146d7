// SPDX-License-Identifier: MIT
#include "ContactBench.h"

#include "Stopwatch.h"

#include "ClinicContext.h"
#include "care/Clinic.h"
#include "contacts/ContactPage.h"
#include "util/Clock.h"

#include <QCoreApplication>

#include <cstdio>

namespace bb::bench {
namespace {

constexpr int kEarlierContacts = 15;
constexpr int kPregnancies = 20;
constexpr int kSaves = 100;

/// A contact with the usual checks, on `date`.
AntenatalContact usualContact(qint64 pregnancyId, qint64 clinicianId, const QDate &date, int i)
{
    AntenatalContact c;
    c.pregnancyId = pregnancyId;
    c.clinicianId = clinicianId;
    c.date = date;
    c.venue = QStringLiteral("Children's centre");
    c.bloodPressure = BloodPressure{110 + i % 40, 70 + i % 25};
    c.urineProtein = Dipstick::Negative;
    c.sfhCm = 24.0 + i % 14;
    c.movements = Movements::Normal;
    return c;
}

} // namespace

void benchContacts(const storage::Database &database, const Clock &clock,
                   const QList<Woman> &sample)
{
    std::printf("\nAntenatal contacts:\n");
    const care::Clinic clinic(database, clock);
    const Actor actor = Actor::named(QStringLiteral("bench"), UserRole::TeamLead);
    const QList<Staff> staff = clinic.staffing.staff();
    if (staff.isEmpty()) {
        std::printf("  (no staff in this database: contacts not timed)\n");
        return;
    }
    const QDate today = clock.today();
    // Women booked long enough ago to have had fifteen weekly contacts by today.
    QList<Booking> booked;
    for (const Woman &w : sample) {
        const auto b = clinic.women.latestBooking(w.id);
        if (b && b.value() &&
            b.value()->pregnancy.bookingDate.addDays(7 * (kEarlierContacts + 1)) <= today)
            booked << *b.value();
        if (booked.size() == kPregnancies)
            break;
    }
    if (booked.isEmpty()) {
        std::printf("  (no woman booked 16 weeks ago or more: contacts not timed)\n");
        return;
    }

    // Each of these women has fifteen contacts (made now, when she has fewer).
    int refused = 0;
    for (const Booking &b : booked) {
        const auto had = clinic.contacts.contactsOf(b.pregnancy.id);
        for (qsizetype k = had ? had->size() : 0; k < kEarlierContacts; ++k) {
            const QDate date = b.pregnancy.bookingDate.addDays(7 * (k + 1));
            const auto saved = clinic.contacts.record(
                usualContact(b.pregnancy.id, staff[k % staff.size()].id, date, int(k)), actor);
            refused += saved ? 0 : 1;
        }
    }

    Samples save;
    for (int i = 0; i < kSaves; ++i) {
        const Booking &b = booked[i % booked.size()];
        const AntenatalContact c =
            usualContact(b.pregnancy.id, staff[i % staff.size()].id, today, i);
        save.time([&] { refused += clinic.contacts.record(c, actor) ? 0 : 1; });
    }
    save.print("record a contact (one transaction, fsync)", 20);

    ui::ClinicContext context(clinic);
    Samples open;
    for (int i = 0; i < kPregnancies * 2; ++i) {
        const Booking &b = booked[i % booked.size()];
        open.time([&] {
            ui::ContactPage page(context);
            page.openPregnancy(b);
            page.show();
            QCoreApplication::processEvents();
        });
    }
    open.print("open the contact page (15+ earlier contacts)", 100);
    if (refused > 0)
        std::printf("  (%d contacts refused: a clinician away that day)\n", refused);
}

} // namespace bb::bench
