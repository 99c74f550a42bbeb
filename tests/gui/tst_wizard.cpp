#include "../common/startproject.h"
#include "generate/generator.h"
#include "project/projectspec.h"
#include "wizard/projectpage.h"
#include "wizard/reviewpage.h"
#include "wizard/setupwizard.h"
#include "editor/codeeditor.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
}

// Drives the wizard from its current page to the review page with Next, as a user would.
void nextToReview(Berth::SetupWizard &w)
{
    for (int i = 0; i < 6 && w.currentId() != Berth::SetupWizard::Review; ++i) {
        QAbstractButton *next = w.button(QWizard::NextButton);
        QVERIFY2(next->isEnabled(), qPrintable(u"Next disabled on page %1"_s.arg(w.currentId())));
        next->click();
    }
    QCOMPARE(w.currentId(), int(Berth::SetupWizard::Review));
}

// What the generator itself produces for the written spec matches the disk exactly.
void verifyDiskMatchesGenerator(const QString &dir)
{
    QList<Berth::SpecError> errors;
    const Berth::ProjectSpec spec = Berth::ProjectSpec::fromYaml(readFile(dir + u"/berth.yaml"_s), &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0).toString()));
    const Berth::FileSet files = Berth::generate(spec, dir);
    QVERIFY(files.files().size() >= 8);
    for (const Berth::PlannedFile &planned : files.plan(dir)) {
        QVERIFY2(planned.status == Berth::WriteStatus::Unchanged, qPrintable(planned.path));
        QCOMPARE(readFile(dir + u'/' + planned.path), files.file(planned.path)->content);
    }
}
} // namespace

class TestWizard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (QStandardPaths::findExecutable(u"django-admin"_s).isEmpty())
            QFAIL("django-admin is needed (python3-django in the build root)");
    }
    void freshFolderCreatesProjectAndWritesSetup();
    void existingProjectIsDetected();
    void folderPassedOnTheWayLeavesNothing();
    void invalidFieldDisablesNextWithMessage();
    void conflictingUserEditIsShownAndKept();
    void changeSetupReopensSavedAnswers();
    void changeSetupMergesUserEdits();

private:
    QTemporaryDir m_root;
};

void TestWizard::freshFolderCreatesProjectAndWritesSetup()
{
    const QString dir = m_root.filePath(u"fresh"_s);
    Berth::SetupWizard w;
    w.show();
    auto *project = qobject_cast<Berth::ProjectPage *>(w.page(Berth::SetupWizard::Project));
    project->setFolder(dir);
    QVERIFY(!project->isComplete());
    auto *create = w.findChild<QPushButton *>(u"createDjangoProject"_s);
    QVERIFY(create && create->isVisible());
    create->click();
    QTRY_VERIFY_WITH_TIMEOUT(project->isComplete(), 60000);
    QVERIFY(QFile::exists(dir + u"/app/manage.py"_s));
    QCOMPARE(w.spec().django.settingsModule, u"app.settings"_s);
    QCOMPARE(w.spec().compose.projectName, u"fresh"_s);

    nextToReview(w);
    auto *review = qobject_cast<Berth::ReviewPage *>(w.page(Berth::SetupWizard::Review));
    // Every generated file is new and ticked.
    QCOMPARE(review->selectedPaths().size(), review->plan().size());
    for (const Berth::PlannedFile &p : review->plan())
        QVERIFY2(p.status == Berth::WriteStatus::New || p.path.endsWith(u"settings.py"_s) || p.path.endsWith(u".gitignore"_s),
                 qPrintable(p.path));
    QVERIFY(review->correctionsText().contains(u"article"_s));
    w.button(QWizard::FinishButton)->click();
    QVERIFY(w.result() == QDialog::Accepted);
    QVERIFY(w.writeResult().ok);

    verifyDiskMatchesGenerator(dir);
    // The password shown on the database page is the one written, only to the secrets file.
    const QString password = w.databasePassword();
    QVERIFY(password.size() >= 16);
    const QByteArray secrets = readFile(dir + u"/"_s + w.spec().secretsFile());
    QVERIFY(secrets.contains(password.toUtf8()));
    QVERIFY(!readFile(dir + u"/berth.yaml"_s).contains(password.toUtf8()));
    QCOMPARE(QFile::permissions(dir + u"/"_s + w.spec().secretsFile()) & (QFile::ReadGroup | QFile::ReadOther),
             QFileDevice::Permissions());
}

void TestWizard::existingProjectIsDetected()
{
    const QString dir = m_root.filePath(u"existing"_s);
    QVERIFY(QDir().mkpath(dir));
    QVERIFY(BerthTest::startProject(dir, u"shop"_s));
    writeFile(dir + u"/shop/requirements.txt"_s, "Django==4.2.11\nrequests==2.31.0\n");

    Berth::SetupWizard w;
    w.show();
    auto *project = qobject_cast<Berth::ProjectPage *>(w.page(Berth::SetupWizard::Project));
    project->setFolder(dir);
    QVERIFY(project->isComplete());
    QVERIFY(project->detected().found);
    QCOMPARE(w.spec().django.projectDir, u"shop"_s);
    QCOMPARE(w.spec().django.settingsModule, u"shop.settings"_s);
    QCOMPARE(w.spec().django.wsgiModule, u"shop.wsgi"_s);
    auto *summary = w.findChild<QLabel *>(u"detectionSummary"_s);
    QVERIFY(summary->text().contains(u"shop/manage.py"_s));
    QVERIFY(summary->text().contains(u"Python packages: shop/requirements.txt (a requirements file)"_s));

    // pyproject.toml's dependencies and no requirements file: the page says what the image installs.
    const QString py = m_root.filePath(u"pyproject-only"_s);
    QVERIFY(QDir().mkpath(py));
    QVERIFY(BerthTest::startProject(py, u"shop"_s));
    writeFile(py + u"/shop/pyproject.toml"_s, "[project]\nname = 'shop'\ndependencies = ['Django>=4.2']\n");
    Berth::SetupWizard pw;
    pw.show();
    qobject_cast<Berth::ProjectPage *>(pw.page(Berth::SetupWizard::Project))->setFolder(py);
    QCOMPARE(pw.spec().django.requirementsFile, u"pyproject.toml"_s);
    const QString pySummary = pw.findChild<QLabel *>(u"detectionSummary"_s)->text();
    QVERIFY2(pySummary.contains(u"Python packages: shop/pyproject.toml, [project] dependencies (1;"_s)
                 && pySummary.contains(u"shop/berth-requirements.txt"_s),
             qPrintable(pySummary));
    // A WSGI module that is not in the project is an error on the page, not a setup that cannot start.
    auto *wsgi = project->findChild<QLineEdit *>(u"django.wsgi_module"_s);
    QVERIFY(wsgi);
    wsgi->setText(u"shop.nowhere"_s);
    auto *message = project->findChild<QLabel *>(u"message:django.wsgi_module"_s);
    QVERIFY(message && !message->isHidden());
    QVERIFY2(message->text().contains(u"uwsgi could not start"_s), qPrintable(message->text()));
    QVERIFY(!project->isComplete());
    wsgi->setText(u"shop.wsgi"_s);
    QVERIFY(message->isHidden());
    QVERIFY(project->isComplete());

    nextToReview(w);
    w.button(QWizard::FinishButton)->click();
    QVERIFY(w.writeResult().ok);
    verifyDiskMatchesGenerator(dir);
    const QByteArray requirements = readFile(dir + u"/shop/requirements.txt"_s);
    QVERIFY2(requirements.contains("Django==4.2.11"), requirements.constData()); // the user's pin survives
    QVERIFY(requirements.contains("requests==2.31.0"));
    QVERIFY(requirements.contains("pytest-django"));
}

// A path typed key by key passes folders on its way: what their detection found (a Django project
// two levels down, a compose name from the folder's name) must not stay once the path goes on.
void TestWizard::folderPassedOnTheWayLeavesNothing()
{
    const QString parent = m_root.filePath(u"passed"_s);
    QVERIFY(QDir().mkpath(parent + u"/demo"_s));
    QVERIFY(BerthTest::startProject(parent + u"/demo"_s, u"shop"_s));
    const QString target = parent + u"/mysite"_s;
    QVERIFY(QDir().mkpath(target));

    Berth::SetupWizard w;
    w.show();
    auto *project = qobject_cast<Berth::ProjectPage *>(w.page(Berth::SetupWizard::Project));
    project->setFolder(parent + u"/demo"_s);
    QVERIFY(project->detected().found);
    QCOMPARE(w.spec().django.projectDir, u"shop"_s);
    QCOMPARE(w.spec().compose.projectName, u"demo"_s);

    project->setFolder(target);
    QVERIFY(!project->detected().found);
    const Berth::ProjectSpec defaults = Berth::ProjectSpec::defaults();
    QCOMPARE(w.spec().django.projectDir, defaults.django.projectDir);
    QCOMPARE(w.spec().django.settingsModule, defaults.django.settingsModule);
    QCOMPARE(w.spec().django.wsgiModule, defaults.django.wsgiModule);
    QCOMPARE(w.spec().compose.projectName, u"mysite"_s);
    auto *create = w.findChild<QPushButton *>(u"createDjangoProject"_s);
    QVERIFY(create && create->text().contains(u"\"%1\""_s.arg(defaults.django.projectDir)));

    // A name the user typed stays when the folder changes again.
    auto *name = w.findChild<QLineEdit *>(u"compose.project_name"_s);
    QVERIFY(name);
    name->setText(u"custom"_s);
    project->setFolder(parent);
    QCOMPARE(w.spec().compose.projectName, u"custom"_s);
}

void TestWizard::invalidFieldDisablesNextWithMessage()
{
    const QString dir = m_root.filePath(u"invalid"_s);
    QVERIFY(QDir().mkpath(dir));
    QVERIFY(BerthTest::startProject(dir, u"app"_s));
    Berth::SetupWizard w;
    w.show();
    qobject_cast<Berth::ProjectPage *>(w.page(Berth::SetupWizard::Project))->setFolder(dir);
    w.button(QWizard::NextButton)->click(); // Python and uwsgi
    QCOMPARE(w.currentId(), int(Berth::SetupWizard::Python));
    auto *path = w.currentPage()->findChild<QLineEdit *>(u"container.path"_s);
    QVERIFY(path);
    path->setText(u"relative/path"_s);
    auto *message = w.currentPage()->findChild<QLabel *>(u"message:container.path"_s);
    QVERIFY(message && !message->isHidden());
    QVERIFY(!message->text().isEmpty());
    QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
    path->setText(u"/srv/app"_s);
    QVERIFY(message->isHidden());
    QVERIFY(w.button(QWizard::NextButton)->isEnabled());

    // Back and Next keep the answer.
    w.back();
    w.next();
    QCOMPARE(w.currentPage()->findChild<QLineEdit *>(u"container.path"_s)->text(), u"/srv/app"_s);
    QCOMPARE(w.spec().container.path, u"/srv/app"_s);
}

void TestWizard::conflictingUserEditIsShownAndKept()
{
    const QString dir = m_root.filePath(u"conflict"_s);
    QVERIFY(QDir().mkpath(dir));
    QVERIFY(BerthTest::startProject(dir, u"app"_s));
    {
        Berth::SetupWizard w;
        qobject_cast<Berth::ProjectPage *>(w.page(Berth::SetupWizard::Project))->setFolder(dir);
        w.show();
        nextToReview(w);
        w.button(QWizard::FinishButton)->click();
        QVERIFY(w.writeResult().ok);
    }
    const QString site = dir + u"/data/nginx/app.conf"_s;
    QByteArray mine = readFile(site);
    mine.append("# my own tweak\n");
    writeFile(site, mine);

    // The user's edit is shown as a conflict, unticked, and survives Finish.
    {
        Berth::SetupWizard w(dir);
        w.show();
        nextToReview(w);
        auto *review = qobject_cast<Berth::ReviewPage *>(w.page(Berth::SetupWizard::Review));
        bool sawConflict = false;
        for (const Berth::PlannedFile &p : review->plan()) {
            if (p.path == u"data/nginx/app.conf"_s) {
                QVERIFY(p.status == Berth::WriteStatus::Conflict);
                sawConflict = true;
            } else {
                QVERIFY2(p.status == Berth::WriteStatus::Unchanged, qPrintable(p.path));
            }
        }
        QVERIFY(sawConflict);
        QVERIFY(!review->selectedPaths().contains(u"data/nginx/app.conf"_s));
        review->showDiff(u"data/nginx/app.conf"_s, true);
        w.button(QWizard::FinishButton)->click();
        QVERIFY(w.writeResult().ok);
        QCOMPARE(readFile(site), mine);
    }
    // Chosen explicitly, it is replaced and the user's version is backed up.
    {
        Berth::SetupWizard w(dir);
        w.show();
        nextToReview(w);
        auto *review = qobject_cast<Berth::ReviewPage *>(w.page(Berth::SetupWizard::Review));
        review->setSelected(u"data/nginx/app.conf"_s, true);
        w.button(QWizard::FinishButton)->click();
        QVERIFY(w.writeResult().ok);
        QVERIFY(!readFile(site).contains("# my own tweak"));
        QCOMPARE(w.writeResult().backups.size(), 1);
        QCOMPARE(readFile(dir + u'/' + w.writeResult().backups.first()), mine);
    }
}

void TestWizard::changeSetupReopensSavedAnswers()
{
    const QString dir = m_root.filePath(u"change"_s);
    QVERIFY(QDir().mkpath(dir));
    QVERIFY(BerthTest::startProject(dir, u"app"_s));
    {
        Berth::SetupWizard w;
        qobject_cast<Berth::ProjectPage *>(w.page(Berth::SetupWizard::Project))->setFolder(dir);
        w.show();
        w.next(); // Python and uwsgi
        w.currentPage()->findChild<QSpinBox *>(u"app_server.processes"_s)->setValue(5);
        nextToReview(w);
        w.button(QWizard::FinishButton)->click();
        QVERIFY(w.writeResult().ok);
    }
    Berth::SetupWizard again(dir);
    again.show();
    QCOMPARE(again.spec().appServer.processes, 5);
    again.next();
    QCOMPARE(again.currentPage()->findChild<QSpinBox *>(u"app_server.processes"_s)->value(), 5);
    again.currentPage()->findChild<QSpinBox *>(u"app_server.processes"_s)->setValue(3);
    nextToReview(again);
    auto *review = qobject_cast<Berth::ReviewPage *>(again.page(Berth::SetupWizard::Review));
    QStringList changed;
    for (const Berth::PlannedFile &p : review->plan()) {
        if (p.status != Berth::WriteStatus::Unchanged)
            changed << p.path;
    }
    // Only the files that carry the process count (and the spec) would change.
    QVERIFY2(changed.contains(u"app/uwsgi.ini"_s), qPrintable(changed.join(u' ')));
    QVERIFY(changed.contains(u"berth.yaml"_s));
    QVERIFY2(!changed.contains(u"Dockerfile"_s), qPrintable(changed.join(u' ')));
}

// Change Setup… after the user edited two of Berth's files: the one whose lines do not meet
// Berth's change is merged (ticked, shown with the diff against the disk, written with both);
// the one where both changed the same line is a conflict that shows just that line.
void TestWizard::changeSetupMergesUserEdits()
{
    const QString dir = m_root.filePath(u"merge"_s);
    QVERIFY(QDir().mkpath(dir));
    QVERIFY(BerthTest::startProject(dir, u"app"_s));
    {
        Berth::SetupWizard w;
        qobject_cast<Berth::ProjectPage *>(w.page(Berth::SetupWizard::Project))->setFolder(dir);
        w.show();
        nextToReview(w);
        w.button(QWizard::FinishButton)->click();
        QVERIFY(w.writeResult().ok);
    }
    const QString ini = dir + u"/app/uwsgi.ini"_s;
    const QByteArray before = readFile(ini);
    QVERIFY(before.contains("processes = 2\n"));
    writeFile(ini, "# my own tweak\n" + before);

    Berth::SetupWizard w(dir);
    w.show();
    w.next(); // Python and uwsgi
    w.currentPage()->findChild<QSpinBox *>(u"app_server.processes"_s)->setValue(5);
    nextToReview(w);
    auto *review = qobject_cast<Berth::ReviewPage *>(w.page(Berth::SetupWizard::Review));
    bool sawMerge = false;
    for (const Berth::PlannedFile &p : review->plan()) {
        if (p.path == u"app/uwsgi.ini"_s) {
            QVERIFY(p.status == Berth::WriteStatus::Merged);
            sawMerge = true;
        }
    }
    QVERIFY(sawMerge);
    QVERIFY(review->selectedPaths().contains(u"app/uwsgi.ini"_s));
    QVERIFY(review->selectedConflicts().isEmpty());
    const QString shown = review->editorFor(u"app/uwsgi.ini"_s)->toPlainText();
    QVERIFY(shown.startsWith(u"# my own tweak\n"_s) && shown.contains(u"processes = 5\n"_s));
    review->showDiff(u"app/uwsgi.ini"_s, true);
    bool diffShown = false;
    for (const Berth::CodeEditor *e : review->findChildren<Berth::CodeEditor *>()) {
        const QString text = e->toPlainText();
        diffShown = diffShown || (text.contains(u"-processes = 2\n+processes = 5\n"_s) && !text.contains(u"-# my own tweak"_s));
    }
    QVERIFY(diffShown);
    w.button(QWizard::FinishButton)->click();
    QVERIFY2(w.writeResult().ok, qPrintable(w.writeResult().error));
    QVERIFY(w.writeResult().merged.contains(u"app/uwsgi.ini"_s));
    QVERIFY(readFile(ini).startsWith("# my own tweak\n"));
    QVERIFY(readFile(ini).contains("processes = 5\n"));

    // Both change the processes line: a conflict that shows only that line, kept unless ticked.
    writeFile(ini, readFile(ini).replace("processes = 5\n", "processes = 7\n"));
    Berth::SetupWizard again(dir);
    again.show();
    again.next();
    again.currentPage()->findChild<QSpinBox *>(u"app_server.processes"_s)->setValue(3);
    nextToReview(again);
    auto *review2 = qobject_cast<Berth::ReviewPage *>(again.page(Berth::SetupWizard::Review));
    QVERIFY(!review2->selectedPaths().contains(u"app/uwsgi.ini"_s));
    review2->showDiff(u"app/uwsgi.ini"_s, true);
    bool regionShown = false;
    for (const Berth::CodeEditor *e : review2->findChildren<Berth::CodeEditor *>()) {
        const QString text = e->toPlainText();
        regionShown = regionShown
            || (text.contains(u"<<<<<<< yours (on disk)\nprocesses = 7\n"_s) && text.contains(u"processes = 3\n>>>>>>>"_s)
                && !text.contains(u"my own tweak"_s));
    }
    QVERIFY(regionShown);
    again.button(QWizard::FinishButton)->click();
    QVERIFY(again.writeResult().ok);
    QVERIFY(readFile(ini).contains("processes = 7\n"));
}

QTEST_MAIN(TestWizard)
#include "tst_wizard.moc"
