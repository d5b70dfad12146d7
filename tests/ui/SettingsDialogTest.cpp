// SPDX-License-Identifier: MIT
#include "UiTestSupport.h"

#include "settings/SettingsDialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>

using namespace bb;

TEST_CASE("Settings for printed plans are edited and saved, and a blank assessment line is refused",
          "[ui][settings]")
{
    test::AppFixture app;
    REQUIRE(app.clinic->settings.seedDefaultsIfEmpty());
    const auto before = app.clinic->settings.printSettings().value();
    REQUIRE_FALSE(before.services.isEmpty());

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
