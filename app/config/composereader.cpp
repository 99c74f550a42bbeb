#include "config/composereader.h"

#include "config/yamlreparser.h"

#include <QMutex>
#include <QMutexLocker>

namespace Berth::Config {

struct ComposeReader::Shared {
    QMutex parsing; // the reparser is used by one thread at a time (tree-sitter's parser and tree)
    YamlReparser reparser;

    QMutex queue;   // guards what follows
    bool running = false;
    bool stopping = false;
    bool pending = false;
    QString pendingText;
    quint64 pendingRevision = 0;

    ComposeReading readLocked(const QString &text, quint64 revision)
    {
        QMutexLocker lock(&parsing);
        ComposeReading r;
        r.text = text;
        r.revision = revision;
        r.tree = reparser.parse(text);
        r.model = ComposeModel::read(r.tree);
        return r;
    }
};

ComposeReader::ComposeReader(QObject *parent) : QObject(parent), m_shared(std::make_shared<Shared>())
{
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1); // the thread stays, with its priority
}

ComposeReader::~ComposeReader()
{
    {
        QMutexLocker lock(&m_shared->queue);
        m_shared->stopping = true;
        m_shared->pending = false;
        m_shared->pendingText.clear();
    }
    m_pool.waitForDone();
}

void ComposeReader::read(const QString &text, quint64 revision)
{
    QMutexLocker lock(&m_shared->queue);
    m_shared->pending = true;
    m_shared->pendingText = text;
    m_shared->pendingRevision = revision;
    if (m_shared->running)
        return; // the running loop takes it next
    m_shared->running = true;
    m_pool.start([this] { work(); });
}

ComposeReading ComposeReader::readNow(const QString &text)
{
    {
        QMutexLocker lock(&m_shared->queue);
        m_shared->pending = false;
        m_shared->pendingText.clear();
    }
    return m_shared->readLocked(text, 0);
}

bool ComposeReader::isIdle() const
{
    QMutexLocker lock(&m_shared->queue);
    return !m_shared->running && !m_shared->pending;
}

void ComposeReader::work()
{
    if (m_threadStart)
        m_threadStart();
    Shared &s = *m_shared;
    for (;;) {
        QString text;
        quint64 revision = 0;
        {
            QMutexLocker lock(&s.queue);
            if (!s.pending || s.stopping) {
                s.running = false;
                return;
            }
            text = std::exchange(s.pendingText, QString());
            revision = s.pendingRevision;
            s.pending = false;
        }
        ComposeReading reading = s.readLocked(text, revision);
        QMutexLocker lock(&s.queue);
        if (s.pending || s.stopping)
            continue; // a newer text is waiting: this reading is stale already
        // Delivered on this object's thread; the destructor waits for this loop, and a queued
        // call to an object that is gone is dropped with it.
        QMetaObject::invokeMethod(this, [this, reading = std::move(reading)] { Q_EMIT finished(reading); },
                                  Qt::QueuedConnection);
    }
}

} // namespace Berth::Config
