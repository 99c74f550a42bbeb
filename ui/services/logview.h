#pragma once

#include <QAbstractScrollArea>
#include <QRegularExpression>

#include <deque>

class QTimer;

namespace Berth {

class LogModel;

// Shows a LogModel by painting only the rows in view, straight from its ring buffer: the cost
// of a repaint does not grow with the number of lines kept, and a flood costs one repaint per
// frame interval (PERFORMANCE.md: a QPlainTextEdit stalls for hundreds of ms). Text is drawn as
// text with colour spans; nothing is ever interpreted as rich text.
class LogView : public QAbstractScrollArea
{
    Q_OBJECT
public:
    explicit LogView(QWidget *parent = nullptr);

    void setModel(LogModel *model);
    LogModel *model() const { return m_model; }

    // "" shows every service.
    void setServiceFilter(const QString &service);
    QString serviceFilter() const { return m_filter; }
    void setShowTimestamps(bool show);
    bool showTimestamps() const { return m_timestamps; }
    // Following keeps the newest line in view; scrolling up pauses it.
    void setFollowing(bool follow);
    bool isFollowing() const { return m_following; }

    // Search: highlights every match in view; next/previous move to a matching line.
    // Returns false (and keeps the old search) for an invalid regular expression.
    bool setSearch(const QString &text, bool regularExpression, bool caseSensitive = false);
    bool findNext();
    bool findPrevious();
    int currentMatchRow() const { return m_matchRow; }

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

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    void onLinesAppended(int added, int dropped);
    void onModelReset();
    void rebuildFilter();
    void updateScrollBars();
    int modelRow(int row) const; // row as shown -> model row
    int rowAt(int y) const;
    bool matches(int row) const;
    void scrollToRow(int row);
    QString prefix(int modelRow) const;

    LogModel *m_model = nullptr;
    QTimer *m_repaint = nullptr;
    QString m_filter;
    std::deque<quint64> m_filtered; // sequences of the lines the filter lets through
    QString m_search;
    QRegularExpression m_regex;
    bool m_useRegex = false;
    Qt::CaseSensitivity m_case = Qt::CaseInsensitive;
    int m_matchRow = -1;
    int m_selectionAnchor = -1;
    int m_selectionEnd = -1;
    int m_lineHeight = 16;
    int m_charWidth = 8;
    int m_longest = 0;
    bool m_timestamps = false;
    bool m_following = true;
    bool m_adjusting = false;
};

} // namespace Berth
