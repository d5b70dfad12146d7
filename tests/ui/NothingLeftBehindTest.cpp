// SPDX-License-Identifier: MIT
// After a session in the app, nothing identifying a woman is outside the database: not in a
// window title the desktop keeps, nor in settings, caches or temporary files.
#include "UiTestSupport.h"

#include "MainWindow.h"
#include "care/Clinic.h"
#include "record/WomanRecordView.h"
#include "teams/TeamWindow.h"

#include <QApplication>
#include <QLineEdit>

using namespace bb;

TEST_CASE("A session in the app leaves her details in no window title and in no file outside "
          "the database",
          "[ui][files]")
{
    test::ScratchDir scratch;
    const QString root = scratch.file(QStringLiteral("session"));
    const test::RedirectedHome home(root);
    test::AppFixture app;                  // its database is in the redirected temporary folder
    Booking asha = test::lowRiskBooking(); // Asha Patel, 943 476 5919, LE4 6AB
    QString error;
    REQUIRE(test::book(*app.database, app.clock, asha, &error));

    app.typeInto(QStringLiteral("searchField"), QStringLiteral("Patel"));
    app.window().openWoman(asha.woman.id);
    app.typeInto(QStringLiteral("phone"), QStringLiteral("07700 900123"));
    app.press(QKeySequence::Save);
    app.window().teamWindow()->show();
    QApplication::processEvents();

    const QStringList her = {asha.woman.nhsNumber, QStringLiteral("943 476 5919"),
                             asha.woman.familyName, asha.woman.postcode};
    for (QWidget *window : QApplication::topLevelWidgets()) {
        for (const QString &detail : her) {
            INFO(window->windowTitle().toStdString());
            CHECK_FALSE(window->windowTitle().contains(detail, Qt::CaseInsensitive));
        }
    }
    const QString db = app.clinic->databaseFile();
    app.close();
    CHECK(test::filesMentioning(root, her,
                                {db, db + QStringLiteral("-wal"), db + QStringLiteral("-shm"),
                                 db + QStringLiteral("-journal")}) == QStringList{});
}
