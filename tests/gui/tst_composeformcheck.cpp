// A form edit of a compose file in an open tab gets compose's opinion as well, through the tab's
// live validation (EditorValidation) and the real `docker compose config` of the build root:
// an edit compose refuses is undone and the view says why; one it accepts stays.
#include "config/composeconfigview.h"
#include "config/serviceform.h"
#include "docker/dockerenvironment.h"
#include "editor/codeeditor.h"
#include "editor/editortab.h"
#include "editor/editorvalidation.h"
#include "validation/documentvalidator.h"

#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Berth;

namespace {
constexpr int waitMs = 60000;
// web takes base's environment through `extends`: yaml-cpp sees an edit of base as one value,
// compose sees web change too.
const QByteArray compose = "services:\n"
                           "  base:\n"
                           "    image: nginx\n"
                           "    environment:\n"
                           "      GREETING: \"hello\" # shared\n"
                           "  web:\n"
                           "    extends: base\n"
                           "    environment:\n"
                           "      OWN: \"1\"\n";
} // namespace

class TestComposeFormCheck : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void refusedEditIsUndone();

private:
    DockerEnvironment m_env;
};

void TestComposeFormCheck::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSignalSpy probed(&m_env, &DockerEnvironment::probeFinished);
    m_env.probe();
    QVERIFY(probed.wait(waitMs));
    if (m_env.composeFlavour() == DockerEnvironment::ComposeFlavour::None)
        QSKIP("no docker compose");
}

void TestComposeFormCheck::refusedEditIsUndone()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"docker-compose.yml"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly) && f.write(compose) == compose.size());
    f.close();
    EditorValidation validation;
    validation.setCompose(&m_env, ComposeProject{path, dir.path(), u"formcheck"_s});
    EditorTab tab(path, u"YAML"_s);
    QString error;
    QVERIFY2(tab.load(&error), qPrintable(error));
    validation.attach(&tab);
    tab.resize(1100, 760);
    tab.showConfiguration(true);
    auto *view = qobject_cast<ComposeConfigView *>(tab.configView());
    QVERIFY(view);
    QTableWidget *env = view->form()->environment();

    // web's own variable: compose agrees, the edit stays.
    view->selectService(u"web"_s);
    QCOMPARE(env->item(0, 0)->text(), u"OWN");
    env->item(0, 1)->setText(u"2"_s);
    const QString accepted = QString::fromUtf8(compose).replace(u"OWN: \"1\""_s, u"OWN: \"2\""_s);
    QCOMPARE(tab.editor()->toPlainText(), accepted);
    DocumentValidator *validator = validation.validator(&tab);
    QVERIFY(validator);
    QSignalSpy checked(validator, &DocumentValidator::editChecked);
    QVERIFY(checked.wait(waitMs));
    QCOMPARE(checked.takeFirst().at(1).toString(), QString());
    QCOMPARE(tab.editor()->toPlainText(), accepted);

    // base's variable reaches web through extends: compose refuses, the edit is undone.
    view->selectService(u"base"_s);
    QCOMPARE(env->item(0, 0)->text(), u"GREETING");
    env->item(0, 1)->setText(u"bye"_s);
    QVERIFY(tab.editor()->toPlainText().contains(u"GREETING: \"bye\" # shared"_s));
    QVERIFY(checked.wait(waitMs));
    QVERIFY(!checked.takeFirst().at(1).toString().isEmpty());
    QTRY_COMPARE(tab.editor()->toPlainText(), accepted);
    QVERIFY2(view->message()->text().startsWith(u"Undone:"_s), qPrintable(view->message()->text()));
    QVERIFY2(view->message()->text().contains(u"services.web.environment"_s), qPrintable(view->message()->text()));
    QVERIFY(view->message()->isVisibleTo(view));
    QTRY_COMPARE(env->item(0, 1)->text(), u"hello");
    // The accepted edit is still one Ctrl+Z away: only the refused one was undone.
    tab.editor()->undo();
    QCOMPARE(tab.editor()->toPlainText(), QString::fromUtf8(compose));
}

QTEST_MAIN(TestComposeFormCheck)
#include "tst_composeformcheck.moc"
