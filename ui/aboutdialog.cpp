#include "aboutdialog.h"

#include "core/buildinfo.h"
#include "uiversions.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Berth {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Berth"));

    auto *title = new QLabel(tr("<h2>Berth %1</h2>").arg(applicationVersion().toHtmlEscaped()), this);
    auto *blurb = new QLabel(tr("Docker setups for Django projects: a wizard that writes them, an editor "
                                "that highlights them, a services panel that runs them."),
                             this);
    blurb->setWordWrap(true);

    auto *versions = new QLabel(this);
    versions->setTextFormat(Qt::PlainText);
    versions->setTextInteractionFlags(Qt::TextSelectableByMouse);
    versions->setText(versionSummary());
    versions->setObjectName(u"versions"_s);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(blurb);
    layout->addSpacing(8);
    layout->addWidget(versions);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

QString AboutDialog::versionSummary()
{
    return tr("Qt %1\nKF6 SyntaxHighlighting %2\nyaml-cpp %3")
        .arg(qtRuntimeVersion(), syntaxHighlightingVersion(), yamlCppVersion());
}

} // namespace Berth
