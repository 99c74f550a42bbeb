#pragma once

// Helpers of tst_yamledit: reading the corpus in its variants, listing a tree's paths, finding
// comments, and checking an edit against yaml-cpp.

#include "config/textedit.h"
#include "config/yamleditor.h"
#include "config/yamlmeaning.h"
#include "config/yamlscalar.h"
#include "config/yamltree.h"

#include <QDir>
#include <QFile>
#include <QList>
#include <QPair>
#include <QStringDecoder>

#include <yaml-cpp/yaml.h>

namespace YamlTest {

using namespace Berth::Config;

inline QString readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    // A byte-order mark is kept, as Berth keeps it.
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
    return decoder(f.readAll());
}

// Every corpus file as it is, with CRLF line breaks, and with a byte-order mark and CRLF.
inline QList<QPair<QString, QString>> corpus()
{
    QList<QPair<QString, QString>> files;
    const QDir dir(QStringLiteral(BERTH_YAML_CORPUS));
    for (const QString &name : dir.entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name)) {
        const QString text = readFile(dir.filePath(name));
        files.append({name, text});
        if (!text.contains(u'\r')) {
            QString crlf = text;
            crlf.replace(QStringLiteral("\n"), QStringLiteral("\r\n"));
            files.append({name + QStringLiteral(" (CRLF)"), crlf});
            files.append({name + QStringLiteral(" (BOM, CRLF)"), QChar(0xfeff) + crlf});
        }
    }
    return files;
}

struct PathInfo {
    YamlPath path;
    int node = -1;
};

// Every node's path, depth first; the keys `<<` and what lies behind an alias are left out.
inline void collect(const YamlTree &t, int node, const YamlPath &path, QList<PathInfo> &out)
{
    if (node < 0)
        return;
    out.append({path, node});
    const YamlTree::Node &n = t.node(node);
    for (qsizetype i = 0; i < n.entries.size(); ++i) {
        const YamlTree::Entry &e = n.entries.at(i);
        if (n.kind == YamlTree::Kind::Mapping) {
            const QString key = t.scalarValue(e.key);
            if (key == u"<<")
                continue;
            if (e.value < 0)
                out.append({path.child(key), -1});
            else
                collect(t, e.value, path.child(key), out);
        } else {
            collect(t, e.value, path.item(int(i)), out);
        }
    }
}

inline QList<PathInfo> paths(const YamlTree &t)
{
    QList<PathInfo> out;
    collect(t, t.root(), YamlPath(), out);
    if (!out.isEmpty())
        out.removeFirst(); // the root itself
    return out;
}

// The spans of the comments: a `#` outside every scalar (and key), to the end of its line.
inline QList<QPair<qsizetype, qsizetype>> comments(const YamlTree &t)
{
    QList<bool> inScalar(t.text().size() + 1, false);
    for (int i = 0; i < t.nodeCount(); ++i) {
        const YamlTree::Node &n = t.node(i);
        if (n.kind == YamlTree::Kind::Scalar)
            for (qsizetype p = n.start; p < (n.blockEnd >= 0 ? n.blockEnd : n.end); ++p)
                inScalar[p] = true;
    }
    QList<QPair<qsizetype, qsizetype>> spans;
    const QString &s = t.text();
    for (qsizetype p = 0; p < s.size(); ++p) {
        if (s.at(p) != u'#' || inScalar.at(p) || (p > 0 && s.at(p - 1) != u' ' && s.at(p - 1) != u'\t' && s.at(p - 1) != u'\n'
                                                   && s.at(p - 1) != QChar(0xfeff)))
            continue;
        qsizetype e = s.indexOf(u'\n', p);
        if (e < 0)
            e = s.size();
        spans.append({p, e});
        p = e;
    }
    return spans;
}

// yaml-cpp's node at a path (an undefined node when there is none); read through const nodes,
// which yaml-cpp does not grow.
inline YAML::Node at(const YAML::Node &node, const YamlPath &path, qsizetype i = 0)
{
    if (i == path.segments.size())
        return node;
    if (!node.IsDefined() || (!node.IsMap() && !node.IsSequence()))
        return YAML::Node(YAML::NodeType::Undefined);
    const YamlPath::Segment &s = path.segments.at(i);
    const YAML::Node next = s.isIndex() ? node[std::size_t(s.index)] : node[s.key.toStdString()];
    return at(next, path, i + 1);
}

// Empty when `after` loads and differs from `before` only where the edit said it would.
inline QString checkMeaning(const QString &before, const QString &after, const YamlEditResult &r)
{
    QString error;
    const auto changes = meaningChanges(before, after, &error);
    if (!changes)
        return error;
    const QString unexpected = unexpectedChange(*changes, r.changedPaths);
    if (!unexpected.isEmpty())
        return unexpected;
    const YamlTree again = YamlTree::parse(after);
    return again.isValid() ? QString() : QStringLiteral("the grammar rejects the result: ") + again.error();
}

// Whether writing the value of this double-quoted source back gives other characters (`\x41`
// comes back as `A`): then set-and-set-back changes the spelling, not the value.
inline bool doubleQuotedIsNotCanonical(const QString &source)
{
    return doubleQuoted(decodeScalar(source, YamlTree::Style::DoubleQuoted)) != source;
}

} // namespace YamlTest
