// Renders Berth's SVG application icon to a square PNG of one size (the hicolor sizes are made at
// build time from the one SVG). Usage: berth-render-icon SVG SIZE OUTPUT.PNG
//
// Qt SVG's renderer rather than ImageMagick: the build root's ImageMagick has no SVG coder of its
// own and would need rsvg-convert, which the root does not have; Qt SVG is a build dependency
// already. The PNG is written to a temporary file and renamed, so a failed run leaves no half file.

#include <QCoreApplication>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QString>
#include <QSvgRenderer>
#include <QTextStream>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    QTextStream err(stderr);
    if (args.size() != 4) {
        err << "usage: berth-render-icon SVG SIZE OUTPUT.PNG\n";
        return 2;
    }
    bool ok = false;
    const int size = args.at(2).toInt(&ok);
    if (!ok || size < 1 || size > 4096) {
        err << "berth-render-icon: bad size " << args.at(2) << '\n';
        return 2;
    }
    QSvgRenderer renderer(args.at(1));
    if (!renderer.isValid()) {
        err << "berth-render-icon: cannot read " << args.at(1) << '\n';
        return 1;
    }
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter, QRectF(0, 0, size, size));
    }
    QSaveFile out(args.at(3));
    if (!out.open(QIODevice::WriteOnly) || !image.save(&out, "PNG") || !out.commit()) {
        err << "berth-render-icon: cannot write " << args.at(3) << '\n';
        return 1;
    }
    return 0;
}
