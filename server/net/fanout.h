#pragma once

#include <QByteArray>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <deque>
#include <functional>
#include <optional>
#include <utility>
#include <vector>

namespace BoxOffice::Server {

class ClientConnection;

/**
 * One encoded push sent to many connections (a seat-map delta; later the waiting room's
 * position updates): the frame and its WebSocket wire bytes are built once by the caller
 * and shared by every connection (ClientConnection::sendShared, one send() each).
 *
 * Sending to tens of thousands of connections takes tens of milliseconds, so it never runs
 * in one go: the queue is sent in slices of at most sliceUs of the thread's time, and the
 * event loop runs between slices (requests, notifications, accepts). Pushes leave in the
 * order they were queued, so every connection sees them in order; a push queued while an
 * earlier one is still going out waits for it. A connection forgotten (closed, or no
 * longer interested in a key) is skipped by the pushes still queued for it.
 *
 * A push still queued can be re-framed (reframe()): a seat-map delta then carries what it
 * had plus what changed since, so a watcher not yet reached gets both in one frame and
 * only the watchers already reached need a new push. A change then reaches every watcher
 * within one pass over them, instead of waiting for the pass under way to end first.
 */
class Fanout final : public QObject
{
    Q_OBJECT
public:
    explicit Fanout(int sliceUs = 3000, QObject *parent = nullptr);

    /**
     * Queues frame (wire = ClientConnection::wireFrame(frame)) for every one of targets;
     * tag is the caller's (what the frame covers, handed back by reframe()).
     */
    void push(qint64 key, qint64 tag, QByteArray frame, QByteArray wire,
              std::vector<ClientConnection *> targets);
    using Reframe = std::function<std::optional<std::pair<QByteArray, QByteArray>>(qint64 tag)>;
    /**
     * Every push of key still queued sends reframe(its tag) (frame and wire) from now on, to
     * the connections it has not reached yet; those connections are added to *pending. A
     * push for which reframe returns nothing keeps its frame and is never re-framed again
     * (frozen: the caller sends its connections what comes next in another push).
     */
    void reframe(qint64 key, const Reframe &reframe, QSet<ClientConnection *> *pending);
    /** The smallest tag of the pushes of key still queued and not frozen, or -1 if there is none. */
    qint64 oldestTag(qint64 key) const;
    /** c is gone: no queued push reaches it any more (its pointer may be reused). */
    void forget(ClientConnection *c);
    /** c no longer wants the pushes of key. */
    void forget(qint64 key, ClientConnection *c);

    bool busy() const { return !m_jobs.empty(); }
    /** Sends queued to connections but not yet sent. */
    qint64 backlog() const;
    /** Thread time spent sending since the last call (for the caller's pacing). */
    qint64 takeSendNs() { return std::exchange(m_sendNs, 0); }

signals:
    /** The queue became empty. */
    void drained();

private:
    struct Job
    {
        qint64 key = 0;
        qint64 tag = 0;
        QByteArray frame;
        QByteArray wire;
        std::vector<ClientConnection *> targets;
        std::size_t next = 0;
        bool frozen = false;
        QSet<ClientConnection *> skip;
    };

    void sendSlice();

    std::deque<Job> m_jobs;
    QTimer m_slice;
    const qint64 m_sliceNs;
    qint64 m_sendNs = 0;
};

} // namespace BoxOffice::Server
