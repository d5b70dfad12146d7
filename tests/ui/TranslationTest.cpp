// SPDX-License-Identifier: MIT
// The app seen through the pseudo-translation (translations/PseudoTranslate.cpp): every text of
// its own between ⟦ and ⟧, a third longer. A text of the app's own without them never went
// through Qt's translation system; a label or button narrower than its longer text is cut off.
// What came from the record (names, places, what was typed) and the dates the locale writes are
// not the app's own words, and are left as they are.
// With BB_SCREENSHOT_DIR set it also saves what it looked at, as PNG.
#include "AfterBirthData.h"
#include "UiTestSupport.h"

#include "Translations.h"
#include "care/DischargePrints.h"
#include "care/HerCopies.h"
#include "care/PrintedPlans.h"
#include "careplan/CarePlanPage.h"
#include "demo/DemoData.h"
#include "demo/DemoHistory.h"
#include "demo/DemoTeams.h"
#include "documents/CarePlanDocument.h"
#include "documents/DischargeDocuments.h"
#include "record/WomanRecordView.h"
#include "teams/TeamWindow.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTabBar>
#include <QTabWidget>
#include <QTextDocument>

using namespace bb;

namespace {

/// The pseudo-translation installed for one test, and taken away after it, whatever happens.
struct PseudoTranslated
{
    PseudoTranslated() { REQUIRE(ui::installTranslationFile(QStringLiteral(BB_PSEUDO_QM))); }
    ~PseudoTranslated() { ui::removeTranslations(); }
};

QString plainText(const QString &text)
{
    if (!Qt::mightBeRichText(text))
        return text;
    QTextDocument document;
    document.setHtml(text);
    return document.toPlainText();
}

/// Every word that came from the record: what the database holds, in any table.
QSet<QString> wordsOfTheRecord(const storage::Database &database)
{
    static const QRegularExpression word(QStringLiteral("\\p{L}+"));
    QSet<QString> words;
    const QSqlDatabase db = database.connection();
    for (const QString &table : db.tables()) {
        QSqlQuery query(db);
        REQUIRE(query.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table)));
        while (query.next()) {
            for (int column = 0; column < query.record().count(); ++column) {
                const QString value = query.value(column).toString();
                for (auto it = word.globalMatch(value); it.hasNext();)
                    words.insert(it.next().captured().toLower());
            }
        }
    }
    // Language names as Qt's locale data has them (in English and in their own script only),
    // and dates as the locale writes them: the locale's words, not the app's.
    for (int i = QLocale::AnyLanguage + 1; i <= QLocale::LastLanguage; ++i) {
        const QString name = QLocale::languageToString(static_cast<QLocale::Language>(i));
        for (auto it = word.globalMatch(name); it.hasNext();)
            words.insert(it.next().captured().toLower());
    }
    for (int i = 1; i <= 12; ++i) {
        words << QLocale::c().monthName(i, QLocale::ShortFormat).toLower()
              << QLocale::c().monthName(i, QLocale::LongFormat).toLower();
    }
    for (int i = 1; i <= 7; ++i) {
        words << QLocale::c().dayName(i, QLocale::ShortFormat).toLower()
              << QLocale::c().dayName(i, QLocale::LongFormat).toLower();
    }
    return words;
}

/// The words of `text` left in English: what is outside every ⟦…⟧ and not from the record.
QStringList untranslatedWords(QString text, const QSet<QString> &recordWords)
{
    static const QRegularExpression translated(QStringLiteral("⟦[^⟦⟧]*⟧"));
    // Whole words: a translated word keeps some plain letters between its accented ones.
    static const QRegularExpression word(QStringLiteral("\\p{L}+"));
    // Innermost first: a translated text can hold another (tr("…%1").arg(tr("…"))).
    for (QString before; before != text;) {
        before = text;
        text.replace(translated, QStringLiteral(" "));
    }
    QStringList left;
    for (auto it = word.globalMatch(text); it.hasNext();) {
        const QString found = it.next().captured();
        const bool english =
            found.size() >= 3 &&
            std::all_of(found.begin(), found.end(), [](QChar c) { return c.unicode() < 128; });
        if (english && !recordWords.contains(found.toLower()))
            left << found;
    }
    return left;
}

/// The demonstration clinic: its women booked, its teams and the trust's settings, as the app
/// seeds them. The bookings, as stored.
QList<Booking> demoClinicIn(test::AppFixture &app)
{
    QList<Booking> demo = demo::demoBookings(app.clock.today());
    QString error;
    REQUIRE(test::bookAll(*app.database, app.clock, demo, &error));
    REQUIRE(demo::storeDemoTeams(*app.database, app.clock, demo, &error));
    REQUIRE(app.clinic->settings.seedDefaultsIfEmpty());
    return demo;
}

/// Her record opened as a midwife opens it: Ctrl+F, her NHS number, Enter.
void openHerRecord(test::AppFixture &app, const Booking &her)
{
    app.press(QKeySequence::Find);
    auto *search = app.find<QLineEdit>(QStringLiteral("searchField"));
    search->selectAll();
    QTest::keyClicks(search, her.woman.nhsNumber);
    QTest::keyClick(search, Qt::Key_Return);
    REQUIRE(app.window().recordView()->pregnancyId() == her.pregnancy.id);
}

struct Finding
{
    QString where;
    QString text;
};

/// What a person reads in `window` now: labels, buttons, titles, tabs, hints, lists' headers and
/// cells, menus.
QList<Finding> textsShownIn(QWidget *window)
{
    QList<Finding> shown;
    const auto add = [&](const QObject *object, const QString &text) {
        if (!text.trimmed().isEmpty())
            shown.append(
                {QStringLiteral("%1 (%2)").arg(
                     object->objectName(), QString::fromLatin1(object->metaObject()->className())),
                 plainText(text)});
    };
    add(window, window->windowTitle());
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(window))
            continue;
        if (auto *label = qobject_cast<QLabel *>(widget))
            add(label, label->text());
        else if (auto *button = qobject_cast<QAbstractButton *>(widget))
            add(button, button->text());
        else if (auto *group = qobject_cast<QGroupBox *>(widget))
            add(group, group->title());
        else if (auto *line = qobject_cast<QLineEdit *>(widget))
            add(line, line->placeholderText());
        else if (auto *combo = qobject_cast<QComboBox *>(widget)) {
            for (int i = 0; i < combo->count(); ++i)
                add(combo, combo->itemText(i));
        } else if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                add(tabs, tabs->tabText(i));
        } else if (auto *view = qobject_cast<QAbstractItemView *>(widget)) {
            const QAbstractItemModel *model = view->model();
            if (!model)
                continue;
            for (int c = 0; c < model->columnCount(); ++c)
                add(view, model->headerData(c, Qt::Horizontal).toString());
            for (int r = 0; r < qMin(model->rowCount(), 40); ++r) {
                for (int c = 0; c < model->columnCount(); ++c)
                    add(view, model->index(r, c).data().toString());
            }
        } else if (auto *menus = qobject_cast<QMenuBar *>(widget)) {
            for (QAction *menu : menus->actions()) {
                add(menus, menu->text());
                if (menu->menu()) {
                    for (QAction *action : menu->menu()->actions())
                        add(menus, action->text());
                }
            }
        }
    }
    return shown;
}

/// The width of the widest word `label` shows: a wrapped label narrower than that cuts it off.
int longestWord(const QLabel *label)
{
    int widest = 0;
    for (const QString &word :
         plainText(label->text()).split(QRegularExpression(QStringLiteral("\\s+"))))
        widest = qMax(widest, label->fontMetrics().horizontalAdvance(word));
    return widest;
}

/// Labels and buttons in `window` cut off: narrower than the text they hold, or put past the
/// edge of what holds them by a layout given less room than its rows need.
QStringList clippedIn(QWidget *window)
{
    QStringList clipped;
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(window) || widget->width() <= 0)
            continue;
        // A field squeezed to a few characters by long labels beside it cannot show what is typed.
        if (const auto *field = qobject_cast<QLineEdit *>(widget);
            field && field->maximumWidth() == QWIDGETSIZE_MAX &&
            !qobject_cast<QAbstractSpinBox *>(
                field->parentWidget()) && // a number, narrow by design
            field->width() < field->fontMetrics().averageCharWidth() * 8) {
            clipped << QStringLiteral("%1: a field squeezed to %2 pixels")
                           .arg(field->objectName())
                           .arg(field->width());
            continue;
        }
        const auto *label = qobject_cast<QLabel *>(widget);
        const auto *button = qobject_cast<QAbstractButton *>(widget);
        const QString text = label ? label->text() : button ? button->text() : QString();
        if (text.isEmpty())
            continue;
        const QWidget *parent = widget->parentWidget();
        if (!(label && label->wordWrap()) && widget->width() < widget->minimumSizeHint().width())
            clipped << QStringLiteral("%1 \"%2\": %3 wide, needs %4")
                           .arg(widget->objectName(), text)
                           .arg(widget->width())
                           .arg(widget->minimumSizeHint().width());
        else if (label && label->wordWrap() && longestWord(label) > label->contentsRect().width())
            clipped << QStringLiteral("%1 \"%2\": a word is wider than its %3 pixels")
                           .arg(widget->objectName(), text)
                           .arg(label->contentsRect().width());
        else if (parent && !parent->rect().contains(widget->geometry()))
            clipped << QStringLiteral("%1 \"%2\": reaches past the edge of %3")
                           .arg(widget->objectName(), text, parent->objectName());
    }
    return clipped;
}

void checkTranslated(QWidget *window, const QString &page, const QSet<QString> &recordWords)
{
    QApplication::processEvents();
    if (const QString dir = qEnvironmentVariable("BB_SCREENSHOT_DIR"); !dir.isEmpty())
        window->grab().save(dir + QStringLiteral("/pseudo-%1.png").arg(page));
    for (const Finding &finding : textsShownIn(window)) {
        const QStringList left = untranslatedWords(finding.text, recordWords);
        INFO(page.toStdString() << ": " << finding.where.toStdString() << ": \""
                                << finding.text.toStdString() << "\"");
        CHECK(left.join(QLatin1Char(' ')).toStdString() == "");
    }
    const QStringList clipped = clippedIn(window);
    INFO(page.toStdString());
    CHECK(clipped.join(QLatin1Char('\n')).toStdString() == "");
}

} // namespace

TEST_CASE("Under the pseudo-translation every page of her record and the team window show "
          "only translated text, none of it cut off, at 1366 by 768",
          "[ui][translation]")
{
    PseudoTranslated pseudo;
    test::AppFixture app;
    const QList<Booking> demo = demoClinicIn(app);
    QString error;
    REQUIRE(demo::storeDemoHistory(*app.database, app.clock, &error));
    app.window().resize(1366, 768);
    app.window().show();
    const QSet<QString> recordWords = wordsOfTheRecord(*app.database);

    checkTranslated(&app.window(), QStringLiteral("search"), recordWords);
    openHerRecord(app, demo.front());
    QTabWidget *pages = app.window().recordView()->pages();
    for (int page = 0; page < pages->count(); ++page) {
        pages->setCurrentIndex(page);
        checkTranslated(&app.window(), QStringLiteral("record-%1").arg(page + 1), recordWords);
    }

    // A woman after the birth: the birth, postnatal and discharge pages with what was recorded.
    const Booking &after = demo.at(1);
    test::recordBirth(app, after, app.clock.today().addDays(-3));
    openHerRecord(app, after);
    const QSet<QString> afterWords = wordsOfTheRecord(*app.database);
    for (int page = 0; page < pages->count(); ++page) {
        pages->setCurrentIndex(page);
        checkTranslated(&app.window(), QStringLiteral("after-birth-%1").arg(page + 1), afterWords);
    }

    ui::TeamWindow teams(*app.context);
    teams.resize(1366, 768);
    teams.show();
    teams.refresh();
    for (int tab = 0; tab < teams.tabs()->count(); ++tab) {
        teams.tabs()->setCurrentIndex(tab);
        checkTranslated(&teams, QStringLiteral("teams-%1").arg(tab + 1), afterWords);
    }
}

TEST_CASE("Under the pseudo-translation her printed plan holds only translated text",
          "[ui][translation]")
{
    PseudoTranslated pseudo;
    test::AppFixture app;
    const QList<Booking> demo = demoClinicIn(app);
    QString error;
    const QSet<QString> recordWords = wordsOfTheRecord(*app.database);
    const auto plan = app.clinic->carePlans.latest(demo.front().pregnancy.id);
    REQUIRE((plan && plan.value()));
    const auto input = care::printInput(*app.clinic, *plan.value(), app.clock.today());
    REQUIRE(input);

    const QString page = documents::carePlanHtmlPage(input.value());
    QTextDocument document;
    document.setHtml(page);
    const QStringList lines = document.toPlainText().split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        INFO("printed plan: \"" << line.toStdString() << "\"");
        CHECK(untranslatedWords(line, recordWords).join(QLatin1Char(' ')).toStdString() == "");
    }
    if (const QString dir = qEnvironmentVariable("BB_SCREENSHOT_DIR"); !dir.isEmpty())
        REQUIRE(documents::writeCarePlanPdf(dir + QStringLiteral("/pseudo-plan.pdf"), input.value(),
                                            &error));
}

TEST_CASE("Under the pseudo-translation her discharge summary holds only translated text",
          "[ui][translation]")
{
    PseudoTranslated pseudo;
    test::AppFixture app;
    const QList<Booking> demo = demoClinicIn(app);
    const Booking &her = demo.front();
    test::recordBirth(app, her, app.clock.today().addDays(-12));
    test::discharge(app, her, app.clock.today().addDays(-1), FeedbackAnswer::VeryGood,
                    QStringLiteral("Thank you"));
    const QSet<QString> recordWords = wordsOfTheRecord(*app.database);
    const auto input = care::dischargePrintInput(*app.clinic, her.pregnancy.id, app.clock.today());
    REQUIRE(input);
    QTextDocument document;
    document.setHtml(documents::dischargeSummaryBodyHtml(input.value()));
    for (const QString &line : document.toPlainText().split(QLatin1Char('\n'))) {
        INFO("her discharge summary: \"" << line.toStdString() << "\"");
        CHECK(untranslatedWords(line, recordWords).join(QLatin1Char(' ')).toStdString() == "");
    }
}

TEST_CASE("A plan saved in British English is not taken for a changed one on a translated "
          "desktop, and her FHIR record codes her ethnic category in the NHS's own words",
          "[ui][translation]")
{
    test::AppFixture app;
    const QList<Booking> demo = demoClinicIn(app); // saved before any translation is installed
    PseudoTranslated pseudo;
    app.restart(); // the windows made again, in the translation
    openHerRecord(app, demo.front());
    app.window().recordView()->pages()->setCurrentWidget(app.window().recordView()->carePlanPage());
    QApplication::processEvents();
    CHECK_FALSE(app.find<QLabel>(QStringLiteral("rulesChanged"))->isVisibleTo(&app.window()));

    const auto record =
        care::fhirRecord(*app.clinic, demo.front().pregnancy.id, app.context->actor, true);
    REQUIRE(record);
    const QByteArray json = QJsonDocument(record.value()).toJson();
    CHECK(json.contains("\"display\": \"White - British\"") ==
          (demo.front().woman.ethnicCategory == QLatin1String("A")));
    CHECK_FALSE(json.contains("\"display\": \"\u27e6"));
}
