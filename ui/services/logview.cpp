#include "logview.h"

#include "logs/logline.h"
#include "logs/logmodel.h"
#include "palettecolours.h"

#include <QApplication>
#include <QClipboard>
#include <QFontMetricsF>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Berth {

LogView::LogView(QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_repaint(new QTimer(this))
    , m_scrollBarsLater(new QTimer(this))
    , m_findLater(new QTimer(this))
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    const QFontMetrics metrics(font());
    m_lineHeight = metrics.lineSpacing();
    m_charWidth = qMax(1, metrics.horizontalAdvance(u'M'));
    m_painter.setFont(font());
    m_painter.setPalette(palette());
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setCursor(Qt::IBeamCursor);
    // Repaints are batched: lines arriving within one interval cost one repaint.
    m_repaint->setSingleShot(true);
    m_repaint->setInterval(RepaintMs);
    // While following, new lines scroll what is painted up and only the rows that came into
    // view are painted (the viewport paints every pixel, so it is opaque and can be scrolled).
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    connect(m_repaint, &QTimer::timeout, this, &LogView::repaintNewLines);
    // A find looks at the rows in slices, the event loop running in between.
    m_findLater->setSingleShot(true);
    m_findLater->setInterval(0);
    connect(m_findLater, &QTimer::timeout, this, &LogView::continueFind);
    // Following a trickle of lines, the scroll bars follow once a second, not with every batch
    // (each change of range repaints them and every widget under them: they are not opaque).
    m_scrollBarsLater->setSingleShot(true);
    m_scrollBarsLater->setInterval(ScrollBarsFollowMs);
    connect(m_scrollBarsLater, &QTimer::timeout, this, [this] {
        m_placingNewLines = true;
        updateScrollBars();
        m_placingNewLines = false;
    });
    verticalScrollBar()->setSingleStep(1);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        if (m_adjusting)
            return;
        const bool atEnd = value >= verticalScrollBar()->maximum();
        if (m_following != atEnd) {
            m_following = atEnd;
            Q_EMIT followingChanged(m_following);
        }
    });
}

void LogView::setModel(LogModel *model)
{
    if (m_model)
        m_model->disconnect(this);
    m_model = model;
    if (m_model) {
        connect(m_model, &LogModel::linesAppended, this, &LogView::onLinesAppended);
        connect(m_model, &QAbstractItemModel::modelReset, this, &LogView::onModelReset);
    }
    m_rows.setModel(m_model);
    onModelReset();
}

void LogView::onModelReset()
{
    cancelFind();
    m_matchRow = -1;
    m_selectionAnchor = m_selectionEnd = -1;
    m_painter.clearLayouts();
    m_rows.rebuild();
    updateScrollBars();
    invalidate();
}

void LogView::onLinesAppended(int added, int dropped)
{
    const int removedRows = m_rows.linesAppended(added, dropped);
    for (int i = qMax(0, m_model->lineCount() - added); i < m_model->lineCount(); ++i)
        m_longest = qMax(m_longest, int(qMin<qsizetype>(m_model->entry(i).text.size(), LogRowLayouts::maxChars)));
    if (removedRows > 0) {
        // Keep the lines the user reads in place while old ones leave the buffer.
        if (!m_following) {
            m_adjusting = true;
            verticalScrollBar()->setValue(qMax(0, verticalScrollBar()->value() - removedRows));
            m_adjusting = false;
        }
        auto shift = [removedRows](int &row) { row = row < 0 ? -1 : (row - removedRows < 0 ? -1 : row - removedRows); };
        shift(m_matchRow);
        if (m_findLeft > 0) // the rows a running find has still to look at moved up too
            m_findNext -= removedRows;
        shift(m_selectionAnchor);
        shift(m_selectionEnd);
    }
    // A trickle is painted at most ten times a second; a flood, which repaints the whole view
    // anyway, thirty (fewer lines per paint keep each paint short).
    m_linesSincePaint += added;
    const int interval = m_linesSincePaint >= visibleRowCount() ? FloodRepaintMs : RepaintMs;
    if (!m_repaint->isActive() || (interval < m_repaint->interval() && m_repaint->remainingTime() > interval))
        m_repaint->start(interval);
}

void LogView::updateScrollBars()
{
    const int visible = visibleRowCount();
    m_adjusting = true;
    verticalScrollBar()->setPageStep(visible);
    verticalScrollBar()->setRange(0, qMax(0, rowCount() - visible));
    if (m_following)
        verticalScrollBar()->setValue(verticalScrollBar()->maximum());
    // Lines not yet laid out are guessed at one column per character; laid out ones are known.
    const qreal textWidth = qMax(qreal(m_longest * m_charWidth), m_widest);
    const int width = int(textLeft() + horizontalScrollBar()->value() + textWidth);
    horizontalScrollBar()->setPageStep(viewport()->width());
    horizontalScrollBar()->setSingleStep(m_charWidth * 4);
    horizontalScrollBar()->setRange(0, qMax(0, width - viewport()->width()));
    m_adjusting = false;
}

void LogView::settleScrollBars()
{
    if (!m_scrollBarsLater->isActive())
        return;
    m_scrollBarsLater->stop();
    m_placingNewLines = true;
    updateScrollBars();
    m_placingNewLines = false;
}

int LogView::rowCount() const
{
    return m_rows.rowCount();
}

int LogView::firstVisibleRow() const
{
    // Following, the newest rows are in view even while the scroll bar's range lags behind.
    return m_following ? qMax(0, rowCount() - visibleRowCount()) : verticalScrollBar()->value();
}

int LogView::visibleRowCount() const
{
    return qMax(1, viewport()->height() / m_lineHeight);
}

int LogView::rowAt(int y) const
{
    return qBound(0, firstVisibleRow() + y / m_lineHeight, qMax(0, rowCount() - 1));
}

void LogView::setServiceFilter(const QString &service)
{
    if (service == m_rows.service())
        return;
    m_rows.setService(service);
    m_matchRow = -1;
    m_selectionAnchor = m_selectionEnd = -1;
    updateScrollBars();
    invalidate();
}

void LogView::setShowTimestamps(bool show)
{
    m_timestamps = show;
    updateScrollBars();
    invalidate();
}

void LogView::setFollowing(bool follow)
{
    settleScrollBars();
    if (m_following == follow)
        return;
    m_following = follow;
    if (follow) {
        m_adjusting = true;
        verticalScrollBar()->setValue(verticalScrollBar()->maximum());
        m_adjusting = false;
    }
    Q_EMIT followingChanged(follow);
    invalidate();
}

QString LogView::rowText(int row) const
{
    return m_rows.text(row, m_timestamps);
}

bool LogView::setSearch(const QString &text, bool regularExpression, bool caseSensitive)
{
    if (!m_search.set(text, regularExpression, caseSensitive))
        return false;
    m_matchRow = -1;
    cancelFind();
    invalidate();
    return true;
}

bool LogView::matches(int row) const
{
    return m_search.matches(m_model->entry(m_rows.modelRow(row)).text);
}

void LogView::scrollToRow(int row)
{
    settleScrollBars();
    m_matchRow = row;
    // A found line must stay where it is: stop following.
    setFollowing(false);
    updateScrollBars();
    const int first = firstVisibleRow();
    if (row < first || row >= first + visibleRowCount()) {
        m_adjusting = true;
        verticalScrollBar()->setValue(qMax(0, row - visibleRowCount() / 2));
        m_adjusting = false;
    }
    invalidate();
}

void LogView::selectRows(int first, int last)
{
    m_selectionAnchor = first;
    m_selectionEnd = last;
    invalidate();
}

QString LogView::selectedText() const
{
    if (m_selectionAnchor < 0 || m_selectionEnd < 0)
        return {};
    QStringList lines;
    const int from = qMin(m_selectionAnchor, m_selectionEnd), to = qMin(qMax(m_selectionAnchor, m_selectionEnd), rowCount() - 1);
    for (int row = from; row <= to; ++row)
        lines.append(rowText(row));
    return lines.join(u'\n');
}

void LogView::copy()
{
    const QString text = selectedText();
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

bool LogView::saveTo(const QString &path, QString *error) const
{
    return m_rows.save(path, m_timestamps, error);
}

void LogView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

void LogView::scrollContentsBy(int dx, int)
{
    // repaintNewLines() decides itself; and following, the newest rows are in view whatever the
    // vertical scroll bar says, so its range growing to the end changes nothing painted.
    const QScrollBar *bar = verticalScrollBar();
    if (m_placingNewLines || (dx == 0 && m_following && bar->value() >= bar->maximum()))
        return;
    invalidate();
}

void LogView::mousePressEvent(QMouseEvent *event)
{
    settleScrollBars();
    if (event->button() != Qt::LeftButton || !rowCount())
        return;
    const int row = rowAt(int(event->position().y()));
    if (event->modifiers() & Qt::ShiftModifier && m_selectionAnchor >= 0)
        m_selectionEnd = row;
    else
        m_selectionAnchor = m_selectionEnd = row;
    invalidate();
}

void LogView::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton) || m_selectionAnchor < 0)
        return;
    m_selectionEnd = rowAt(int(event->position().y()));
    invalidate();
}

void LogView::keyPressEvent(QKeyEvent *event)
{
    settleScrollBars();
    if (event->matches(QKeySequence::Copy)) {
        copy();
        return;
    }
    if (event->matches(QKeySequence::SelectAll)) {
        selectRows(0, rowCount() - 1);
        return;
    }
    if (event->key() == Qt::Key_End) {
        setFollowing(true);
        return;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

void LogView::wheelEvent(QWheelEvent *event)
{
    settleScrollBars();
    QAbstractScrollArea::wheelEvent(event);
}

void LogView::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange) {
        const QFontMetrics metrics(font());
        m_lineHeight = metrics.lineSpacing();
        m_charWidth = qMax(1, metrics.horizontalAdvance(u'M'));
        m_painter.setFont(font());
        m_painter.setPalette(palette());
        updateScrollBars();
    }
}

void LogView::updateColumns() const
{
    const bool allServices = m_model && m_rows.service().isEmpty();
    m_painter.setColumns(m_timestamps, allServices ? m_model->services() : QStringList());
}

qreal LogView::textLeft() const
{
    updateColumns();
    return 4 - horizontalScrollBar()->value() + m_painter.prefixWidth();
}

QList<QRectF> LogView::matchRectangles(int row) const
{
    if (!m_model || row < 0 || row >= rowCount())
        return {};
    updateColumns();
    const QPointF origin(4 - horizontalScrollBar()->value(), (row - firstVisibleRow()) * m_lineHeight);
    return m_painter.matchRectangles(m_model->entry(m_rows.modelRow(row)), m_search, origin, m_lineHeight);
}

} // namespace Berth
