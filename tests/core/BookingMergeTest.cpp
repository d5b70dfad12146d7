// SPDX-License-Identifier: MIT
// A booking typed while a colleague saved the same booking: put together answer by answer.
#include "TestSupport.h"

#include "interop/BookingMerge.h"

using namespace bb;

namespace {

/// A stored booking: ids, and where she is in care, which the booking format does not carry.
Booking stored()
{
    Booking b = test::bookingWithDetails();
    b.woman.id = 7;
    b.pregnancy.id = 9;
    b.pregnancy.womanId = 7;
    b.pregnancy.status = PregnancyStatus::Delivered;
    return b;
}

} // namespace

TEST_CASE("Nothing changed on either side merges to the booking as it was, ids and all",
          "[interop][merge]")
{
    const Booking base = stored();
    const auto merge = interop::mergeBookings(base, base, base);
    CHECK(merge.merged == base);
    CHECK(merge.bothChanged.isEmpty());
    CHECK(merge.theirsKept.isEmpty());

    // Registered without an NHS number yet.
    Booking waiting = base;
    waiting.woman.nhsNumber = QStringLiteral("TMP0000001");
    CHECK(interop::mergeBookings(waiting, waiting, waiting).merged == waiting);
}

TEST_CASE("An answer changed on one side only takes that side's value", "[interop][merge]")
{
    const Booking base = stored();
    Booking theirs = base;
    theirs.woman.phone = QStringLiteral("0116 496 0999");
    theirs.woman.nextOfKin.phone = QStringLiteral("07700 900999");
    Booking mine = base;
    mine.assessment.measurements.weightKg = 71.0;
    mine.woman.nextOfKin.name = QStringLiteral("Ravi Patel");

    const auto merge = interop::mergeBookings(base, theirs, mine);
    CHECK(merge.bothChanged.isEmpty());
    CHECK(merge.theirsKept ==
          QStringList{QStringLiteral("woman.next_of_kin.phone"), QStringLiteral("woman.phone")});
    Booking expected = base;
    expected.woman.phone = theirs.woman.phone;
    expected.woman.nextOfKin = {QStringLiteral("Ravi Patel"), base.woman.nextOfKin.relationship,
                                theirs.woman.nextOfKin.phone};
    expected.assessment.measurements.weightKg = 71.0;
    CHECK(merge.merged == expected);
}

TEST_CASE("An answer changed on both sides to different values is a conflict and takes hers, "
          "and one both changed to the same value is none",
          "[interop][merge]")
{
    const Booking base = stored();
    Booking theirs = base;
    theirs.assessment.measurements.weightKg = 68.0;
    theirs.assessment.conditions << QStringLiteral("asthma");
    theirs.woman.postcode = QStringLiteral("LE1 1AA");
    Booking mine = base;
    mine.assessment.measurements.weightKg = 71.0;
    mine.assessment.conditions << QStringLiteral("epilepsy");
    mine.woman.postcode = QStringLiteral("LE1 1AA");

    const auto merge = interop::mergeBookings(base, theirs, mine);
    // A list is one answer: her conditions as typed here, not a mixture.
    CHECK(merge.bothChanged.size() == 2);
    CHECK(merge.bothChanged.filter(QStringLiteral("weight_kg")).size() == 1);
    CHECK(merge.bothChanged.filter(QStringLiteral("conditions")).size() == 1);
    CHECK(merge.theirsKept.isEmpty());
    CHECK(merge.merged.assessment.measurements.weightKg == 71.0);
    QStringList hers = mine.assessment.conditions;
    hers.sort(); // as every booking keeps them
    CHECK(merge.merged.assessment.conditions == hers);
    CHECK(merge.merged.woman.postcode == QStringLiteral("LE1 1AA"));
    CHECK(merge.merged.pregnancy.id == 9);
}

TEST_CASE("Her details merge field by field, and every field of hers is merged", "[interop][merge]")
{
    const Woman base = stored().woman;
    // Every field changed here: the merge takes each of them (a field left out would not be).
    Woman mine = base;
    mine.nhsNumber = QStringLiteral("9876543210");
    mine.givenName = QStringLiteral("Meera");
    mine.familyName = QStringLiteral("Shah");
    mine.dateOfBirth = base.dateOfBirth.addDays(1);
    mine.address = QStringLiteral("2 New Street, Leicester");
    mine.postcode = QStringLiteral("LE1 1AA");
    mine.phone = QStringLiteral("0116 496 0111");
    mine.gpPractice = QStringLiteral("C82999");
    mine.ethnicCategory = QStringLiteral("A");
    mine.preferredLanguage = QStringLiteral("gu");
    mine.interpreterNeeded = !base.interpreterNeeded;
    mine.social = QStringList{QStringLiteral("housing")};
    mine.occupation = QStringLiteral("Nurse");
    mine.nextOfKin = {QStringLiteral("Ravi Shah"), QStringLiteral("brother"),
                      QStringLiteral("07700 900111")};
    Woman theirsSame = base;
    theirsSame.id = base.id;
    const auto all = interop::mergeWomen(base, theirsSame, mine);
    CHECK(all.merged == mine);
    CHECK(all.bothChanged.isEmpty());

    // One side each, and one both.
    Woman theirs = base;
    theirs.phone = QStringLiteral("0116 496 0999");
    theirs.occupation = QStringLiteral("Teacher");
    Woman typed = base;
    typed.postcode = QStringLiteral("LE1 1AA");
    typed.occupation = QStringLiteral("Nurse");
    const auto merge = interop::mergeWomen(base, theirs, typed);
    CHECK(merge.theirsKept == QStringList{QStringLiteral("woman.phone")});
    CHECK(merge.bothChanged == QStringList{QStringLiteral("woman.occupation")});
    CHECK(merge.merged.phone == theirs.phone);
    CHECK(merge.merged.postcode == QStringLiteral("LE1 1AA"));
    CHECK(merge.merged.occupation == QStringLiteral("Nurse"));
    CHECK(merge.merged.id == base.id);
}
