// The e2e flow: a service from the Configuration view's catalogue, added to the generated
// compose file as a minimal edit, comes up on the real engine and turns healthy.
#include "e2eflow.h"
#include "e2ehelpers.h"

#include "config/servicecatalogue.h"
#include "config/yamltree.h"
#include "docker/containerstatus.h"

#include <QFile>
#include <QSaveFile>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace BerthE2E {

bool Flow::catalogueDatabase(QString *why)
{
    QFile file(m_project.composeFile);
    if (!file.open(QIODevice::ReadOnly)) {
        *why = u"cannot read "_s + m_project.composeFile;
        return false;
    }
    const QString before = QString::fromUtf8(file.readAll());
    file.close();
    const Berth::Config::YamlTree tree = Berth::Config::YamlTree::parse(before);
    const Berth::Config::YamlEditResult r = Berth::Config::addFromCatalogue(tree, u"database2"_s);
    if (!r.ok()) {
        *why = u"the catalogue refused: "_s + r.message;
        return false;
    }
    const QString after = Berth::Config::applied(before, r.edits);
    qsizetype first = before.size();
    for (const Berth::Config::TextEdit &e : r.edits)
        first = std::min(first, e.start);
    if (!after.startsWith(before.left(first))) {
        *why = u"the edit changed text before the new service"_s;
        return false;
    }
    QSaveFile written(m_project.composeFile);
    if (!written.open(QIODevice::WriteOnly) || written.write(after.toUtf8()) < 0 || !written.commit()) {
        *why = u"cannot write "_s + m_project.composeFile;
        return false;
    }
    // Compose itself waits until the new service reports healthy (or fails after 90 s).
    if (!compose(m_project, {u"up"_s, u"-d"_s, u"--wait"_s, u"--wait-timeout"_s, u"90"_s, u"database2"_s}, why, nullptr,
                 150000))
        return false;
    QByteArray json;
    if (!compose(m_project, {u"ps"_s, u"--format"_s, u"json"_s, u"database2"_s}, why, &json, 30000))
        return false;
    const QList<Berth::ContainerStatus> containers = Berth::ContainerStatus::parseList(json);
    if (containers.isEmpty() || containers.first().health != "healthy"_L1) {
        *why = u"database2 is not healthy after up --wait: "_s
               + (containers.isEmpty() ? u"no container"_s : containers.first().state + u' ' + containers.first().health);
        return false;
    }
    out() << "  database2: " << containers.first().state << ' ' << containers.first().health << Qt::endl;
    // Back to the generated file, so the later steps see what Berth wrote.
    if (!compose(m_project, {u"rm"_s, u"-s"_s, u"-f"_s, u"-v"_s, u"database2"_s}, why, nullptr, 120000))
        return false;
    QSaveFile restore(m_project.composeFile);
    if (!restore.open(QIODevice::WriteOnly) || restore.write(before.toUtf8()) < 0 || !restore.commit()) {
        *why = u"cannot write "_s + m_project.composeFile + u" back"_s;
        return false;
    }
    return docker({u"volume"_s, u"rm"_s, m_project.name + u"_database2_data"_s}, why);
}

} // namespace BerthE2E
