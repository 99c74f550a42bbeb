#pragma once

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Format>

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTextCharFormat>
#include <QTextLayout>
#include <QTimer>

class QTextDocument;

namespace Berth {

// Highlights a QTextDocument with KSyntaxHighlighting a slice at a time, so a 100,000-line file
// opens at once and colours in the background instead of freezing the window (QSyntaxHighlighter,
// which KSyntaxHighlighting::SyntaxHighlighter is built on, highlights the whole document in one
// go when attached: ~0.7 s for 100k lines of YAML). Each block keeps the highlighter state at its
// end; an edit re-highlights from its block until the state matches what was stored, as
// QSyntaxHighlighter does, continuing in slices when that runs long.
class ChunkedHighlighter : public QObject, public KSyntaxHighlighting::AbstractHighlighter
{
    Q_OBJECT
    Q_INTERFACES(KSyntaxHighlighting::AbstractHighlighter)
public:
    // Milliseconds of highlighting per slice before control returns to the event loop.
    static constexpr int SliceBudgetMs = 6;

    // Not a child of document: its owner (PluginHighlighter, held by Berth's EditorHighlighter)
    // decides when it goes, which must be before the document does.
    explicit ChunkedHighlighter(QTextDocument *document);
    ~ChunkedHighlighter() override;

    void setDefinition(const KSyntaxHighlighting::Definition &definition) override;
    void setTheme(const KSyntaxHighlighting::Theme &theme) override;
    // Throws away every block's state and formats and starts over from the first line.
    void rehighlight();

    // True while blocks remain to be highlighted.
    bool isBusy() const { return m_next >= 0; }
    // Highlights everything that is left now (tests; saving a screenshot).
    void finish();

Q_SIGNALS:
    void finished();

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override;

private:
    void contentsChanged(int position, int removed, int added);
    void markDirty(int position, int length);
    void runSlice();
    // Highlights block number n; returns true when its end state changed.
    bool highlightBlock(int n);
    QTextCharFormat charFormat(const KSyntaxHighlighting::Format &format);

    QTextDocument *m_document;
    QTimer m_timer;
    int m_next = -1;      // next block to highlight, -1: idle
    int m_stopAfter = -1; // an edit: stop once past this block with an unchanged state
    QList<QTextLayout::FormatRange> m_ranges;
    QHash<int, QTextCharFormat> m_formatCache;
    bool m_markingDirty = false;
};

} // namespace Berth
