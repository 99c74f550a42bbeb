#pragma once

#include <QString>

#include <functional>

namespace Berth {

class EditorArea;

// The editor tabs of a project, kept per project folder in the settings, so that they come
// back when the project is opened again.
void saveOpenTabs(const QString &projectDir, EditorArea *editors);
// Opens the saved tabs that still exist, through open (relative paths), and the current one.
void restoreOpenTabs(const QString &projectDir, EditorArea *editors, const std::function<bool(const QString &)> &open);

} // namespace Berth
