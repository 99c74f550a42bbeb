#include "config/serviceform.h"

#include "config/yamlscalar.h"
#include "palettecolours.h"
#include "wrappedlabel.h"

#include <QAction>
#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace Berth::Config;

namespace Berth {

namespace {

QTableWidget *table(const QStringList &headers, const QString &name, const QString &label, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(name);
    t->setAccessibleName(label);
    // Tab moves on to the next field, arrows between cells, as in any form.
    t->setTabKeyNavigation(false);
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    t->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    return t;
}

QTableWidgetItem *cell(const QString &text, bool editable = true)
{
    auto *item = new QTableWidgetItem(text);
    if (!editable)
        item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}

// As tall as its rows (the form scrolls, not each table), columns fitted to their text.
void fitTable(QTableWidget *t)
{
    t->resizeColumnsToContents();
    t->resizeRowsToContents();
    t->horizontalHeader()->setStretchLastSection(true);
    int height = t->horizontalHeader()->height() + 2 * t->frameWidth();
    for (int r = 0; r < t->rowCount(); ++r)
        height += t->rowHeight(r);
    t->setFixedHeight(height + (t->rowCount() == 0 ? t->fontMetrics().height() : 0));
}

void fitList(QListWidget *list)
{
    const int rows = std::max(1, list->count());
    list->setFixedHeight(rows * (list->fontMetrics().height() + 4) + 2 * list->frameWidth() + 2);
}

} // namespace

ServiceForm::ServiceForm(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"serviceForm"_s);
    auto *layout = new QFormLayout(this);
    m_title = new QLabel(this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    layout->addRow(m_title);
    m_image = scalarField(tr("Image"), u"image"_s, tr("The image to run, or the name given to the image built here."));
    m_build = new QLineEdit(this);
    m_build->setReadOnly(true);
    m_build->setAccessibleName(tr("Build context"));
    m_build->setToolTip(tr("Where the image is built from; edit the build in the text."));
    layout->addRow(tr("Build"), m_build);
    m_command = scalarField(tr("Command"), u"command"_s, tr("What the container runs instead of the image's CMD."));
    m_restart = new QComboBox(this);
    m_restart->setEditable(true);
    m_restart->addItems({QString(), u"no"_s, u"always"_s, u"on-failure"_s, u"unless-stopped"_s});
    m_restart->setAccessibleName(tr("Restart policy"));
    m_restart->setToolTip(tr("When Docker restarts the container: unless-stopped suits services, \"no\" one-off tools."));
    connect(m_restart, &QComboBox::textActivated, this, [this](const QString &value) {
        const YamlPath path = m_service.path().child(u"restart"_s);
        if (value.isEmpty())
            Q_EMIT unsetRequested(path);
        else
            Q_EMIT setRequested(path, value == u"no" ? u"\"no\""_s : stringValue(value));
    });
    layout->addRow(tr("Restart"), m_restart);
    m_healthcheck = new QLineEdit(this);
    m_healthcheck->setObjectName(u"healthcheck"_s);
    m_healthcheck->setAccessibleName(tr("Healthcheck test"));
    m_healthcheck->setToolTip(tr("The healthcheck's test, such as [\"CMD\", \"pg_isready\"]; depends_on with "
                                 "service_healthy waits for it."));
    connect(m_healthcheck, &QLineEdit::editingFinished, this, [this] {
        const QString text = m_healthcheck->text().trimmed();
        if (m_filling || text == m_service.healthcheck)
            return;
        const YamlPath path = m_service.path().child(u"healthcheck"_s).child(u"test"_s);
        if (text.isEmpty())
            Q_EMIT unsetRequested(m_service.path().child(u"healthcheck"_s));
        else
            Q_EMIT setRequested(path, text.startsWith(u'[') ? text : stringValue(text));
    });
    layout->addRow(tr("Healthcheck"), m_healthcheck);
    m_healthNote = new QLabel(this);
    m_healthNote->setWordWrap(true);
    layout->addRow(QString(), m_healthNote);

    m_ports = table({tr("Host address"), tr("Host port"), tr("Container port")}, u"ports"_s, tr("Ports"), this);
    m_ports->setToolTip(tr("Published ports. An empty host address means every interface (0.0.0.0)."));
    connect(m_ports, &QTableWidget::cellChanged, this, [this](int row, int) { commitPort(row); });
    layout->addRow(tr("Ports"), m_ports);
    m_portWarning = new QLabel(this);
    m_portWarning->setObjectName(u"portWarning"_s);
    m_portWarning->setWordWrap(true);
    QPalette warn = m_portWarning->palette();
    warn.setColor(QPalette::WindowText, errorText(warn));
    m_portWarning->setPalette(warn);
    layout->addRow(QString(), m_portWarning);
    for (QLabel *note : {m_healthNote, m_portWarning})
        keepWrappedLabelFitted(note);

    m_environment = table({tr("Variable"), tr("Value")}, u"environment"_s, tr("Environment"), this);
    connect(m_environment, &QTableWidget::cellChanged, this, [this](int row, int) { commitVariable(row); });
    layout->addRow(tr("Environment"), m_environment);
    m_dependsOn = table({tr("Service"), tr("Waits until")}, u"dependsOn"_s, tr("Depends on"), this);
    m_dependsOn->setToolTip(tr("service_healthy waits for the service's healthcheck; service_started only for its start."));
    layout->addRow(tr("Depends on"), m_dependsOn);
    m_envFiles = listField(tr("Env files"), u"env_file"_s, tr("Files of VARIABLE=value lines for the container."));
    m_volumes = listField(tr("Volumes"), u"volumes"_s, tr("Named volumes (NAME:/path) and folders of this machine (./dir:/path)."));
    m_networks = listField(tr("Networks"), u"networks"_s, tr("The networks the service joins; services meet on a shared one."));
    m_profiles = listField(tr("Profiles"), u"profiles"_s, tr("With a profile, `up` leaves the service out unless the profile is asked for."));
}

QLineEdit *ServiceForm::scalarField(const QString &label, const QString &key, const QString &meaning)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(key);
    edit->setAccessibleName(label);
    edit->setAccessibleDescription(meaning);
    edit->setToolTip(meaning);
    connect(edit, &QLineEdit::editingFinished, this, [this, edit, key] {
        if (m_filling || !edit->isModified())
            return;
        edit->setModified(false);
        const YamlPath path = m_service.path().child(key);
        if (edit->text().isEmpty())
            Q_EMIT unsetRequested(path);
        else
            Q_EMIT setRequested(path, stringValue(edit->text()));
    });
    qobject_cast<QFormLayout *>(layout())->addRow(label, edit);
    m_scalars.append({key, edit});
    return edit;
}

QListWidget *ServiceForm::listField(const QString &label, const QString &key, const QString &meaning)
{
    auto *box = new QWidget(this);
    auto *column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    auto *list = new QListWidget(box);
    list->setObjectName(key);
    list->setAccessibleName(label);
    list->setToolTip(meaning + u' ' + tr("Delete removes the selected entry."));
    list->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    auto *remove = new QAction(tr("Remove"), list);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    list->addAction(remove);
    list->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(remove, &QAction::triggered, this, [this, list, key] {
        const int row = list->currentRow();
        if (row < 0)
            return;
        const YamlPath field = m_service.path().child(key);
        Q_EMIT unsetRequested(key == u"networks" && m_service.networksIsMap ? field.child(list->item(row)->text()) : field.item(row));
    });
    auto *add = new QLineEdit(box);
    add->setObjectName(key + u"Add"_s);
    add->setPlaceholderText(tr("Add… (Enter)"));
    add->setAccessibleName(tr("Add to %1").arg(label));
    connect(add, &QLineEdit::returnPressed, this, [this, add, key] {
        const QString value = add->text().trimmed();
        if (value.isEmpty())
            return;
        add->clear();
        const YamlPath field = m_service.path().child(key);
        if (key == u"networks" && m_service.networksIsMap)
            Q_EMIT setRequested(field.child(value), u"{}"_s);
        else
            Q_EMIT addRequested(field, stringValue(value));
    });
    column->addWidget(list);
    column->addWidget(add);
    qobject_cast<QFormLayout *>(layout())->addRow(label, box);
    m_lists.append({key, list});
    return list;
}

void ServiceForm::show(const ComposeModel &model, int service)
{
    m_filling = true;
    m_model = model;
    m_service = service >= 0 && service < model.services.size() ? model.services.at(service) : ComposeService();
    setEnabled(service >= 0);
    m_title->setText(m_service.name.isEmpty() ? tr("No service") : tr("Service %1 (line %2)").arg(m_service.name).arg(m_service.line));
    for (const auto &[key, edit] : std::as_const(m_scalars)) {
        const QString value = key == u"image" ? m_service.image : m_service.command;
        if (!edit->hasFocus() || edit->text() != value)
            edit->setText(value);
        edit->setModified(false);
    }
    m_build->setText(m_service.build);
    m_restart->setCurrentText(m_service.restart);
    m_healthcheck->setText(m_service.healthcheck);
    bool waitedFor = false;
    for (const ComposeService &other : model.services)
        for (const ComposeDependency &d : other.dependsOn)
            waitedFor = waitedFor || (d.service == m_service.name && d.condition == u"service_healthy");
    m_healthNote->setText(waitedFor && !m_service.hasHealthcheck()
                              ? tr("Another service waits for this one to be healthy, but it has no healthcheck: it never will be.")
                              : QString());
    fitWrappedLabel(m_healthNote);
    const QList<QPair<QListWidget *, QStringList>> lists = {{m_envFiles, m_service.envFiles}, {m_volumes, m_service.volumes},
                                                            {m_networks, m_service.networks}, {m_profiles, m_service.profiles}};
    for (const auto &[list, values] : lists) {
        list->clear();
        list->addItems(values);
        fitList(list);
    }
    fillTables();
    m_filling = false;
}

void ServiceForm::fillTables()
{
    QStringList open;
    m_ports->setRowCount(int(m_service.ports.size()));
    for (int r = 0; r < m_service.ports.size(); ++r) {
        const ComposePort &p = m_service.ports.at(r);
        m_ports->setItem(r, 0, cell(p.hostIp));
        m_ports->setItem(r, 1, cell(p.published));
        m_ports->setItem(r, 2, cell(p.target));
        if (p.onAllInterfaces())
            open << (p.published.isEmpty() ? p.target : p.published);
    }
    m_portWarning->setText(open.isEmpty() ? QString()
                                          : tr("Port %1 is published on every interface (0.0.0.0): anyone on your "
                                               "network reaches it. Set the host address to 127.0.0.1 to keep it on this machine.")
                                                .arg(open.join(u", "_s)));
    fitWrappedLabel(m_portWarning);
    m_environment->setRowCount(int(m_service.environment.size()));
    for (int r = 0; r < m_service.environment.size(); ++r) {
        const ComposeVariable &v = m_service.environment.at(r);
        m_environment->setItem(r, 0, cell(v.name, false));
        m_environment->setItem(r, 1, cell(v.hasValue ? v.value : QString()));
    }
    m_dependsOn->setRowCount(int(m_service.dependsOn.size()));
    for (int r = 0; r < m_service.dependsOn.size(); ++r) {
        const ComposeDependency &d = m_service.dependsOn.at(r);
        m_dependsOn->setItem(r, 0, cell(d.service, false));
        auto *condition = new QComboBox(m_dependsOn);
        condition->setAccessibleName(tr("Condition for %1").arg(d.service));
        condition->addItems({u"service_started"_s, u"service_healthy"_s, u"service_completed_successfully"_s});
        condition->setCurrentText(d.condition);
        connect(condition, &QComboBox::textActivated, this, [this, r](const QString &c) { commitCondition(r, c); });
        m_dependsOn->setCellWidget(r, 1, condition);
        // Made after the rest of the form: Tab takes each right after the table.
        QWidget::setTabOrder(r == 0 ? static_cast<QWidget *>(m_dependsOn) : m_dependsOn->cellWidget(r - 1, 1), condition);
    }
    for (QTableWidget *t : {m_ports, m_environment, m_dependsOn})
        fitTable(t);
}

void ServiceForm::commitPort(int row)
{
    if (m_filling || row >= m_service.ports.size())
        return;
    const ComposePort &old = m_service.ports.at(row);
    ComposePort p = old;
    p.hostIp = m_ports->item(row, 0) ? m_ports->item(row, 0)->text().trimmed() : QString();
    p.published = m_ports->item(row, 1) ? m_ports->item(row, 1)->text().trimmed() : QString();
    p.target = m_ports->item(row, 2) ? m_ports->item(row, 2)->text().trimmed() : QString();
    if (p.hostIp == old.hostIp && p.published == old.published && p.target == old.target)
        return;
    // A cell edit changes one field; a host or container port may be a value berth.yaml holds.
    if (m_boundEdit && p.hostIp == old.hostIp && (p.published == old.published) != (p.target == old.target)) {
        const bool published = p.published != old.published;
        const QString formKey = u"services.%1.ports[%2].%3"_s.arg(m_service.name).arg(row).arg(published ? u"published"_s : u"target"_s);
        if (m_boundEdit(formKey, published ? p.published : p.target, [this, old, p] { requestPortEdit(old, p); }))
            return;
    }
    requestPortEdit(old, p);
}

void ServiceForm::requestPortEdit(const ComposePort &old, const ComposePort &p)
{
    if (!old.longSyntax) {
        Q_EMIT setRequested(old.path, doubleQuoted(p.shortForm()));
        return;
    }
    const QList<QPair<const char *, QString>> keys = {{"host_ip", p.hostIp}, {"published", p.published}, {"target", p.target}};
    const QStringList before = {old.hostIp, old.published, old.target};
    for (qsizetype i = 0; i < keys.size(); ++i) {
        if (keys.at(i).second == before.at(i))
            continue;
        const YamlPath path = old.path.child(QString::fromLatin1(keys.at(i).first));
        if (keys.at(i).second.isEmpty())
            Q_EMIT unsetRequested(path);
        else
            Q_EMIT setRequested(path, stringValue(keys.at(i).second));
        return; // one change a commit: the form is read again after it
    }
}

void ServiceForm::commitVariable(int row)
{
    if (m_filling || row >= m_service.environment.size() || !m_environment->item(row, 1))
        return;
    const ComposeVariable &v = m_service.environment.at(row);
    const QString value = m_environment->item(row, 1)->text();
    if (value == v.value && v.hasValue)
        return;
    Q_EMIT setRequested(m_service.path().child(u"environment"_s).child(v.name), value.isEmpty() ? u"\"\""_s : stringValue(value));
}

void ServiceForm::commitCondition(int row, const QString &condition)
{
    if (m_filling || row >= m_service.dependsOn.size() || m_service.dependsOn.at(row).condition == condition)
        return;
    const YamlPath dependsOn = m_service.path().child(u"depends_on"_s);
    if (!m_service.dependsOnIsList) {
        Q_EMIT setRequested(dependsOn.child(m_service.dependsOn.at(row).service).child(u"condition"_s), condition);
        return;
    }
    // The list form has no conditions: it becomes the map form, every other entry as it was.
    QStringList entries;
    for (int i = 0; i < m_service.dependsOn.size(); ++i) {
        const ComposeDependency &d = m_service.dependsOn.at(i);
        entries << stringValue(d.service) + u": {condition: "_s + (i == row ? condition : d.condition) + u'}';
    }
    Q_EMIT setRequested(dependsOn, u'{' + entries.join(u", "_s) + u'}');
}

} // namespace Berth
