// Renders Berth's SVG application icon to a square PNG of one size (the hicolor sizes are made at
// build time from the one SVG), or to a Windows .ico holding several sizes.
// Usage: berth-render-icon SVG SIZE OUTPUT.PNG
//        berth-render-icon SVG SIZE,SIZE,... OUTPUT.ico
//
// Qt SVG's renderer rather than ImageMagick: the build root's ImageMagick has no SVG coder of its
// own and would need rsvg-convert, which the root does not have; Qt SVG is a build dependency
// already. The .ico is written here rather than by Qt's ICO image plugin, which puts one image in
// a file and Windows wants several sizes in one. The output is written to a temporary file and
// renamed, so a failed run leaves no half file.

#include <QBuffer>
#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QPainter>
#include <QSaveFile>
#include <QString>
#include <QSvgRenderer>
#include <QTextStream>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace {

QImage render(QSvgRenderer &renderer, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.render(&painter, QRectF(0, 0, size, size));
    return image;
}

QByteArray png(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

void appendLittleEndian16(QByteArray &out, quint16 value)
{
    char bytes[2];
    qToLittleEndian(value, bytes);
    out.append(bytes, 2);
}

void appendLittleEndian32(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToLittleEndian(value, bytes);
    out.append(bytes, 4);
}

// An ICO file: a 6-byte header (reserved 0, type 1 = icon, image count), one 16-byte entry per
// image (width and height with 0 meaning 256, no palette, 1 plane, 32 bits per pixel, the image's
// byte count and offset), then the images. Each image is a whole PNG file, which Windows reads in
// icons since Vista; the entries are in the order of the sizes given.
QByteArray icoFile(const QList<QByteArray> &pngs, const QList<int> &sizes)
{
    QByteArray out;
    appendLittleEndian16(out, 0);
    appendLittleEndian16(out, 1);
    appendLittleEndian16(out, quint16(pngs.size()));
    quint32 offset = quint32(6 + 16 * pngs.size());
    for (qsizetype i = 0; i < pngs.size(); ++i) {
        const char side = char(sizes.at(i) >= 256 ? 0 : sizes.at(i));
        out.append(side);
        out.append(side);
        out.append(char(0)); // colours in the palette: none
        out.append(char(0)); // reserved
        appendLittleEndian16(out, 1);
        appendLittleEndian16(out, 32);
        appendLittleEndian32(out, quint32(pngs.at(i).size()));
        appendLittleEndian32(out, offset);
        offset += quint32(pngs.at(i).size());
    }
    for (const QByteArray &image : pngs)
        out.append(image);
    return out;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    QTextStream err(stderr);
    if (args.size() != 4) {
        err << "usage: berth-render-icon SVG SIZE OUTPUT.PNG\n"
               "       berth-render-icon SVG SIZE,SIZE,... OUTPUT.ico\n";
        return 2;
    }
    const bool ico = args.at(3).endsWith(u".ico"_s, Qt::CaseInsensitive);
    QList<int> sizes;
    for (const QString &field : args.at(2).split(u',')) {
        bool ok = false;
        const int size = field.toInt(&ok);
        // An .ico entry stores its side in one byte (0 for 256): nothing larger fits.
        if (!ok || size < 1 || size > (ico ? 256 : 4096)) {
            err << "berth-render-icon: bad size " << field << '\n';
            return 2;
        }
        sizes.append(size);
    }
    if (!ico && sizes.size() != 1) {
        err << "berth-render-icon: a PNG has one size; several sizes need an .ico output\n";
        return 2;
    }
    QSvgRenderer renderer(args.at(1));
    if (!renderer.isValid()) {
        err << "berth-render-icon: cannot read " << args.at(1) << '\n';
        return 1;
    }
    QSaveFile out(args.at(3));
    bool written = out.open(QIODevice::WriteOnly);
    if (written && ico) {
        QList<QByteArray> pngs;
        for (int size : sizes) {
            pngs.append(png(render(renderer, size)));
            written = written && !pngs.constLast().isEmpty();
        }
        written = written && out.write(icoFile(pngs, sizes)) >= 0;
    } else if (written) {
        written = render(renderer, sizes.constFirst()).save(&out, "PNG");
    }
    if (!written || !out.commit()) {
        err << "berth-render-icon: cannot write " << args.at(3) << '\n';
        return 1;
    }
    return 0;
}
