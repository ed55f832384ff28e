#pragma once

#include "net/certificatetrust.h"
#include "protocol/frame.h"
#include "seatmap/seatcodec.h"

#include <QByteArray>
#include <QCborMap>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QSslError>
#include <QString>
#include <QStringList>
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
 * drop. The owner token from the first Hello is sent again on every re-Hello, and the session
 * token from SignIn resumes the session after it (before the connection counts as Connected),
 * so that the holds this client made survive a dropped connection. The session token lives
 * in memory only: it is never written to disk.
 *
 * wss:// certificates are verified against the system trust store; a self-signed one is
 * accepted only when the user trusted exactly that certificate (see CertificateTrust and
 * setTrustDecider()).
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
    /**
     * Asked, outside the socket's signal handler, about a certificate the system does not
     * trust. Returns true to trust an Untrusted certificate from now on (it is pinned and
     * the connection reopened); the answer for Changed and Invalid is ignored: those are
     * always refused, the decider only gets to warn the user.
     */
    using TrustDecider = std::function<bool(const CertificateProblem &problem)>;

    /** The signed-in staff session (SignIn result). */
    struct Session
    {
        QString user;
        QStringList roles;
        QString kind;
        QDateTime expires;

        bool isValid() const { return !user.isEmpty(); }
        bool hasRole(const QString &role) const { return roles.contains(role); }
    };

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

    /**
     * Signs in with user name and password (needs Connected). On success the session token
     * is kept for resuming and sessionChanged() is emitted before handler runs.
     */
    void signIn(const QString &user, const QString &password, ReplyHandler handler);
    /** Ends the session on the server (if connected) and forgets the token at once. */
    void signOut(ReplyHandler handler = {});
    bool isSignedIn() const { return m_session.isValid(); }
    const Session &session() const { return m_session; }

    void setTrustDecider(TrustDecider decider) { m_trustDecider = std::move(decider); }
    /** True while a certificate waits for the trust decider's answer. */
    bool isAwaitingTrust() const { return m_awaitingTrust; }

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
    /** Signed in, resumed with other roles, signed out or lost. */
    void sessionChanged();
    /** The server no longer knows the session (expired, revoked): sign in again. */
    void sessionLost(const QString &message);
    void snapshotReceived(qint64 eventId, int seatCount, const QByteArray &states);
    void deltaReceived(qint64 eventId, const QList<BoxOffice::Shared::SeatChange> &changes);
    /** LayoutChanged: the event moved to another layout version (its map; a snapshot follows). */
    void layoutChanged(qint64 eventId, const QCborMap &layout);

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
    void onResumeReply(const Shared::Frame &reply);
    void becomeConnected();
    void onSslErrors(const QList<QSslError> &errors);
    void decideTrust(const CertificateProblem &problem);
    void applySession(const QCborMap &result);
    void loseSession(const QString &message);
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
    QString m_sessionToken; // memory only, by design
    Session m_session;
    TrustDecider m_trustDecider;
    CertificateTrust m_trust;
    bool m_awaitingTrust = false;
    int m_requestTimeoutMs = 10000;
    int m_initialDelayMs = 500;
    int m_maximumDelayMs = 30000;
    int m_nextDelayMs = 500;
};

} // namespace BoxOffice::Ui
