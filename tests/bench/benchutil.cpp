#include "benchutil.h"

#include "generate/generator.h"

#include <QTimer>
#include <QEventLoop>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <csignal>

using namespace Qt::StringLiterals;

namespace Berth::Bench {

double median(QList<double> values)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    const qsizetype mid = values.size() / 2;
    return values.size() % 2 ? values.at(mid) : (values.at(mid - 1) + values.at(mid)) / 2.0;
}

double timeProcess(const QString &program, const QStringList &arguments, const QStringList &extraEnvironment)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &kv : extraEnvironment)
        env.insert(kv.section(u'=', 0, 0), kv.section(u'=', 1));
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer clock;
    clock.start();
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return -1;
    return double(clock.nsecsElapsed()) / 1e6;
}

double medianProcessMs(const QString &program, const QStringList &arguments, const QStringList &extraEnvironment)
{
    if (timeProcess(program, arguments, extraEnvironment) < 0)
        return -1;
    QList<double> times;
    for (int i = 0; i < Runs; ++i) {
        const double t = timeProcess(program, arguments, extraEnvironment);
        if (t < 0)
            return -1;
        times.append(t);
    }
    return median(times);
}

void report(const QString &line)
{
    QTextStream(stdout) << line << Qt::endl;
}

Xvfb::Xvfb()
{
    for (int n = 150; n < 170; ++n) {
        if (QFileInfo::exists(u"/tmp/.X11-unix/X%1"_s.arg(n)) || QFileInfo::exists(u"/tmp/.X%1-lock"_s.arg(n)))
            continue;
        m_display = u":%1"_s.arg(n);
        if (!QProcess::startDetached(u"Xvfb"_s, {m_display, u"-screen"_s, u"0"_s, u"1400x900x24"_s, u"-nolisten"_s, u"tcp"_s},
                                     QString(), &m_pid)) {
            m_pid = 0;
            return;
        }
        for (int i = 0; i < 100 && !QFileInfo::exists(u"/tmp/.X11-unix/X%1"_s.arg(n)); ++i)
            QThread::msleep(50);
        return;
    }
}

Xvfb::~Xvfb()
{
    if (m_pid > 0)
        ::kill(pid_t(m_pid), SIGTERM);
}

// A compose file of about `lines` lines: the generated default one, with its services repeated
// under new names.
QString composeOfLines(int lines)
{
    const ProjectSpec spec = ProjectSpec::defaults();
    const QString compose = QString::fromUtf8(generate(spec).file(spec.compose.file)->content);
    const qsizetype services = compose.indexOf(u"\nservices:\n"_s);
    const QString head = compose.left(services + 11);
    const QString body = compose.mid(services + 11);
    QString text = head;
    int n = 0;
    while (text.count(u'\n') < lines) {
        QString copy = body;
        for (const QString &name : {u"nginx"_s, u"database"_s, u"app"_s, u"manage"_s, u"tests"_s})
            copy.replace(u"\n  "_s + name + u":\n"_s, u"\n  "_s + name + u"_"_s + QString::number(n) + u":\n"_s);
        if (copy.startsWith(u"  nginx:"_s))
            copy.replace(0, 8, u"  nginx_"_s + QString::number(n) + u':');
        text += copy;
        ++n;
    }
    return text;
}

// Spins the event loop until condition holds or timeoutMs passes.
bool waitFor(const std::function<bool()> &condition, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!condition()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        QEventLoop loop;
        QTimer::singleShot(5, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

} // namespace Berth::Bench
