#pragma once

#include <QString>

class QListWidget;

namespace Berth {

// Fills the project view's file list: the setup's files grouped by role (Docker, web server,
// app server, tests, database, your project) under headings that cannot be selected, each
// with its file type's icon, and "edited" on those changed since Berth wrote them (the
// manifest's hashes). A file item's Qt::UserRole is its path relative to projectDir; a
// heading's is empty.
void fillSetupFileList(QListWidget *list, const QString &projectDir);

} // namespace Berth
