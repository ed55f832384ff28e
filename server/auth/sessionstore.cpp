#include "auth/sessionstore.h"

#include "auth/audit.h"
#include "auth/passwordhasher.h"
#include "db/dbworker.h"
#include "db/transactionguard.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QLoggingCategory>
#include <QPointer>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <openssl/rand.h>

namespace BoxOffice::Server {

Q_LOGGING_CATEGORY(lcSessions, "boxoffice.server.sessions")

using Shared::ErrorCode;

namespace {

const QString KindStaff = QStringLiteral("staff");
const QString KindBuyer = QStringLiteral("buyer");

// Expiry as the database sees it, relative to its own clock: least(idle, hard) in ms since
// the epoch, and what is left of the hard cap.
const QString HardLeftMs = QStringLiteral("(extract(epoch FROM (expires_at - now())) * 1000)::bigint");

} // namespace

qint64 Session::expiresMs() const
{
    return QDateTime::currentMSecsSinceEpoch() + std::min(idle.remainingTime(), hard.remainingTime());
}

SessionStore::SessionStore(const DbConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_worker(std::make_unique<DbWorker>(config, QStringLiteral("auth")))
    , m_buyerWorker(std::make_unique<DbWorker>(config, QStringLiteral("buyers")))
    , m_counterWorker(std::make_unique<DbWorker>(config, QStringLiteral("counter")))
{
    m_flush.setInterval(10000);
    connect(&m_flush, &QTimer::timeout, this, &SessionStore::flushLastSeen);
}

SessionStore::~SessionStore()
{
    stop();
}

void SessionStore::start()
{
    // A hash of a random password nobody knows, with the current parameters: unknown names
    // are verified against it so that they take as long as known ones.
    m_dummyHash = PasswordHasher::hash(newToken());
    loadTokenKey();
    m_worker->start();
    m_buyerWorker->start();
    m_counterWorker->start();
    m_flush.start();
}

void SessionStore::stop()
{
    m_flush.stop();
    m_counterWorker->stop();
    m_buyerWorker->stop();
    m_worker->stop();
}

QString SessionStore::newToken()
{
    unsigned char bytes[32];
    if (RAND_bytes(bytes, sizeof bytes) != 1)
        qFatal("RAND_bytes failed: no secure randomness for session tokens");
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(bytes), sizeof bytes).toHex());
}

QByteArray SessionStore::tokenHash(const QString &token)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9a-f]{64}$"));
    if (!pattern.match(token).hasMatch())
        return {};
    return QCryptographicHash::hash(QByteArray::fromHex(token.toLatin1()), QCryptographicHash::Sha256);
}

std::shared_ptr<Session> SessionStore::adopt(const Loaded &row)
{
    if (auto existing = m_sessions.value(row.id).lock(); existing && !existing->revoked) {
        existing->touch();
        return existing;
    }
    auto s = std::make_shared<Session>();
    s->id = row.id;
    s->kind = row.kind;
    s->userId = row.userId;
    s->user = row.user;
    s->roles = row.roles;
    for (const QString &r : row.roles)
        s->roleBits |= roleBit(r);
    s->owner = QStringLiteral("s:%1").arg(row.id);
    s->idle.setRemainingTime(Session::IdleMs);
    s->hard.setRemainingTime(std::max<qint64>(0, row.hardLeftMs));
    s->sinceWrite.start(); // created or resumed: last_seen was just written
    s->persisted = row.persisted;
    s->tokenHash = row.tokenHash;
    s->address = row.address;
    s->createdS = row.createdS;
    m_sessions.insert(row.id, s);
    return s;
}

void SessionStore::drop(qint64 id)
{
    if (auto s = m_sessions.take(id).lock())
        s->revoked = true;
}

void SessionStore::signIn(const QString &user, const QString &password, const QString &address, Done done,
                          bool fromCounter)
{
    QPointer<SessionStore> self(this);
    const QString dummy = m_dummyHash;
    (fromCounter ? m_counterWorker : m_worker)
        ->post([self, this, user, password, address, dummy, done](QSqlDatabase &db) {
            Outcome out;
            out.code = ErrorCode::SignInFailed;
            Loaded row;
            QString hash;
            bool exists = false, disabled = false, locked = false;
            {
                QSqlQuery q(db);
                q.prepare(
                    QStringLiteral("SELECT user_id, password_hash, array_to_string(roles, ','), disabled,"
                                   " coalesce(locked_until > now(), false) FROM users WHERE name = ?"));
                q.addBindValue(user);
                if (!q.exec()) {
                    qCWarning(lcSessions) << "sign-in lookup failed:" << q.lastError().text();
                    out.code = ErrorCode::Internal;
                } else if (q.next()) {
                    exists = true;
                    row.userId = q.value(0).toLongLong();
                    hash = q.value(1).toString();
                    row.roles = q.value(2).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
                    disabled = q.value(3).toBool();
                    locked = q.value(4).toBool();
                }
            }
            // Always one scrypt, whatever the name: the reply time must not tell.
            const bool passwordOk = PasswordHasher::verify(password, exists ? hash : dummy) && exists;
            if (out.code == ErrorCode::Internal) {
            } else if (passwordOk && !disabled && !locked) {
                TransactionGuard tx(db);
                out.token = newToken();
                QSqlQuery q(db);
                q.prepare(
                    QStringLiteral("INSERT INTO sessions (token_hash, user_id, kind, address, expires_at)"
                                   " VALUES (?, ?, 'staff', ?, now() + make_interval(secs => ?))"
                                   " RETURNING session_id, ") +
                    HardLeftMs);
                q.addBindValue(tokenHash(out.token));
                q.addBindValue(row.userId);
                q.addBindValue(address);
                q.addBindValue(Session::HardS);
                QSqlQuery reset(db);
                reset.prepare(QStringLiteral("UPDATE users SET failed_count = 0, first_failure_at = NULL,"
                                             " locked_until = NULL WHERE user_id = ?"));
                reset.addBindValue(row.userId);
                if (q.exec() && q.next() && reset.exec()) {
                    row.id = q.value(0).toLongLong();
                    row.hardLeftMs = q.value(1).toLongLong();
                    row.kind = SessionKind::Staff;
                    row.user = user;
                    AuditEntry a{user,
                                 row.roles.join(QLatin1Char(',')),
                                 QStringLiteral("signin.ok"),
                                 QStringLiteral("session:%1").arg(row.id),
                                 {},
                                 {},
                                 address};
                    a.after.insert(QStringLiteral("session"), row.id);
                    if (appendAudit(db, a) && tx.commit())
                        out.code = ErrorCode::None;
                    else
                        out.code = ErrorCode::Internal;
                } else {
                    qCWarning(lcSessions)
                        << "creating a session failed:" << q.lastError().text() << reset.lastError().text();
                    out.code = ErrorCode::Internal;
                }
                if (out.code != ErrorCode::None)
                    out.token.clear();
            } else {
                TransactionGuard tx(db);
                QSqlQuery q(db);
                q.prepare(QStringLiteral(
                    "SELECT bo_signin_failure(?, ?, make_interval(secs => ?), make_interval(secs => ?))"));
                q.addBindValue(user);
                q.addBindValue(MaxFailures);
                q.addBindValue(FailureWindowS);
                q.addBindValue(LockS);
                const bool counted = q.exec() && q.next();
                const bool nowLocked = counted && q.value(0).toBool();
                if (!counted)
                    qCWarning(lcSessions) << "recording a failed sign-in failed:" << q.lastError().text();
                // The audit trail, for admins only, may say why; the reply never does.
                const QString reason = !exists       ? QStringLiteral("unknown user")
                                       : locked      ? QStringLiteral("locked")
                                       : !passwordOk ? QStringLiteral("wrong password")
                                                     : QStringLiteral("disabled");
                AuditEntry a{
                    user, {},     QStringLiteral("signin.failed"), QStringLiteral("user:") + user, {},
                    {},   address};
                a.after.insert(QStringLiteral("reason"), reason);
                bool ok = counted && appendAudit(db, a);
                if (nowLocked) {
                    AuditEntry l{
                        user, {},     QStringLiteral("signin.locked"), QStringLiteral("user:") + user, {},
                        {},   address};
                    l.after.insert(QStringLiteral("minutes"), LockS / 60);
                    ok = ok && appendAudit(db, l);
                }
                if (!(ok && tx.commit()))
                    qCWarning(lcSessions) << "a failed sign-in could not be recorded";
            }
            deliver(self, out, row, done);
        });
}

void SessionStore::deliver(const QPointer<SessionStore> &self, Outcome out, const Loaded &row, Done done)
{
    QMetaObject::invokeMethod(
        self.data(),
        [self, out = std::move(out), row, done = std::move(done)]() mutable {
            if (!self)
                return;
            if (out.code == ErrorCode::None)
                out.session = self->adopt(row);
            done(out);
        },
        Qt::QueuedConnection);
}

void SessionStore::resume(const QString &token, SessionKind kind, Done done)
{
    const QByteArray hash = tokenHash(token);
    if (hash.isEmpty()) {
        done(Outcome{ErrorCode::SessionExpired, {}, {}});
        return;
    }
    if (kind == SessionKind::Buyer) {
        resumeBuyer(token, std::move(done));
        return;
    }
    QPointer<SessionStore> self(this);
    m_worker->post([self, this, hash, kind, done](QSqlDatabase &db) {
        Outcome out;
        Loaded row;
        QSqlQuery q(db);
        // Live means: not revoked, within the hard cap, used within the idle time, and (for
        // staff) the user still exists and is enabled. Resuming counts as use.
        q.prepare(QStringLiteral(
                      "UPDATE sessions s SET last_seen = now()"
                      " WHERE token_hash = ? AND kind = ? AND revoked_at IS NULL AND expires_at > now()"
                      " AND last_seen > now() - make_interval(secs => ?)"
                      " AND (user_id IS NULL OR EXISTS (SELECT 1 FROM users u WHERE u.user_id = s.user_id"
                      " AND NOT u.disabled))"
                      " RETURNING session_id, coalesce(user_id, 0),"
                      " (SELECT name FROM users u WHERE u.user_id = s.user_id),"
                      " (SELECT array_to_string(roles, ',') FROM users u WHERE u.user_id = s.user_id), ") +
                  HardLeftMs);
        q.addBindValue(hash);
        q.addBindValue(kind == SessionKind::Staff ? KindStaff : KindBuyer);
        q.addBindValue(Session::IdleMs / 1000);
        if (!q.exec()) {
            qCWarning(lcSessions) << "resuming a session failed:" << q.lastError().text();
            out.code = ErrorCode::Internal;
        } else if (!q.next()) {
            out.code = ErrorCode::SessionExpired;
        } else {
            row.id = q.value(0).toLongLong();
            row.kind = kind;
            row.userId = q.value(1).toLongLong();
            row.user = q.value(2).toString();
            row.roles = q.value(3).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
            row.hardLeftMs = q.value(4).toLongLong();
        }
        deliver(self, out, row, done);
    });
}

void SessionStore::revoke(qint64 sessionId, std::function<void(bool)> done)
{
    // A buyer session without a row gets one, revoked, so that no node resumes its token.
    const auto known = m_sessions.value(sessionId).lock();
    const bool unwritten = known && !known->persisted;
    const QByteArray hash = unwritten ? known->tokenHash : QByteArray();
    const QString address = unwritten ? known->address : QString();
    const qint64 createdS = unwritten ? known->createdS : 0;
    drop(sessionId); // at once on this node; the notification tells the others
    QPointer<SessionStore> self(this);
    m_worker->post([self, sessionId, done, unwritten, hash, address, createdS](QSqlDatabase &db) {
        QSqlQuery q(db);
        // One statement: the NOTIFY goes out exactly when the revocation commits.
        if (unwritten) {
            q.prepare(QStringLiteral(
                "WITH r AS (INSERT INTO sessions (session_id, token_hash, kind, address, created_at, "
                "last_seen,"
                " expires_at, revoked_at) VALUES (?, ?, 'buyer', ?, to_timestamp(?), now(),"
                " to_timestamp(?) + make_interval(secs => ?), now())"
                " ON CONFLICT (session_id) DO UPDATE SET revoked_at = now() WHERE sessions.revoked_at IS NULL"
                " RETURNING session_id)"
                " SELECT pg_notify('bo_sessions', session_id::text) FROM r"));
            q.addBindValue(sessionId);
            q.addBindValue(hash);
            q.addBindValue(address.isNull() ? QStringLiteral("") : address);
            q.addBindValue(createdS);
            q.addBindValue(createdS);
            q.addBindValue(Session::HardS);
        } else {
            q.prepare(QStringLiteral("WITH r AS (UPDATE sessions SET revoked_at = now()"
                                     " WHERE session_id = ? AND revoked_at IS NULL RETURNING session_id)"
                                     " SELECT pg_notify('bo_sessions', session_id::text) FROM r"));
            q.addBindValue(sessionId);
        }
        bool revoked = false;
        bool ok = q.exec();
        if (!ok && unwritten) {
            // Written meanwhile by another node (its first hold): revoke the row it wrote.
            q.prepare(QStringLiteral("WITH r AS (UPDATE sessions SET revoked_at = now()"
                                     " WHERE session_id = ? AND revoked_at IS NULL RETURNING session_id)"
                                     " SELECT pg_notify('bo_sessions', session_id::text) FROM r"));
            q.addBindValue(sessionId);
            ok = q.exec();
        }
        if (!ok)
            qCWarning(lcSessions) << "revoking session" << sessionId << "failed:" << q.lastError().text();
        else
            revoked = q.next();
        QMetaObject::invokeMethod(
            self.data(),
            [self, revoked, done] {
                if (self && done)
                    done(revoked);
            },
            Qt::QueuedConnection);
    });
}

void SessionStore::onRevokedNotification(const QString &payload)
{
    const auto ids = QStringView(payload).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const auto &id : ids)
        drop(id.toLongLong());
}

void SessionStore::revalidateAll()
{
    QList<qint64> ids;
    for (auto it = m_sessions.cbegin(); it != m_sessions.cend(); ++it)
        ids.append(it.key());
    if (ids.isEmpty())
        return;
    QStringList text;
    for (qint64 id : ids)
        text.append(QString::number(id));
    const QString literal = QLatin1Char('{') + text.join(QLatin1Char(',')) + QLatin1Char('}');
    QPointer<SessionStore> self(this);
    m_worker->post([self, this, literal](QSqlDatabase &db) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT session_id FROM sessions WHERE session_id = ANY(CAST(? AS bigint[]))"
                                 " AND (revoked_at IS NOT NULL OR expires_at <= now())"));
        q.addBindValue(literal);
        QList<qint64> ended;
        if (q.exec()) {
            while (q.next())
                ended.append(q.value(0).toLongLong());
        }
        QMetaObject::invokeMethod(
            self.data(),
            [self, this, ended] {
                if (!self)
                    return;
                for (qint64 id : ended)
                    drop(id);
            },
            Qt::QueuedConnection);
    });
}

void SessionStore::flushLastSeen()
{
    QStringList ids;
    for (auto it = m_sessions.begin(); it != m_sessions.end();) {
        auto s = it->lock();
        if (!s || !s->alive()) {
            it = m_sessions.erase(it); // no connection uses it any more, or it ended
            continue;
        }
        if (s->dirty && s->persisted) {
            s->dirty = false;
            s->sinceWrite.restart();
            ids.append(QString::number(s->id));
        }
        ++it;
    }
    if (ids.isEmpty())
        return;
    const QString literal = QLatin1Char('{') + ids.join(QLatin1Char(',')) + QLatin1Char('}');
    m_worker->post([literal](QSqlDatabase &db) {
        QSqlQuery q(db);
        q.prepare(
            QStringLiteral("UPDATE sessions SET last_seen = now() WHERE session_id = ANY(CAST(? AS bigint[]))"
                           " AND revoked_at IS NULL"));
        q.addBindValue(literal);
        if (!q.exec())
            qCWarning(lcSessions) << "writing last_seen failed:" << q.lastError().text();
    });
}

} // namespace BoxOffice::Server
