// DocumentValidator with the real `docker compose config` of the build root on unsaved text.
// Compose validates a project without a Docker engine, so this needs the CLI and its compose
// plugin only (skipped without them).
#include "config/yamlpath.h"
#include "docker/dockerenvironment.h"
#include "validation/documentvalidator.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Berth;

namespace {

constexpr int waitMs = 60000;

const QByteArray savedCompose = "services:\n  web:\n    image: nginx\n";

bool write(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

} // namespace

class TestComposeValidation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup() { m_validator.reset(); }
    void unsavedTextIsChecked();
    void overrideIsCheckedInItsPlace();
    void relativePathsStartAtTheProjectFolder();
    void syntaxErrorStopsBeforeCompose();
    void newerTextSupersedesARun();
    void resultOfAnOlderTextIsDropped();
    void editsAreJudgedByCompose();

private:
    // A validator of file in m_dir's project whose text is *text.
    DocumentValidator *validator(const QString &file, const QString *text);
    ComposeProject project() const
    {
        return {m_dir->filePath(u"docker-compose.yml"_s), m_dir->path(), u"shop"_s,
                {m_dir->filePath(u"docker-compose.override.yml"_s)}};
    }

    DockerEnvironment m_env;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DocumentValidator> m_validator;
};

void TestComposeValidation::initTestCase()
{
    QSignalSpy probed(&m_env, &DockerEnvironment::probeFinished);
    m_env.probe();
    QVERIFY(probed.wait(waitMs));
    if (m_env.composeFlavour() == DockerEnvironment::ComposeFlavour::None)
        QSKIP("no docker compose");
}

void TestComposeValidation::init()
{
    m_validator.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(write(m_dir->filePath(u"docker-compose.yml"_s), savedCompose));
    QVERIFY(write(m_dir->filePath(u"docker-compose.override.yml"_s), "services:\n  web:\n    ports:\n      - \"8000:8000\"\n"));
}

DocumentValidator *TestComposeValidation::validator(const QString &file, const QString *text)
{
    m_validator = std::make_unique<DocumentValidator>(m_dir->filePath(file));
    m_validator->setTextSource([text] { return *text; });
    m_validator->setCompose(&m_env, project());
    m_validator->setDelays(0, 0);
    return m_validator.get();
}

void TestComposeValidation::unsavedTextIsChecked()
{
    // On disk the file is fine; the editor's text has a misspelt key on line 6.
    const QString text = u"services:\n  web:\n    image: nginx\n    ports:\n      - \"80:80\"\n    restrat: always\n"_s;
    DocumentValidator *v = validator(u"docker-compose.yml"_s, &text);
    QVERIFY(v->isComposeFile());
    v->textChanged();
    QTRY_VERIFY_WITH_TIMEOUT(v->isIdle(), waitMs);
    const FileProblems problems = v->problems();
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems[0].file, m_dir->filePath(u"docker-compose.yml"_s));
    QCOMPARE(problems[0].line, 6);
    QCOMPARE(problems[0].severity, FileProblem::Severity::Error);
    QVERIFY2(problems[0].message.contains(u"Additional property restrat is not allowed"_s), qPrintable(problems[0].message));
    QVERIFY(v->parses());
}

void TestComposeValidation::overrideIsCheckedInItsPlace()
{
    // The override's service has no image of its own: valid only with docker-compose.yml before
    // it, so a clean result proves the project's files were kept. Then a dependency on a
    // service neither file has.
    QString text = u"services:\n  web:\n    ports:\n      - \"8000:8000\"\n"_s;
    DocumentValidator *v = validator(u"docker-compose.override.yml"_s, &text);
    QCOMPARE(v->composeProjectForStdin().arguments({}).mid(0, 4),
             (QStringList{u"-f"_s, m_dir->filePath(u"docker-compose.yml"_s), u"-f"_s, u"-"_s}));
    v->textChanged();
    QTRY_VERIFY_WITH_TIMEOUT(v->isIdle(), waitMs);
    QCOMPARE(v->problems(), FileProblems{});

    text = u"services:\n  web:\n    ports:\n      - \"8000:8000\"\n    depends_on:\n      - cache\n"_s;
    v->textChanged();
    QTRY_VERIFY_WITH_TIMEOUT(v->isIdle(), waitMs);
    QCOMPARE(v->problems().size(), 1);
    QCOMPARE(v->problems()[0].line, 6);
    QVERIFY(v->problems()[0].message.contains(u"depends on undefined service \"cache\""_s));
}

void TestComposeValidation::relativePathsStartAtTheProjectFolder()
{
    QVERIFY(write(m_dir->filePath(u"web.env"_s), "A=1\n"));
    QString text = QString::fromUtf8(savedCompose) + u"    env_file: web.env\n"_s;
    DocumentValidator *v = validator(u"docker-compose.yml"_s, &text);
    v->textChanged();
    QTRY_VERIFY_WITH_TIMEOUT(v->isIdle(), waitMs);
    QCOMPARE(v->problems(), FileProblems{});

    text = QString::fromUtf8(savedCompose) + u"    env_file: missing.env\n"_s;
    v->textChanged();
    QTRY_VERIFY_WITH_TIMEOUT(v->isIdle(), waitMs);
    QCOMPARE(v->problems().size(), 1);
    QCOMPARE(v->problems()[0].line, 4);
    QVERIFY(v->problems()[0].message.contains(u"not found"_s));
}

void TestComposeValidation::syntaxErrorStopsBeforeCompose()
{
    const QString text = u"services:\n  web:\n    image: nginx\n   ports:\n      - 80\n"_s;
    DocumentValidator *v = validator(u"docker-compose.yml"_s, &text);
    v->textChanged();
    QTRY_VERIFY_WITH_TIMEOUT(v->isIdle(), waitMs);
    QCOMPARE(v->problems().size(), 1);
    QCOMPARE(v->problems()[0].line, 4);
    QVERIFY(!v->parses());
    QVERIFY(v->parseFailure().startsWith(u"YAML syntax error"_s));
}

void TestComposeValidation::newerTextSupersedesARun()
{
    QString text = u"services:\n  web:\n    image: nginx\n    stale_key: 1\n"_s;
    DocumentValidator *v = validator(u"docker-compose.yml"_s, &text);
    FileProblems seen;
    connect(v, &DocumentValidator::problemsChanged, this, [&seen, v] { seen += v->problems(); });
    v->textChanged();
    QTRY_VERIFY_WITH_TIMEOUT(v->isComposeRunning(), waitMs);
    // Typing goes on while compose reads the old text: its answer must never show.
    text = u"services:\n  web:\n    image: nginx\n    fresh_key: 1\n"_s;
    v->textChanged();
    QTRY_VERIFY_WITH_TIMEOUT(v->isIdle(), waitMs);
    QCOMPARE(v->problems().size(), 1);
    QVERIFY(v->problems()[0].message.contains(u"fresh_key"_s));
    for (const FileProblem &p : std::as_const(seen))
        QVERIFY2(!p.message.contains(u"stale_key"_s), qPrintable(p.message));
}

void TestComposeValidation::resultOfAnOlderTextIsDropped()
{
    // The text changes while compose reads the old one, and the next run is not due yet, so
    // nothing cancels the old run: it finishes, and its answer must be dropped all the same.
    QString text = u"services:\n  web:\n    image: nginx\n    stale_key: 1\n"_s;
    DocumentValidator *v = validator(u"docker-compose.yml"_s, &text);
    v->textChanged();
    QTRY_VERIFY_WITH_TIMEOUT(v->isComposeRunning(), waitMs);
    v->setDelays(0, 24 * 3600 * 1000);
    text = u"services:\n  web:\n    image: nginx\n    fresh_key: 1\n"_s;
    v->textChanged();
    QTRY_VERIFY_WITH_TIMEOUT(!v->isBusy(), waitMs);
    QVERIFY(!v->isIdle()); // the run for the new text waits for its timer
    QCOMPARE(v->problems(), FileProblems{});
    v->setDelays(0, 0);
    v->textChanged();
    QTRY_VERIFY_WITH_TIMEOUT(v->isIdle(), waitMs);
    QCOMPARE(v->problems().size(), 1);
    QVERIFY(v->problems()[0].message.contains(u"fresh_key"_s));
}

void TestComposeValidation::editsAreJudgedByCompose()
{
    // web extends base: an edit of base's environment changes web's as well, which only
    // compose's model shows (yaml-cpp sees one changed value).
    const QString before = u"services:\n  base:\n    image: nginx\n    environment:\n      A: \"1\"\n  web:\n    extends: base\n"_s;
    QString text = before;
    DocumentValidator *v = validator(u"docker-compose.yml"_s, &text);
    QSignalSpy checked(v, &DocumentValidator::editChecked);
    const auto judge = [&](const QString &after, const QString &path, QString *note = nullptr) {
        v->checkEdit(before, after, {*Config::YamlPath::parse(path)});
        if (!checked.wait(waitMs))
            return u"<no answer>"_s;
        const QList<QVariant> args = checked.takeFirst();
        if (args.at(0).toString() != after)
            return u"<another text>"_s;
        if (note)
            *note = args.at(2).toString();
        return args.at(1).toString();
    };
    QString note = u"?"_s;
    QCOMPARE(judge(before + u"    restart: always\n"_s, u"services.web.restart"_s, &note), QString());
    QCOMPARE(note, QString());

    QString after = before;
    after.replace(u"A: \"1\""_s, u"A: \"2\""_s);
    const QString refused = judge(after, u"services.base.environment.A"_s);
    QVERIFY2(refused.contains(u"services.web.environment"_s), qPrintable(refused));

    const QString rejected = judge(before + u"    depends_on:\n      - cache\n"_s, u"services.web.depends_on"_s);
    QVERIFY2(rejected.contains(u"does not accept"_s) && rejected.contains(u"cache"_s), qPrintable(rejected));

    // A text compose rejected already: it cannot judge, and says so.
    const QString broken = before + u"    restrat: always\n"_s;
    v->checkEdit(broken, broken + u"    restart: always\n"_s, {*Config::YamlPath::parse(u"services.web.restart"_s)});
    QVERIFY(checked.wait(waitMs));
    const QList<QVariant> args = checked.takeFirst();
    QCOMPARE(args.at(1).toString(), QString());
    QVERIFY2(args.at(2).toString().contains(u"as it was"_s), qPrintable(args.at(2).toString()));
}

QTEST_GUILESS_MAIN(TestComposeValidation)
#include "tst_composevalidation.moc"
