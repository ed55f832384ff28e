#pragma once

#include "protocol/frame.h"
#include "seatmap/seatcodec.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSslConfiguration>
#include <QSslError>
#include <QUrl>
#include <QWebSocket>

#include <optional>

namespace BoxOffice::Test {

/**
 * A protocol client for tests: asynchronous sends, replies matched by id, pushes applied
 * to a local copy of each watched seat map. Waiting spins the event loop.
 */
class TestClient final : public QObject
{
    Q_OBJECT
public:
    explicit TestClient(QObject *parent = nullptr);

    bool connectTo(const QUrl &url, int timeoutMs = 10000);
    /** A header for the WebSocket handshake of the next connectTo/open (e.g. X-Forwarded-For). */
    void setHandshakeHeader(const QByteArray &name, const QByteArray &value) { m_headers.insert(name, value); }
    /**
     * TLS settings for wss:// (e.g. the test root as the only CA). Certificate errors are
     * never ignored wholesale: pass exactly the errors to accept, each naming its certificate.
     */
    void setSslConfiguration(const QSslConfiguration &config) { m_socket.setSslConfiguration(config); }
    void ignoreSslErrors(const QList<QSslError> &expected) { m_socket.ignoreSslErrors(expected); }
    /** TLS errors of the last connection attempt. */
    QList<QSslError> sslErrors() const { return m_sslErrors; }
    /**
     * Connects, says Hello and opens a buyer session (or resumes the one of buyerToken);
     * returns false (with a reason in lastError) on failure.
     */
    bool open(const QUrl &url, int timeoutMs = 10000, const QString &buyerToken = {});
    /** Connects and says Hello only: no session. */
    bool openWithoutSession(const QUrl &url, int timeoutMs = 10000);
    /** Hello on a connected socket. */
    bool hello(int timeoutMs = 10000);
    /** A staff session by password, on a connection that said Hello. */
    bool signIn(const QString &user, const QString &password, int timeoutMs = 10000);
    /** Resumes a staff session by token. */
    bool resumeStaff(const QString &token, int timeoutMs = 10000);
    bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }

    qint64 send(Shared::MessageType type, QCborMap fields = {});
    void sendRaw(const QByteArray &frame) { m_socket.sendBinaryMessage(frame); }
    void sendText(const QString &text) { m_socket.sendTextMessage(text); }
    std::optional<Shared::Frame> waitReply(qint64 id, int timeoutMs = 10000);
    bool hasReply(qint64 id) const { return m_replies.contains(id); }
    std::optional<Shared::Frame> takeReply(qint64 id);
    /** send + waitReply. */
    std::optional<Shared::Frame> request(Shared::MessageType type, QCborMap fields = {},
                                         int timeoutMs = 10000);
    /** Waits for an error reply with id 0 (to a frame whose id could not be read). */
    std::optional<Shared::Frame> waitUnmatchedError(int timeoutMs = 10000);

    bool waitForDisconnect(int timeoutMs);
    void close() { m_socket.close(); }
    void abort() { m_socket.abort(); }

    /** Seat states of a subscribed event, as this client's pushes built them. */
    QByteArray seatStates(qint64 eventId) const { return m_states.value(eventId); }
    bool hasSnapshot(qint64 eventId) const { return m_states.contains(eventId); }
    /** Waits until pred() holds, spinning the event loop; false on timeout. */
    static bool waitUntil(const std::function<bool()> &pred, int timeoutMs);

    /** Owner of this client's holds in the database: "s:<session id>". */
    QString owner() const { return m_sessionId ? QStringLiteral("s:%1").arg(m_sessionId) : QString(); }
    /** Token and id of the session signed in or created last (a resume keeps the token). */
    QString token() const { return m_token; }
    qint64 sessionId() const { return m_sessionId; }
    QString lastError() const { return m_lastError; }
    int snapshotBytes() const { return m_snapshotBytes; }
    QWebSocketProtocol::CloseCode closeCode() const { return m_socket.closeCode(); }

    /** The waiting room's pushes received so far (QueueStatus, QueuePosition), oldest first. */
    const QList<Shared::Frame> &pushes() const { return m_pushes; }

signals:
    void pushReceived(const BoxOffice::Shared::Frame &push);
    void seatsChanged(qint64 eventId, const QList<BoxOffice::Shared::SeatChange> &changes);

private:
    void onFrame(const QByteArray &data);

    QWebSocket m_socket;
    qint64 m_nextId = 1;
    QHash<qint64, Shared::Frame> m_replies;
    QList<Shared::Frame> m_unmatched;
    QHash<qint64, QByteArray> m_states;
    QList<Shared::Frame> m_pushes;
    bool takeSession(const std::optional<Shared::Frame> &reply, const QString &what);

    QHash<QByteArray, QByteArray> m_headers;
    QString m_token;
    qint64 m_sessionId = 0;
    QString m_lastError;
    QList<QSslError> m_sslErrors;
    int m_snapshotBytes = 0;
};

} // namespace BoxOffice::Test
