#include "logview.h"

#include "logs/logline.h"
#include "logs/logmodel.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QPainter>
#include <QSaveFile>
#include <QScrollBar>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Berth {

namespace {

// At most this many characters of a line are drawn (docker splits lines at 16 KiB anyway).
constexpr int maxDrawnChars = 2000;

QColor serviceColour(const QString &service, const QPalette &palette)
{
    const int hue = int(qHash(service) % 360);
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    return QColor::fromHsv(hue, dark ? 120 : 200, dark ? 230 : 150);
}

QColor ansiColour(qint32 colour, const QPalette &palette, bool background)
{
    const QColor fallback = palette.color(background ? QPalette::Base : QPalette::Text);
    return QColor::fromRgb(AnsiParser::rgb(colour, fallback.rgb() & 0xFFFFFF));
}

} // namespace

LogView::LogView(QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_repaint(new QTimer(this))
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    const QFontMetrics metrics(font());
    m_lineHeight = metrics.lineSpacing();
    m_charWidth = qMax(1, metrics.horizontalAdvance(u'M'));
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setCursor(Qt::IBeamCursor);
    // Repaints are batched: lines arriving within one interval cost one repaint.
    m_repaint->setSingleShot(true);
    m_repaint->setInterval(33);
    connect(m_repaint, &QTimer::timeout, this, [this] {
        updateScrollBars();
        viewport()->update();
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
    onModelReset();
}

void LogView::onModelReset()
{
    m_matchRow = -1;
    m_selectionAnchor = m_selectionEnd = -1;
    rebuildFilter();
    updateScrollBars();
    viewport()->update();
}

void LogView::rebuildFilter()
{
    m_filtered.clear();
    if (!m_model || m_filter.isEmpty())
        return;
    for (int i = 0; i < m_model->lineCount(); ++i) {
        const LogEntry &e = m_model->entry(i);
        if (e.service.isEmpty() || e.service == m_filter)
            m_filtered.push_back(e.sequence);
    }
}

void LogView::onLinesAppended(int added, int dropped)
{
    int removedRows = dropped;
    if (!m_filter.isEmpty()) {
        removedRows = 0;
        const quint64 first = m_model->lineCount() ? m_model->entry(0).sequence : m_model->totalAppended();
        while (!m_filtered.empty() && m_filtered.front() < first) {
            m_filtered.pop_front();
            ++removedRows;
        }
        for (int i = m_model->lineCount() - added; i < m_model->lineCount(); ++i) {
            const LogEntry &e = m_model->entry(i);
            if (e.service.isEmpty() || e.service == m_filter)
                m_filtered.push_back(e.sequence);
        }
    }
    for (int i = qMax(0, m_model->lineCount() - added); i < m_model->lineCount(); ++i)
        m_longest = qMax(m_longest, int(qMin<qsizetype>(m_model->entry(i).text.size(), maxDrawnChars)));
    if (removedRows > 0) {
        // Keep the lines the user reads in place while old ones leave the buffer.
        if (!m_following) {
            m_adjusting = true;
            verticalScrollBar()->setValue(qMax(0, verticalScrollBar()->value() - removedRows));
            m_adjusting = false;
        }
        auto shift = [removedRows](int &row) { row = row < 0 ? -1 : (row - removedRows < 0 ? -1 : row - removedRows); };
        shift(m_matchRow);
        shift(m_selectionAnchor);
        shift(m_selectionEnd);
    }
    if (!m_repaint->isActive())
        m_repaint->start();
}

void LogView::updateScrollBars()
{
    const int visible = visibleRowCount();
    m_adjusting = true;
    verticalScrollBar()->setPageStep(visible);
    verticalScrollBar()->setRange(0, qMax(0, rowCount() - visible));
    if (m_following)
        verticalScrollBar()->setValue(verticalScrollBar()->maximum());
    const int prefixChars = (m_timestamps ? 31 : 0) + 24;
    const int width = (m_longest + prefixChars) * m_charWidth;
    horizontalScrollBar()->setPageStep(viewport()->width());
    horizontalScrollBar()->setSingleStep(m_charWidth * 4);
    horizontalScrollBar()->setRange(0, qMax(0, width - viewport()->width()));
    m_adjusting = false;
}

int LogView::rowCount() const
{
    if (!m_model)
        return 0;
    return m_filter.isEmpty() ? m_model->lineCount() : int(m_filtered.size());
}

int LogView::modelRow(int row) const
{
    if (m_filter.isEmpty())
        return row;
    return int(m_filtered[std::size_t(row)] - m_model->entry(0).sequence);
}

int LogView::firstVisibleRow() const
{
    return verticalScrollBar()->value();
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
    if (service == m_filter)
        return;
    m_filter = service;
    m_matchRow = -1;
    m_selectionAnchor = m_selectionEnd = -1;
    rebuildFilter();
    updateScrollBars();
    viewport()->update();
}

void LogView::setShowTimestamps(bool show)
{
    m_timestamps = show;
    updateScrollBars();
    viewport()->update();
}

void LogView::setFollowing(bool follow)
{
    if (m_following == follow)
        return;
    m_following = follow;
    if (follow) {
        m_adjusting = true;
        verticalScrollBar()->setValue(verticalScrollBar()->maximum());
        m_adjusting = false;
    }
    Q_EMIT followingChanged(follow);
    viewport()->update();
}

QString LogView::prefix(int row) const
{
    const LogEntry &e = m_model->entry(row);
    QString text;
    if (m_timestamps && e.timestampNs > 0)
        text += LogLine::formatTimestamp(e.timestampNs) + u' ';
    if (!e.service.isEmpty())
        text += e.service + " | "_L1;
    return text;
}

QString LogView::rowText(int row) const
{
    if (!m_model || row < 0 || row >= rowCount())
        return {};
    const int mr = modelRow(row);
    return prefix(mr) + m_model->entry(mr).text;
}

bool LogView::setSearch(const QString &text, bool regularExpression, bool caseSensitive)
{
    if (regularExpression) {
        QRegularExpression regex(text, caseSensitive ? QRegularExpression::NoPatternOption
                                                     : QRegularExpression::CaseInsensitiveOption);
        if (!regex.isValid())
            return false;
        m_regex = regex;
    }
    m_search = text;
    m_useRegex = regularExpression;
    m_case = caseSensitive ? Qt::CaseSensitive : Qt::CaseInsensitive;
    m_matchRow = -1;
    viewport()->update();
    return true;
}

bool LogView::matches(int row) const
{
    const QString &text = m_model->entry(modelRow(row)).text;
    if (m_useRegex)
        return m_regex.match(text).hasMatch();
    return text.contains(m_search, m_case);
}

bool LogView::findNext()
{
    const int rows = rowCount();
    if (m_search.isEmpty() || rows == 0)
        return false;
    const int start = m_matchRow >= 0 ? m_matchRow + 1 : firstVisibleRow();
    for (int i = 0; i < rows; ++i) {
        const int row = (start + i) % rows;
        if (matches(row)) {
            scrollToRow(row);
            return true;
        }
    }
    return false;
}

bool LogView::findPrevious()
{
    const int rows = rowCount();
    if (m_search.isEmpty() || rows == 0)
        return false;
    const int start = m_matchRow >= 0 ? m_matchRow - 1 : firstVisibleRow() + visibleRowCount() - 1;
    for (int i = 0; i < rows; ++i) {
        const int row = ((start - i) % rows + rows) % rows;
        if (matches(row)) {
            scrollToRow(row);
            return true;
        }
    }
    return false;
}

void LogView::scrollToRow(int row)
{
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
    viewport()->update();
}

void LogView::selectRows(int first, int last)
{
    m_selectionAnchor = first;
    m_selectionEnd = last;
    viewport()->update();
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
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    for (int row = 0; row < rowCount(); ++row)
        file.write((rowText(row) + u'\n').toUtf8());
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

void LogView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

void LogView::scrollContentsBy(int, int)
{
    viewport()->update();
}

void LogView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !rowCount())
        return;
    const int row = rowAt(int(event->position().y()));
    if (event->modifiers() & Qt::ShiftModifier && m_selectionAnchor >= 0)
        m_selectionEnd = row;
    else
        m_selectionAnchor = m_selectionEnd = row;
    viewport()->update();
}

void LogView::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton) || m_selectionAnchor < 0)
        return;
    m_selectionEnd = rowAt(int(event->position().y()));
    viewport()->update();
}

void LogView::keyPressEvent(QKeyEvent *event)
{
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
    QAbstractScrollArea::wheelEvent(event);
}

void LogView::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    const QPalette pal = palette();
    painter.fillRect(viewport()->rect(), pal.color(QPalette::Base));
    if (!m_model || rowCount() == 0) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(viewport()->rect().adjusted(8, 8, -8, -8), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                         m_filter.isEmpty() ? tr("What the services print appears here once they run.")
                                            : tr("%1 has printed nothing yet.").arg(m_filter));
        return;
    }
    painter.setFont(font());
    const QFontMetrics metrics(font());
    const int ascent = metrics.ascent();
    const int rows = rowCount();
    const int first = firstVisibleRow();
    const int last = qMin(rows - 1, first + visibleRowCount());
    const int x0 = 4 - horizontalScrollBar()->value();
    const int selFrom = qMin(m_selectionAnchor, m_selectionEnd), selTo = qMax(m_selectionAnchor, m_selectionEnd);
    const QColor matchColour(255, 220, 0, 110), currentMatchColour(255, 150, 0, 170);
    int serviceWidth = 0;
    if (m_filter.isEmpty()) {
        for (const QString &service : m_model->services())
            serviceWidth = qMax(serviceWidth, int(service.size()));
    }
    for (int row = first; row <= last; ++row) {
        const int y = (row - first) * m_lineHeight;
        const QRect line(0, y, viewport()->width(), m_lineHeight);
        if (m_selectionAnchor >= 0 && row >= selFrom && row <= selTo)
            painter.fillRect(line, pal.color(QPalette::Highlight).lighter(row == m_matchRow ? 100 : 130));
        if (row == m_matchRow)
            painter.fillRect(line, currentMatchColour);
        const LogEntry &e = m_model->entry(modelRow(row));
        int x = x0;
        if (m_timestamps) {
            painter.setPen(pal.color(QPalette::PlaceholderText));
            if (e.timestampNs > 0)
                painter.drawText(x, y + ascent, LogLine::formatTimestamp(e.timestampNs));
            x += 31 * m_charWidth;
        }
        if (m_filter.isEmpty()) {
            if (!e.service.isEmpty()) {
                painter.setPen(serviceColour(e.service, pal));
                painter.drawText(x, y + ascent, e.service.leftJustified(serviceWidth) + " |"_L1);
            }
            x += (serviceWidth + 3) * m_charWidth;
        }
        if (e.service.isEmpty() && !e.text.isEmpty() && e.timestampNs == 0) {
            // Berth's own notices, in italics.
            QFont italic = font();
            italic.setItalic(true);
            painter.setFont(italic);
            painter.setPen(pal.color(QPalette::PlaceholderText));
            painter.drawText(x, y + ascent, e.text.left(maxDrawnChars));
            painter.setFont(font());
            continue;
        }
        const QString text = e.text.left(maxDrawnChars);
        if (!m_search.isEmpty()) {
            auto mark = [&](qsizetype from, qsizetype length) {
                painter.fillRect(QRect(x + int(from) * m_charWidth, y, int(length) * m_charWidth, m_lineHeight), matchColour);
            };
            if (m_useRegex) {
                auto it = m_regex.globalMatch(text);
                while (it.hasNext()) {
                    const auto match = it.next();
                    if (match.capturedLength() == 0)
                        break;
                    mark(match.capturedStart(), match.capturedLength());
                }
            } else {
                for (qsizetype at = text.indexOf(m_search, 0, m_case); at >= 0; at = text.indexOf(m_search, at + m_search.size(), m_case))
                    mark(at, m_search.size());
            }
        }
        // Text in runs: unstyled stretches in the text colour, spans in theirs.
        qsizetype at = 0;
        auto drawRun = [&](qsizetype from, qsizetype to, const TextSpan *span) {
            if (to <= from)
                return;
            const QString run = text.mid(from, to - from);
            const int left = x + int(from) * m_charWidth;
            if (span && span->background >= 0)
                painter.fillRect(QRect(left, y, int(run.size()) * m_charWidth, m_lineHeight), ansiColour(span->background, pal, true));
            if (span && (span->bold || span->italic || span->underline)) {
                QFont styled = font();
                styled.setBold(span->bold);
                styled.setItalic(span->italic);
                styled.setUnderline(span->underline);
                painter.setFont(styled);
            }
            painter.setPen(span ? ansiColour(span->foreground, pal, false) : pal.color(QPalette::Text));
            painter.drawText(left, y + ascent, run);
            if (span && (span->bold || span->italic || span->underline))
                painter.setFont(font());
        };
        for (const TextSpan &span : e.spans) {
            const qsizetype start = qMin<qsizetype>(span.start, text.size());
            const qsizetype end = qMin<qsizetype>(span.start + span.length, text.size());
            drawRun(at, start, nullptr);
            drawRun(start, end, &span);
            at = end;
        }
        drawRun(at, text.size(), nullptr);
    }
}

} // namespace Berth
