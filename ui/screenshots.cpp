#include "screenshots.h"

#include "wizard/projectpage.h"
#include "wizard/setupwizard.h"

#include <QAbstractButton>
#include <QDir>
#include <QEventLoop>
#include <QTextStream>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Berth {

namespace {
void settle(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}
} // namespace

bool saveWizardScreenshots(const QString &projectDir, const QString &outDir, const QString &prefix)
{
    QTextStream err(stderr);
    if (!QDir().mkpath(outDir)) {
        err << "berth: cannot create " << outDir << '\n';
        return false;
    }
    SetupWizard wizard;
    qobject_cast<ProjectPage *>(wizard.page(SetupWizard::Project))->setFolder(projectDir);
    wizard.show();
    const QStringList names = {u"project"_s, u"python"_s, u"nginx"_s, u"database"_s, u"services"_s, u"review"_s};
    for (int i = 0; i < names.size(); ++i) {
        settle(250);
        const QString file = QDir(outDir).filePath(u"%1wizard-%2-%3.png"_s.arg(prefix).arg(i + 1).arg(names.at(i)));
        if (!wizard.grab().save(file, "PNG")) {
            err << "berth: could not write " << file << '\n';
            return false;
        }
        if (i + 1 < names.size()) {
            QAbstractButton *next = wizard.button(QWizard::NextButton);
            if (!next->isEnabled()) {
                err << "berth: the wizard's Next is disabled on page " << names.at(i) << " for " << projectDir << '\n';
                return false;
            }
            next->click();
        }
    }
    return true;
}

} // namespace Berth
