#pragma once

#include "core/textfile.h"

#include <QByteArray>
#include <QWidget>

class QFileSystemWatcher;
class QLabel;
class QStackedWidget;
class QTabBar;

namespace Berth {

class CodeEditor;
class ConfigView;

// One file in the editor: loads it, saves it atomically, tracks modification, and notices when
// someone else changed it on disk (a bar offers Reload / Keep my version).
class EditorTab : public QWidget
{
    Q_OBJECT
public:
    enum class SaveResult { Saved, ChangedOnDisk, Failed };

    EditorTab(const QString &path, const QString &definitionName, QWidget *parent = nullptr);

    bool load(QString *error);
    // Refuses with ChangedOnDisk when the file changed since it was loaded or saved, unless force.
    SaveResult save(QString *error, bool force = false);
    void reloadFromDisk();

    QString path() const { return m_path; }
    QString title() const;
    bool isModified() const;
    bool isChangedOnDisk() const { return m_changedOnDisk; }
    CodeEditor *editor() const { return m_editor; }
    // How the file is read and saved: its encoding, byte-order mark and line breaks.
    TextFormat format() const { return m_format; }

    // The Configuration view beside the text (uwsgi.ini, pytest.ini, the nginx site): a "Text |
    // Configuration" switch above both, F4 toggles. Both show the one document.
    bool hasConfiguration() const { return m_viewSwitch != nullptr; }
    void showConfiguration(bool show);
    bool isShowingConfiguration() const;
    // Made when first shown; nullptr before.
    ConfigView *configView() const { return m_configView; }

Q_SIGNALS:
    void modificationChanged(bool modified);
    void changedOnDisk();
    // The Configuration view was made (the first time it is shown).
    void configViewCreated(Berth::ConfigView *view);

private:
    void checkDisk();
    void watch();
    void showEncoding();
    void useUtf8();

    QString m_path;
    QString m_definitionName;
    CodeEditor *m_editor = nullptr;
    QTabBar *m_viewSwitch = nullptr;
    QStackedWidget *m_views = nullptr;
    ConfigView *m_configView = nullptr;
    QWidget *m_notice = nullptr;
    QLabel *m_noticeText = nullptr;
    QFileSystemWatcher *m_watcher = nullptr;
    QWidget *m_encodingNotice = nullptr;
    QLabel *m_encodingText = nullptr;
    QByteArray m_diskContent; // what the file held when last loaded or saved
    TextFormat m_format;      // its encoding, byte-order mark and line breaks: saved so again
    bool m_changedOnDisk = false;
};

} // namespace Berth
