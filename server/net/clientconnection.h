#pragma once

#include "net/connectionlimits.h"
#include "protocol/frame.h"

#include <QByteArrayList>
#include <QElapsedTimer>
#include <QObject>
#include <QSet>
#include <QString>

#include <memory>

class QAbstractSocket;
class QWebSocket;

namespace BoxOffice::Server {

class AddressShares;
class Metrics;
struct Session;

/** One client's WebSocket and what the server knows of it. Lives on the socket thread. */
class ClientConnection final : public QObject
{
    Q_OBJECT
public:
    static constexpr int MaxStrikes = 20;

    ClientConnection(QWebSocket *socket, Metrics &metrics, const ConnectionLimits &limits,
                     QObject *parent = nullptr);
    ~ClientConnection() override;

    /** A push (snapshot, delta): no reply to any request. */
    void send(const QByteArray &frame);
    /**
     * Sends a frame that goes unchanged to many connections (a seat-map delta): wire is
     * wireFrame(frame), encoded once by the caller. On a plain socket with nothing queued
     * the bytes go straight to the kernel, one send() and no copy; otherwise through the
     * socket's buffer. A consumer with more than ConnectionLimits::maxUnsentBytes queued
     * is disconnected.
     */
    void sendShared(const QByteArray &frame, const QByteArray &wire);
    /** A server-to-client binary WebSocket frame (unmasked) carrying payload. */
    static QByteArray wireFrame(const QByteArray &payload);
    /** The plain TCP socket under this connection's QWebSocket (sendShared's fast path). */
    void setTcpSocket(QAbstractSocket *tcp);
    /** A reply frame built by the caller (sendResult and sendError build their own). */
    void sendReply(const QByteArray &frame);
    void sendResult(Shared::MessageType type, qint64 id, const QCborMap &result);
    void sendError(Shared::MessageType type, qint64 id, Shared::ErrorCode code, const QString &message);
    void sendError(Shared::MessageType type, qint64 id, Shared::ErrorCode code, const QString &message,
                   const QCborMap &details);

    /** Counts bad input; closes the connection with 1008 once it has too many strikes. */
    void strike();
    void close(int code, const QString &reason);
    /**
     * Sends a close frame and drops the socket after graceMs whatever the peer does: for
     * connections the server ends (bad input, no Hello, refused), so that a peer that never
     * answers cannot keep the socket and its buffers.
     */
    void closeAndDrop(int code, const QString &reason, int graceMs = 1000);
    /** Drops the socket now (no close handshake): its buffers and descriptor go at once. */
    void abort();

    bool helloDone() const { return m_helloDone; }
    void setHelloDone() { m_helloDone = true; }
    /** The session this connection signed in or resumed; null before (or after it ended). */
    const std::shared_ptr<Session> &session() const { return m_session; }
    /** Also sets the frame limit: Dispatcher::MaxDesignerFrameBytes for organizers and admins. */
    void setSession(std::shared_ptr<Session> session);
    qsizetype maxFrameBytes() const { return m_maxFrameBytes; }
    /** Owner of this connection's holds: its session's, so a resumed session keeps them. */
    QString owner() const;
    QString peer() const;
    /**
     * The client's IP address alone: the key of the rate limits and the audit's address. The
     * TCP peer's, or the one a trusted proxy named (ClientAddressResolver, set on accept).
     */
    QString peerAddress() const;
    void setClientAddress(const QString &address) { m_clientAddress = address; }

    /** A request passed a rate limit: the next refusal is again the first of a run. */
    void rateAllowed() { m_rateRefusals = 0; }
    /** A request was refused by a rate limit: no strike for the first of a run, one for each after. */
    void rateRefused()
    {
        if (m_rateRefusals++ > 0)
            strike();
    }

    /** Its address's share of the server's queues (issue 18); address: its key. */
    void setAddressShares(std::shared_ptr<AddressShares> shares, const QString &address)
    {
        m_shares = std::move(shares);
        m_shareAddress = address;
    }
    /** The address's share has room again: go on with the requests waiting, if any. */
    void wake() { scheduleDrain(); }

    /** Milliseconds since the peer last showed a sign of life. */
    qint64 silentMs() const { return m_lastSeen.elapsed(); }
    void ping();

    QSet<qint64> &subscriptions() { return m_subscriptions; }

signals:
    void frameReceived(BoxOffice::Server::ClientConnection *c, const QByteArray &frame);
    void closed(BoxOffice::Server::ClientConnection *c);

private:
    void onMessage(const QByteArray &frame);
    void onBytesWritten();
    bool mustWait() const;
    bool addressFull() const;
    void dispatchNow(const QByteArray &frame);
    void drain();
    void scheduleDrain();
    /** A reply went out: one request fewer in flight. */
    void replied();
    void overflow(const char *what);
    /** Something may wait in Qt's buffer of the TCP socket (sendShared checks it before writing directly). */
    void qtMayWrite() { m_qtIdle = false; }

    QWebSocket *m_socket;
    qsizetype m_maxFrameBytes = 64 * 1024; // Dispatcher::MaxFrameBytes
    const ConnectionLimits &m_limits;
    // Requests received while more than pauseUnsentBytes of replies wait for the peer.
    QByteArrayList m_waiting;
    QAbstractSocket *m_tcp = nullptr; // the plain TCP socket under m_socket, if it is one
    qint64 m_waitingBytes = 0;
    int m_inFlight = 0;
    std::shared_ptr<AddressShares> m_shares;
    QString m_shareAddress;
    QElapsedTimer m_lastReply;
    static constexpr qint64 StalledShareMs = 10000;
    bool m_drainScheduled = false;
    Metrics &m_metrics;
    bool m_helloDone = false;
    std::shared_ptr<Session> m_session;
    int m_strikes = 0;
    int m_rateRefusals = 0;
    QString m_clientAddress;
    bool m_closing = false;
    // sendShared's fast path reads only these and m_closing (no look into the socket
    // objects per watcher): the TCP socket's descriptor while it is connected, else -1;
    // and whether Qt's buffer for it was empty at the last look and nothing was handed to
    // Qt since (our writes, or a read that may make QWebSocket answer: pong, close).
    bool m_qtIdle = false;
    int m_fd = -1;
    QElapsedTimer m_lastSeen;
    QSet<qint64> m_subscriptions;
};

} // namespace BoxOffice::Server
