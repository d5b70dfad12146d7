// SPDX-License-Identifier: MIT
// Her signposting sheet of bereavement support (National Bereavement Care Pathway: "a
// signposting sheet of bereavement support ... can be printed for her"): her name, NHS number
// and date of birth on every page, only the organisations for her kind of loss, and nothing of
// the staff's record, safeguarding above all.
#include "TestSupport.h"

#include "care/LossPrints.h"
#include "care/Settings.h"
#include "clinical/NhsNumber.h"
#include "documents/SignpostingDocument.h"
#include "storage/Database.h"
#include "storage/LossRepository.h"
#include "util/Clock.h"

using namespace bb;

namespace {

const QString kHerDateOfBirth = QStringLiteral("09-Jul-1994");

QList<BereavementSupport> seededList(const storage::Database &db, const Clock &clock)
{
    const auto list = care::Settings(db, clock).bereavementSupport();
    REQUIRE(list);
    return list.value();
}

documents::SignpostingInput inputFor(LossKind loss, const QList<BereavementSupport> &support)
{
    documents::SignpostingInput input;
    input.woman = test::lowRiskBooking().woman;
    input.loss = loss;
    input.lossDate = QDate(2027, 2, 10);
    input.trustName = QStringLiteral("University Hospitals of Leicester NHS Trust");
    input.assessmentLinePhone = QStringLiteral("0116 496 0000");
    input.namedMidwife = QStringLiteral("Grace Okafor");
    input.team = QStringLiteral("City Continuity Team");
    input.teamPhone = QStringLiteral("0116 496 0400");
    input.support = support;
    input.printedOn = QDate(2027, 2, 12);
    return input;
}

QString printed(const test::ScratchDir &scratch, const documents::SignpostingInput &input,
                QStringList *pages = nullptr)
{
    const QString pdf = scratch.file(QStringLiteral("signposting.pdf"));
    QString error;
    const bool written = documents::writeSignpostingPdf(pdf, input, &error);
    INFO(error.toStdString());
    REQUIRE(written);
    const QStringList read = test::pdfPages(pdf);
    if (pages)
        *pages = read;
    // pdftotext lays long lines out over several and reads ligatures as one letter; words are
    // what is read.
    return read.join(QLatin1Char('\n'))
        .replace(QStringLiteral("\uFB01"), QStringLiteral("fi"))
        .replace(QStringLiteral("\uFB00"), QStringLiteral("ff"))
        .replace(QStringLiteral("\uFB02"), QStringLiteral("fl"))
        .simplified();
}

} // namespace

TEST_CASE("A long list of support flows to a second page, with her name, NHS number and date of "
          "birth on every page",
          "[loss][signposting][documents]")
{
    test::ScratchDir scratch;
    FixedClock clock(QDate(2027, 2, 12));
    QString error;
    const auto db =
        storage::Database::open(test::databaseAt(scratch, QStringLiteral("s.sqlite")), &error);
    REQUIRE(db);
    QList<BereavementSupport> support = seededList(*db, clock);
    for (int i = 1; i <= 8; ++i) {
        BereavementSupport local;
        local.name = QStringLiteral("Local baby loss group %1").arg(i);
        local.offers = QStringLiteral("Parents who have lost a baby meet once a month to talk, "
                                      "with a bereavement midwife there to listen.");
        local.phone = QStringLiteral("0116 496 05%1").arg(i, 2, 10, QLatin1Char('0'));
        local.website = QStringLiteral("www.example.org.uk/group%1").arg(i);
        support << local;
    }
    QStringList pages;
    const QString text = printed(scratch, inputFor(LossKind::Stillbirth, support), &pages);
    REQUIRE(pages.size() >= 2);
    for (const QString &page : pages) {
        CHECK(page.contains(QStringLiteral("Asha Patel")));
        CHECK(page.contains(QStringLiteral("943 476 5919")));
        CHECK(page.contains(kHerDateOfBirth));
        CHECK(page.contains(QStringLiteral("Support after the loss of your baby")));
    }
    // Every organisation is on the sheet, the last on a later page.
    CHECK(text.contains(QStringLiteral("Local baby loss group 1 ")));
    CHECK(pages.last().contains(QStringLiteral("Local baby loss group 8")));
    CHECK(text.contains(QStringLiteral("Dear Asha, we are so sorry for the loss of your baby.")));
    CHECK(
        text.contains(QStringLiteral("Your midwife, Grace Okafor, and the bereavement midwives")));
    CHECK(text.contains(QStringLiteral("0116 496 0400")));
    CHECK(text.contains(QStringLiteral("0116 496 0000")));
}

TEST_CASE("Her sheet lists only the organisations for her kind of loss, and speaks of her baby "
          "or her pregnancy as the loss was",
          "[loss][signposting][documents]")
{
    test::ScratchDir scratch;
    FixedClock clock(QDate(2027, 2, 12));
    QString error;
    const auto db =
        storage::Database::open(test::databaseAt(scratch, QStringLiteral("s.sqlite")), &error);
    REQUIRE(db);
    const QList<BereavementSupport> support = seededList(*db, clock);

    const QString stillbirth = printed(scratch, inputFor(LossKind::Stillbirth, support));
    INFO(stillbirth.toStdString());
    CHECK(stillbirth.contains(QStringLiteral("Support after the loss of your baby")));
    CHECK(stillbirth.contains(QStringLiteral("Sands")));
    CHECK(stillbirth.contains(QStringLiteral("Child Bereavement UK")));
    CHECK_FALSE(stillbirth.contains(QStringLiteral("Ectopic Pregnancy Trust")));
    CHECK_FALSE(stillbirth.contains(QStringLiteral("Miscarriage Association")));
    CHECK_FALSE(stillbirth.contains(QStringLiteral("Antenatal Results and Choices")));
    CHECK(stillbirth.contains(QStringLiteral("breasts may fill with milk")));

    const QString ectopic = printed(scratch, inputFor(LossKind::Ectopic, support));
    CHECK(ectopic.contains(QStringLiteral("Support after the loss of your pregnancy")));
    CHECK(ectopic.contains(QStringLiteral("The Ectopic Pregnancy Trust")));
    CHECK(ectopic.contains(QStringLiteral("The Miscarriage Association")));
    CHECK(ectopic.contains(QStringLiteral("www.ectopic.org.uk")));
    CHECK(ectopic.contains(QStringLiteral("020 7733 2653")));
    CHECK_FALSE(ectopic.contains(QStringLiteral("Child Bereavement UK")));
    CHECK_FALSE(ectopic.contains(QStringLiteral("milk")));

    // No words a woman at home would need a clinician to explain.
    for (const char *jargon : {"fetal", "foetal", "products of conception", "NND", "IUD",
                               "intrauterine", "gestation", "TOP"})
        CHECK_FALSE(stillbirth.contains(QString::fromLatin1(jargon)));
}

TEST_CASE("Her sheet is made from her record only after a loss, and shows nothing of "
          "safeguarding, her circumstances or the staff's notes",
          "[loss][signposting][care]")
{
    test::ScratchDir scratch;
    FixedClock clock(QDateTime(QDate(2027, 2, 12), QTime(11, 0)));
    QString error;
    const auto db =
        storage::Database::open(test::databaseAt(scratch, QStringLiteral("s.sqlite")), &error);
    REQUIRE(db);
    Booking her = test::lowRiskBooking();
    her.woman.social = {QStringLiteral("domestic_abuse"), QStringLiteral("safeguarding_concern")};
    FixedClock bookingDay(her.pregnancy.bookingDate);
    REQUIRE(test::book(*db, bookingDay, her, &error));
    // The demonstration directory has a safeguarding team and its number.
    REQUIRE(care::Settings(*db, clock).seedDefaultsIfEmpty());
    const care::LossPrints prints(*db, clock);

    const auto before = prints.signpostingFor(her.pregnancy.id);
    REQUIRE(before.invalid());
    CHECK(before.fieldErrors().value(0).path == QStringLiteral("pregnancy"));

    RecordedLoss loss;
    loss.loss.pregnancyId = her.pregnancy.id;
    loss.loss.kind = LossKind::Stillbirth;
    loss.loss.date = QDate(2027, 2, 10);
    loss.loss.notes = QStringLiteral("Partner present and controlling; safeguarding referral "
                                     "discussed");
    loss.recordedBy = QStringLiteral("Test Midwife");
    loss.recordedAt = clock.now();
    REQUIRE(storage::LossRepository(*db).insert(loss, &error));

    const auto input = prints.signpostingFor(her.pregnancy.id);
    INFO(input.message().toStdString());
    REQUIRE(input);
    CHECK(input->loss == LossKind::Stillbirth);
    CHECK(input->printedOn == clock.today());
    CHECK(input->trustName == QStringLiteral("University Hospitals of Leicester NHS Trust"));
    for (const BereavementSupport &s : input->support)
        CHECK(s.isFor(LossKind::Stillbirth));

    const QString text = printed(scratch, input.value());
    CHECK(text.contains(her.woman.fullName()));
    CHECK(text.contains(clinical::nhs::format(her.woman.nhsNumber)));
    for (const char *hidden :
         {"safeguard", "abuse", "0116 496 0230", "controlling", "Partner present", "concern"})
        CHECK_FALSE(text.contains(QString::fromLatin1(hidden), Qt::CaseInsensitive));

    // A list with nothing for her loss prints no empty sheet.
    REQUIRE(care::Settings(*db, clock)
                .saveBereavementSupport({seededList(*db, clock).at(2)}, test::testAdministrator()));
    const auto empty = prints.signpostingFor(her.pregnancy.id);
    REQUIRE(empty.invalid());
    CHECK(empty.fieldErrors().value(0).path == QStringLiteral("bereavement_support"));
}
