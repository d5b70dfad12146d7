// SPDX-License-Identifier: MIT
// Forms that cannot mislead: the mouse wheel changes no field that does not have focus, no two
// things in a window answer the same Alt+letter, and everything fits a 1366 by 768 screen. Every
// page of her record, every tab of the team window and every dialog are walked.
#include "UiTestSupport.h"

#include "careplan/AllocationDialog.h"
#include "demo/DemoData.h"
#include "demo/DemoHistory.h"
#include "demo/DemoTeams.h"
#include "forms/PreviousPregnancies.h"
#include "postnatal/PostnatalPage.h"
#include "settings/SettingsDialog.h"
#include "teams/AppointmentDialog.h"
#include "teams/StaffDialogs.h"
#include "teams/TeamWindow.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QMenuBar>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QWheelEvent>

#include <algorithm>
#include <functional>

using namespace bb;

namespace {

/// Opens the record of the first woman a search for "p" finds, on her latest pregnancy.
void openFirstWoman(test::AppFixture &app)
{
    app.press(QKeySequence::Find);
    auto *field = app.find<QLineEdit>(QStringLiteral("searchField"));
    QTest::keyClicks(field, QStringLiteral("p"));
    QTest::keyClick(field, Qt::Key_Return);
    REQUIRE(app.find<QTabWidget>(QStringLiteral("recordPages"))->isVisibleTo(&app.window()));
}

/// What a field shows, to compare before and after a wheel turn.
QString valueOf(const QWidget *w)
{
    if (const auto *combo = qobject_cast<const QComboBox *>(w))
        return QString::number(combo->currentIndex()) + combo->currentText();
    return static_cast<const QAbstractSpinBox *>(w)->text();
}

void turnWheel(QWidget *w, int steps)
{
    const QPointF centre(w->width() / 2.0, w->height() / 2.0);
    QWheelEvent event(centre, w->mapToGlobal(centre), QPoint(), QPoint(0, 120 * steps),
                      Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(w, &event);
}

/// Turns the wheel up and down over every enabled combo box and spin box under `root` while
/// something else has focus, and returns the names of those whose value changed.
QStringList changedByWheel(QWidget *root, QWidget *focusElsewhere)
{
    QStringList changed;
    QList<QWidget *> fields;
    for (QComboBox *c : root->findChildren<QComboBox *>())
        fields << c;
    for (QAbstractSpinBox *s : root->findChildren<QAbstractSpinBox *>())
        fields << s;
    int tried = 0;
    for (QWidget *w : fields) {
        if (!w->isEnabled())
            continue;
        focusElsewhere->setFocus();
        const QString before = valueOf(w);
        turnWheel(w, -1);
        turnWheel(w, -1);
        turnWheel(w, 1);
        ++tried;
        if (valueOf(w) != before || w->hasFocus())
            changed << (w->objectName().isEmpty() ? w->accessibleName() : w->objectName());
    }
    INFO("fields tried under " << root->objectName().toStdString());
    CHECK(tried > 0);
    return changed;
}

/// The letter an `&` in `text` makes an Alt shortcut of, or a null char.
QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i; // "&&" is a literal ampersand
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

/// Every Alt+letter that is live in a window as it is shown now, each with what answers it;
/// letters answered by more than one thing are returned. `live`, when given, is how many things
/// answer one: a page that shows none was not looked at.
QStringList duplicateMnemonics(QWidget *window, int *live = nullptr)
{
    QMap<QChar, QStringList> owners;
    const auto note = [&owners](const QString &text, const QString &what) {
        const QChar letter = mnemonicOf(text);
        if (!letter.isNull())
            owners[letter] << what + QStringLiteral(" '") + text + QLatin1Char('\'');
    };
    for (QLabel *label : window->findChildren<QLabel *>()) {
        if (label->buddy() != nullptr && label->isVisibleTo(window))
            note(label->text(), QStringLiteral("label"));
    }
    for (QAbstractButton *button : window->findChildren<QAbstractButton *>()) {
        if (button->isVisibleTo(window))
            note(button->text(), QStringLiteral("button"));
    }
    for (QGroupBox *group : window->findChildren<QGroupBox *>()) {
        if (group->isVisibleTo(window))
            note(group->title(), QStringLiteral("group"));
    }
    for (QTabWidget *tabs : window->findChildren<QTabWidget *>()) {
        if (!tabs->isVisibleTo(window))
            continue;
        for (int i = 0; i < tabs->count(); ++i)
            note(tabs->tabText(i), QStringLiteral("tab"));
    }
    for (QMenuBar *bar : window->findChildren<QMenuBar *>()) {
        for (QAction *menu : bar->actions())
            note(menu->text(), QStringLiteral("menu"));
    }
    if (live != nullptr) {
        *live = 0;
        for (const QStringList &answering : owners)
            *live += int(answering.size());
    }
    QStringList duplicates;
    for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
        if (it.value().size() > 1)
            duplicates << QStringLiteral("Alt+%1: %2")
                              .arg(it.key().toUpper(), it.value().join(QStringLiteral(", ")));
    }
    return duplicates;
}

/// Her twins born today, for the pages that take input only after a birth.
void recordTwins(test::AppFixture &app, qint64 pregnancyId)
{
    Birth birth;
    birth.pregnancyId = pregnancyId;
    birth.date = app.clock.today();
    birth.attendants = {app.clinic->staffing.staff().front().id};
    Baby baby;
    baby.weightGrams = 2700;
    baby.apgar1 = 9;
    baby.apgar5 = 10;
    Baby second = baby;
    second.order = 2;
    birth.babies = {baby, second};
    const auto born = app.clinic->births.record(birth, test::testMidwife());
    INFO(born.message().toStdString());
    REQUIRE(born);
}

/// Her record with the demonstration clinic behind it: women, teams and appointments.
QList<Booking> loadDemo(test::AppFixture &app)
{
    QList<Booking> bookings = demo::demoBookings(app.clock.today());
    QString error;
    REQUIRE(test::bookAll(*app.database, app.clock, bookings, &error));
    REQUIRE(demo::storeDemoTeams(*app.database, app.clock, bookings, &error));
    return bookings;
}

/// A clinic laptop's screen, less a taskbar and the window's title bar.
const QSize kLaptopRoom(1366, 768 - 72);

/// The window at the laptop's size needs no more room than that, and everything it shows stays
/// inside it: no button below the edge.
void checkFitsLaptop(QWidget *window)
{
    // A dialog opens at the size it asks for, a main window fills the screen.
    window->resize(qobject_cast<QDialog *>(window) != nullptr
                       ? window->sizeHint().boundedTo(kLaptopRoom)
                       : kLaptopRoom);
    QApplication::processEvents();
    const QSize least = window->minimumSizeHint().expandedTo(window->minimumSize());
    INFO(window->metaObject()->className() << " '" << window->windowTitle().toStdString()
                                           << "' needs " << least.width() << "x" << least.height());
    CHECK(least.width() <= kLaptopRoom.width());
    CHECK(least.height() <= kLaptopRoom.height());
    const auto scrolled = [window](QWidget *w) {
        for (QWidget *p = w->parentWidget(); p != nullptr && p != window; p = p->parentWidget()) {
            if (qobject_cast<QAbstractScrollArea *>(p) != nullptr)
                return true;
        }
        return false;
    };
    for (QAbstractButton *b : window->findChildren<QAbstractButton *>()) {
        // What a page scrolls to is reachable; what is cut off by the screen's edge is not.
        if (!b->isVisibleTo(window) || scrolled(b))
            continue;
        const QRect where(b->mapTo(window, QPoint(0, 0)), b->size());
        INFO(b->text().toStdString());
        CHECK(window->rect().contains(where));
    }
}

/// Runs `check` on the modal dialog that `open` shows, once it is on screen, then closes it.
void onModalDialog(const std::function<void()> &open, const std::function<void(QDialog &)> &check)
{
    bool seen = false;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (dialog == nullptr)
            return;
        seen = true;
        if (QTest::qWaitForWindowExposed(dialog))
            check(*dialog);
        dialog->reject();
    });
    open();
    CHECK(seen);
}

/// Every dialog a midwife opens from her record and the team window, each opened in turn.
void eachDialog(test::AppFixture &app, const QList<Booking> &bookings,
                const std::function<void(QDialog &)> &check)
{
    ui::ClinicContext &context = *app.context;
    const qint64 pregnancy = bookings.front().pregnancy.id;
    QList<AppointmentListing> booked;
    for (const Booking &b : bookings)
        booked << app.clinic->scheduling.appointmentsOf(b.pregnancy.id);
    REQUIRE_FALSE(booked.isEmpty());
    const QList<Staff> staff = app.clinic->staffing.staff();
    REQUIRE_FALSE(staff.isEmpty());
    const QList<Team> teams = app.clinic->staffing.teams();
    REQUIRE_FALSE(teams.isEmpty());
    QWidget *parent = &app.window();

    SECTION("booking an appointment")
    {
        onModalDialog([&] { ui::AppointmentDialog::ask(context, std::nullopt, parent); }, check);
    }
    SECTION("moving an appointment")
    {
        onModalDialog(
            [&] { ui::AppointmentDialog::ask(context, booked.front().appointment, parent); },
            check);
    }
    SECTION("allocating her named midwife")
    {
        onModalDialog([&] { ui::AllocationDialog::ask(context, pregnancy, parent); }, check);
    }
    SECTION("editing a staff member")
    {
        onModalDialog(
            [&] {
                ui::askStaff(context, ui::StaffEdit{staff.front(), teams.front().id}, parent);
            },
            check);
    }
    SECTION("adding a staff member")
    {
        onModalDialog([&] { ui::askStaff(context, ui::StaffEdit{}, parent); }, check);
    }
    SECTION("editing a team")
    {
        onModalDialog([&] { ui::askTeam(teams.front(), parent); }, check);
    }
    SECTION("the settings")
    {
        onModalDialog([&] { ui::SettingsDialog(context, parent).exec(); }, check);
    }
    SECTION("an earlier pregnancy at booking")
    {
        ui::PreviousPregnanciesEditor editor(parent);
        onModalDialog(
            [&] {
                editor.findChild<QPushButton *>(QStringLiteral("addPreviousPregnancy"))->click();
            },
            check);
    }
}

/// Shows each tab of the team window in turn and hands it over.
template <typename Check> void eachTeamTab(test::AppFixture &app, Check check)
{
    ui::TeamWindow teams(*app.context);
    teams.show();
    REQUIRE(QTest::qWaitForWindowExposed(&teams));
    auto *tabs = teams.findChild<QTabWidget *>();
    REQUIRE(tabs);
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        INFO("team window tab " << tabs->tabText(i).toStdString());
        check(teams, tabs, tabs->widget(i));
    }
}

} // namespace

TEST_CASE("The mouse wheel changes no field without focus, on any form or window", "[ui][wheel]")
{
    test::AppFixture app;
    const QList<Booking> bookings = loadDemo(app);
    openFirstWoman(app);
    auto *pages = app.find<QTabWidget>(QStringLiteral("recordPages"));
    auto *search = app.find<QLineEdit>(QStringLiteral("searchField"));
    const auto enabled = [](const QWidget *w) { return w->isEnabled(); };
    for (int i = 0; i < pages->count(); ++i) {
        pages->setCurrentIndex(i);
        INFO("record page " << pages->tabText(i).toStdString());
        QWidget *page = pages->widget(i);
        const auto combos = page->findChildren<QComboBox *>();
        const auto spins = page->findChildren<QAbstractSpinBox *>();
        if (std::none_of(combos.cbegin(), combos.cend(), enabled) &&
            std::none_of(spins.cbegin(), spins.cend(), enabled))
            continue; // a page only read, such as her timeline, or one that takes nothing yet
        CHECK(changedByWheel(page, search).isEmpty());
    }

    // Her postnatal contacts take nothing before her birth: their fields once it is recorded.
    const qint64 pregnancyId = bookings.front().pregnancy.id;
    recordTwins(app, pregnancyId);
    ui::PostnatalPage postnatal(*app.context);
    postnatal.openPregnancy(*app.clinic->women.booking(pregnancyId).value());
    postnatal.show();
    CHECK(changedByWheel(&postnatal, search).isEmpty());

    eachTeamTab(app, [](QWidget &, QTabWidget *tabs, QWidget *page) {
        if (!page->findChildren<QComboBox *>().isEmpty() ||
            !page->findChildren<QAbstractSpinBox *>().isEmpty())
            CHECK(changedByWheel(page, tabs).isEmpty());
    });
}

TEST_CASE("No two things in a window answer the same Alt+letter", "[ui][mnemonics]")
{
    test::AppFixture app;
    loadDemo(app);
    CHECK(duplicateMnemonics(&app.window()).isEmpty());
    openFirstWoman(app);
    auto *pages = app.find<QTabWidget>(QStringLiteral("recordPages"));
    const int menusAndTabs = int(app.window().menuBar()->actions().size() + pages->count());
    for (int i = 0; i < pages->count(); ++i) {
        pages->setCurrentIndex(i);
        INFO("record page " << pages->tabText(i).toStdString());
        int live = 0;
        CHECK(duplicateMnemonics(&app.window(), &live) == QStringList{});
        CHECK(live > menusAndTabs); // the page's own fields were seen
    }

    // Her twins born, the postnatal page asks about each baby: the second's fields answer no
    // letter the first's do.
    recordTwins(
        app, app.find<QComboBox>(QStringLiteral("pregnancyChooser"))->currentData().toLongLong());
    app.restart();
    openFirstWoman(app);
    pages = app.find<QTabWidget>(QStringLiteral("recordPages"));
    auto *postnatal = app.window().findChild<ui::PostnatalPage *>();
    REQUIRE(postnatal);
    pages->setCurrentWidget(postnatal);
    REQUIRE(app.find<QWidget>(QStringLiteral("postnatalBaby2Weight"))->isVisible());
    int live = 0;
    CHECK(duplicateMnemonics(&app.window(), &live) == QStringList{});
    CHECK(live > menusAndTabs);

    eachTeamTab(app, [](QWidget &teams, QTabWidget *, QWidget *) {
        CHECK(duplicateMnemonics(&teams) == QStringList{});
    });
}

TEST_CASE("Every window fits a 1366 by 768 screen", "[ui][screen]")
{
    test::AppFixture app;
    loadDemo(app);
    openFirstWoman(app);
    auto *pages = app.find<QTabWidget>(QStringLiteral("recordPages"));
    for (int i = 0; i < pages->count(); ++i) {
        pages->setCurrentIndex(i);
        INFO("record page " << pages->tabText(i).toStdString());
        checkFitsLaptop(&app.window());
    }
    // Every stage's tab in sight at once: none behind scroll arrows.
    app.window().resize(kLaptopRoom);
    QCoreApplication::processEvents();
    const QTabBar *bar = pages->tabBar();
    int tabsWidth = 0;
    for (int i = 0; i < bar->count(); ++i)
        tabsWidth += bar->tabRect(i).width();
    INFO("tabs need " << tabsWidth << " px, the bar has " << bar->width());
    CHECK(tabsWidth <= bar->width());
    eachTeamTab(app, [](QWidget &teams, QTabWidget *, QWidget *) { checkFitsLaptop(&teams); });
}

TEST_CASE("Every dialog fits a 1366 by 768 screen and answers each Alt+letter once "
          "and the wheel changes none of its fields without focus",
          "[ui][screen][mnemonics][wheel]")
{
    test::AppFixture app;
    const QList<Booking> bookings = loadDemo(app);
    QString error;
    REQUIRE(demo::storeDemoHistory(*app.database, app.clock, &error)); // appointments to move
    eachDialog(app, bookings, [](QDialog &dialog) {
        INFO("dialog '" << dialog.windowTitle().toStdString() << "'");
        checkFitsLaptop(&dialog);
        CHECK(duplicateMnemonics(&dialog) == QStringList{});
        auto *buttons = dialog.findChild<QDialogButtonBox *>();
        REQUIRE(buttons != nullptr);
        CHECK(changedByWheel(&dialog, buttons->buttons().constFirst()).isEmpty());
    });
}
