// make-pseudo-ts IN.ts OUT.ts: a pseudo-locale from Berth's message list. Every message is
// "translated" into its own text with accented letters, 40 % longer and between ⟦ and ⟧, so a
// test run in it shows clipped text (the ⟧ or the padding cut off) and untranslated strings
// (plain text without the brackets). Placeholders (%1, %n, %L1), HTML tags, entities and
// mnemonics (&&, &x) stay as they are, so every string still works as the original does.
#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QTextStream>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

QChar accented(QChar c)
{
    static const QHash<QChar, QChar> table = [] {
        const QString plain = u"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"_s;
        const QString marked = u"åƀçđéƒĝĥîĵķĺɱñöþǫŕšţûṽŵẋýžÅƁÇĐÉƑĜĤÎĴĶĹṀÑÖÞǪŔŠŢÛṼŴẊÝŽ"_s;
        QHash<QChar, QChar> t;
        for (qsizetype i = 0; i < plain.size(); ++i)
            t.insert(plain.at(i), marked.at(i));
        return t;
    }();
    return table.value(c, c);
}

QString pseudo(const QString &source)
{
    QString out;
    qsizetype visible = 0;
    for (qsizetype i = 0; i < source.size(); ++i) {
        const QChar c = source.at(i);
        if (c == u'%') {
            // %1…%99, %n, %L1: as they are.
            qsizetype j = i + 1;
            if (j < source.size() && source.at(j) == u'L')
                ++j;
            if (j < source.size() && source.at(j) == u'n') {
                ++j;
            } else {
                while (j < source.size() && source.at(j).isDigit())
                    ++j;
            }
            out += source.mid(i, j - i);
            visible += 2;
            i = j - 1;
        } else if (c == u'<' && i + 1 < source.size() && (source.at(i + 1).isLetter() || source.at(i + 1) == u'/')) {
            const qsizetype end = source.indexOf(u'>', i);
            if (end < 0) {
                out += c;
                continue;
            }
            out += source.mid(i, end - i + 1);
            i = end;
        } else if (c == u'&') {
            // An entity (&amp;), a literal && or a mnemonic (&x): kept.
            const qsizetype semicolon = source.indexOf(u';', i);
            if (semicolon > i && semicolon - i <= 8 && source.mid(i + 1, semicolon - i - 1).contains(QRegularExpression(u"^#?[A-Za-z0-9]+$"_s))) {
                out += source.mid(i, semicolon - i + 1);
                ++visible;
                i = semicolon;
            } else if (i + 1 < source.size()) {
                out += source.mid(i, 2);
                ++visible;
                ++i;
            } else {
                out += c;
            }
        } else {
            out += accented(c);
            if (!c.isSpace())
                ++visible;
        }
    }
    if (visible == 0)
        return source;
    // 40 % longer than the original, the brackets included.
    static const QString filler = u"ŀöŕéɱ îþšûɱ đöĺöŕ šîţ åɱéţ "_s;
    const qsizetype pad = qMax<qsizetype>(0, qsizetype(std::ceil(visible * 0.4)) - 2);
    QString padding;
    for (qsizetype k = 0; k < pad; ++k)
        padding += filler.at(k % filler.size());
    return u"⟦"_s + out + (pad > 0 ? u" "_s + padding.trimmed() : QString()) + u"⟧"_s;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        QTextStream(stderr) << "usage: make-pseudo-ts IN.ts OUT.ts\n";
        return 2;
    }
    QFile in(args.at(1));
    if (!in.open(QIODevice::ReadOnly)) {
        QTextStream(stderr) << "make-pseudo-ts: cannot read " << args.at(1) << ": " << in.errorString() << "\n";
        return 1;
    }
    QByteArray data;
    QXmlStreamWriter xml(&data);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeDTD(u"<!DOCTYPE TS>"_s);
    xml.writeStartElement(u"TS"_s);
    xml.writeAttribute(u"version"_s, u"2.1"_s);
    xml.writeAttribute(u"language"_s, u"en"_s);
    xml.writeAttribute(u"sourcelanguage"_s, u"en"_s);

    QXmlStreamReader reader(&in);
    int messages = 0;
    QString source, comment;
    bool numerus = false;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            const auto name = reader.name();
            if (name == "context"_L1) {
                xml.writeStartElement(u"context"_s);
            } else if (name == "name"_L1) {
                xml.writeTextElement(u"name"_s, reader.readElementText());
            } else if (name == "message"_L1) {
                source.clear();
                comment.clear();
                numerus = reader.attributes().value("numerus"_L1) == "yes"_L1;
            } else if (name == "source"_L1) {
                source = reader.readElementText();
            } else if (name == "comment"_L1) {
                comment = reader.readElementText();
            } else if (name == "translation"_L1) {
                reader.skipCurrentElement();
            }
        } else if (reader.isEndElement()) {
            const auto name = reader.name();
            if (name == "context"_L1) {
                xml.writeEndElement();
            } else if (name == "message"_L1) {
                xml.writeStartElement(u"message"_s);
                if (numerus)
                    xml.writeAttribute(u"numerus"_s, u"yes"_s);
                xml.writeTextElement(u"source"_s, source);
                if (!comment.isEmpty())
                    xml.writeTextElement(u"comment"_s, comment);
                xml.writeStartElement(u"translation"_s);
                if (numerus) {
                    // English's two forms; %n tells them apart in the text anyway.
                    xml.writeTextElement(u"numerusform"_s, pseudo(source));
                    xml.writeTextElement(u"numerusform"_s, pseudo(source));
                } else {
                    xml.writeCharacters(pseudo(source));
                }
                xml.writeEndElement();
                xml.writeEndElement();
                ++messages;
            }
        }
    }
    if (reader.hasError()) {
        QTextStream(stderr) << "make-pseudo-ts: " << args.at(1) << ":" << reader.lineNumber() << ": " << reader.errorString() << "\n";
        return 1;
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    QFile out(args.at(2));
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(data) != data.size() || !out.flush()) {
        QTextStream(stderr) << "make-pseudo-ts: cannot write " << args.at(2) << "\n";
        return 1;
    }
    QTextStream(stdout) << "make-pseudo-ts: " << messages << " messages\n";
    return messages > 0 ? 0 : 1;
}
