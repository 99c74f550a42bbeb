#include "wizard/nginxpage.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace Berth {

NginxPage::NginxPage(SetupAnswers *shared, QWidget *parent)
    : SpecPage(shared, parent)
{
    setTitle(tr("nginx"));
    setSubTitle(tr("nginx proxies to uwsgi and serves static files. Without it, the app's port is the site."));
    m_enabled = addBool(tr("Put nginx in front of the app"), u"nginx.enabled"_s,
                        [](ProjectSpec &s) -> bool & { return s.nginx.enabled; },
                        tr("Adds the nginx service and data/nginx/app.conf, as in the article"));
    m_dependent << addText(tr("nginx image:"), u"nginx.image"_s, [](ProjectSpec &s) -> QString & { return s.nginx.image; },
                           tr("The nginx image to run"));
    m_dependent << addInt(tr("HTTP host port:"), u"nginx.http_port"_s,
                          [](ProjectSpec &s) -> int & { return s.nginx.httpPort; }, 1, 65535,
                          tr("Open http://localhost:PORT in the browser to reach the site"));
    m_dependent << addInt(tr("HTTPS host port:"), u"nginx.https_port"_s,
                          [](ProjectSpec &s) -> int & { return s.nginx.httpsPort; }, 0, 65535,
                          tr("Publish it once data/nginx/app.conf has your TLS server (certbot and the like); "
                             "0 leaves it out"),
                          tr("not published"));
    m_dependent << addText(tr("Address in development:"), u"nginx.host_bind"_s,
                           [](ProjectSpec &s) -> QString & { return s.nginx.hostBind; },
                           tr("In development (DEBUG on) nginx listens only on this host address; 127.0.0.1 keeps "
                              "the site off the network. Production publishes it on every interface"));
    m_dependent << addText(tr("Server name:"), u"nginx.server_name"_s,
                           [](ProjectSpec &s) -> QString & { return s.nginx.serverName; },
                           tr("nginx's server_name; Django allows this host too (ALLOWED_HOSTS)"));
    auto *reload = new QLabel(tr("nginx re-reads its configuration every 6 hours (the article's reload loop), so "
                                 "renewed certificates are picked up without a restart."),
                              this);
    reload->setWordWrap(true);
    form()->addRow(QString(), reload);
    m_dependent << reload;
    connect(m_enabled, &QCheckBox::toggled, this, &NginxPage::updateEnabled);
}

void NginxPage::initializePage()
{
    SpecPage::initializePage();
    updateEnabled();
}

void NginxPage::updateEnabled()
{
    for (QWidget *w : std::as_const(m_dependent))
        w->setEnabled(m_enabled->isChecked());
}

} // namespace Berth
