#include "dockerbanner.h"

#include "docker/dockerenvironment.h"
#include "palettecolours.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Berth {

DockerBanner::DockerBanner(DockerEnvironment *environment, QWidget *parent)
    : QFrame(parent)
    , m_env(environment)
    , m_title(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_chooseCli(new QPushButton(tr("Docker Program…"), this))
{
    setObjectName(u"dockerBanner"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette warn = palette();
    warn.setColor(QPalette::Window, attentionBackground(warn));
    setPalette(warn);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    // The CLI's messages are shown as they are: plain text, never markup.
    for (QLabel *label : {m_title, m_hint, m_detail}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    auto *retry = new QPushButton(tr("Retry"), this);
    retry->setObjectName(u"dockerRetry"_s);
    connect(retry, &QPushButton::clicked, m_env, &DockerEnvironment::probe);
    m_chooseCli->setObjectName(u"dockerChooseCli"_s);
    m_chooseCli->setToolTip(tr("Choose the docker (or podman) program Berth runs"));
    m_chooseCli->hide();
    connect(m_chooseCli, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Docker Program"), m_env->configuredCli());
        if (path.isEmpty())
            return;
        QSettings().setValue(u"docker/cli"_s, path);
        m_env->setConfiguredCli(path);
        m_env->probe();
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(retry);
    buttons->addWidget(m_chooseCli);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_hint);
    layout->addWidget(m_detail);
    layout->addLayout(buttons);
    hide();
}

void DockerBanner::showProblem(const QString &title, const QString &hint, const QString &detail)
{
    m_title->setText(title);
    m_hint->setText(hint);
    m_hint->setVisible(!hint.isEmpty());
    m_detail->setText(detail);
    m_detail->setVisible(!detail.isEmpty());
    m_chooseCli->hide();
    show();
}

void DockerBanner::showEnvironmentProblem()
{
    // The core says what to do outside Berth; how to check again is this banner's business.
    const QString hint = m_env->problemHint();
    showProblem(m_env->problemTitle(), hint.isEmpty() ? hint : tr("%1 Then press Retry.").arg(hint),
                m_env->problemDetail());
    m_chooseCli->setVisible(m_env->problem() == DockerEnvironment::Problem::CliMissing);
}

void DockerBanner::clear()
{
    hide();
    m_title->clear();
}

QString DockerBanner::text() const
{
    if (isHidden())
        return {};
    return m_title->text() + u'\n' + m_hint->text() + u'\n' + m_detail->text();
}

} // namespace Berth
