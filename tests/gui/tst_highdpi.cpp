// Berth at scale 2 (QT_SCALE_FACTOR=2, as on a high-density display): its own icons (the action
// glyphs, the setup files' type icons, the service state dots) are drawn for the display's pixels,
// not enlarged from scale 1, and the main window with a project is drawn at twice the pixels. With
// BERTH_SCREENSHOT_DIR set, the start page and the project are saved there at scale 2.
#include "../common/startproject.h"
#include "actionicons.h"
#include "fileicons.h"
#include "generate/generator.h"
#include "mainwindow.h"
#include "project/projectspec.h"
#include "services/servicestatedelegate.h"

#include <QApplication>
#include <QDockWidget>
#include <QImage>
#include <QListWidget>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace {

QImage premultiplied(const QPixmap &pixmap)
{
    return pixmap.toImage().convertToFormat(QImage::Format_ARGB32_Premultiplied);
}

// The mean difference of the two images' alpha, 0 to 255.
double alphaDifference(const QImage &a, const QImage &b)
{
    double sum = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x)
            sum += std::abs(qAlpha(a.pixel(x, y)) - qAlpha(b.pixel(x, y)));
    }
    return sum / (a.width() * a.height());
}

// icon at 16 logical pixels and scale 2 is a 32-pixel image with a device pixel ratio of 2, drawn
// for those 32 pixels: the same as the icon asked for at 32 pixels and scale 1, and unlike the
// 16-pixel image enlarged (which is what a blurred high-DPI icon is).
QString sharpAtTwo(const QIcon &icon)
{
    const QPixmap two = icon.pixmap(QSize(16, 16), 2.0);
    if (two.size() != QSize(32, 32) || two.devicePixelRatio() != 2.0)
        return u"%1×%2 pixels at ratio %3, not 32×32 at 2"_s.arg(two.width()).arg(two.height()).arg(two.devicePixelRatio());
    const QImage image = premultiplied(two);
    const QImage native = premultiplied(icon.pixmap(QSize(32, 32), 1.0));
    if (image != native)
        return u"differs from the icon drawn at 32 pixels"_s;
    const QImage enlarged = premultiplied(icon.pixmap(QSize(16, 16), 1.0)).scaled(32, 32, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    const double difference = alphaDifference(image, enlarged);
    if (difference < 2.0)
        return u"no sharper than the 16-pixel icon enlarged (mean alpha difference %1)"_s.arg(difference);
    int opaque = 0;
    for (int y = 0; y < 32; ++y) {
        for (int x = 0; x < 32; ++x)
            opaque += qAlpha(image.pixel(x, y)) > 200;
    }
    if (opaque < 12)
        return u"nearly empty (%1 opaque pixels)"_s.arg(opaque);
    return {};
}

void save(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("BERTH_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        w->grab().save(dir + u'/' + name);
}

} // namespace

class TestHighDpi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void actionIconsAreSharpAtTwo();
    void fileIconsAreSharpAtTwo();
    void stateDotsFollowTheRatio();
    void mainWindowAtTwo();

private:
    QTemporaryDir m_root;
};

void TestHighDpi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"BerthTest"_s);
    QCoreApplication::setApplicationName(u"tst_highdpi"_s);
    QSettings().clear();
    QCOMPARE(qApp->devicePixelRatio(), 2.0);
    QVERIFY(m_root.isValid());
    QVERIFY(BerthTest::startProject(m_root.path(), u"app"_s));
    QVERIFY(Berth::generate(Berth::ProjectSpec::defaults(), m_root.path()).write(m_root.path()).ok);
}

void TestHighDpi::actionIconsAreSharpAtTwo()
{
    const QStringList verbs = Berth::actionIconVerbs();
    QVERIFY(verbs.size() >= 19);
    for (const QString &verb : verbs) {
        const QString problem = sharpAtTwo(Berth::actionIcon(u"stack_"_s + verb));
        QVERIFY2(problem.isEmpty(), qPrintable(verb + u": "_s + problem));
    }
}

void TestHighDpi::fileIconsAreSharpAtTwo()
{
    using Berth::FileRole;
    QList<QImage> seen;
    for (FileRole role : {FileRole::Dockerfile, FileRole::Compose, FileRole::NginxSite, FileRole::UwsgiIni,
                          FileRole::PytestIni, FileRole::EnvFile, FileRole::DockerIgnore, FileRole::Requirements,
                          FileRole::Python, FileRole::Spec, FileRole::Text}) {
        const QIcon icon = Berth::fileRoleIcon(role);
        const QString problem = sharpAtTwo(icon);
        QVERIFY2(problem.isEmpty(), qPrintable(u"role %1: "_s.arg(int(role)) + problem));
        // Each role has a mark of its own.
        const QImage image = premultiplied(icon.pixmap(QSize(24, 24), 2.0));
        QVERIFY2(!seen.contains(image), qPrintable(u"role %1 looks like another"_s.arg(int(role))));
        seen.append(image);
    }
}

void TestHighDpi::stateDotsFollowTheRatio()
{
    const QIcon dot = Berth::ServiceStateDelegate::dot(Qt::green, 10, 2.0);
    const QPixmap pixmap = dot.pixmap(QSize(10, 10), 2.0);
    QCOMPARE(pixmap.size(), QSize(20, 20));
    QCOMPARE(pixmap.devicePixelRatio(), 2.0);
    // Round at 20 pixels: the centre is filled, the corners are not.
    const QImage image = pixmap.toImage();
    QCOMPARE(qAlpha(image.pixel(10, 10)), 255);
    QCOMPARE(qAlpha(image.pixel(0, 0)), 0);
}

void TestHighDpi::mainWindowAtTwo()
{
    Berth::MainWindow w;
    w.resize(1200, 780);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QCOMPARE(w.devicePixelRatio(), 2.0);
    save(&w, u"scale2-start-page.png"_s);
    QVERIFY(w.openProject(m_root.path()));
    QVERIFY(w.openFile(u"docker-compose.yml"_s));
    auto *services = w.findChild<QDockWidget *>(u"servicesDock"_s);
    QTRY_VERIFY(services && services->isVisible());
    const QPixmap shot = w.grab();
    QCOMPARE(shot.devicePixelRatio(), 2.0);
    QCOMPARE(shot.size(), w.size() * 2);
    save(&w, u"scale2-project.png"_s);

    // The icons the window shows are drawn for its pixels: the services panel's buttons and the
    // setup files' list.
    int buttons = 0;
    for (QToolButton *button : services->findChildren<QToolButton *>()) {
        if (button->icon().isNull() || !button->isVisible())
            continue;
        const QPixmap pixmap = button->icon().pixmap(button->iconSize(), button->devicePixelRatio());
        QCOMPARE(pixmap.size(), button->iconSize() * 2);
        ++buttons;
    }
    QVERIFY2(buttons >= 5, qPrintable(QString::number(buttons)));
    auto *files = w.findChild<QListWidget *>(u"setupFiles"_s);
    QVERIFY(files);
    int icons = 0;
    for (int i = 0; i < files->count(); ++i) {
        const QIcon icon = files->item(i)->icon();
        if (icon.isNull())
            continue; // a group's heading
        const QString problem = sharpAtTwo(icon);
        QVERIFY2(problem.isEmpty(), qPrintable(files->item(i)->text() + u": "_s + problem));
        ++icons;
    }
    QVERIFY2(icons >= 8, qPrintable(QString::number(icons)));
}

int main(int argc, char **argv)
{
    // Before the application exists: Qt reads the scale factor once.
    qputenv("QT_SCALE_FACTOR", "2");
    QApplication app(argc, argv);
    TestHighDpi test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_highdpi.moc"
