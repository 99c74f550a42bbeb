#pragma once

#include "config/composemodel.h"
#include "config/composereader.h"
#include "config/configview.h"
#include "config/yamleditresult.h"
#include "config/yamltree.h"

#include <functional>

class QLabel;
class QListWidget;
class QPushButton;
class QToolButton;

namespace Berth {

class ServiceForm;

// The Configuration view of any compose file: its services (add, from the catalogue too,
// duplicate, rename with every reference, remove) and the selected service's form; the
// top-level volumes and networks. Every change is a minimal text edit (YamlEditor): comments,
// order and quoting stay. After each edit the meaning is checked with yaml-cpp; an edit that
// changed anything else is undone, and the view says so. While the user types, the text is read
// off the GUI thread (ComposeReader) and the view only swaps the finished reading in.
class ComposeConfigView : public ConfigView
{
    Q_OBJECT
public:
    explicit ComposeConfigView(QTextDocument *document, QWidget *parent = nullptr);

    QListWidget *services() const { return m_services; }
    ServiceForm *form() const { return m_form; }
    QLabel *message() const { return m_message; }
    // The Django project Celery loads (`celery -A`); the catalogue asks for it otherwise.
    void setCeleryApp(const QString &module) { m_celeryApp = module; }
    void selectService(const QString &name);
    // The catalogue's entry `id` as a new service (what the Add menu does).
    bool addFromCatalogue(const QString &id);
    bool renameSelected(const QString &newName);
    bool duplicateSelected(const QString &newName);
    bool removeSelected();
    // Compose refused the form edit that gave `after` (Berth::ComposeEditCheck): undone when the
    // text is still that, otherwise only said, since later typing would be lost.
    void composeRefused(const QString &after, const QString &refusal);
    // The file shown, so an edit of a value berth.yaml holds becomes a spec change.
    void setFilePath(const QString &path) { m_filePath = path; }

Q_SIGNALS:
    // A form edit was made: the text before and after it, and the paths it meant to change.
    void edited(const QString &before, const QString &after, const QList<Config::YamlPath> &paths);

protected:
    QString readText(const QString &text) override;
    bool startRead(const QString &text, quint64 revision) override;

private:
    // Makes the edit `make` computes on the current tree; false (and a message) when refused.
    bool edit(const std::function<Config::YamlEditResult(const Config::YamlTree &)> &make);
    // Shows a reading; returns why the file cannot be a form, or an empty string.
    QString showReading(const Config::YamlTree &tree, const Config::ComposeModel &model);
    void showSelected();
    QString selectedName() const;
    void askRename();
    void askDuplicate();

    Config::YamlTree m_tree;
    Config::ComposeModel m_model;
    Config::ComposeReader *m_reader = nullptr;
    QStringList m_listed; // the services in m_services
    QString m_celeryApp;
    QString m_filePath;
    QListWidget *m_services = nullptr;
    ServiceForm *m_form = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_topLevel = nullptr;
    QToolButton *m_add = nullptr;
    QPushButton *m_duplicate = nullptr;
    QPushButton *m_rename = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace Berth
