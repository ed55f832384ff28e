#pragma once

#include <QByteArray>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <deque>
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
 */
class Fanout final : public QObject
{
    Q_OBJECT
public:
    explicit Fanout(int sliceUs = 3000, QObject *parent = nullptr);

    /** Queues frame (wire = ClientConnection::wireFrame(frame)) for every one of targets. */
    void push(qint64 key, QByteArray frame, QByteArray wire, std::vector<ClientConnection *> targets);
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
        QByteArray frame;
        QByteArray wire;
        std::vector<ClientConnection *> targets;
        std::size_t next = 0;
        QSet<ClientConnection *> skip;
    };

    void sendSlice();

    std::deque<Job> m_jobs;
    QTimer m_slice;
    const qint64 m_sliceNs;
    qint64 m_sendNs = 0;
};

} // namespace BoxOffice::Server
