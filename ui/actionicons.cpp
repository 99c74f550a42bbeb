#include "actionicons.h"

#include "glyphicon.h"

#include <QHash>
#include <QPainter>
#include <QPainterPath>

using namespace Qt::StringLiterals;

namespace Berth {

namespace {

enum class Glyph { Build, Up, Start, Stop, Restart, Down, DownVolumes, Tests, Migrate, MakeMigrations, ShowMigrations,
                   CollectStatic, CheckDeploy, Superuser, Shell, OpenSite, Copy, Save, Clear };

// Draws glyph in a 24×24 box with pen and brush of colour.
void drawGlyph(QPainter &p, Glyph glyph, const QColor &colour)
{
    QPen pen(colour, 2.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    auto filled = [&p, &colour](const QPainterPath &path) { p.fillPath(path, colour); };
    auto triangle = [](qreal x, qreal y, qreal w, qreal h) {
        QPainterPath t;
        t.moveTo(x, y);
        t.lineTo(x + w, y + h / 2);
        t.lineTo(x, y + h);
        t.closeSubpath();
        return t;
    };
    auto database = [&p](qreal x, qreal y, qreal w, qreal h) {
        p.drawEllipse(QRectF(x, y, w, 5));
        p.drawLine(QPointF(x, y + 2.5), QPointF(x, y + h));
        p.drawLine(QPointF(x + w, y + 2.5), QPointF(x + w, y + h));
        p.drawArc(QRectF(x, y + h - 2.5, w, 5), 180 * 16, 180 * 16);
    };
    switch (glyph) {
    case Glyph::Build: // a box with an arrow into it
        p.drawRect(QRectF(4, 11, 16, 9));
        p.drawLine(QPointF(12, 3), QPointF(12, 13));
        p.drawPolyline(QPolygonF({QPointF(8.5, 9.5), QPointF(12, 13), QPointF(15.5, 9.5)}));
        break;
    case Glyph::Up: // play over a base line: create and start
        filled(triangle(7, 3, 12, 13));
        p.drawLine(QPointF(5, 20.5), QPointF(19, 20.5));
        break;
    case Glyph::Start:
        filled(triangle(7, 4, 12, 16));
        break;
    case Glyph::Stop:
        filled([] { QPainterPath s; s.addRoundedRect(QRectF(6, 6, 12, 12), 1.5, 1.5); return s; }());
        break;
    case Glyph::Restart: { // an open circle with an arrowhead
        p.drawArc(QRectF(4.5, 4.5, 15, 15), 60 * 16, 300 * 16);
        QPainterPath head;
        head.moveTo(15.5, 2.5);
        head.lineTo(20.5, 6.5);
        head.lineTo(14.5, 9.5);
        head.closeSubpath();
        filled(head);
        break;
    }
    case Glyph::Down: // power: remove the containers
        p.drawArc(QRectF(5, 5.5, 14, 14), 120 * 16, 300 * 16);
        p.drawLine(QPointF(12, 3), QPointF(12, 11));
        break;
    case Glyph::DownVolumes: // a bin
        p.drawLine(QPointF(4, 6.5), QPointF(20, 6.5));
        p.drawPolyline(QPolygonF({QPointF(9, 6.5), QPointF(9.5, 3.5), QPointF(14.5, 3.5), QPointF(15, 6.5)}));
        p.drawPolyline(QPolygonF({QPointF(6, 6.5), QPointF(7.5, 20.5), QPointF(16.5, 20.5), QPointF(18, 6.5)}));
        p.drawLine(QPointF(10.5, 10), QPointF(10.5, 17));
        p.drawLine(QPointF(13.5, 10), QPointF(13.5, 17));
        break;
    case Glyph::Tests: // a check mark in a circle
        p.drawEllipse(QRectF(3.5, 3.5, 17, 17));
        p.drawPolyline(QPolygonF({QPointF(8, 12.5), QPointF(11, 15.5), QPointF(16.5, 9)}));
        break;
    case Glyph::Migrate: // a database with an arrow into it
        database(8, 7, 12, 13);
        p.drawLine(QPointF(2.5, 12), QPointF(8.5, 12));
        p.drawPolyline(QPolygonF({QPointF(5.5, 9), QPointF(8.5, 12), QPointF(5.5, 15)}));
        break;
    case Glyph::MakeMigrations: // a page with a plus
        p.drawPolyline(QPolygonF({QPointF(14, 3.5), QPointF(5.5, 3.5), QPointF(5.5, 20.5), QPointF(18.5, 20.5), QPointF(18.5, 8)}));
        p.drawLine(QPointF(14, 3.5), QPointF(18.5, 8));
        p.drawLine(QPointF(12, 10.5), QPointF(12, 17.5));
        p.drawLine(QPointF(8.5, 14), QPointF(15.5, 14));
        break;
    case Glyph::ShowMigrations: // a list
        for (qreal y : {6.5, 12.0, 17.5}) {
            p.drawPoint(QPointF(5, y));
            p.drawLine(QPointF(9, y), QPointF(20, y));
        }
        break;
    case Glyph::CollectStatic: // a folder
        p.drawPolyline(QPolygonF({QPointF(3.5, 19.5), QPointF(3.5, 5.5), QPointF(9.5, 5.5), QPointF(11.5, 8),
                                  QPointF(20.5, 8), QPointF(20.5, 19.5), QPointF(3.5, 19.5)}));
        break;
    case Glyph::CheckDeploy: { // a shield
        QPainterPath shield;
        shield.moveTo(12, 3);
        shield.lineTo(19.5, 6);
        shield.cubicTo(19.5, 13, 16.5, 18, 12, 21);
        shield.cubicTo(7.5, 18, 4.5, 13, 4.5, 6);
        shield.closeSubpath();
        p.drawPath(shield);
        break;
    }
    case Glyph::Superuser: // a person
        p.drawEllipse(QRectF(8.5, 3.5, 7, 7));
        p.drawArc(QRectF(4.5, 13, 15, 15), 0, 180 * 16);
        break;
    case Glyph::Shell: // a prompt: >_
        p.drawRoundedRect(QRectF(2.5, 4.5, 19, 15), 2, 2);
        p.drawPolyline(QPolygonF({QPointF(6.5, 9), QPointF(9.5, 12), QPointF(6.5, 15)}));
        p.drawLine(QPointF(11.5, 15), QPointF(16.5, 15));
        break;
    case Glyph::Copy: // two pages, one over the other
        p.drawRoundedRect(QRectF(4.5, 3.5, 10, 13), 1.5, 1.5);
        p.drawPolyline(QPolygonF({QPointF(17.5, 7.5), QPointF(19.5, 7.5), QPointF(19.5, 20.5), QPointF(9.5, 20.5), QPointF(9.5, 18.5)}));
        break;
    case Glyph::Save: // an arrow down into a tray
        p.drawLine(QPointF(12, 3), QPointF(12, 14));
        p.drawPolyline(QPolygonF({QPointF(7.5, 9.5), QPointF(12, 14), QPointF(16.5, 9.5)}));
        p.drawPolyline(QPolygonF({QPointF(3.5, 14.5), QPointF(3.5, 20.5), QPointF(20.5, 20.5), QPointF(20.5, 14.5)}));
        break;
    case Glyph::Clear: // lines of text, crossed out
        for (qreal y : {6.5, 12.0, 17.5})
            p.drawLine(QPointF(3.5, y), QPointF(12.5, y));
        p.drawLine(QPointF(14.5, 8.5), QPointF(20.5, 14.5));
        p.drawLine(QPointF(20.5, 8.5), QPointF(14.5, 14.5));
        break;
    case Glyph::OpenSite: // a globe
        p.drawEllipse(QRectF(3.5, 3.5, 17, 17));
        p.drawEllipse(QRectF(8.5, 3.5, 7, 17));
        p.drawLine(QPointF(3.5, 12), QPointF(20.5, 12));
        break;
    }
}

// The glyph of each action verb; stack_up and service_up share one: the row says which.
const QHash<QString, Glyph> &glyphsByVerb()
{
    static const QHash<QString, Glyph> glyphs{
        {u"build"_s, Glyph::Build},         {u"up"_s, Glyph::Up},
        {u"start"_s, Glyph::Start},         {u"stop"_s, Glyph::Stop},
        {u"restart"_s, Glyph::Restart},     {u"down"_s, Glyph::Down},
        {u"downvolumes"_s, Glyph::DownVolumes}, {u"tests"_s, Glyph::Tests},
        {u"migrate"_s, Glyph::Migrate},     {u"makemigrations"_s, Glyph::MakeMigrations},
        {u"showmigrations"_s, Glyph::ShowMigrations}, {u"collectstatic"_s, Glyph::CollectStatic},
        {u"checkdeploy"_s, Glyph::CheckDeploy}, {u"superuser"_s, Glyph::Superuser},
        {u"shell"_s, Glyph::Shell},         {u"opensite"_s, Glyph::OpenSite},
        {u"copy"_s, Glyph::Copy},           {u"save"_s, Glyph::Save},
        {u"clear"_s, Glyph::Clear},
    };
    return glyphs;
}

} // namespace

QStringList actionIconVerbs()
{
    return glyphsByVerb().keys();
}

QIcon actionIcon(const QString &actionName)
{
    const QString verb = actionName.section(u'_', 1).toLower();
    const QHash<QString, Glyph> &glyphs = glyphsByVerb();
    const auto it = glyphs.constFind(verb);
    if (it == glyphs.cend())
        return {};
    const Glyph glyph = *it;
    return glyphIcon([glyph](QPainter &p, const QColor &colour) { drawGlyph(p, glyph, colour); });
}

} // namespace Berth
