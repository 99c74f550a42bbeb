#pragma once

#include <QLabel>

namespace Berth {

// One line of text that fits its width: elided in the middle (both ends of a command line
// stay, the verb at its end most of all), the whole text in the tool tip and the accessible
// description.
class ElidedLabel : public QLabel
{
    Q_OBJECT
public:
    explicit ElidedLabel(QWidget *parent = nullptr);
    void setFullText(const QString &text);
    QString fullText() const { return m_full; }
    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void elide();
    QString m_full;
};

} // namespace Berth
