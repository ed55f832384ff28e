#pragma once

#include <QDeadlineTimer>
#include <QByteArray>
#include <QElapsedTimer>
#include <QString>
#include <QStringList>

namespace BoxOffice::Server {

enum class SessionKind { Staff, Buyer };

/** Role bits of a staff session; a user may hold several. */
namespace Role {
constexpr quint8 Clerk = 1 << 0;
constexpr quint8 Organizer = 1 << 1;
constexpr quint8 FraudAnalyst = 1 << 2;
constexpr quint8 Admin = 1 << 3;
} // namespace Role

/** "clerk" → Role::Clerk …; 0 for a name that is no role. */
quint8 roleBit(const QString &name);
/** True if every name is a role and there is no duplicate. */
bool validRoles(const QStringList &names);

/**
 * A session as one node knows it. Shared by every connection of this node that uses it
 * (a client may resume on a second connection); lives on the socket thread only.
 *
 * Idle expiry slides on each request on this node; the database's last_seen is written at
 * most about once a minute (SessionStore flushes sessions marked dirty), so a node that
 * loads the session later may see it up to a minute older than it is.
 */
struct Session
{
    static constexpr qint64 IdleMs = 30 * 60 * 1000;
    static constexpr qint64 HardS = 12 * 3600;
    static constexpr qint64 LastSeenWriteMs = 60 * 1000;

    qint64 id = 0;
    SessionKind kind = SessionKind::Buyer;
    qint64 userId = 0;
    QString user;
    QStringList roles;
    quint8 roleBits = 0;
    /** The owner of this session's holds: holds survive a reconnect that resumes it. */
    QString owner;
    QDeadlineTimer idle;
    QDeadlineTimer hard;
    QElapsedTimer sinceWrite; // since last_seen was last written
    bool revoked = false;
    bool dirty = false;
    /**
     * False for a buyer session without a row yet (issue 18, attack 7): it is written when
     * it first holds seats (SessionStore::persist), from what follows.
     */
    bool persisted = true;
    QByteArray tokenHash;
    QString address;
    qint64 createdS = 0; // the buyer session's start, seconds since the epoch (in its token)

    bool alive() const { return !revoked && !idle.hasExpired() && !hard.hasExpired(); }
    void touch()
    {
        idle.setRemainingTime(IdleMs);
        if (!sinceWrite.isValid() || sinceWrite.elapsed() >= LastSeenWriteMs)
            dirty = true;
    }
    /** Milliseconds since the epoch at which the session ends if nothing more happens. */
    qint64 expiresMs() const;
    QString roleText() const { return roles.join(QLatin1Char(',')); }
};

} // namespace BoxOffice::Server
