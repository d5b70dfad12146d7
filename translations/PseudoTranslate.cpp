// SPDX-License-Identifier: MIT
// pseudo-translate SOURCE.ts OUT.ts: fills every message of a Qt Linguist file with a
// pseudo-translation, so that the app can be looked at, and tested, as a translation would show
// it: each text accented and a third longer, between ⟦ and ⟧. A string that reaches the screen
// without them never went through the translation system; a label too narrow for the longer
// text is cut off. What the app needs as it is stays as it is: %1, %n and %L1, rich-text tags
// and entities, the letter after an & (a keyboard shortcut) and a window's [*].
#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <algorithm>
#include <cstdio>

namespace {

QChar accented(QChar c)
{
    static const QHash<QChar, QChar> kAccents = [] {
        const QString plain = QStringLiteral("aceinosuyzAEIOUCNSYZ");
        const QString marked = QStringLiteral("àçéîñøšûýžÀÉÎÖÛÇÑŠÝŽ");
        QHash<QChar, QChar> map;
        for (qsizetype i = 0; i < plain.size(); ++i)
            map.insert(plain.at(i), marked.at(i));
        return map;
    }();
    return kAccents.value(c, c);
}

/// Length of what must be kept as it is at `i`: a placeholder, a tag, an entity, a shortcut
/// letter or [*]; 0 for an ordinary character.
qsizetype keptAt(const QString &text, qsizetype i)
{
    const QChar c = text.at(i);
    const auto rest = [&](qsizetype from, auto isPart) {
        qsizetype end = from;
        while (end < text.size() && isPart(text.at(end)))
            ++end;
        return end - i;
    };
    if (c == u'%' && i + 1 < text.size()) {
        qsizetype j = i + 1;
        if (text.at(j) == u'L')
            ++j;
        if (j < text.size() && (text.at(j).isDigit() || text.at(j) == u'n'))
            return rest(j + 1, [](QChar d) { return d.isDigit(); });
    }
    if (c == u'<') {
        const qsizetype close = text.indexOf(u'>', i);
        if (close > i)
            return close - i + 1;
    }
    if (c == u'&' && i + 1 < text.size()) {
        const qsizetype semicolon = text.indexOf(u';', i);
        if (semicolon > i && semicolon - i <= 8 &&
            std::all_of(text.begin() + i + 1, text.begin() + semicolon,
                        [](QChar d) { return d.isLetterOrNumber() || d == u'#'; }))
            return semicolon - i + 1;
        return 2; // a shortcut: Alt+that letter must still work
    }
    if (text.mid(i, 3) == QLatin1String("[*]"))
        return 3;
    return 0;
}

/// The markers go inside the tags a rich text opens and closes with, so that a paragraph's
/// markers stay in its paragraph.
qsizetype leadingTags(const QString &text)
{
    static const QRegularExpression tags(QStringLiteral("^(\\s*<[^>]*>)*"));
    return tags.match(text).capturedLength();
}
qsizetype trailingTags(const QString &text)
{
    static const QRegularExpression tags(QStringLiteral("(<[^>]*>\\s*)*$"));
    return tags.match(text).capturedLength();
}

QString pseudo(const QString &source)
{
    if (source.trimmed().isEmpty())
        return source;
    const qsizetype head = leadingTags(source);
    const qsizetype tail = std::min(trailingTags(source), source.size() - head);
    QString out = source.left(head) + QStringLiteral("⟦");
    int letters = 0;
    for (qsizetype i = head; i < source.size() - tail;) {
        if (const qsizetype kept = keptAt(source, i)) {
            out += source.mid(i, kept);
            i += kept;
            continue;
        }
        const QChar c = source.at(i++);
        letters += c.isLetter() ? 1 : 0;
        out += accented(c);
    }
    // A third longer, as many languages are than English.
    out += QString(qMax(1, letters / 3), u'~');
    return out + QStringLiteral("⟧") + source.right(tail);
}

bool pseudoTranslate(const QString &inPath, const QString &outPath)
{
    QFile in(inPath);
    QFile out(outPath);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        std::fprintf(stderr, "pseudo-translate: cannot read %s or write %s\n", qPrintable(inPath),
                     qPrintable(outPath));
        return false;
    }
    QXmlStreamReader reader(&in);
    QXmlStreamWriter writer(&out);
    writer.setAutoFormatting(true);
    QString source;
    bool numerus = false;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartDocument()) {
            writer.writeStartDocument();
            writer.writeDTD(QStringLiteral("<!DOCTYPE TS>"));
        } else if (reader.isStartElement() && reader.name() == QLatin1String("TS")) {
            writer.writeStartElement(QStringLiteral("TS"));
            writer.writeAttribute(QStringLiteral("version"), QStringLiteral("2.1"));
            writer.writeAttribute(QStringLiteral("language"), QStringLiteral("en"));
        } else if (reader.isStartElement() && reader.name() == QLatin1String("message")) {
            numerus = reader.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            writer.writeStartElement(QStringLiteral("message"));
            writer.writeAttributes(reader.attributes());
        } else if (reader.isStartElement() && reader.name() == QLatin1String("source")) {
            source = reader.readElementText();
            writer.writeTextElement(QStringLiteral("source"), source);
        } else if (reader.isStartElement() && reader.name() == QLatin1String("translation")) {
            reader.skipCurrentElement();
            writer.writeStartElement(QStringLiteral("translation"));
            if (numerus) { // English has two forms: one, and more
                writer.writeTextElement(QStringLiteral("numerusform"), pseudo(source));
                writer.writeTextElement(QStringLiteral("numerusform"), pseudo(source));
            } else {
                writer.writeCharacters(pseudo(source));
            }
            writer.writeEndElement();
        } else if (reader.isStartElement()) {
            writer.writeStartElement(reader.name().toString());
            writer.writeAttributes(reader.attributes());
        } else if (reader.isEndElement()) {
            writer.writeEndElement();
        } else if (reader.isCharacters() && !reader.isWhitespace()) {
            writer.writeCharacters(reader.text().toString());
        }
    }
    writer.writeEndDocument();
    if (reader.hasError()) {
        std::fprintf(stderr, "pseudo-translate: %s: %s\n", qPrintable(inPath),
                     qPrintable(reader.errorString()));
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: pseudo-translate SOURCE.ts OUT.ts\n");
        return 2;
    }
    return pseudoTranslate(args.at(1), args.at(2)) ? 0 : 1;
}
