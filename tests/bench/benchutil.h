#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace Berth::Bench {

inline constexpr int Runs = 5;

double median(QList<double> values);
// Spins the event loop until condition holds or timeoutMs passes.
bool waitFor(const std::function<bool()> &condition, int timeoutMs);
// Runs a program to its end and returns the wall time in ms (-1 when it failed).
double timeProcess(const QString &program, const QStringList &arguments, const QStringList &extraEnvironment = {});
// Median wall time over Runs runs after one warm-up run.
double medianProcessMs(const QString &program, const QStringList &arguments, const QStringList &extraEnvironment = {});
void report(const QString &line);
// A compose file of about `lines` lines: the generated default one, its services repeated under
// new names (app_0, database_0, …).
QString composeOfLines(int lines);

// A running Xvfb on its own display number, stopped by the destructor.
class Xvfb
{
public:
    Xvfb();
    ~Xvfb();
    bool isRunning() const { return m_pid > 0; }
    QString display() const { return m_display; }

private:
    qint64 m_pid = 0;
    QString m_display;
};

} // namespace Berth::Bench
