#include "generate/generatedpaths.h"

#include "generate/generatorparts.h"
#include "generate/installplan.h"

using namespace Qt::StringLiterals;

namespace Berth {

QList<GeneratedPath> generatedPaths(const ProjectSpec &spec)
{
    const QString projectPrefix = spec.django.projectDir == "."_L1 ? QString() : spec.django.projectDir + u'/';
    QList<GeneratedPath> paths = {{spec.container.dockerfile, FileRole::Dockerfile},
                                  {spec.compose.file, FileRole::Compose}};
    if (!spec.compose.overrideFile.isEmpty())
        paths.append({spec.compose.overrideFile, FileRole::Compose});
    if (spec.nginx.enabled)
        paths.append({u"data/nginx/app.conf"_s, FileRole::NginxSite});
    paths.append({projectPrefix + "uwsgi.ini"_L1, FileRole::UwsgiIni});
    paths.append({projectPrefix + "pytest.ini"_L1, FileRole::PytestIni});
    paths.append({spec.dockerSettingsPath(), FileRole::Python});
    // Without a project folder the plan reads nothing; only its file's name is used.
    for (const GeneratedFile &file : planInstall(spec, QString()).files)
        paths.append({file.path, file.role});
    if (spec.database.isPostgres())
        paths.append({spec.secretsFile(), FileRole::EnvFile});
    paths.append({spec.djangoSecretsFile(), FileRole::EnvFile});
    paths.append({spec.dockerIgnoreFile(), FileRole::DockerIgnore});
    paths.append({u".gitignore"_s, FileRole::GitIgnore});
    if (!GeneratorParts::plainComposeLoads(spec.composeFiles()))
        paths.append({u".env"_s, FileRole::EnvFile});
    paths.append({u"DOCKER.md"_s, FileRole::Text});
    paths.append({u"berth.yaml"_s, FileRole::Spec});
    return paths;
}

} // namespace Berth
