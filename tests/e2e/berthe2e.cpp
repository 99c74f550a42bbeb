// berth-e2e: the end-to-end flow for one spec, through Berth's core (see e2eflow.h). Run by
// tests/e2e/run-e2e, which starts the engine and loads the stand-in images first.
#include "e2eflow.h"

#include "project/projectspec.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Berth's end-to-end flow for one spec"_s);
    parser.addHelpOption();
    const QCommandLineOption spec(u"spec"_s, u"The spec (berth.yaml) to run."_s, u"FILE"_s);
    const QCommandLineOption work(u"work"_s, u"Folder to make the project in."_s, u"DIR"_s);
    const QCommandLineOption berth(u"berth"_s, u"The berth binary."_s, u"FILE"_s);
    const QCommandLineOption existing(u"existing-project"_s, u"The project has its own requirements.txt first."_s);
    const QCommandLineOption layout(u"layout"_s, u"settings-package, requirements-split, own-docker-files or pyproject-only."_s, u"NAME"_s);
    const QCommandLineOption inContainer(u"startproject-in-container"_s,
                                         u"Instead of the stack: create a project with django-admin in a container of the "
                                         u"spec's python image, check its owner and manage.py check."_s);
    const QCommandLineOption catalogue(u"catalogue"_s, u"Also add a second database from the catalogue and wait for it."_s);
    const QCommandLineOption images(u"print-images"_s, u"Print the spec's python, nginx and postgres images and exit."_s);
    parser.addOptions({spec, work, berth, existing, layout, images, inContainer, catalogue});
    parser.process(app);
    QTextStream err(stderr);
    if (!parser.isSet(spec)) {
        err << "berth-e2e: --spec FILE is required\n";
        return 2;
    }
    if (parser.isSet(images)) {
        QFile f(parser.value(spec));
        QList<Berth::SpecError> errors;
        const Berth::ProjectSpec s = f.open(QIODevice::ReadOnly) ? Berth::ProjectSpec::fromYaml(f.readAll(), &errors)
                                                                 : Berth::ProjectSpec::defaults();
        if (!errors.isEmpty() || !f.isOpen()) {
            err << "berth-e2e: cannot read " << parser.value(spec) << '\n';
            return 2;
        }
        QTextStream(stdout) << "--python " << s.container.pythonImage;
        if (s.nginx.enabled)
            QTextStream(stdout) << " --nginx " << s.nginx.image;
        if (s.database.isPostgres())
            QTextStream(stdout) << " --postgres " << s.database.image;
        QTextStream(stdout) << '\n';
        return 0;
    }
    if (!parser.isSet(work) || !parser.isSet(berth)) {
        err << "berth-e2e: --work DIR and --berth FILE are required\n";
        return 2;
    }
    if (parser.isSet(inContainer)) {
        QFile f(parser.value(spec));
        QList<Berth::SpecError> errors;
        const Berth::ProjectSpec s = f.open(QIODevice::ReadOnly) ? Berth::ProjectSpec::fromYaml(f.readAll(), &errors)
                                                                 : Berth::ProjectSpec::defaults();
        return BerthE2E::startProjectInContainer(parser.value(work), s.container.pythonImage) ? 0 : 1;
    }
    BerthE2E::Flow flow({parser.value(spec), parser.value(work), parser.value(berth), parser.isSet(existing),
                         parser.value(layout), parser.isSet(catalogue)});
    return flow.run() ? 0 : 1;
}
