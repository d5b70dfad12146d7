// SPDX-License-Identifier: MIT
// The bereavement support list and the bank holidays kept in settings: read in order, replaced
// whole, validated by field path, and a stored value that cannot be read is an error, never
// quietly dropped.
#include "TestSupport.h"

#include "care/Settings.h"
#include "storage/BereavementSupportRepository.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QSqlQuery>

using namespace bb;
using care::Settings;
using storage::BereavementSupportRepository;

namespace {

struct Fixture
{
    test::ScratchDir scratch;
    FixedClock clock{QDateTime(QDate(2026, 11, 1), QTime(9, 30))};
    QString error;
    std::unique_ptr<storage::Database> db =
        storage::Database::open(test::databaseAt(scratch, QStringLiteral("b.sqlite")), &error);

    void exec(const QString &sql) const
    {
        QSqlQuery q(db->connection());
        INFO(sql.toStdString());
        REQUIRE(q.exec(sql));
    }
};

BereavementSupport organisation(const QString &name, const QList<LossKind> &losses = {})
{
    BereavementSupport s;
    s.name = name;
    s.offers = QStringLiteral("Someone to talk to.");
    s.phone = QStringLiteral("0116 496 0123");
    s.website = QStringLiteral("www.example.org.uk");
    s.losses = losses;
    return s;
}

QStringList names(const QList<BereavementSupport> &list)
{
    QStringList result;
    for (const BereavementSupport &s : list)
        result << s.name;
    return result;
}

FieldErrors errorsOf(const FieldErrors &errors, const QString &path)
{
    FieldErrors found;
    for (const FieldError &e : errors) {
        if (e.path == path)
            found << e;
    }
    return found;
}

} // namespace

TEST_CASE("A new database lists the UK charities for pregnancy and baby loss in the order "
          "printed, each for the losses it supports",
          "[settings][bereavement]")
{
    Fixture f;
    REQUIRE(f.db);
    const auto list = Settings(*f.db, f.clock).bereavementSupport();
    INFO(list.message().toStdString());
    REQUIRE(list);
    REQUIRE(list->size() == 7);
    CHECK(list->front().name.startsWith(QStringLiteral("Sands")));
    CHECK(list->front().losses.isEmpty()); // every loss
    CHECK(list->back().name == QStringLiteral("Child Bereavement UK"));
    const auto ectopic = std::find_if(list->cbegin(), list->cend(), [](const auto &s) {
        return s.name == QStringLiteral("The Ectopic Pregnancy Trust");
    });
    REQUIRE(ectopic != list->cend());
    CHECK(ectopic->losses == QList<LossKind>{LossKind::Ectopic});
    CHECK(ectopic->isFor(LossKind::Ectopic));
    CHECK_FALSE(ectopic->isFor(LossKind::Stillbirth));
    // Every seeded number is one she can dial.
    CHECK(Settings::validateBereavementSupport(list.value()).isEmpty());
}

TEST_CASE("The bereavement support list is replaced whole and reads back in its new order",
          "[settings][bereavement]")
{
    Fixture f;
    REQUIRE(f.db);
    const BereavementSupportRepository repository(*f.db);
    QString error;
    auto seeded = repository.list(&error);
    REQUIRE(seeded);
    // Reordered, some removed, and one added with no id yet just before the organisation with
    // the next id after those above it (ids 2, 1, new, 3, 7).
    QList<BereavementSupport> list{seeded->at(1), seeded->front(),
                                   organisation(QStringLiteral("Leicester Baby Loss Group"),
                                                {LossKind::Stillbirth, LossKind::NeonatalDeath}),
                                   seeded->at(2), seeded->back()};
    REQUIRE(list[3].id == 3);
    REQUIRE(repository.replace(list, &error));
    const auto read = repository.list(&error);
    INFO(error.toStdString());
    REQUIRE(read);
    CHECK(names(*read) == names(list));
    // Ids and every field kept.
    CHECK(read->mid(0, 2) == list.mid(0, 2));
    CHECK(read->mid(3) == list.mid(3));
    CHECK(read->at(2).id > 0);
    CHECK(read->at(2).losses == (QList<LossKind>{LossKind::Stillbirth, LossKind::NeonatalDeath}));

    const auto saved =
        Settings(*f.db, f.clock).saveBereavementSupport({}, test::testAdministrator());
    REQUIRE(saved);
    CHECK(saved->isEmpty());
    CHECK(repository.list(&error)->isEmpty());
}

TEST_CASE("A stored organisation for a kind of loss this version does not know is an error, "
          "not left off her sheet",
          "[settings][bereavement]")
{
    Fixture f;
    REQUIRE(f.db);
    f.exec(QStringLiteral("UPDATE bereavement_support SET losses = 'miscarriage,molar' "
                          "WHERE position = 2"));
    QString error;
    CHECK_FALSE(BereavementSupportRepository(*f.db).list(&error));
    CHECK(error.contains(QStringLiteral("molar")));
    const auto list = Settings(*f.db, f.clock).bereavementSupport();
    CHECK(list.failed());
}

TEST_CASE("The bereavement support list is refused by field when an organisation has no name, "
          "a number she cannot dial, or no way to reach it, and nothing changes",
          "[settings][bereavement]")
{
    Fixture f;
    REQUIRE(f.db);
    const Settings settings(*f.db, f.clock);
    const auto before = settings.bereavementSupport().value();

    QList<BereavementSupport> list{
        organisation(QStringLiteral("Sands")), organisation(QStringLiteral("  ")),
        organisation(QStringLiteral("Petals")), organisation(QStringLiteral("Tommy's"))};
    list[2].phone = QStringLiteral("ring the ward");
    list[2].website = QStringLiteral("petals charity");
    list[3].phone.clear();
    list[3].website.clear();
    const auto saved = settings.saveBereavementSupport(list, test::testAdministrator());
    REQUIRE(saved.invalid());
    const FieldErrors errors = saved.fieldErrors();
    INFO(saved.message().toStdString());
    CHECK(errorsOf(errors, QStringLiteral("bereavement_support[0].name")).isEmpty());
    CHECK(errorsOf(errors, QStringLiteral("bereavement_support[1].name")).size() == 1);
    CHECK(errorsOf(errors, QStringLiteral("bereavement_support[2].phone")).size() == 1);
    CHECK(errorsOf(errors, QStringLiteral("bereavement_support[2].website")).size() == 1);
    CHECK(errorsOf(errors, QStringLiteral("bereavement_support[3].phone"))
              .value(0)
              .message.contains(QStringLiteral("phone number or a website")));
    CHECK(settings.bereavementSupport().value() == before);

    // By nobody in particular: refused before anything is checked or written.
    CHECK(
        settings.saveBereavementSupport({organisation(QStringLiteral("Sands"))}, Actor{}).failed());
    CHECK(settings.bereavementSupport().value() == before);

    // What is typed is saved trimmed.
    BereavementSupport typed = organisation(QStringLiteral("  Sands  "));
    typed.website = QStringLiteral("https://www.sands.org.uk/support ");
    const auto ok = settings.saveBereavementSupport({typed}, test::testAdministrator());
    INFO(ok.message().toStdString());
    REQUIRE(ok);
    CHECK(ok->value(0).name == QStringLiteral("Sands"));
    CHECK(ok->value(0).website == QStringLiteral("https://www.sands.org.uk/support"));
}

TEST_CASE("England's bank holidays 2025 to 2028 are kept in settings and saved in date order, "
          "once each",
          "[settings][bank-holidays]")
{
    Fixture f;
    REQUIRE(f.db);
    const Settings settings(*f.db, f.clock);
    const auto seeded = settings.bankHolidays();
    INFO(seeded.message().toStdString());
    REQUIRE(seeded);
    CHECK(seeded->size() == 32);
    CHECK(seeded->contains(QDate(2026, 12, 28))); // Boxing Day 2026 is a Saturday
    CHECK(seeded->contains(QDate(2027, 3, 26)));  // Good Friday 2027
    CHECK(Settings::validateBankHolidays(seeded.value()).isEmpty());

    const QList<QDate> typed{QDate(2029, 12, 25), QDate(2029, 1, 1), QDate(2029, 12, 25)};
    const auto saved = settings.saveBankHolidays(typed, test::testAdministrator());
    INFO(saved.message().toStdString());
    REQUIRE(saved);
    CHECK(saved.value() == (QList<QDate>{QDate(2029, 1, 1), QDate(2029, 12, 25)}));
    CHECK(settings.bankHolidays().value() == saved.value());
}

TEST_CASE("A bank holiday that is not a date or falls at a weekend is refused by its place in "
          "the list",
          "[settings][bank-holidays]")
{
    Fixture f;
    REQUIRE(f.db);
    const Settings settings(*f.db, f.clock);
    const auto before = settings.bankHolidays().value();
    // 26 December 2026 is a Saturday: the holiday is Monday 28 December.
    const auto saved = settings.saveBankHolidays(
        {QDate(2026, 12, 25), QDate(), QDate(2026, 12, 26)}, test::testAdministrator());
    REQUIRE(saved.invalid());
    const FieldErrors errors = saved.fieldErrors();
    REQUIRE(errors.size() == 2);
    CHECK(errors[0].path == QStringLiteral("bank_holidays[1]"));
    CHECK(errors[1].path == QStringLiteral("bank_holidays[2]"));
    CHECK(errors[1].message.contains(QStringLiteral("Saturday")));
    CHECK(settings.bankHolidays().value() == before);
}

TEST_CASE("A stored bank holiday that is not a date is an error, not dropped",
          "[settings][bank-holidays]")
{
    Fixture f;
    REQUIRE(f.db);
    f.exec(QStringLiteral("UPDATE setting SET value = '2026-12-25,2026-13-01' "
                          "WHERE key = 'bank_holidays'"));
    const auto read = Settings(*f.db, f.clock).bankHolidays();
    REQUIRE(read.failed());
    CHECK(read.message().contains(QStringLiteral("2026-13-01")));
}

TEST_CASE("The settings window's three lists are saved together, or with every problem by its "
          "path nothing is",
          "[settings][bereavement][bank-holidays]")
{
    Fixture f;
    REQUIRE(f.db);
    const Settings settings(*f.db, f.clock);
    REQUIRE(settings.seedDefaultsIfEmpty());
    care::SettingsChange change;
    change.print = settings.printSettings().value();
    change.print.trustName = QStringLiteral("Rutland Community Maternity");
    change.bereavementSupport = {organisation(QStringLiteral("Sands")), organisation(QString())};
    change.bankHolidays = {QDate(2026, 12, 27)}; // a Sunday
    const auto refused = settings.saveAll(change, test::testAdministrator());
    REQUIRE(refused.invalid());
    CHECK(refused.fieldErrors().size() == 2);
    CHECK(settings.printSettings().value().trustName != change.print.trustName);
    CHECK(settings.bereavementSupport().value().size() == 7);

    change.bereavementSupport.removeLast();
    change.bankHolidays = {QDate(2026, 12, 28)};
    REQUIRE(settings.saveAll(change, test::testAdministrator()));
    CHECK(settings.printSettings().value().trustName == change.print.trustName);
    CHECK(names(settings.bereavementSupport().value()) == QStringList{QStringLiteral("Sands")});
    CHECK(settings.bankHolidays().value() == change.bankHolidays);
}
