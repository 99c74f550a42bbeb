#include "config/nginxconfigview.h"

#include "config/specchangedialog.h"
#include "palettecolours.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>

using namespace Qt::StringLiterals;
using namespace Berth::Config;
using Field = Berth::Config::NginxSite::Field;

namespace Berth {

namespace {
struct FieldText {
    const char *label;
    const char *accessible;
    const char *meaning;
};

// In the order of NginxSite::Field.
const FieldText fieldTexts[NginxSite::FieldCount] = {
    {QT_TRANSLATE_NOOP("Berth::NginxConfigView", "server_name"), QT_TRANSLATE_NOOP("Berth::NginxConfigView", "Server names"), QT_TRANSLATE_NOOP("Berth::NginxConfigView", "The host names this server answers, separated by spaces (_ for any). Django's ALLOWED_HOSTS must allow them.")},
    {QT_TRANSLATE_NOOP("Berth::NginxConfigView", "listen"), QT_TRANSLATE_NOOP("Berth::NginxConfigView", "Listen address"), QT_TRANSLATE_NOOP("Berth::NginxConfigView", "The port, or address and port, nginx listens on, then flags such as default_server.")},
    {QT_TRANSLATE_NOOP("Berth::NginxConfigView", "client_max_body_size"), QT_TRANSLATE_NOOP("Berth::NginxConfigView", "Largest request body"), QT_TRANSLATE_NOOP("Berth::NginxConfigView", "The largest upload nginx accepts, such as 20m; larger ones get 413. 0 turns the limit off.")},
    {QT_TRANSLATE_NOOP("Berth::NginxConfigView", "Static files"), QT_TRANSLATE_NOOP("Berth::NginxConfigView", "Static files folder"), QT_TRANSLATE_NOOP("Berth::NginxConfigView", "The folder of location /static/ (alias or root): where collectstatic puts STATIC_ROOT.")},
    {QT_TRANSLATE_NOOP("Berth::NginxConfigView", "Media files"), QT_TRANSLATE_NOOP("Berth::NginxConfigView", "Media files folder"), QT_TRANSLATE_NOOP("Berth::NginxConfigView", "The folder of location /media/ (alias or root): MEDIA_ROOT, the uploads.")},
    {QT_TRANSLATE_NOOP("Berth::NginxConfigView", "Upstream"), QT_TRANSLATE_NOOP("Berth::NginxConfigView", "Upstream address"), QT_TRANSLATE_NOOP("Berth::NginxConfigView", "Where requests for the application go: the upstream's server (host:port) or the proxy_pass or uwsgi_pass target. It must match uwsgi's socket.")},
};
} // namespace

NginxConfigView::NginxConfigView(QTextDocument *document, QWidget *parent)
    : ConfigView(document, parent)
{
    setObjectName(u"nginxConfigView"_s);
    auto *form = new QWidget;
    form->setObjectName(u"configForm"_s);
    auto *grid = new QGridLayout(form);
    grid->setColumnStretch(1, 1);
    m_summary = new QLabel(form);
    m_summary->setWordWrap(true);
    grid->addWidget(m_summary, 0, 0, 1, 2);
    auto *serverLabel = new QLabel(tr("Server block"), form);
    m_server = new QComboBox(form);
    m_server->setAccessibleName(tr("Server block"));
    serverLabel->setBuddy(m_server);
    routeUndo(m_server);
    connect(m_server, &QComboBox::activated, this, [this] {
        // Show the chosen block's values: read the same text again.
        const NginxSite site = m_site;
        readText(site.text());
    });
    grid->addWidget(serverLabel, 1, 0);
    grid->addWidget(m_server, 1, 1);
    QWidget *previous = m_server;
    for (int f = 0; f < NginxSite::FieldCount; ++f) {
        const FieldText &text = fieldTexts[f];
        Row &row = m_rows[f];
        const int r = grid->rowCount();
        auto *label = new QLabel(tr(text.label), form);
        row.edit = new QLineEdit(form);
        row.edit->setObjectName(QString::fromLatin1(text.label));
        row.edit->setAccessibleName(tr(text.accessible));
        row.edit->setAccessibleDescription(tr(text.meaning));
        row.edit->setToolTip(tr(text.meaning));
        label->setBuddy(row.edit);
        routeUndo(row.edit);
        connect(row.edit, &QLineEdit::editingFinished, this, [this, f] { commit(Field(f)); });
        QWidget::setTabOrder(previous, row.edit);
        previous = row.edit;
        row.note = new QLabel(form);
        row.note->setWordWrap(true);
        row.note->setForegroundRole(QPalette::PlaceholderText);
        row.message = new QLabel(form);
        row.message->setWordWrap(true);
        QPalette pal = row.message->palette();
        pal.setColor(QPalette::WindowText, errorText(pal));
        row.message->setPalette(pal);
        row.message->hide();
        grid->addWidget(label, r, 0);
        grid->addWidget(row.edit, r, 1);
        grid->addWidget(row.note, r + 1, 1);
        grid->addWidget(row.message, r + 2, 1);
    }
    grid->setRowStretch(grid->rowCount(), 1);
    setForm(form);
    refresh();
}

QLineEdit *NginxConfigView::field(Field f) const
{
    return m_rows.at(int(f)).edit;
}

int NginxConfigView::currentServer() const
{
    const int chosen = m_server->currentData().toInt();
    return m_site.servers().contains(chosen) ? chosen : m_site.mainServer();
}

QString NginxConfigView::readText(const QString &text)
{
    NginxSite site = NginxSite::parse(text);
    if (!site.isValid())
        return site.error();
    // The chosen block by its place among the server blocks, which edits do not change.
    const int chosenIndex = m_site.servers().indexOf(m_server->currentData().toInt());
    m_site = std::move(site);
    const QList<int> servers = m_site.servers();
    {
        const QSignalBlocker blocker(m_server);
        m_server->clear();
        for (int s : servers) {
            const NginxSite::FieldValue names = m_site.field(Field::ServerName, s);
            m_server->addItem(tr("%1 (line %2)").arg(names.present ? names.value : tr("no server_name")).arg(m_site.directives().at(s).line), s);
        }
        const int index = chosenIndex >= 0 && chosenIndex < servers.size() ? chosenIndex : int(servers.indexOf(m_site.mainServer()));
        m_server->setCurrentIndex(index);
        m_server->setEnabled(servers.size() > 1);
    }
    m_summary->setText(servers.isEmpty() ? tr("This file has no server block.")
                                         : tr("Server blocks in this file: %1. Only these settings are shown; the rest of the site stays as text.").arg(servers.size()));
    const int server = currentServer();
    for (int f = 0; f < NginxSite::FieldCount; ++f) {
        const NginxSite::FieldValue value = m_site.field(Field(f), server);
        Row &row = m_rows[f];
        row.edit->setEnabled(value.editable);
        if (row.edit->text() != value.value)
            row.edit->setText(value.value);
        const QString unset = Field(f) == Field::ClientMaxBodySize ? tr("default: 1m") : tr("not set");
        row.edit->setPlaceholderText(value.editable && !value.present ? unset : QString());
        row.note->setText(tr(fieldTexts[f].meaning) + u' ' + (value.note.isEmpty() ? QString() : u'(' + value.note + u')'));
        const QString problem = value.present ? m_site.validate(Field(f), server, value.value) : QString();
        row.message->setText(problem);
        row.message->setVisible(!problem.isEmpty());
    }
    return {};
}

void NginxConfigView::commit(Field f)
{
    if (!problem().isEmpty())
        return;
    Row &row = m_rows[int(f)];
    const int server = currentServer();
    const NginxSite::FieldValue current = m_site.field(f, server);
    const QString value = row.edit->text().trimmed();
    if (!current.editable || value == current.value || (value.isEmpty() && !current.present))
        return;
    const QString problem = value.isEmpty() && f == Field::ClientMaxBodySize ? QString() : m_site.validate(f, server, value);
    row.message->setText(problem);
    row.message->setVisible(!problem.isEmpty());
    if (!problem.isEmpty())
        return;
    // The main server block's upstream and server_name are berth.yaml's (app.conf's template).
    const char *formKey = f == Field::Upstream ? "upstream" : f == Field::ServerName ? "server_name" : nullptr;
    const bool spec = formKey && server == m_site.mainServer()
                      && SpecChangeDialog::offer(this, document(), m_filePath, QString::fromLatin1(formKey), value,
                                                 [this, f, server, value] { applyValue(f, server, value); },
                                                 [this] {
                                                     const QString text = m_site.text(); // readText replaces m_site
                                                     readText(text);
                                                 });
    if (!spec)
        applyValue(f, server, value);
}

void NginxConfigView::applyValue(Field f, int server, const QString &value)
{
    const NginxSite::FieldValue current = m_site.field(f, server);
    if (value.isEmpty() && f == Field::ClientMaxBodySize)
        applyEdits(m_site.remove(current.directive)); // back to nginx's default
    else
        applyEdits(m_site.setField(f, server, value));
}

} // namespace Berth
