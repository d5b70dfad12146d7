// SPDX-License-Identifier: MIT
// A database that can only be read opens for reading, says so before anyone types, and refuses
// every save with that reason (not as damage), keeping what was typed.
#include "UiTestSupport.h"

#include "MainWindow.h"
#include "care/Clinic.h"

#include <QLabel>
#include <QLineEdit>
#include <QSqlQuery>

using namespace bb;

namespace {
int auditRows(const storage::Database &database)
{
    QSqlQuery q(database.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM audit_event")));
    REQUIRE(q.next());
    return q.value(0).toInt();
}
} // namespace

TEST_CASE("A read-only database opens with a banner, her record reads, and a save is refused as "
          "read-only with her typing kept",
          "[ui][readonly][screenshots]")
{
    test::AppFixture app;
    QString error;
    Booking asha = test::lowRiskBooking();
    REQUIRE(test::book(*app.database, app.clock, asha, &error));
    CHECK_FALSE(app.window().findChild<QLabel *>(QStringLiteral("readOnlyBanner")));

    app.restartReadOnly();
    const int auditBefore = auditRows(*app.database);
    auto *banner = app.find<QLabel>(QStringLiteral("readOnlyBanner"));
    CHECK(banner->text().contains(QStringLiteral("Read-only: it was opened read-only, so nothing "
                                                 "can be saved")));
    CHECK_FALSE(banner->text().contains(QStringLiteral("damaged")));
    CHECK(app.window().windowTitle().contains(QStringLiteral("(read-only)")));

    app.window().openWoman(asha.woman.id);
    CHECK(app.find<QLabel>(QStringLiteral("recordName"))->text() == QStringLiteral("PATEL, Asha"));
    auto *tabs = app.find<QTabWidget>(QStringLiteral("recordPages"));
    tabs->setCurrentIndex(0); // her registration
    app.typeInto(QStringLiteral("occupation"), QStringLiteral("Teacher"));
    app.press(QKeySequence::Save);
    QStringList said;
    for (const QLabel *label : app.window().findChildren<QLabel *>()) {
        if (label->isVisible() && label->text().contains(QStringLiteral("read-only")))
            said << label->text();
    }
    INFO(said.join(QLatin1Char('\n')).toStdString());
    CHECK(said.size() >= 2); // the banner and the form's own message
    CHECK(app.find<QLineEdit>(QStringLiteral("occupation"))->text() == QStringLiteral("Teacher"));
    CHECK(auditRows(*app.database) == auditBefore);

    if (const QString dir = qEnvironmentVariable("BB_SCREENSHOT_DIR"); !dir.isEmpty()) {
        app.window().resize(1366, 768);
        QApplication::processEvents();
        REQUIRE(app.window().grab().save(dir + QStringLiteral("/readonly-1-banner.png")));
    }
}
