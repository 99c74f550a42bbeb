#include "chunkedhighlighter.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/Theme>

#include <QTextBlock>
#include <QTextDocument>

namespace Berth {

namespace {
// The highlighter state at the end of a block.
class BlockState : public QTextBlockUserData
{
public:
    explicit BlockState(const KSyntaxHighlighting::State &s)
        : state(s)
    {
    }
    KSyntaxHighlighting::State state;
};

KSyntaxHighlighting::State stateAfter(const QTextBlock &block)
{
    if (!block.isValid())
        return {};
    auto *data = static_cast<BlockState *>(block.userData());
    return data ? data->state : KSyntaxHighlighting::State();
}
} // namespace

ChunkedHighlighter::ChunkedHighlighter(QTextDocument *document)
    : m_document(document)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &ChunkedHighlighter::runSlice);
    connect(m_document, &QTextDocument::contentsChange, this, &ChunkedHighlighter::contentsChanged);
}

ChunkedHighlighter::~ChunkedHighlighter() = default;

void ChunkedHighlighter::setDefinition(const KSyntaxHighlighting::Definition &definition)
{
    AbstractHighlighter::setDefinition(definition);
    m_formatCache.clear();
    rehighlight();
}

void ChunkedHighlighter::setTheme(const KSyntaxHighlighting::Theme &theme)
{
    AbstractHighlighter::setTheme(theme);
    m_formatCache.clear();
    rehighlight();
}

void ChunkedHighlighter::rehighlight()
{
    const bool plain = !definition().isValid();
    for (QTextBlock b = m_document->firstBlock(); b.isValid(); b = b.next()) {
        b.setUserData(nullptr);
        if (plain)
            b.layout()->clearFormats();
    }
    if (plain) {
        m_next = -1;
        markDirty(0, m_document->characterCount());
        return;
    }
    m_next = 0;
    m_stopAfter = -1;
    m_timer.start();
}

void ChunkedHighlighter::finish()
{
    while (m_next >= 0)
        runSlice();
}

void ChunkedHighlighter::markDirty(int position, int length)
{
    // markContentsDirty() reports itself through contentsChange(); that is not an edit.
    m_markingDirty = true;
    m_document->markContentsDirty(position, length);
    m_markingDirty = false;
}

void ChunkedHighlighter::contentsChanged(int position, int removed, int added)
{
    Q_UNUSED(removed)
    if (m_markingDirty || !definition().isValid())
        return;
    const QTextBlock first = m_document->findBlock(position);
    const QTextBlock last = m_document->findBlock(position + added);
    if (!first.isValid())
        return;
    const int from = first.blockNumber();
    const int to = last.isValid() ? last.blockNumber() : m_document->blockCount() - 1;
    if (m_next >= 0 && m_stopAfter < 0) {
        // A full pass is under way; restart it from here if the edit is before its position.
        m_next = qMin(m_next, from);
        return;
    }
    m_next = m_next >= 0 ? qMin(m_next, from) : from;
    m_stopAfter = qMax(m_stopAfter, to);
    // Typing should colour the line at once: do a small edit now, the rest (and a whole new
    // document, whose layout is still being built) in slices from the event loop.
    if (to - from < 256)
        runSlice();
    else
        m_timer.start();
}

void ChunkedHighlighter::runSlice()
{
    if (m_next < 0)
        return;
    if (!definition().isValid()) {
        m_next = -1;
        return;
    }
    QElapsedTimer clock;
    clock.start();
    const int count = m_document->blockCount();
    const int firstDone = m_next;
    int n = m_next;
    bool done = false;
    while (n < count) {
        const bool changed = highlightBlock(n);
        ++n;
        if (m_stopAfter >= 0 && n > m_stopAfter && !changed) {
            done = true;
            break;
        }
        if ((n & 63) == 0 && clock.elapsed() >= SliceBudgetMs)
            break;
    }
    // One relayout for the whole slice, so the view repaints the new colours.
    const QTextBlock a = m_document->findBlockByNumber(firstDone);
    const QTextBlock b = m_document->findBlockByNumber(n - 1);
    if (a.isValid() && b.isValid())
        markDirty(a.position(), b.position() + b.length() - a.position());
    if (done || n >= count) {
        m_next = -1;
        m_stopAfter = -1;
        Q_EMIT finished();
        return;
    }
    m_next = n;
    m_timer.start();
}

bool ChunkedHighlighter::highlightBlock(int n)
{
    QTextBlock block = m_document->findBlockByNumber(n);
    const KSyntaxHighlighting::State before = stateAfter(block.previous());
    const KSyntaxHighlighting::State old = stateAfter(block);
    const bool hadState = block.userData() != nullptr;
    m_ranges.clear();
    const KSyntaxHighlighting::State after = highlightLine(block.text(), before);
    block.layout()->setFormats(m_ranges);
    block.setUserData(new BlockState(after));
    return !hadState || !(after == old);
}

void ChunkedHighlighter::applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format)
{
    if (length == 0 || format.isDefaultTextStyle(theme()))
        return;
    QTextLayout::FormatRange range;
    range.start = offset;
    range.length = length;
    range.format = charFormat(format);
    m_ranges.append(range);
}

QTextCharFormat ChunkedHighlighter::charFormat(const KSyntaxHighlighting::Format &format)
{
    const auto cached = m_formatCache.constFind(format.id());
    if (cached != m_formatCache.cend())
        return *cached;
    QTextCharFormat f;
    const KSyntaxHighlighting::Theme &t = theme();
    if (format.hasTextColor(t))
        f.setForeground(format.textColor(t));
    if (format.hasBackgroundColor(t))
        f.setBackground(format.backgroundColor(t));
    if (format.isBold(t))
        f.setFontWeight(QFont::Bold);
    if (format.isItalic(t))
        f.setFontItalic(true);
    if (format.isUnderline(t))
        f.setFontUnderline(true);
    if (format.isStrikeThrough(t))
        f.setFontStrikeOut(true);
    m_formatCache.insert(format.id(), f);
    return f;
}

} // namespace Berth
