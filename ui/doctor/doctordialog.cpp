#include "doctor/doctordialog.h"

#include "config/yamltree.h"
#include "docker/dockercontexts.h"
#include "docker/dockerenvironment.h"
#include "docker/engineports.h"
#include "generate/unifieddiff.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Berth {

DoctorDialog::DoctorDialog(const QString &projectDir, const DockerEnvironment *engine, QWidget *parent)
    : QDialog(parent)
    , m_projectDir(projectDir)
    , m_engine(engine)
{
    setObjectName(u"doctorDialog"_s);
    setWindowTitle(tr("Check Setup"));
    resize(900, 620);
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"doctorSummary"_s);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    auto *split = new QSplitter(Qt::Vertical, this);
    m_list = new QListWidget(split);
    m_list->setObjectName(u"doctorProblems"_s);
    m_list->setAccessibleName(tr("Problems"));
    auto *detail = new QWidget(split);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    m_explanation = new QLabel(detail);
    m_explanation->setWordWrap(true);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    detailLayout->addWidget(m_explanation);
    m_diff = new QPlainTextEdit(detail);
    m_diff->setObjectName(u"doctorFixDiff"_s);
    m_diff->setAccessibleName(tr("The fix, as a diff"));
    m_diff->setReadOnly(true);
    m_diff->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_diff->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    detailLayout->addWidget(m_diff, 1);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_apply = buttons->addButton(tr("&Apply Fix"), QDialogButtonBox::ActionRole);
    m_apply->setToolTip(tr("Make the change shown above (the old file is kept under .berth/backups/)"));
    QPushButton *again = buttons->addButton(tr("Check &Again"), QDialogButtonBox::ActionRole);
    again->setShortcut(QKeySequence::Refresh);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_apply, &QPushButton::clicked, this, &DoctorDialog::applySelected);
    connect(again, &QPushButton::clicked, this, &DoctorDialog::check);
    connect(m_list, &QListWidget::currentRowChanged, this, &DoctorDialog::showSelected);
    if (m_engine && m_engine->isRemoteEngine()) {
        m_enginePorts = new EnginePorts(m_engine, this);
        connect(m_enginePorts, &EnginePorts::finished, this, &DoctorDialog::showProblems);
    }
    check();
}

bool DoctorDialog::isAskingEngine() const
{
    return m_enginePorts && m_enginePorts->isRunning();
}

void DoctorDialog::check()
{
    if (m_enginePorts) {
        // The project's images first: they have `cat`, and the engine has them once built.
        const Doctor::SetupFiles files = Doctor::SetupFiles::read(m_projectDir);
        QStringList images;
        for (const Config::ComposeService &s : Config::ComposeModel::read(Config::YamlTree::parse(files.composeText)).services)
            if (!s.image.isEmpty())
                images.append(s.image);
        m_enginePorts->ask(m_projectDir, images);
    }
    showProblems();
}

void DoctorDialog::showProblems()
{
    const int row = m_list->currentRow();
    PortsInUse asked;
    if (m_enginePorts) {
        // Until the engine has answered, no port counts as taken (this machine's do not matter).
        asked = m_enginePorts->result();
        if (isAskingEngine())
            asked = PortsInUse{DockerContexts::siteHost(m_engine->engineEndpoint()), {}, {}, {}, false, {}};
    }
    m_problems = Doctor::diagnose(Doctor::SetupFiles::read(m_projectDir), m_enginePorts ? &asked : nullptr);
    QSignalBlocker block(m_list);
    m_list->clear();
    int errors = 0;
    for (const Doctor::Problem &p : std::as_const(m_problems)) {
        const bool error = p.severity == Doctor::Problem::Severity::Error;
        errors += error ? 1 : 0;
        auto *item = new QListWidgetItem(style()->standardIcon(error ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning),
                                         p.title + u"  —  "_s + p.file + (p.line > 0 ? u':' + QString::number(p.line) : QString()),
                                         m_list);
        item->setToolTip(p.explanation);
        item->setData(Qt::AccessibleTextRole, QString((error ? tr("Error: ") : tr("Warning: ")) + p.title));
    }
    QString summary = m_problems.isEmpty()
        ? tr("No problems found in %1.").arg(m_projectDir)
        : tr("%n problem(s) in %1, %2 of them errors. Select one to see what it means and its fix.", nullptr,
             int(m_problems.size()))
              .arg(m_projectDir)
              .arg(errors);
    if (isAskingEngine())
        summary += u' ' + tr("Asking %1 which of its ports are in use…").arg(asked.where);
    else if (m_enginePorts && !asked.why.isEmpty())
        summary += u' ' + tr("Ports: %1.").arg(asked.why);
    else if (m_enginePorts)
        summary += u' ' + tr("Ports were checked on %1, where the stack runs.").arg(asked.where);
    m_summary->setText(summary);
    m_list->setCurrentRow(m_problems.isEmpty() ? -1 : std::clamp(row, 0, int(m_problems.size()) - 1));
    showSelected();
}

void DoctorDialog::showSelected()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_problems.size()) {
        m_explanation->clear();
        m_diff->clear();
        m_apply->setEnabled(false);
        return;
    }
    const Doctor::Problem &p = m_problems.at(row);
    m_explanation->setText(p.explanation);
    if (p.fixes.isEmpty()) {
        m_diff->setPlainText(tr("No automatic fix: the explanation above says what to do."));
        m_apply->setEnabled(false);
        return;
    }
    const Doctor::Fix &f = p.fixes.first();
    m_diff->setPlainText(tr("Fix: %1\n\n").arg(f.summary) + unifiedDiff(f.original.toUtf8(), f.result().toUtf8(), f.file));
    m_apply->setEnabled(true);
}

bool DoctorDialog::applySelected()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_problems.size() || m_problems.at(row).fixes.isEmpty())
        return false;
    const Doctor::Fix fix = m_problems.at(row).fixes.first();
    QString error;
    if (!Doctor::applyFix(m_projectDir, fix, &error)) {
        m_explanation->setText(tr("The fix was not made: %1").arg(error));
        return false;
    }
    Q_EMIT fileChanged(fix.file);
    check();
    return true;
}

} // namespace Berth
