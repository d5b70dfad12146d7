// SPDX-License-Identifier: MIT
// "Give her a copy": her care plan, calendar and FHIR record, by her copy's rules, saved where
// the midwife chooses and never where the clinic's records are.
#include "UiTestSupport.h"

#include "record/HerCopyDialog.h"
#include "record/WomanRecordView.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTimer>

using namespace bb;

namespace {

QByteArray contentsOf(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST_CASE("Give her a copy saves her plan, calendar and record, made for her, in the folder "
          "chosen, and refuses the folder of the clinic's records",
          "[ui][hercopy]")
{
    test::AppFixture app;
    Booking booking = test::lowRiskBooking();
    booking.woman.social = {QStringLiteral("safeguarding_concern")};
    QString error;
    REQUIRE(test::book(*app.database, app.clock, booking, &error));
    app.press(QKeySequence::Find);
    QTest::keyClicks(app.find<QLineEdit>(QStringLiteral("searchField")), QStringLiteral("patel"));
    QTest::keyClick(app.find<QLineEdit>(QStringLiteral("searchField")), Qt::Key_Return);
    REQUIRE(app.window().recordView()->pregnancyId() == booking.pregnancy.id);

    bool seen = false;
    QString refused;
    QStringList written;
    QString savedIn;
    test::ScratchDir stick; // not where the clinic's records are
    const QString folder = stick.file(QStringLiteral("her-stick"));
    REQUIRE(QDir().mkpath(folder));
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<ui::HerCopyDialog *>(QApplication::activeModalWidget());
        seen = dialog != nullptr;
        if (!dialog)
            return;
        if (const QString dir = qEnvironmentVariable("BB_SCREENSHOT_DIR"); !dir.isEmpty())
            dialog->grab().save(dir + QStringLiteral("/give-her-a-copy.png"));
        // Beside the database: refused, with why next to the folder.
        const QString records = QFileInfo(app.clinic->databaseFile()).absolutePath();
        CHECK_FALSE(dialog->saveInto(records, &refused));
        QString problem;
        CHECK(dialog->saveInto(folder, &problem));
        INFO(problem.toStdString());
        written = dialog->written();
        savedIn = dialog->savedIn();
        // A second copy goes in a folder of its own, beside the first.
        CHECK(dialog->saveInto(folder));
        CHECK(dialog->savedIn() != savedIn);
        dialog->accept();
    });
    app.window().findChild<QAction *>(QStringLiteral("actionGiveHerCopy"))->trigger();
    REQUIRE(seen);
    CHECK(refused.contains(QStringLiteral("where the clinic's records are kept")));
    CHECK(written == QStringList{QStringLiteral("my-maternity-care-plan.pdf"),
                                 QStringLiteral("my-maternity-appointments.ics"),
                                 QStringLiteral("my-maternity-record.json")});
    const QDir dir(savedIn);
    CHECK(QFileInfo(savedIn).absolutePath() == QFileInfo(folder).absoluteFilePath());
    CHECK(QFileInfo(savedIn).fileName() == QStringLiteral("maternity-copy-2026-11-26"));
    CHECK(
        contentsOf(dir.filePath(QStringLiteral("my-maternity-care-plan.pdf"))).startsWith("%PDF"));
    CHECK(contentsOf(dir.filePath(QStringLiteral("my-maternity-appointments.ics")))
              .startsWith("BEGIN:VCALENDAR"));
    const QByteArray record = contentsOf(dir.filePath(QStringLiteral("my-maternity-record.json")));
    CHECK(record.contains("\"resourceType\": \"Bundle\""));
    CHECK(record.contains("9434765919"));
    // Her copy: no flag, nothing of the safeguarding concern.
    CHECK_FALSE(record.contains("\"Flag\""));
    CHECK_FALSE(record.toLower().contains("safeguard"));
    QSqlQuery exports(app.database->connection());
    REQUIRE(
        exports.exec(QStringLiteral("SELECT count(*) FROM audit_event WHERE event = 'export'")));
    REQUIRE(exports.next());
    CHECK(exports.value(0).toInt() == 6); // each file she was given, twice
}
