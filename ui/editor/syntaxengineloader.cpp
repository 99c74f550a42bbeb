#include "editor/syntaxengineloader.h"

#include "editor/syntaxengine.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QPluginLoader>
#include <QStringList>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Berth {

namespace {
struct LoadState {
    bool tried = false;
    SyntaxEngine *engine = nullptr;
    QString problem;
};

LoadState &state()
{
    static LoadState s;
    return s;
}

QStringList searchFolders()
{
    QStringList folders;
    const QString fromEnvironment = qEnvironmentVariable("BERTH_PLUGIN_PATH");
    for (const QString &folder : fromEnvironment.split(QDir::listSeparator(), Qt::SkipEmptyParts))
        folders.append(QDir::cleanPath(folder));
    const QString appDir = QCoreApplication::applicationDirPath();
    folders.append(QDir::cleanPath(appDir + u"/plugins"_s));
    // Installed: lib/berth next to bin/ (the relative path comes from CMake's install dirs).
    folders.append(QDir::cleanPath(appDir + u'/' + QStringLiteral(BERTH_PLUGIN_INSTALL_RELATIVE_DIR)));
    folders.removeDuplicates();
    return folders;
}

void load(LoadState &s)
{
    // The exact file name CMake gives the module (berthsyntax.so, berthsyntax.dll...).
    const QString fileName = QStringLiteral(BERTH_SYNTAX_PLUGIN_FILE);
    const QStringList folders = searchFolders();
    QStringList failures;
    // Static so the library stays loaded for the process's life (its objects are in use).
    static QPluginLoader loader;
    for (const QString &folder : folders) {
        const QString path = QDir(folder).filePath(fileName);
        if (!QFileInfo::exists(path))
            continue;
        loader.setFileName(path);
        QObject *instance = loader.instance();
        if (auto *engine = qobject_cast<SyntaxEngine *>(instance)) {
            s.engine = engine;
            return;
        }
        failures.append(instance ? QCoreApplication::translate("Berth::SyntaxEngine", "%1: not a Berth syntax plugin "
                                                                                      "of this version (%2)")
                                       .arg(QDir::toNativeSeparators(path), QStringLiteral(BerthSyntaxEngine_iid))
                                 : QDir::toNativeSeparators(path) + u": "_s + loader.errorString());
        if (instance)
            loader.unload();
    }
    QStringList shown;
    for (const QString &folder : folders)
        shown.append(QDir::toNativeSeparators(folder));
    if (failures.isEmpty())
        s.problem = QCoreApplication::translate("Berth::SyntaxEngine", "%1 was not found in %2.")
                        .arg(fileName, shown.join(u", "_s));
    else
        s.problem = QCoreApplication::translate("Berth::SyntaxEngine", "%1 could not be loaded (searched %2): %3.")
                        .arg(fileName, shown.join(u", "_s), failures.join(u"; "_s));
}
} // namespace

SyntaxEngine *syntaxEngine()
{
    LoadState &s = state();
    if (!s.tried) {
        s.tried = true;
        QElapsedTimer clock;
        clock.start();
        load(s);
        // BERTH_STARTUP_TRACE=1 (main.cpp): shows that the load comes after the first paint.
        if (qEnvironmentVariableIntValue("BERTH_STARTUP_TRACE") == 1)
            QTextStream(stderr) << "startup: syntax plugin " << (s.engine ? "loaded" : "NOT loaded") << " in "
                                << double(clock.nsecsElapsed()) / 1e6 << " ms\n";
        if (!s.engine)
            qWarning("berth: syntax highlighting is off: %s", qUtf8Printable(s.problem));
    }
    return s.engine;
}

bool syntaxEngineLoaded()
{
    return state().engine != nullptr;
}

QString syntaxEngineProblem()
{
    return state().problem;
}

} // namespace Berth
