#include "composeprogress.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Berth {

namespace {

// `#12 [app 3/7] RUN …`, also `#12 [app builder 3/7] …` (a named stage)
const QRegularExpression &buildKitStep()
{
    static const QRegularExpression re(u"^#\\d+ \\[([^\\]\\s]+)(?: [^\\]]*)? (\\d+)/(\\d+)\\] (.*)$"_s);
    return re;
}

const QRegularExpression &classicStep()
{
    static const QRegularExpression re(u"^Step (\\d+)/(\\d+) : (.*)$"_s);
    return re;
}

// ` Container shop-app-1  Started` (two spaces or more before the state)
const QRegularExpression &resourceState()
{
    static const QRegularExpression re(u"^\\s*(Container|Network|Volume) \"?([^\"\\s]+)\"?\\s{2,}(\\w+)\\s*$"_s);
    return re;
}

bool finalState(const QString &kind, const QString &state)
{
    if (kind == "Container"_L1)
        return state == "Started"_L1 || state == "Healthy"_L1 || state == "Running"_L1 || state == "Exited"_L1;
    return state == "Created"_L1 || state == "Found"_L1;
}

} // namespace

bool ComposeProgress::takeLine(QStringView line)
{
    if (!readLine(line))
        return false;
    // Never backwards: a build or container seen later grows the total.
    m_last = qMax(m_last, compute());
    return true;
}

bool ComposeProgress::readLine(QStringView line)
{
    const QString text = line.trimmed().toString();
    if (text.isEmpty())
        return false;
    if (const QRegularExpressionMatch m = buildKitStep().match(text); m.hasMatch()) {
        Build &b = m_builds[m.captured(1)];
        const int total = m.captured(3).toInt();
        // A step starts: the ones before it are done.
        b.total = qMax(b.total, total);
        b.step = qMax(b.step, m.captured(2).toInt() - 1);
        m_current = u"%1: %2 (%3/%4)"_s.arg(m.captured(1), m.captured(4).left(80), m.captured(2), m.captured(3));
        return true;
    }
    if (const QRegularExpressionMatch m = classicStep().match(text); m.hasMatch()) {
        Build &b = m_builds[QString()];
        b.total = qMax(b.total, m.captured(2).toInt());
        b.step = qMax(b.step, m.captured(1).toInt() - 1);
        m_current = u"%1 (%2/%3)"_s.arg(m.captured(3).left(80), m.captured(1), m.captured(2));
        return true;
    }
    if (const QRegularExpressionMatch m = resourceState().match(line.toString()); m.hasMatch()) {
        const QString kind = m.captured(1);
        const QString state = m.captured(3);
        m_current = u"%1 %2: %3"_s.arg(kind, m.captured(2), state);
        if (kind == "Container"_L1) {
            bool &done = m_containers[m.captured(2)];
            done = done || finalState(kind, state);
        }
        return true;
    }
    return false;
}

double ComposeProgress::compute() const
{
    int done = 0, total = 0;
    for (const Build &b : m_builds) {
        done += qMin(b.step, b.total);
        total += b.total;
    }
    int containersDone = 0;
    for (const bool d : m_containers)
        containersDone += d ? 1 : 0;
    done += containersDone;
    total += qMax(int(m_containers.size()), m_expectedContainers);
    if (total == 0)
        return -1;
    return double(done) / double(total);
}

} // namespace Berth
