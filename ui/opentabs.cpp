#include "opentabs.h"

#include "editor/editorarea.h"
#include "editor/editortab.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QTabWidget>

using namespace Qt::StringLiterals;

namespace Berth {

namespace {
// Per-project session keys: the open editor tabs come back when the project is reopened.
QString sessionKey(const QString &projectDir)
{
    return u"sessions/"_s
        + QString::fromLatin1(QCryptographicHash::hash(projectDir.toUtf8(), QCryptographicHash::Sha1).toHex());
}
} // namespace

void saveOpenTabs(const QString &projectDir, EditorArea *editors)
{
    if (projectDir.isEmpty())
        return;
    QStringList files;
    for (EditorTab *tab : editors->tabs())
        files << QDir(projectDir).relativeFilePath(tab->path());
    QSettings settings;
    settings.setValue(sessionKey(projectDir) + u"/openFiles"_s, files);
    settings.setValue(sessionKey(projectDir) + u"/current"_s, editors->tabWidget()->currentIndex());
}

void restoreOpenTabs(const QString &projectDir, EditorArea *editors, const std::function<bool(const QString &)> &open)
{
    QSettings settings;
    const QStringList files = settings.value(sessionKey(projectDir) + u"/openFiles"_s).toStringList();
    for (const QString &file : files) {
        if (QFileInfo(QDir(projectDir).filePath(file)).isFile())
            open(file);
    }
    const int current = settings.value(sessionKey(projectDir) + u"/current"_s, -1).toInt();
    if (current >= 0 && current < editors->tabWidget()->count())
        editors->tabWidget()->setCurrentIndex(current);
}

} // namespace Berth
