#include "project/recentprojects.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace Berth {

namespace {
const QString key = u"recentProjects"_s;

QString normalized(const QString &path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}
} // namespace

RecentProjects::RecentProjects(QSettings &settings)
    : m_settings(settings)
{
}

QStringList RecentProjects::paths() const
{
    QStringList result;
    const QStringList stored = m_settings.value(key).toStringList();
    for (const QString &p : stored) {
        if (QFileInfo(p).isDir() && !result.contains(p))
            result.append(p);
    }
    return result;
}

void RecentProjects::add(const QString &path)
{
    const QString p = normalized(path);
    QStringList list = m_settings.value(key).toStringList();
    list.removeAll(p);
    list.prepend(p);
    while (list.size() > MaxEntries)
        list.removeLast();
    store(list);
}

void RecentProjects::remove(const QString &path)
{
    QStringList list = m_settings.value(key).toStringList();
    list.removeAll(normalized(path));
    store(list);
}

void RecentProjects::store(const QStringList &paths)
{
    m_settings.setValue(key, paths);
    m_settings.sync();
}

} // namespace Berth
