// SPDX-License-Identifier: MIT
#include "UiTestSupport.h"

#include "settings/SettingsDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>

using namespace bb;

namespace {

/// Alt+letter, as a midwife reaches a field or a tab without the mouse.
void alt(Qt::Key letter)
{
    QTest::keyClick(QApplication::focusWidget(), letter, Qt::AltModifier);
}

/// Alt+letter on a button, which shows itself pressed and clicks a moment later.
void press(Qt::Key letter)
{
    alt(letter);
    QTest::qWait(200);
}

/// The dialog up and active, as the menu opens it.
void showActive(QDialog &dialog)
{
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    QApplication::setActiveWindow(&dialog);
    dialog.activateWindow();
    dialog.setFocus();
}

QStringList names(const QList<BereavementSupport> &list)
{
    QStringList result;
    for (const BereavementSupport &s : list)
        result << s.name;
    return result;
}

} // namespace

TEST_CASE("Settings for printed plans are edited and saved, and a blank assessment line is refused",
          "[ui][settings]")
{
    test::AppFixture app;
    REQUIRE(app.clinic->settings.seedDefaultsIfEmpty());
    const auto before = app.clinic->settings.printSettings().value();
    REQUIRE_FALSE(before.services.isEmpty());

    app.context->actor = test::testAdministrator(); // the settings are an administrator's
    ui::SettingsDialog dialog(*app.context);
    auto *trust = dialog.findChild<QLineEdit *>(QStringLiteral("trustName"));
    auto *line = dialog.findChild<QLineEdit *>(QStringLiteral("assessmentLine"));
    REQUIRE(trust);
    REQUIRE(line);
    CHECK(trust->text() == before.trustName);

    line->clear();
    CHECK_FALSE(dialog.save());
    auto *message = dialog.findChild<QLabel *>(QStringLiteral("settingsMessage"));
    CHECK_FALSE(message->isHidden());
    INFO(message->text().toStdString());
    CHECK(message->text().contains(QStringLiteral("assessment")));
    CHECK(app.clinic->settings.printSettings().value() == before);

    QTest::keyClicks(line, QStringLiteral("0116 496 0999"));
    trust->setText(QStringLiteral("Rutland Community Maternity"));
    auto *services = dialog.findChild<QTableWidget *>(QStringLiteral("services"));
    services->removeRow(0);
    REQUIRE(dialog.save());
    const auto after = app.clinic->settings.printSettings().value();
    CHECK(after.trustName == QStringLiteral("Rutland Community Maternity"));
    CHECK(after.assessmentLinePhone == QStringLiteral("0116 496 0999"));
    CHECK(after.services.size() == before.services.size() - 1);
    CHECK(after.services == before.services.mid(1));
}

TEST_CASE("The bereavement support list is edited with the keyboard alone: an organisation "
          "removed, one added with every field, and moved up the list",
          "[ui][settings][signposting]")
{
    test::AppFixture app;
    REQUIRE(app.clinic->settings.seedDefaultsIfEmpty());
    const QList<BereavementSupport> before = app.clinic->settings.bereavementSupport().value();
    REQUIRE(before.size() == 7);

    app.context->actor = test::testAdministrator(); // the settings are an administrator's
    ui::SettingsDialog dialog(*app.context);
    showActive(dialog);
    auto *tabs = dialog.findChild<QTabWidget *>(QStringLiteral("settingsTabs"));
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("bereavementSupport"));
    REQUIRE(tabs);
    REQUIRE(table);
    alt(Qt::Key_B);
    CHECK(tabs->currentWidget()->objectName() == QStringLiteral("bereavementSupportEditor"));
    CHECK(table->rowCount() == 7);

    // The Ectopic Pregnancy Trust, third, is removed.
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Down);
    QTest::keyClick(table, Qt::Key_Down);
    REQUIRE(table->currentRow() == 2);
    CHECK(dialog.findChild<QLineEdit *>(QStringLiteral("organisationName"))->text() ==
          QStringLiteral("The Ectopic Pregnancy Trust"));
    press(Qt::Key_E);
    CHECK(table->rowCount() == 6);

    // A local service, added at the end and typed field by field.
    press(Qt::Key_O);
    CHECK(table->rowCount() == 7);
    CHECK(QApplication::focusWidget()->objectName() == QStringLiteral("organisationName"));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Leicester bereavement service"));
    alt(Qt::Key_F);
    QTest::keyClicks(QApplication::focusWidget(),
                     QStringLiteral("Bereavement midwives who stay in touch with you."));
    alt(Qt::Key_P);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("0116 496 0300"));
    alt(Qt::Key_W);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("www.leicesterhospitals.nhs.uk"));
    press(Qt::Key_L); // Stillbirth
    press(Qt::Key_H); // Neonatal death
    CHECK(table->item(6, 3)->text() == QStringLiteral("Stillbirth, Neonatal death"));
    press(Qt::Key_U);
    press(Qt::Key_U);
    CHECK(table->currentRow() == 4);
    CHECK(table->item(4, 0)->text() == QStringLiteral("Leicester bereavement service"));

    const bool saved = dialog.save();
    INFO(dialog.findChild<QLabel *>(QStringLiteral("settingsMessage"))->text().toStdString());
    REQUIRE(saved);
    const QList<BereavementSupport> after = app.clinic->settings.bereavementSupport().value();
    QStringList expected = names(before);
    expected.removeAt(2);
    expected.insert(4, QStringLiteral("Leicester bereavement service"));
    CHECK(names(after) == expected);
    const BereavementSupport &added = after.at(4);
    CHECK(added.offers == QStringLiteral("Bereavement midwives who stay in touch with you."));
    CHECK(added.phone == QStringLiteral("0116 496 0300"));
    CHECK(added.website == QStringLiteral("www.leicesterhospitals.nhs.uk"));
    CHECK(added.losses == (QList<LossKind>{LossKind::Stillbirth, LossKind::NeonatalDeath}));
    dialog.close();
}

TEST_CASE("An organisation without a name or with a number she cannot dial is shown by its "
          "field, and nothing is saved until it is put right",
          "[ui][settings][signposting]")
{
    test::AppFixture app;
    REQUIRE(app.clinic->settings.seedDefaultsIfEmpty());
    const QList<BereavementSupport> before = app.clinic->settings.bereavementSupport().value();

    app.context->actor = test::testAdministrator(); // the settings are an administrator's
    ui::SettingsDialog dialog(*app.context);
    showActive(dialog);
    auto *tabs = dialog.findChild<QTabWidget *>(QStringLiteral("settingsTabs"));
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("bereavementSupport"));
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("organisationName"));
    auto *phone = dialog.findChild<QLineEdit *>(QStringLiteral("organisationPhone"));
    auto *nameMessage = dialog.findChild<QLabel *>(QStringLiteral("message:name"));
    auto *phoneMessage = dialog.findChild<QLabel *>(QStringLiteral("message:phone"));
    REQUIRE(nameMessage);
    REQUIRE(phoneMessage);
    alt(Qt::Key_B);
    press(Qt::Key_O);
    alt(Qt::Key_P);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("ring the ward"));
    // Left on another tab: saving brings back the one with the problem.
    tabs->setCurrentIndex(0);

    CHECK_FALSE(dialog.save());
    CHECK(tabs->currentWidget()->objectName() == QStringLiteral("bereavementSupportEditor"));
    CHECK(table->currentRow() == 7);
    CHECK(nameMessage->isVisible());
    CHECK(nameMessage->text().contains(QStringLiteral("required")));
    CHECK(phoneMessage->isVisible());
    CHECK(phoneMessage->text().contains(QStringLiteral("UK phone number")));
    CHECK(table->item(7, 0)->text().startsWith(QStringLiteral("\u26A0")));
    // What was typed is kept; nothing is saved.
    CHECK(phone->text() == QStringLiteral("ring the ward"));
    CHECK(app.clinic->settings.bereavementSupport().value() == before);

    // Another row shows its own fields, with no problem under them.
    table->setCurrentCell(0, 0);
    CHECK_FALSE(nameMessage->isVisible());
    table->setCurrentCell(7, 0);
    CHECK(nameMessage->isVisible());

    name->setFocus();
    QTest::keyClicks(name, QStringLiteral("Ward 7 bereavement suite"));
    phone->clear();
    QTest::keyClicks(phone, QStringLiteral("0116 496 0310"));
    REQUIRE(dialog.save());
    CHECK(app.clinic->settings.bereavementSupport().value().size() == before.size() + 1);
    dialog.close();
}

TEST_CASE("Bank holidays are typed one a line, and a line that is not a date or falls at a weekend "
          "is shown by its line and nothing is saved",
          "[ui][settings][bank-holidays]")
{
    test::AppFixture app;
    REQUIRE(app.clinic->settings.seedDefaultsIfEmpty());
    const QList<QDate> before = app.clinic->settings.bankHolidays().value();

    app.context->actor = test::testAdministrator(); // the settings are an administrator's
    ui::SettingsDialog dialog(*app.context);
    showActive(dialog);
    auto *tabs = dialog.findChild<QTabWidget *>(QStringLiteral("settingsTabs"));
    auto *holidays = dialog.findChild<QPlainTextEdit *>(QStringLiteral("bankHolidays"));
    auto *message = dialog.findChild<QLabel *>(QStringLiteral("bankHolidaysMessage"));
    REQUIRE(holidays);
    CHECK(holidays->toPlainText().split(QLatin1Char('\n')).size() == before.size());
    CHECK(holidays->toPlainText().startsWith(QStringLiteral("01/01/2025")));

    alt(Qt::Key_K);
    alt(Qt::Key_Y);
    CHECK(QApplication::focusWidget() == holidays);
    holidays->moveCursor(QTextCursor::End);
    for (const QString &line : {QStringLiteral("31/02/2029"), QStringLiteral("29/12/2029")}) {
        QTest::keyClick(holidays, Qt::Key_Return);
        QTest::keyClicks(holidays, line);
    }
    tabs->setCurrentIndex(0);
    CHECK_FALSE(dialog.save());
    CHECK(tabs->currentIndex() == 2);
    REQUIRE(message->isVisible());
    INFO(message->text().toStdString());
    CHECK(message->text().contains(QStringLiteral("line 33: '31/02/2029' is not a date")));
    CHECK(app.clinic->settings.bankHolidays().value() == before);

    // The first: a Saturday, by its line once every line is a date.
    QString typed = holidays->toPlainText();
    typed.replace(QStringLiteral("31/02/2029"), QStringLiteral("01/01/2029"));
    holidays->setPlainText(typed);
    CHECK_FALSE(dialog.save());
    CHECK(message->text().contains(QStringLiteral("line 34: 2029-12-29 is a Saturday")));

    typed.replace(QStringLiteral("29/12/2029"), QStringLiteral("25/12/2029"));
    holidays->setPlainText(typed);
    REQUIRE(dialog.save());
    const QList<QDate> after = app.clinic->settings.bankHolidays().value();
    CHECK(after.size() == before.size() + 2);
    CHECK(after.back() == QDate(2029, 12, 25));
    dialog.close();
}
