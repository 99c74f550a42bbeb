#include "fileicons.h"

#include "glyphicon.h"

#include <QPainter>
#include <QPainterPath>

namespace Berth {

namespace {

// A page with its top right corner folded; the role's mark goes below the fold (x 7–17, y 9–20).
void drawPage(QPainter &p)
{
    p.drawPolyline(QPolygonF({QPointF(14, 2.75), QPointF(4.75, 2.75), QPointF(4.75, 21.25), QPointF(19.25, 21.25),
                              QPointF(19.25, 8)}));
    p.drawPolyline(QPolygonF({QPointF(14, 2.75), QPointF(14, 8), QPointF(19.25, 8), QPointF(14, 2.75)}));
}

void box(QPainter &p, qreal x, qreal y, qreal w, qreal h)
{
    p.drawRect(QRectF(x, y, w, h));
    p.drawLine(QPointF(x + w / 3, y), QPointF(x + w / 3, y + h));
    p.drawLine(QPointF(x + 2 * w / 3, y), QPointF(x + 2 * w / 3, y + h));
}

void drawMark(QPainter &p, FileRole role, const QColor &colour)
{
    switch (role) {
    case FileRole::Dockerfile: // a container
        box(p, 7.5, 12, 9, 6);
        break;
    case FileRole::Compose: // containers stacked
        box(p, 7.5, 10, 9, 4.5);
        box(p, 7.5, 14.5, 9, 4.5);
        break;
    case FileRole::NginxSite: // a globe
        p.drawEllipse(QRectF(7, 10, 10, 10));
        p.drawEllipse(QRectF(10, 10, 4, 10));
        p.drawLine(QPointF(7, 15), QPointF(17, 15));
        break;
    case FileRole::UwsgiIni: { // a gear
        p.drawEllipse(QRectF(9.5, 12.5, 5, 5));
        for (int i = 0; i < 8; ++i) {
            const QLineF spoke = QLineF::fromPolar(5, i * 45.0).translated(12, 15);
            p.drawLine(QLineF(spoke.pointAt(0.55), spoke.p2()));
        }
        break;
    }
    case FileRole::PytestIni: // a check mark
        p.drawPolyline(QPolygonF({QPointF(7.5, 15), QPointF(10.5, 18), QPointF(16.5, 11)}));
        break;
    case FileRole::EnvFile: // a key
        p.drawEllipse(QRectF(7, 11, 5, 5));
        p.drawLine(QPointF(12, 13.5), QPointF(17, 13.5));
        p.drawLine(QPointF(15.5, 13.5), QPointF(15.5, 16.5));
        break;
    case FileRole::DockerIgnore:
    case FileRole::GitIgnore: // a crossed-out circle
        p.drawEllipse(QRectF(7.5, 10.5, 9, 9));
        p.drawLine(QPointF(9, 18), QPointF(15, 12));
        break;
    case FileRole::Requirements: // a list
        for (qreal y : {11.0, 14.5, 18.0}) {
            p.drawPoint(QPointF(8, y));
            p.drawLine(QPointF(10.5, y), QPointF(16.5, y));
        }
        break;
    case FileRole::Python: { // Python's two interlocked snakes, as two offset rounded squares
        QPainterPath upper;
        upper.addRoundedRect(QRectF(7, 10, 6.5, 6.5), 1.5, 1.5);
        p.fillPath(upper, colour);
        p.drawRoundedRect(QRectF(10.5, 13.5, 6.5, 6.5), 1.5, 1.5);
        break;
    }
    case FileRole::Spec: // two sliders
        p.drawLine(QPointF(7, 12.5), QPointF(17, 12.5));
        p.drawLine(QPointF(7, 17.5), QPointF(17, 17.5));
        p.fillPath([] { QPainterPath k; k.addEllipse(QPointF(10, 12.5), 1.75, 1.75); k.addEllipse(QPointF(14.5, 17.5), 1.75, 1.75); return k; }(),
                   colour);
        break;
    case FileRole::Text: // lines of text
        for (qreal y : {11.0, 14.5, 18.0})
            p.drawLine(QPointF(7.5, y), QPointF(y == 18.0 ? 13.0 : 16.5, y));
        break;
    }
}

} // namespace

QIcon fileRoleIcon(FileRole role)
{
    return glyphIcon([role](QPainter &p, const QColor &colour) {
        p.setPen(QPen(colour, 1.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(Qt::NoBrush);
        drawPage(p);
        drawMark(p, role, colour);
    });
}

} // namespace Berth
