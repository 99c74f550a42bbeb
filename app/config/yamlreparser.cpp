#include "config/yamlreparser.h"

#include "config/yamlsymbols.h"
#include "config/yamltreebuild.h"

namespace Berth::Config {

namespace {

constexpr QChar byteOrderMark(0xfeff);

// tree-sitter's point of `position` in `text`: the row, and the column in bytes (UTF-16).
TSPoint pointAt(QStringView text, qsizetype position)
{
    const QStringView before = text.first(position);
    const qsizetype lastBreak = before.lastIndexOf(u'\n');
    return TSPoint{uint32_t(before.count(u'\n')), uint32_t((position - lastBreak - 1) * 2)};
}

// The point after `inserted` when it starts at `from`.
TSPoint pointAfter(TSPoint from, QStringView inserted)
{
    const qsizetype lastBreak = inserted.lastIndexOf(u'\n');
    if (lastBreak < 0)
        return TSPoint{from.row, from.column + uint32_t(inserted.size() * 2)};
    return TSPoint{from.row + uint32_t(inserted.count(u'\n')), uint32_t((inserted.size() - lastBreak - 1) * 2)};
}

} // namespace

YamlReparser::YamlReparser() : m_parser(ts_parser_new())
{
    ts_parser_set_language(m_parser, tree_sitter_yaml());
}

YamlReparser::~YamlReparser()
{
    if (m_syntax)
        ts_tree_delete(m_syntax);
    ts_parser_delete(m_parser);
}

bool YamlReparser::markChange(const QString &text, qsizetype offset)
{
    const qsizetype oldOffset = m_text.startsWith(byteOrderMark) ? 1 : 0;
    if (!m_syntax || offset != oldOffset)
        return false; // the byte-order mark came or went: tree-sitter's positions all move
    const QStringView before = QStringView(m_text).sliced(offset);
    const QStringView after = QStringView(text).sliced(offset);
    const qsizetype shorter = qMin(before.size(), after.size());
    qsizetype start = 0;
    while (start < shorter && before[start] == after[start])
        ++start;
    qsizetype common = 0; // the common end, not reaching into the common start
    while (common < shorter - start && before[before.size() - 1 - common] == after[after.size() - 1 - common])
        ++common;
    // Never cut a surrogate pair in two: the change starts at its first half, ends after its second.
    if (start > 0 && after[start - 1].isHighSurrogate())
        --start;
    if (common > 0 && after[after.size() - common].isLowSurrogate())
        --common;
    const qsizetype oldEnd = before.size() - common;
    const qsizetype newEnd = after.size() - common;
    TSInputEdit edit;
    edit.start_byte = uint32_t(start * 2);
    edit.old_end_byte = uint32_t(oldEnd * 2);
    edit.new_end_byte = uint32_t(newEnd * 2);
    edit.start_point = pointAt(before, start);
    edit.old_end_point = pointAfter(edit.start_point, before.sliced(start, oldEnd - start));
    edit.new_end_point = pointAfter(edit.start_point, after.sliced(start, newEnd - start));
    ts_tree_edit(m_syntax, &edit);
    return true;
}

YamlTree YamlReparser::parse(const QString &text)
{
    if (m_syntax && text == m_text) {
        m_incremental = true;
        return m_last;
    }
    const qsizetype offset = text.startsWith(byteOrderMark) ? 1 : 0;
    m_incremental = markChange(text, offset);
    const auto *data = reinterpret_cast<const char *>(text.utf16() + offset);
    const auto bytes = uint32_t((text.size() - offset) * 2);
    TSTree *next = ts_parser_parse_string_encoding(m_parser, m_incremental ? m_syntax : nullptr, data, bytes,
                                                   TSInputEncodingUTF16);
    // tree-sitter's error recovery depends on where it starts from: a text that does not parse
    // is parsed again from scratch, so its error is the one a full parse reports.
    if (next && m_incremental && ts_node_has_error(ts_tree_root_node(next))) {
        ts_tree_delete(next);
        ts_parser_reset(m_parser);
        next = ts_parser_parse_string_encoding(m_parser, nullptr, data, bytes, TSInputEncodingUTF16);
        m_incremental = false;
    }
    if (m_syntax)
        ts_tree_delete(m_syntax);
    m_syntax = next;
    m_text = text;
    m_last = buildYamlTree(text, next);
    if (!next) {
        ts_parser_reset(m_parser);
        m_text.clear();
    }
    return m_last;
}

} // namespace Berth::Config
