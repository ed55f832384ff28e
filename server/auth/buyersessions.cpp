// SessionStore, buyer sessions (issue 18, attack 7): no row until the session holds seats.
//
// A new buyer session takes an id from the sessions' identity sequence and no row; its
// token carries that id and the session's start, signed with the cluster's key, so any
// node resumes it without a row (and a made-up token is refused without a database
// round trip). The row is written before the session's first hold (persist), or as a
// revocation marker when it signs out; bo_purge_anonymous deletes it after its hard cap.

#include "auth/sessionstore.h"

#include "db/dbworker.h"

#include <QLoggingCategory>
#include <QMessageAuthenticationCode>
#include <QPointer>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>

namespace BoxOffice::Server {

Q_DECLARE_LOGGING_CATEGORY(lcSessions)

using Shared::ErrorCode;

namespace {

constexpr int TokenBytes = 32;
constexpr int SignedBytes = 16; // id and start; the rest is the signature
const QByteArray TokenContext = QByteArrayLiteral("boxoffice buyer session v1");

QByteArray signature(const QByteArray &key, const QByteArray &body)
{
    return QMessageAuthenticationCode::hash(TokenContext + body, key, QCryptographicHash::Sha256)
        .left(TokenBytes - SignedBytes);
}

bool equalInConstantTime(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

} // namespace

void SessionStore::loadTokenKey()
{
    const QString name = QStringLiteral("session-token-key");
    {
        QSqlDatabase db;
        if (DbWorker::open(db, m_config, name)) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT key FROM session_token_keys WHERE key_id = 1")) && q.next())
                m_tokenKey = q.value(0).toByteArray();
            else
                qCCritical(lcSessions) << "reading the buyer token key failed:" << q.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (m_tokenKey.size() != 32) {
        // Still safe: tokens of this node are signed with a key nobody knows, and other
        // nodes refuse them (a buyer then starts a new session there).
        qCCritical(lcSessions) << "no buyer token key in the database: using one for this node only";
        m_tokenKey = QByteArray::fromHex(newToken().toLatin1());
    }
}

QString SessionStore::buyerToken(qint64 id, qint64 createdS) const
{
    QByteArray body(SignedBytes, Qt::Uninitialized);
    qToBigEndian<qint64>(id, body.data());
    qToBigEndian<qint64>(createdS, body.data() + 8);
    return QString::fromLatin1(QByteArray(body + signature(m_tokenKey, body)).toHex());
}

bool SessionStore::readBuyerToken(const QString &token, qint64 *id, qint64 *createdS) const
{
    if (tokenHash(token).isEmpty()) // not 64 lower-case hex digits
        return false;
    const QByteArray bytes = QByteArray::fromHex(token.toLatin1());
    if (bytes.size() != TokenBytes)
        return false;
    const QByteArray body = bytes.left(SignedBytes);
    if (!equalInConstantTime(bytes.mid(SignedBytes), signature(m_tokenKey, body)))
        return false;
    *id = qFromBigEndian<qint64>(body.constData());
    *createdS = qFromBigEndian<qint64>(body.constData() + 8);
    return *id > 0;
}

void SessionStore::createBuyer(const QString &address, Done done)
{
    m_pendingBuyers.append(PendingBuyer{address, std::move(done)});
    if (!m_buyerJobRunning)
        drainBuyers();
}

void SessionStore::drainBuyers()
{
    if (m_pendingBuyers.isEmpty())
        return;
    m_buyerJobRunning = true;
    // At an on-sale thousands of buyers arrive at once: one round trip for the ids of every
    // creation waiting, and no row written.
    auto batch = std::make_shared<QList<PendingBuyer>>(std::exchange(m_pendingBuyers, {}));
    const int n = int(batch->size());
    QPointer<SessionStore> self(this);
    DbWorker *worker = m_buyerWorker.get();
    worker->post([self, this, worker, batch, n](QSqlDatabase &) {
        QList<qint64> ids;
        qint64 nowS = 0;
        if (QSqlQuery *q = worker->prepared(
                QStringLiteral("SELECT nextval(pg_get_serial_sequence('sessions', 'session_id')),"
                               " extract(epoch FROM now())::bigint FROM generate_series(1, ?)"))) {
            q->bindValue(0, n);
            bool ok = q->exec();
            while (ok && q->next()) {
                ids.append(q->value(0).toLongLong());
                nowS = q->value(1).toLongLong();
            }
            if (!ok) {
                qCWarning(lcSessions) << "numbering buyer sessions failed:" << q->lastError().text();
                worker->reconnect();
            }
            q->finish();
        }
        QMetaObject::invokeMethod(
            self.data(),
            [self, this, batch, ids, nowS] {
                if (!self)
                    return;
                for (qsizetype i = 0; i < batch->size(); ++i) {
                    const PendingBuyer &p = batch->at(i);
                    Outcome out;
                    if (i >= ids.size()) {
                        out.code = ErrorCode::Internal;
                    } else {
                        Loaded row;
                        row.id = ids.at(i);
                        row.kind = SessionKind::Buyer;
                        row.hardLeftMs = Session::HardS * 1000;
                        row.persisted = false;
                        row.createdS = nowS;
                        row.address = p.address;
                        out.token = buyerToken(row.id, nowS);
                        row.tokenHash = tokenHash(out.token);
                        out.session = adopt(row);
                    }
                    p.done(out);
                }
                m_buyerJobRunning = false;
                drainBuyers();
            },
            Qt::QueuedConnection);
    });
}

void SessionStore::resumeBuyer(const QString &token, Done done)
{
    qint64 id = 0, createdS = 0;
    if (!readBuyerToken(token, &id, &createdS)) {
        done(Outcome{ErrorCode::SessionExpired, {}, {}});
        return;
    }
    if (auto known = m_sessions.value(id).lock(); known && known->alive()) {
        known->touch();
        done(Outcome{ErrorCode::None, known, {}});
        return;
    }
    const QByteArray hash = tokenHash(token);
    QPointer<SessionStore> self(this);
    m_buyerWorker->post([self, this, hash, id, createdS, done](QSqlDatabase &db) {
        Outcome out;
        Loaded row;
        row.kind = SessionKind::Buyer;
        row.id = id;
        QSqlQuery q(db);
        // A row: live as for staff (not revoked, within the hard cap, used within the idle
        // time); resuming counts as use.
        q.prepare(QStringLiteral(
            "UPDATE sessions SET last_seen = now()"
            " WHERE token_hash = ? AND kind = 'buyer' AND revoked_at IS NULL AND expires_at > now()"
            " AND last_seen > now() - make_interval(secs => ?)"
            " RETURNING (extract(epoch FROM (expires_at - now())) * 1000)::bigint, address"));
        q.addBindValue(hash);
        q.addBindValue(Session::IdleMs / 1000);
        QSqlQuery none(db);
        // No row: a session that never held anything, live until its hard cap.
        none.prepare(QStringLiteral(
            "SELECT ((CAST(? AS bigint) + CAST(? AS bigint)) - extract(epoch FROM now())) * 1000"
            " WHERE NOT EXISTS (SELECT 1 FROM sessions WHERE session_id = ?)"));
        none.addBindValue(createdS);
        none.addBindValue(Session::HardS);
        none.addBindValue(id);
        if (!q.exec()) {
            qCWarning(lcSessions) << "resuming a session failed:" << q.lastError().text();
            out.code = ErrorCode::Internal;
        } else if (q.next()) {
            row.hardLeftMs = q.value(0).toLongLong();
            row.address = q.value(1).toString();
        } else if (!none.exec()) {
            qCWarning(lcSessions) << "resuming a session failed:" << none.lastError().text();
            out.code = ErrorCode::Internal;
        } else if (none.next() && none.value(0).toLongLong() > 0) {
            row.hardLeftMs = none.value(0).toLongLong();
            row.persisted = false;
        } else {
            out.code = ErrorCode::SessionExpired;
        }
        row.tokenHash = hash;
        row.createdS = createdS;
        deliver(self, out, row, done);
    });
}

void SessionStore::persist(const std::shared_ptr<Session> &session, std::function<void(bool)> done)
{
    if (!session || session->persisted) {
        done(session != nullptr);
        return;
    }
    auto &waiting = m_persisting[session->id];
    waiting.append(std::move(done));
    if (waiting.size() > 1)
        return; // the row is being written already
    QPointer<SessionStore> self(this);
    const qint64 id = session->id;
    const QByteArray hash = session->tokenHash;
    const QString address = session->address;
    const qint64 createdS = session->createdS;
    std::weak_ptr<Session> weak = session;
    m_buyerWorker->post([self, this, id, hash, address, createdS, weak](QSqlDatabase &db) {
        QSqlQuery q(db);
        // Another node may have written it already: then it must not have been revoked.
        q.prepare(QStringLiteral(
            "INSERT INTO sessions (session_id, token_hash, kind, address, created_at, last_seen, expires_at)"
            " VALUES (?, ?, 'buyer', ?, to_timestamp(?), now(), to_timestamp(?) + make_interval(secs => ?))"
            " ON CONFLICT (session_id) DO UPDATE SET last_seen = now()"
            " WHERE sessions.revoked_at IS NULL AND sessions.token_hash = excluded.token_hash"
            " RETURNING session_id"));
        q.addBindValue(id);
        q.addBindValue(hash);
        q.addBindValue(address.isNull() ? QStringLiteral("")
                                        : address); // NOT NULL; unknown after a resume elsewhere
        q.addBindValue(createdS);
        q.addBindValue(createdS);
        q.addBindValue(Session::HardS);
        bool failed = !q.exec();
        bool written = !failed && q.next();
        if (failed) {
            // Another node writing the same row at the same moment: ON CONFLICT handles the
            // session id, but the token's unique index then fails this insert. The row is
            // there now; it must just not be revoked.
            QSqlQuery check(db);
            check.prepare(QStringLiteral("SELECT 1 FROM sessions WHERE session_id = ? AND token_hash = ?"
                                         " AND revoked_at IS NULL"));
            check.addBindValue(id);
            check.addBindValue(hash);
            if (check.exec()) {
                failed = false;
                written = check.next();
            } else {
                qCWarning(lcSessions) << "writing buyer session" << id << "failed:" << q.lastError().text();
            }
        }
        QMetaObject::invokeMethod(
            self.data(),
            [self, this, id, weak, written, failed] {
                if (!self)
                    return;
                if (auto s = weak.lock()) {
                    if (written)
                        s->persisted = true;
                    else if (!failed)
                        drop(id); // revoked on another node meanwhile
                }
                const auto waiting = m_persisting.take(id);
                for (const auto &d : waiting)
                    d(written);
            },
            Qt::QueuedConnection);
    });
}

} // namespace BoxOffice::Server
