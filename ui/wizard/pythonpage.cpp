#include "wizard/pythonpage.h"

#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace Berth {

PythonPage::PythonPage(SetupAnswers *shared, QWidget *parent)
    : SpecPage(shared, parent)
{
    setTitle(tr("Python and uwsgi"));
    setSubTitle(tr("The image the app is built from and how uwsgi serves it. The defaults are the article's."));
    addText(tr("Python image:"), u"container.python_image"_s,
            [](ProjectSpec &s) -> QString & { return s.container.pythonImage; },
            tr("Base image of the Dockerfile; the full python image has the compiler uwsgi needs, slim ones do not"));
    addText(tr("Path in the container:"), u"container.path"_s, [](ProjectSpec &s) -> QString & { return s.container.path; },
            tr("Where the Django project is copied and mounted inside the containers"));
    addInt(tr("uwsgi port:"), u"app_server.port"_s, [](ProjectSpec &s) -> int & { return s.appServer.port; }, 1, 65535,
           tr("The HTTP port uwsgi listens on inside the app container (nginx proxies to it)"));
    addInt(tr("Processes:"), u"app_server.processes"_s, [](ProjectSpec &s) -> int & { return s.appServer.processes; },
           1, 512, tr("uwsgi worker processes"));
    addInt(tr("Threads per process:"), u"app_server.threads"_s,
           [](ProjectSpec &s) -> int & { return s.appServer.threads; }, 1, 512, tr("Threads in each uwsgi worker"));
    QSpinBox *reload = addInt(tr("Autoreload every:"), u"app_server.autoreload_seconds"_s,
                              [](ProjectSpec &s) -> int & { return s.appServer.autoreloadSeconds; }, 0, 3600,
                              tr("Restart uwsgi when code changes, checking every N seconds; development only "
                                 "(docker-compose.override.yml), never in production"),
                              tr("off"));
    reload->setSuffix(tr(" s"));
    addInt(tr("Publish uwsgi on host port:"), u"app_server.host_port"_s,
           [](ProjectSpec &s) -> int & { return s.appServer.hostPort; }, 0, 65535,
           tr("Reach uwsgi directly for debugging, bypassing nginx; 0 keeps it unpublished"), tr("not published"));
    addText(tr("…bound to address:"), u"app_server.host_bind"_s,
            [](ProjectSpec &s) -> QString & { return s.appServer.hostBind; },
            tr("127.0.0.1 keeps the port private to this computer; 0.0.0.0 opens it to the network"));
}

} // namespace Berth
