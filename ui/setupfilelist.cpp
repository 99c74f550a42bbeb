#include "setupfilelist.h"

#include "fileicons.h"
#include "generate/manifest.h"
#include "setupfiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QListWidget>

#include <map>

using namespace Qt::StringLiterals;

namespace Berth {

namespace {

bool editedSinceWritten(const Manifest &manifest, const QString &projectDir, const SetupFileEntry &entry)
{
    if (!manifest.contains(entry.relativePath))
        return false;
    QFile file(QDir(projectDir).filePath(entry.relativePath));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray content = file.readAll();
    const bool secret = entry.role == FileRole::EnvFile;
    return !manifest.matches(entry.relativePath, content, secret) && !manifest.matchesWritten(entry.relativePath, content, secret);
}

} // namespace

void fillSetupFileList(QListWidget *list, const QString &projectDir)
{
    list->clear();
    if (projectDir.isEmpty())
        return;
    std::map<SetupFileGroup, QList<SetupFileEntry>> groups;
    for (const SetupFileEntry &entry : setupFilesIn(projectDir))
        groups[setupFileGroup(entry)].append(entry);
    const Manifest manifest = Manifest::load(projectDir);
    for (const auto &[group, entries] : groups) {
        auto *heading = new QListWidgetItem(setupFileGroupTitle(group), list);
        heading->setFlags(Qt::NoItemFlags); // neither selected nor opened
        QFont bold = list->font();
        bold.setBold(true);
        heading->setFont(bold);
        heading->setForeground(list->palette().color(QPalette::Active, QPalette::WindowText));
        for (const SetupFileEntry &entry : entries) {
            const QString path = QDir(projectDir).filePath(entry.relativePath);
            const bool edited = editedSinceWritten(manifest, projectDir, entry);
            auto *item = new QListWidgetItem(fileRoleIcon(entry.role), entry.relativePath, list);
            item->setData(Qt::UserRole, entry.relativePath);
            QString tip = QDir::toNativeSeparators(path);
            if (edited) {
                item->setText(QCoreApplication::translate("Berth::SetupFiles", "%1 (edited)").arg(entry.relativePath));
                tip += u'\n' + QCoreApplication::translate("Berth::SetupFiles",
                                                           "Edited since Berth wrote it: Change Setup… merges your edits.");
            }
            item->setToolTip(tip);
        }
    }
}

} // namespace Berth
