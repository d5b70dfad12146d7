// SPDX-License-Identifier: MIT
#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>
#include <vector>

namespace bb::ui {
namespace {

std::vector<std::unique_ptr<QTranslator>> &installed()
{
    static std::vector<std::unique_ptr<QTranslator>> translators;
    return translators;
}

bool install(std::unique_ptr<QTranslator> translator)
{
    if (!QCoreApplication::installTranslator(translator.get()))
        return false;
    installed().push_back(std::move(translator));
    return true;
}

} // namespace

QString installTranslations(const QLocale &locale)
{
    auto app = std::make_unique<QTranslator>();
    // ":/i18n/bbclinic_pa.qm" and the like, chosen by the locale's UI languages in order.
    if (!app->load(locale, QStringLiteral("bbclinic"), QStringLiteral("_"),
                   QStringLiteral(":/i18n")))
        return {};
    const QString language = app->language();
    install(std::move(app));
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        install(std::move(qt));
    return language;
}

bool installTranslationFile(const QString &qmFile)
{
    auto translator = std::make_unique<QTranslator>();
    return translator->load(qmFile) && install(std::move(translator));
}

void removeTranslations()
{
    for (const auto &translator : installed())
        QCoreApplication::removeTranslator(translator.get());
    installed().clear();
}

} // namespace bb::ui
