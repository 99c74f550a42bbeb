#pragma once

#include "logrows.h"
#include "logrowpainter.h"
#include "logsearch.h"

#include <QAbstractScrollArea>

class QTimer;

namespace Berth {

class LogModel;

// Shows a LogModel by painting only the rows in view, straight from its ring buffer: the cost
// of a repaint does not grow with the number of lines kept, and a flood costs one repaint per
// frame interval (a text widget appending line by line stalls the GUI thread for hundreds of
// ms; docs/benchmarks.md, "Log ingest", measures this view's stalls under a flood). Each row in
// view is laid out with QTextLayout (LogRowLayouts), so highlights sit on the glyphs; text is
// drawn as text with colour spans, never interpreted as rich text.
class LogView : public QAbstractScrollArea
{
    Q_OBJECT
public:
    explicit LogView(QWidget *parent = nullptr);

    void setModel(LogModel *model);
    LogModel *model() const { return m_model; }

    // "" shows every service.
    void setServiceFilter(const QString &service);
    QString serviceFilter() const { return m_rows.service(); }
    void setShowTimestamps(bool show);
    bool showTimestamps() const { return m_timestamps; }
    // Following keeps the newest line in view; scrolling up pauses it.
    void setFollowing(bool follow);
    bool isFollowing() const { return m_following; }

    // Search: highlights every match in view; next/previous move to a matching line.
    // Returns false (and keeps the old search) for an invalid regular expression.
    bool setSearch(const QString &text, bool regularExpression, bool caseSensitive = false);
    // Finds start at the current match (or the rows in view) and wrap around. They look at the
    // rows in slices of at most FindSliceMs, the event loop running in between, so a full
    // buffer never freezes the window; findFinished() follows (at once when the first slice
    // decides). A new find, a new search or a cleared buffer ends the one that runs.
    static constexpr int FindSliceMs = 8;
    void findNext();
    void findPrevious();
    bool isFinding() const { return m_findLeft > 0; }
    int currentMatchRow() const { return m_matchRow; }
    // Where the search highlights of a row are painted, in viewport coordinates (the row need
    // not be in view); and the x at which the rows' text (after timestamp and service) starts.
    QList<QRectF> matchRectangles(int row) const;
    qreal textLeft() const;

    // Rows as shown (after the filter), 0 the oldest.
    int rowCount() const;
    QString rowText(int row) const; // as copied: [timestamp] service | text
    int firstVisibleRow() const;
    int visibleRowCount() const;
    // Selected rows (click, shift-click, drag); copy() puts them on the clipboard.
    void selectRows(int first, int last);
    QString selectedText() const;
    void copy();
    // Writes the rows shown to a file; false and *error on failure.
    bool saveTo(const QString &path, QString *error = nullptr) const;

Q_SIGNALS:
    void followingChanged(bool following);
    // A find has ended: found (the row is the current match, in view) or not.
    void findFinished(bool found);

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    void onLinesAppended(int added, int dropped);
    void onModelReset();
    void updateScrollBars();
    int rowAt(int y) const;
    bool matches(int row) const;
    void scrollToRow(int row);
    void updateColumns() const;
    // Everything in view is to be painted again.
    void invalidate();
    // After new lines (the batching timer): the scroll bars, then either the painted rows
    // scrolled up and the new ones painted, or everything painted again.
    void repaintNewLines();
    bool scrollPaintedRows();
    // The scroll bars brought up to date now (before the user moves them).
    void settleScrollBars();
    void startFind(bool forward);
    void continueFind();
    void cancelFind();

    LogModel *m_model = nullptr;
    // New lines are painted at most 10 times a second while they trickle (forty services cost
    // ten paints a second, not forty), 30 while they flood; following, the scroll bars catch up
    // once a second.
    static constexpr int RepaintMs = 100;
    static constexpr int FloodRepaintMs = 33;
    int m_linesSincePaint = 0;
    static constexpr int ScrollBarsFollowMs = 1000;
    QTimer *m_repaint = nullptr;
    QTimer *m_scrollBarsLater = nullptr;
    QTimer *m_findLater = nullptr;
    int m_findNext = 0; // the row a running find looks at next (may be outside the rows: it wraps)
    int m_findLeft = 0; // rows it has still to look at; 0: none runs
    bool m_findForward = true;
    LogRows m_rows;
    LogSearch m_search;
    mutable LogRowPainter m_painter;
    int m_matchRow = -1;
    int m_selectionAnchor = -1;
    int m_selectionEnd = -1;
    int m_lineHeight = 16;
    int m_charWidth = 8;
    int m_longest = 0;     // characters of the longest line seen
    qreal m_widest = 0;    // pixels of the widest line laid out
    bool m_timestamps = false;
    bool m_following = true;
    bool m_adjusting = false;
    // What the last paint showed, for repaintNewLines().
    bool m_placingNewLines = false;
    bool m_repaintAll = true;
    quint64 m_paintedTopSequence = 0;
    int m_paintedRows = 0; // rows painted below the top one, that one included
    int m_paintedScrollX = 0;
};

} // namespace Berth
