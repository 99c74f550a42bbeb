#pragma once

#include <QString>
#include <QStringList>

namespace Berth {

struct ProjectSpec;

// What Berth found out about an existing Django project. Paths are relative to the folder that
// was searched, with '/' separators; projectDir is "." when manage.py is in that folder itself.
struct DjangoProjectInfo
{
    bool found = false;           // a manage.py was found
    QString managePy;             // "app/manage.py"
    QString projectDir;           // "app"
    QString settingsModule;       // "app.settings", from manage.py's DJANGO_SETTINGS_MODULE
    QString wsgiModule;           // "app.wsgi", from WSGI_APPLICATION (also in the modules the settings
                                  // star-import), or the wsgi.py beside urls.py or next to the settings
    QString requirementsFile;     // "app/requirements.txt"; empty when there is none
    // A settings package with variants (proj/settings/{base,dev,production,test}.py): the module
    // for the image (production, prod), for development (dev, development, local; manage.py's
    // module first) and for the tests (test, tests, testing). Empty when there is no production
    // variant, or for a use that has none.
    QString imageSettingsModule;
    QString devSettingsModule;
    QString testSettingsModule;
    QStringList problems;         // one line each: what is missing or ambiguous
};

// Looks for manage.py in dir and in its sub-folders (two levels, skipping virtual environments,
// .git, node_modules and the like) and reads the modules from it. Reads files only.
DjangoProjectInfo detectDjangoProject(const QString &dir);
// Takes settings/wsgi module, project folder and requirements file from a detected project into
// spec, for every django key its YAML did not give (spec.explicitKeys).
void applyDetected(ProjectSpec &spec, const DjangoProjectInfo &info);

// Whether a dotted module is a .py file or a package under projectPath.
bool pythonModuleExists(const QString &projectPath, const QString &module);

// The settings module manage.py names in DJANGO_SETTINGS_MODULE ("app.settings"), or "".
QString settingsModuleFromManagePy(const QString &managePyText);
// The module of the settings' WSGI_APPLICATION ("app.wsgi" for 'app.wsgi.application'), or "".
QString wsgiModuleFromSettings(const QString &settingsText);

// Where pytest configuration already lives in projectDir besides pytest.ini ("pyproject.toml
// [tool.pytest.ini_options]", "setup.cfg [tool:pytest]", "tox.ini [pytest]"); a pytest.ini
// Berth writes takes precedence over all of them.
QStringList otherPytestConfigs(const QString &projectDir);

} // namespace Berth
