#include "appearance.h"
#include "cli/cli.h"
#include "cli/guioptions.h"
#include "mainwindow.h"
#include "screenshots.h"
#include "translations.h"
#include "uiversions.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QIcon>
#include <QTextStream>
#include <QTimer>
#include <QWindow>

#include <chrono>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(u"Berth"_s);
    QCoreApplication::setOrganizationDomain(u"berth.invalid"_s);
    QCoreApplication::setApplicationName(u"Berth"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(BERTH_VERSION_STRING));
}

// The application icon's hicolor sizes, compiled in by resources/icons (PNGs, so no SVG image
// plugin is needed at run time); the installed theme icon of the same name serves the desktop.
QIcon applicationIcon()
{
    QIcon icon;
    const QDir sizes(u":/berth/icon"_s);
    for (const QString &size : sizes.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        icon.addFile(sizes.filePath(size + u"/apps/org.berth.Berth.png"_s));
    return icon;
}

// Calls done() once the window has been exposed and one paint has gone through.
class FirstPaintWatcher : public QObject
{
public:
    FirstPaintWatcher(QWidget *window, std::function<void()> done)
        : QObject(window), m_window(window), m_done(std::move(done))
    {
        window->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_window && event->type() == QEvent::Paint && !m_fired) {
            m_fired = true;
            // Let this paint finish and reach the backing store before reporting.
            QTimer::singleShot(0, m_window, m_done);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QWidget *m_window;
    std::function<void()> m_done;
    bool m_fired = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QStringList rawArguments;
    for (int i = 0; i < argc; ++i)
        rawArguments.append(QString::fromLocal8Bit(argv[i]));

    if (Berth::Cli::isHeadless(rawArguments)) {
        QCoreApplication app(argc, argv);
        setApplicationIdentity();
        QTextStream out(stdout);
        QTextStream err(stderr);
        return Berth::Cli::run(rawArguments, out, err, Berth::uiVersionLines());
    }

    QElapsedTimer sinceStart;
    sinceStart.start();
    // BERTH_STARTUP_TRACE=1 prints where startup time goes (for the startup benchmark).
    const bool trace = qEnvironmentVariableIntValue("BERTH_STARTUP_TRACE") == 1;
    const auto mark = [&](const char *what) {
        if (trace)
            QTextStream(stderr) << "startup: " << what << ' ' << double(sinceStart.nsecsElapsed()) / 1e6 << " ms\n";
    };
    QApplication app(argc, argv);
    mark("QApplication");
    setApplicationIdentity();
    QGuiApplication::setDesktopFileName(u"org.berth.Berth"_s);
    // After the identity (the language is a QSettings value) and before any widget exists.
    // The command line (berth --help, the headless commands) stays English for scripts.
    Berth::Translations::install(&app);
    QApplication::setWindowIcon(applicationIcon());

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Docker setups for Django projects"_s);
    const Berth::Cli::GuiOptions options;
    const QCommandLineOption &selfTest = options.selfTest, &screenshot = options.screenshot,
                             &openFiles = options.openFiles, &colorScheme = options.colorScheme,
                             &wizardShots = options.wizardShots, &shotPrefix = options.shotPrefix,
                             &firstPaintExit = options.firstPaintExit;
    parser.addOptions(options.all());
    parser.addPositionalArgument(u"PROJECT_DIR"_s, u"Open this project on start."_s);
    if (!parser.parse(QCoreApplication::arguments())) {
        QTextStream(stderr) << "berth: " << parser.errorText() << "; run 'berth --help' for the options\n";
        return Berth::Cli::UsageError;
    }
    if (parser.positionalArguments().size() > 1) {
        QTextStream(stderr) << "berth: one project folder at most; run 'berth --help' for the options\n";
        return Berth::Cli::UsageError;
    }

    bool schemeOk = false;
    const Berth::ColorScheme scheme = Berth::colorSchemeFromString(parser.value(colorScheme), &schemeOk);
    if (!schemeOk) {
        QTextStream(stderr) << "berth: --color-scheme takes system, light or dark\n";
        return Berth::Cli::UsageError;
    }
    Berth::applyColorScheme(scheme);

    if (parser.isSet(wizardShots)) {
        if (parser.positionalArguments().size() != 1) {
            QTextStream(stderr) << "berth: --screenshot-wizard needs a PROJECT_DIR\n";
            return Berth::Cli::UsageError;
        }
        return Berth::saveWizardScreenshots(parser.positionalArguments().first(), parser.value(wizardShots),
                                            parser.value(shotPrefix))
            ? 0
            : Berth::Cli::Failed;
    }

    Berth::MainWindow window;
    mark("MainWindow constructed");
    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty() && !window.openProject(positional.first())) {
        QTextStream(stderr) << "berth: cannot open " << positional.first() << ": not a folder\n";
        if (parser.isSet(selfTest) || parser.isSet(screenshot))
            return Berth::Cli::Failed;
    }
    for (const QString &file : parser.values(openFiles)) {
        if (!window.openFile(file) && (parser.isSet(selfTest) || parser.isSet(screenshot))) {
            QTextStream(stderr) << "berth: cannot open " << file << '\n';
            return Berth::Cli::Failed;
        }
    }

    if (parser.isSet(firstPaintExit)) {
        new FirstPaintWatcher(&window, [&] {
            mark("first paint");
            // The benchmark subtracts its own monotonic reading taken before starting us
            // (steady_clock is CLOCK_MONOTONIC on Linux).
            const auto now = std::chrono::steady_clock::now().time_since_epoch();
            QTextStream(stdout) << "first-paint-ns " << qint64(std::chrono::duration_cast<std::chrono::nanoseconds>(now).count())
                                << Qt::endl;
            QCoreApplication::exit(0);
        });
    } else if (parser.isSet(selfTest)) {
        new FirstPaintWatcher(&window, [&] {
            const QImage image = window.grab().toImage();
            const bool ok = window.isVisible() && !image.isNull() && image.width() > 0;
            QTextStream(stdout) << "berth self-test: main window " << (ok ? "painted" : "NOT painted") << " ("
                                << image.width() << 'x' << image.height() << ") " << sinceStart.elapsed()
                                << " ms after start on platform " << QGuiApplication::platformName() << '\n';
            QCoreApplication::exit(ok ? 0 : 1);
        });
    } else if (parser.isSet(screenshot)) {
        const QString file = parser.value(screenshot);
        new FirstPaintWatcher(&window, [&window, file] {
            // A short settle so docks and fonts have laid out as a person would see them.
            QTimer::singleShot(300, &window, [&window, file] {
                const bool saved = window.grab().save(file, "PNG");
                if (!saved)
                    QTextStream(stderr) << "berth: could not write the screenshot to " << file << '\n';
                QCoreApplication::exit(saved ? 0 : 1);
            });
        });
    }
    window.show();
    mark("shown");
    return QApplication::exec();
}
