// SPDX-License-Identifier: MIT
#include "UiTestSupport.h"

#include "TestServer.h"

#include <QApplication>
#include <QLineEdit>
#include <QTest>

namespace bb::test {

AppFixture::AppFixture()
{
    open();
}

AppFixture::~AppFixture()
{
    m_window.reset();
    context.reset();
    clinic.reset();
    database.reset();
}

void AppFixture::open(storage::Database::Access access)
{
    QString error;
    // A file, or with --on-server (the tests tagged [server]) a database on the team server.
    database = storage::Database::open(databaseAt(scratch, QStringLiteral("clinic.sqlite")), &error,
                                       access);
    INFO(error.toStdString());
    REQUIRE(database);
    clinic = std::make_unique<care::Clinic>(*database, clock,
                                            scratch.file(QStringLiteral("unsent-drafts.sqlite")));
    context = std::make_unique<ui::ClinicContext>(*clinic);
    context->actor = Actor::named(QStringLiteral("Test Midwife"));
    context->desktopSettings = desktopSettings;
    context->offerDraft = [this](QWidget *, const QString &, const QDateTime &) {
        ++draftOffers;
        return answerRestoreDraft;
    };
    context->askLeave = [this](QWidget *, const QString &, const QStringList &changed) {
        leaveAskedAbout = changed;
        return ui::ClinicContext::LeaveChoice::Save;
    };
    context->confirm = [this](QWidget *, const QString &, const QString &what) {
        confirmAskedAbout << what;
        return answerConfirm;
    };
    m_window = std::make_unique<MainWindow>(*context, QStringLiteral("clinic.sqlite"));
    m_window->show();
    REQUIRE(QTest::qWaitForWindowExposed(m_window.get()));
}

void AppFixture::actAs(const Actor &actor)
{
    m_window.reset();
    context->actor = actor;
    m_window = std::make_unique<MainWindow>(*context, QStringLiteral("clinic.sqlite"));
    m_window->show();
    REQUIRE(QTest::qWaitForWindowExposed(m_window.get()));
}

void AppFixture::close()
{
    m_window.reset();
    context.reset();
    database.reset();
}

void AppFixture::restart()
{
    m_window.reset();
    context.reset();
    clinic.reset();
    database.reset();
    open();
}

void AppFixture::restartReadOnly()
{
    m_window.reset();
    context.reset();
    clinic.reset();
    database.reset();
    open(storage::Database::Access::ReadOnly);
}

void AppFixture::typeInto(const QString &objectName, const QString &text)
{
    auto *widget = find<QWidget>(objectName);
    widget->setFocus(Qt::TabFocusReason);
    QTest::keyClicks(widget, text);
}

void AppFixture::press(QKeySequence keys)
{
    QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get();
    QTest::keySequence(target, keys);
}

void typeInto(QWidget *window, const char *field, const QString &text)
{
    auto *edit = window->findChild<QLineEdit *>(QString::fromLatin1(field));
    INFO("line edit " << field);
    REQUIRE(edit);
    edit->setFocus();
    edit->clear();
    QTest::keyClicks(edit, text);
}

} // namespace bb::test
