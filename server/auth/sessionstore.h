#pragma once

#include "auth/session.h"
#include "core/serversettings.h"
#include "protocol/errors.h"

#include <QPointer>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <functional>
#include <limits>
#include <memory>

namespace BoxOffice::Server {

class DbWorker;

/**
 * Sessions of this node: sign-in, buyer sessions, resume by token, sign-out and
 * revocation. Lives on the socket thread; database work runs on an "auth" DbWorker of its
 * own, so scrypt and session writes never delay an inventory batch or a snapshot.
 *
 * Connections hold their Session; checking it per request is a look at memory, never a
 * database round trip. last_seen is written in bulk, at most about once a minute per
 * session. Revocation updates the table and NOTIFYs "bo_sessions" with the id; every node
 * (this one included) drops the session on the notification.
 */
class SessionStore final : public QObject
{
    Q_OBJECT
public:
    struct Outcome
    {
        Shared::ErrorCode code = Shared::ErrorCode::None;
        std::shared_ptr<Session> session;
        QString token; // only for a new session; never logged
    };
    using Done = std::function<void(const Outcome &)>;

    // No lockout (issue 18: an anonymous client could lock any name, admin included):
    // failures are counted for the Users list and the audit, and NameThrottle delays
    // guessing instead. Names locked by an older version stay locked until their time ends.
    static constexpr int MaxFailures = std::numeric_limits<int>::max();
    static constexpr int FailureWindowS = 15 * 60;
    static constexpr int LockS = 15 * 60;

    SessionStore(const DbConfig &config, QObject *parent = nullptr);
    ~SessionStore() override;

    void start();
    void stop();
    /** The auth worker, for admin requests (low volume, same tables). */
    DbWorker &worker() { return *m_worker; }

    /**
     * Password sign-in. Every failure is SignInFailed after the same scrypt work. Sign-ins
     * from a counter network (--counter-network) run on a database thread of their own, so
     * that password guesses queued from elsewhere never delay the box office (issue 18).
     */
    void signIn(const QString &user, const QString &password, const QString &address, Done done,
                bool fromCounter = false);
    /**
     * A session presented by token; SessionExpired unless live and of this kind. A buyer
     * token is checked against its signature first: a made-up one costs no database work.
     */
    void resume(const QString &token, SessionKind kind, Done done);
    /**
     * A new buyer session, with no row (issue 18, attack 7): its id comes from the
     * sessions' sequence (one round trip for every creation arriving together) and its
     * token is signed (buyerToken), so every node can resume it.
     */
    void createBuyer(const QString &address, Done done);
    /**
     * Writes the row of a buyer session that has none yet (before its first hold); at once
     * done(true) if it has one. done(false) if the session was revoked meanwhile.
     */
    void persist(const std::shared_ptr<Session> &session, std::function<void(bool)> done);
    /** Ends a session everywhere (sign-out, admin revocation); done(false) if it was not live. */
    void revoke(qint64 sessionId, std::function<void(bool)> done);

    /** Payload of a "bo_sessions" notification: ids of sessions that ended. */
    void onRevokedNotification(const QString &payload);
    /** After the listener reconnected (notifications may be lost): re-check every cached session. */
    void revalidateAll();

    /** 64 hex digits of 32 random bytes. */
    static QString newToken();
    /** SHA-256 of the token's bytes; empty if token is not 64 hex digits. */
    static QByteArray tokenHash(const QString &token);
    /**
     * A buyer token: 8 bytes session id, 8 bytes start (seconds since the epoch), 16 bytes
     * of HMAC-SHA256 over them with the cluster's key (table session_token_keys), in hex.
     */
    QString buyerToken(qint64 id, qint64 createdS) const;
    /** The id and start of a buyer token signed with our key; false for any other text. */
    bool readBuyerToken(const QString &token, qint64 *id, qint64 *createdS) const;
    /** For tests of the format: the key in use. */
    void setTokenKey(const QByteArray &key) { m_tokenKey = key; }

private:
    struct PendingBuyer
    {
        QString address;
        Done done;
    };
    struct Loaded
    {
        qint64 id = 0;
        SessionKind kind = SessionKind::Buyer;
        qint64 userId = 0;
        QString user;
        QStringList roles;
        qint64 hardLeftMs = 0;
        bool persisted = true;
        QByteArray tokenHash;
        QString address;
        qint64 createdS = 0;
    };

    std::shared_ptr<Session> adopt(const Loaded &row);
    /** From a worker thread: adopts row (on success) and answers done on the store's thread. */
    static void deliver(const QPointer<SessionStore> &self, Outcome out, const Loaded &row, Done done);
    void drop(qint64 id);
    void flushLastSeen();
    void drainBuyers();
    void loadTokenKey();
    void resumeBuyer(const QString &token, Done done);

    DbConfig m_config;
    std::unique_ptr<DbWorker> m_worker;
    // New and resumed buyer sessions: apart from staff sign-ins (see resume()).
    std::unique_ptr<DbWorker> m_buyerWorker;
    // Sign-ins from the counter networks: apart from everyone else's guesses.
    std::unique_ptr<DbWorker> m_counterWorker;
    QHash<qint64, std::weak_ptr<Session>> m_sessions;
    QList<PendingBuyer> m_pendingBuyers;
    bool m_buyerJobRunning = false;
    QHash<qint64, QList<std::function<void(bool)>>> m_persisting; // waiting for their row
    QByteArray m_tokenKey;
    QString m_dummyHash; // verified against for unknown names, so they cost the same time
    QTimer m_flush;
};

} // namespace BoxOffice::Server
