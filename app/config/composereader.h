#pragma once

#include "config/composemodel.h"
#include "config/yamltree.h"

#include <QObject>
#include <QString>
#include <QThreadPool>

#include <functional>
#include <memory>

namespace Berth::Config {

// A compose file's text read into its positions tree and the form's model.
struct ComposeReading {
    QString text;
    quint64 revision = 0; // the document's revision the text is from (the reader's caller counts)
    YamlTree tree;
    ComposeModel model;
};

// Reads the text of a compose file as the user types, off the GUI thread: tree-sitter re-parses
// only around the change (YamlReparser), and Berth's index and the ComposeModel are built on the
// reader's own thread, so the form only swaps in a finished reading. One read runs at a time;
// texts given meanwhile replace each other, and only the newest is read next (no queue builds
// up while the user types). A reading that a newer text has made stale is not delivered.
class ComposeReader : public QObject
{
    Q_OBJECT
public:
    explicit ComposeReader(QObject *parent = nullptr);
    // Waits for the read that is running (one parse of a text: the queued one is dropped).
    ~ComposeReader() override;

    // Runs first on the reader's thread (the window lowers its priority: platform/ is not
    // config/'s to call). Set before the first read().
    void setThreadStart(std::function<void()> start) { m_threadStart = std::move(start); }
    // Reads `text` in the background; finished() follows on this object's thread.
    void read(const QString &text, quint64 revision);
    // Reads `text` here and now, after the read that is running; a text waiting to be read in
    // the background is dropped (the caller reads the newest text).
    ComposeReading readNow(const QString &text);

    // No read runs or waits (a reading may still be on its way to finished()).
    bool isIdle() const;

Q_SIGNALS:
    void finished(const Berth::Config::ComposeReading &reading);

private:
    struct Shared;
    void work();

    std::shared_ptr<Shared> m_shared;
    std::function<void()> m_threadStart;
    QThreadPool m_pool;
};

} // namespace Berth::Config

Q_DECLARE_METATYPE(Berth::Config::ComposeReading)
