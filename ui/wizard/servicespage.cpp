#include "wizard/servicespage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace Berth {

namespace {
// Splits like a command line, without a shell: double quotes group words, nothing is expanded.
QStringList splitArguments(const QString &text)
{
    QStringList args;
    QString current;
    bool quoted = false, inWord = false;
    for (const QChar c : text) {
        if (c == u'"') {
            quoted = !quoted;
            inWord = true;
        } else if (c.isSpace() && !quoted) {
            if (inWord)
                args.append(current);
            current.clear();
            inWord = false;
        } else {
            current.append(c);
            inWord = true;
        }
    }
    if (inWord)
        args.append(current);
    return args;
}
} // namespace

ServicesPage::ServicesPage(SetupAnswers *shared, QWidget *parent)
    : SpecPage(shared, parent)
{
    setTitle(tr("Developer Services"));
    setSubTitle(tr("The manage service runs manage.py commands (docker compose run --rm manage migrate); the tests "
                   "service runs pytest."));

    m_shell = new QComboBox(this);
    m_shell->addItem(tr("shell (Django's own)"), u"shell"_s);
    m_shell->addItem(tr("shell_plus (needs django-extensions)"), u"shell_plus"_s);
    addRow(tr("Default manage command:"), m_shell, u"manage.command"_s,
           tr("What \"docker compose run --rm manage\" runs without arguments"));
    addOwnedKey(u"manage.command"_s);
    connect(m_shell, &QComboBox::currentIndexChanged, this, [this] {
        spec().manage.command = m_shell->currentData().toString();
        revalidate();
    });

    m_pytestArgs = new QLineEdit(this);
    addRow(tr("pytest arguments:"), m_pytestArgs, u"tests.pytest_args"_s,
           tr("Arguments of pytest in the tests service; -W error turns warnings into failures"));
    connect(m_pytestArgs, &QLineEdit::textChanged, this, [this](const QString &text) {
        spec().tests.pytestArgs = splitArguments(text);
        revalidate();
    });

    addBool(tr("Run the tests on every \"docker compose up\", as the article does"), u"tests.run_on_up"_s,
            [](ProjectSpec &s) -> bool & { return s.tests.runOnUp; },
            tr("Off: the tests service runs only on demand (docker compose run --rm tests, or Berth's Run Tests)"));
}

void ServicesPage::initializePage()
{
    SpecPage::initializePage();
    const int index = m_shell->findData(spec().manage.command);
    m_shell->setCurrentIndex(index < 0 ? 0 : index);
    QStringList quoted;
    for (const QString &arg : std::as_const(spec().tests.pytestArgs))
        quoted << (arg.contains(u' ') ? u'"' + arg + u'"' : arg);
    const QSignalBlocker block(m_pytestArgs);
    m_pytestArgs->setText(quoted.join(u' '));
    revalidate();
}

} // namespace Berth
