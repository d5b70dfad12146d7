// SPDX-License-Identifier: MIT
#include "UiTestSupport.h"

#include "forms/RegistrationForm.h"
#include "record/WomanRecordView.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>

using namespace bb;

namespace {
QString focusedName()
{
    return QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : QString();
}
} // namespace

TEST_CASE("Registering a new woman with the keyboard, pasting a dashed NHS number",
          "[ui][registration]")
{
    test::AppFixture app;
    app.press(QKeySequence::New);
    CHECK(focusedName() == QStringLiteral("nhsNumber"));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("943-476-5919"));
    // Past "No NHS number yet", left as it is: she has one.
    for (const auto &[field, text] : {std::pair{"noNhsNumber", ""},
                                      {"givenName", "Asha"},
                                      {"familyName", "Patel"},
                                      {"dateOfBirth", "14/03/1996"},
                                      {"address", "12 Belgrave Road, Leicester"},
                                      {"postcode", "le4 6ab"},
                                      {"phone", "07700 900123"}}) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        REQUIRE(focusedName() == QLatin1String(field));
        QTest::keyClicks(QApplication::focusWidget(), QString::fromUtf8(text));
    }
    app.press(QKeySequence::Save);
    const auto saved = app.clinic->women.byNhsNumber(QStringLiteral("9434765919"));
    REQUIRE(saved);
    CHECK(saved->givenName == QStringLiteral("Asha"));
    CHECK(saved->dateOfBirth == QDate(1996, 3, 14));
    CHECK(saved->postcode == QStringLiteral("LE4 6AB"));
    CHECK(saved->address == QStringLiteral("12 Belgrave Road, Leicester"));
    CHECK(app.find<QLineEdit>(QStringLiteral("nhsNumber"))->text() ==
          QStringLiteral("943 476 5919"));
    CHECK(app.find<QLabel>(QStringLiteral("recordName"))->text() == QStringLiteral("PATEL, Asha"));
}

TEST_CASE("A bad NHS number is explained beside the field and nothing is lost",
          "[ui][registration]")
{
    test::AppFixture app;
    app.press(QKeySequence::New);
    app.typeInto(QStringLiteral("nhsNumber"), QStringLiteral("943 476 5918"));
    app.typeInto(QStringLiteral("givenName"), QStringLiteral("Asha"));
    app.typeInto(QStringLiteral("familyName"), QStringLiteral("Patel"));
    app.typeInto(QStringLiteral("dateOfBirth"), QStringLiteral("31/02/1996"));
    app.press(QKeySequence::Save);
    CHECK(app.clinic->women.count() == 0);
    auto *nhsMessage = app.find<QLabel>(QStringLiteral("message:woman.nhs_number"));
    CHECK(nhsMessage->isVisible());
    CHECK(nhsMessage->text().contains(QStringLiteral("check digit does not match")));
    CHECK(app.find<QLabel>(QStringLiteral("message:woman.date_of_birth"))
              ->text()
              .contains(QStringLiteral("not a real date")));
    CHECK(app.find<QLineEdit>(QStringLiteral("givenName"))->text() == QStringLiteral("Asha"));
    CHECK(app.find<QLineEdit>(QStringLiteral("nhsNumber"))->text() ==
          QStringLiteral("943 476 5918"));
}

TEST_CASE("A date of birth in the future, or giving no plausible age, is explained beside it",
          "[ui][registration]")
{
    test::AppFixture app; // today is 26/11/2026
    app.press(QKeySequence::New);
    app.typeInto(QStringLiteral("nhsNumber"), QStringLiteral("943 476 5919"));
    app.typeInto(QStringLiteral("givenName"), QStringLiteral("Asha"));
    app.typeInto(QStringLiteral("familyName"), QStringLiteral("Patel"));
    app.typeInto(QStringLiteral("dateOfBirth"), QStringLiteral("14/03/2027"));
    app.press(QKeySequence::Save);
    auto *message = app.find<QLabel>(QStringLiteral("message:woman.date_of_birth"));
    CHECK(message->isVisible());
    CHECK(message->text().endsWith(QStringLiteral("is in the future")));

    auto *dateOfBirth = app.find<QLineEdit>(QStringLiteral("dateOfBirth"));
    dateOfBirth->setFocus();
    dateOfBirth->selectAll();
    QTest::keyClicks(dateOfBirth, QStringLiteral("14/03/2026"));
    app.press(QKeySequence::Save);
    CHECK(message->text().contains(QStringLiteral("gives an age of 0")));
    CHECK(app.clinic->women.count() == 0);
}

TEST_CASE("A name too long, or with a control character pasted in, is explained beside it and "
          "kept as typed",
          "[ui][registration][input]")
{
    test::AppFixture app;
    app.press(QKeySequence::New);
    app.typeInto(QStringLiteral("nhsNumber"), QStringLiteral("943 476 5919"));
    app.typeInto(QStringLiteral("givenName"), QStringLiteral("Asha"));
    // Pasted from another program with a bell character in it.
    app.find<QLineEdit>(QStringLiteral("givenName"))->insert(QStringLiteral("\a"));
    const QString longName(101, QLatin1Char('p'));
    app.typeInto(QStringLiteral("familyName"), longName);
    app.typeInto(QStringLiteral("dateOfBirth"), QStringLiteral("14/03/1996"));
    app.press(QKeySequence::Save);
    CHECK(app.clinic->women.count() == 0);
    CHECK(app.find<QLabel>(QStringLiteral("message:woman.family_name"))
              ->text()
              .contains(QStringLiteral("is longer than 100 characters")));
    CHECK(app.find<QLabel>(QStringLiteral("message:woman.given_name"))
              ->text()
              .contains(QStringLiteral("holds a control character (U+0007 at character 5)")));
    CHECK(app.find<QLineEdit>(QStringLiteral("familyName"))->text() == longName);
}
