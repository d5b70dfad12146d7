// SPDX-License-Identifier: MIT
#include "domain/Languages.h"

#include <QLocale>

#include <algorithm>

namespace bb {
namespace {

QString codeOf(QLocale::Language language)
{
    const QString two = QLocale::languageToCode(language, QLocale::ISO639Part1);
    return two.isEmpty() ? QLocale::languageToCode(language, QLocale::ISO639Part2) : two;
}

} // namespace

QList<Language> commonLanguages()
{
    // English, then the languages LLR's maternity services most often interpret.
    QList<Language> list;
    for (const char *code : {"en", "gu", "pa", "ur", "pl", "so", "ar", "ro", "bn", "hi",
                             "pt", "ti", "ku", "fa", "ps", "zh", "lt", "sk", "bg", "tr"})
        list << Language{QString::fromLatin1(code), languageName(QString::fromLatin1(code))};
    return list;
}

QList<Language> allLanguages()
{
    QList<Language> list;
    for (int i = QLocale::Abkhazian; i <= QLocale::LastLanguage; ++i) {
        const auto language = static_cast<QLocale::Language>(i);
        const QString code = codeOf(language);
        if (!code.isEmpty())
            list << Language{code, QLocale::languageToString(language)};
    }
    std::sort(list.begin(), list.end(),
              [](const Language &a, const Language &b) { return a.name < b.name; });
    return list;
}

QString languageName(const QString &code)
{
    if (code.size() < 2 || code.size() > 3)
        return {};
    const QLocale::Language language = QLocale::codeToLanguage(code.toLower());
    if (language == QLocale::AnyLanguage || language == QLocale::C)
        return {};
    return QLocale::languageToString(language);
}

} // namespace bb
