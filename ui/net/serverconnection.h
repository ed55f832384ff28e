#pragma once

#include "protocol/frame.h"
#include "seatmap/seatcodec.h"

#include <QByteArray>
#include <QCborMap>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QTimer>
#include <QUrl>

#include <functional>

class QWebSocket;

namespace BoxOffice::Ui {

/**
 * The client's one connection to a boxoffice-server: a QWebSocket speaking protocol v1.
 *
 * Says Hello by itself on every (re)connect, matches replies to requests by id, times
 * requests out, decodes seat-map pushes, and reconnects with backoff after an unexpected
 * drop. The owner token from the first Hello is sent again on every re-Hello so that the
 * holds this client made survive a dropped connection.
 */
class ServerConnection final : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Disconnected,
        Connecting, // socket opening or Hello in flight
        Connected,  // Hello accepted
    };
    Q_ENUM(State)

    using ReplyHandler = std::function<void(const Shared::Frame &reply)>;

    // Client-side failures reuse the shape of an error reply so callers handle one kind of
    // result. Protocol codes are positive; these negative ones never travel on the wire.
    static constexpr Shared::ErrorCode TimeoutError = Shared::ErrorCode(-1);
    static constexpr Shared::ErrorCode DisconnectedError = Shared::ErrorCode(-2);

    explicit ServerConnection(QObject *parent = nullptr);
    ~ServerConnection() override;

    /** Connects to url (ws:// or wss://) and keeps reconnecting until close(). */
    void open(const QUrl &url);
    /** Closes on purpose: no reconnect; pending requests fail with DisconnectedError. */
    void close();

    /**
     * Sends a request; handler gets the reply, or an error frame with TimeoutError or
     * DisconnectedError. A request made while not Connected fails (asynchronously) with
     * DisconnectedError. Returns the request id.
     */
    qint64 request(Shared::MessageType type, QCborMap fields, ReplyHandler handler);

    State state() const { return m_state; }
    QUrl url() const { return m_url; }
    QString serverName() const { return m_serverName; }
    QString nodeName() const { return m_nodeName; }
    QString ownerToken() const { return m_ownerToken; }
    /** The reason of the last failure, translated; empty after a successful Hello. */
    QString lastError() const { return m_lastError; }

    void setClientName(const QString &name) { m_clientName = name; }
    void setRequestTimeout(int msec) { m_requestTimeoutMs = msec; }
    int requestTimeout() const { return m_requestTimeoutMs; }
    /** Reconnect backoff: first delay, doubled after each failure up to maximum. */
    void setReconnectDelays(int initialMsec, int maximumMsec);
    /** Milliseconds until the next reconnect attempt, or -1 if none is scheduled. */
    int reconnectRemaining() const;

signals:
    void stateChanged(BoxOffice::Ui::ServerConnection::State state);
    void errorOccurred(const QString &message);
    void reconnectScheduled(int msec);
    void snapshotReceived(qint64 eventId, int seatCount, const QByteArray &states);
    void deltaReceived(qint64 eventId, const QList<BoxOffice::Shared::SeatChange> &changes);

private:
    struct Pending
    {
        Shared::MessageType type = Shared::MessageType::Invalid;
        ReplyHandler handler;
        QTimer *timer = nullptr;
        QCborMap fields;
    };

    void onSocketConnected();
    void onSocketStateChanged();
    void onBinaryMessage(const QByteArray &data);
    void onHelloReply(const Shared::Frame &reply);
    void handlePush(const Shared::Frame &frame);
    void noteReply(const Pending &pending, const Shared::Frame &reply);
    qint64 send(Shared::MessageType type, QCborMap fields, ReplyHandler handler);
    void finish(qint64 id, const Shared::Frame &reply);
    void failAllPending(Shared::ErrorCode code, const QString &message);
    void scheduleReconnect();
    void setState(State state);
    void fail(const QString &message);
    static Shared::Frame localError(Shared::MessageType type, qint64 id, Shared::ErrorCode code,
                                    const QString &message);

    QWebSocket *m_socket = nullptr;
    QTimer m_reconnectTimer;
    QUrl m_url;
    State m_state = State::Disconnected;
    bool m_wantOpen = false;
    bool m_fatal = false; // a version mismatch: retrying cannot help
    qint64 m_nextId = 1;
    QHash<qint64, Pending> m_pending;
    QHash<qint64, int> m_seatCounts; // per subscribed event, to bound decoded deltas
    QSet<qint64> m_subscriptions;    // re-subscribed after a reconnect
    QString m_clientName;
    QString m_serverName;
    QString m_nodeName;
    QString m_ownerToken;
    QString m_lastError;
    int m_requestTimeoutMs = 10000;
    int m_initialDelayMs = 500;
    int m_maximumDelayMs = 30000;
    int m_nextDelayMs = 500;
};

} // namespace BoxOffice::Ui
