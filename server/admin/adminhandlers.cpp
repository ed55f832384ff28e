#include "admin/adminhandlers.h"

#include "auth/accounts.h"
#include "auth/audit.h"
#include "auth/passwordhasher.h"
#include "auth/sessionstore.h"
#include "db/dbworker.h"
#include "db/transactionguard.h"
#include "net/clientconnection.h"
#include "net/dispatcher.h"

#include <QCborArray>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QPointer>
#include <QSqlError>
#include <QSqlQuery>

namespace BoxOffice::Server {

Q_LOGGING_CATEGORY(lcAdmin, "boxoffice.server.admin")

using namespace BoxOffice::Shared;

namespace {

constexpr qint64 MaxId = std::numeric_limits<qint64>::max();
constexpr int MaxRows = 1000;

/** Who does it, captured on the socket thread for the audit row. */
struct Actor
{
    QString user;
    QString roles;
    QString address;
};

Actor actorOf(const ClientConnection &c)
{
    return Actor{c.session()->user, c.session()->roleText(), c.peerAddress()};
}

/** Outcome of an admin job: a result map or an error, sent back on the socket thread. */
struct Reply
{
    ErrorCode code = ErrorCode::None;
    QString message;
    QCborMap result;
    QList<qint64> revokedSessions; // ended by this change; dropped on this node at once
};

QString messageFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::UnknownUser:
        return QStringLiteral("no such user");
    case ErrorCode::UserExists:
        return QStringLiteral("a user with that name exists already");
    case ErrorCode::WeakPassword:
        return QStringLiteral("a password needs at least %1 characters").arg(Accounts::MinPasswordLength);
    case ErrorCode::BadField:
        return QStringLiteral("bad user name, roles or field");
    default:
        return QStringLiteral("the server could not complete the request; nothing was changed");
    }
}

QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}
QVariant nullInt()
{
    return QVariant(QMetaType::fromType<qlonglong>());
}

std::optional<QStringList> readRoles(const QCborValue &v)
{
    if (!v.isArray())
        return std::nullopt;
    QStringList roles;
    for (const QCborValue &r : v.toArray()) {
        if (!r.isString())
            return std::nullopt;
        roles.append(r.toString());
    }
    if (!validRoles(roles))
        return std::nullopt;
    return roles;
}

QCborArray cborRoles(const QString &commaSeparated)
{
    QCborArray a;
    for (const QString &r : commaSeparated.split(QLatin1Char(','), Qt::SkipEmptyParts))
        a.append(r);
    return a;
}

/** Revokes every live session of user_id and NOTIFYs each; returns their ids. */
QList<qint64> revokeUserSessions(QSqlDatabase &db, qint64 userId, bool *ok)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("WITH r AS (UPDATE sessions SET revoked_at = now() WHERE user_id = ?"
                             " AND revoked_at IS NULL RETURNING session_id)"
                             " SELECT session_id, pg_notify('bo_sessions', session_id::text) FROM r"));
    q.addBindValue(userId);
    QList<qint64> ids;
    *ok = q.exec();
    while (*ok && q.next())
        ids.append(q.value(0).toLongLong());
    if (!*ok)
        qCWarning(lcAdmin) << "revoking sessions of user" << userId << "failed:" << q.lastError().text();
    return ids;
}

} // namespace

AdminHandlers::AdminHandlers(Dispatcher &d, SessionStore &sessions, QObject *parent)
    : QObject(parent)
    , m_sessions(sessions)
{
    // Runs job on the auth worker and replies on the socket thread.
    auto run = [this](ClientConnection &c, const Frame &f, std::function<Reply(QSqlDatabase &)> job) {
        QPointer<ClientConnection> conn(&c);
        QPointer<AdminHandlers> self(this);
        const MessageType type = f.type;
        const qint64 id = f.id;
        m_sessions.worker().post([self, conn, type, id, job](QSqlDatabase &db) {
            const Reply reply = job(db);
            QMetaObject::invokeMethod(
                self.data(),
                [self, conn, type, id, reply] {
                    if (!self)
                        return;
                    // Gone from this node at once; the notification does the same on the others.
                    for (qint64 s : reply.revokedSessions)
                        self->m_sessions.onRevokedNotification(QString::number(s));
                    if (!conn)
                        return;
                    if (reply.code == ErrorCode::None)
                        conn->sendResult(type, id, reply.result);
                    else
                        conn->sendError(type, id, reply.code,
                                        reply.message.isEmpty() ? messageFor(reply.code) : reply.message);
                },
                Qt::QueuedConnection);
        });
    };
    auto badField = [](ClientConnection &c, const Frame &f, const QString &message) {
        c.sendError(f.type, f.id, ErrorCode::BadField, message);
        c.strike();
    };

    d.on(MessageType::ListUsers, [run](ClientConnection &c, const Frame &f) {
        run(c, f, [](QSqlDatabase &db) {
            Reply r;
            QSqlQuery q(db);
            q.setForwardOnly(true);
            if (!q.exec(QStringLiteral(
                    "SELECT name, array_to_string(roles, ','), disabled,"
                    " CASE WHEN locked_until > now() THEN (extract(epoch FROM locked_until) * 1000)::bigint "
                    "END,"
                    " CASE WHEN first_failure_at > now() - interval '15 minutes' OR locked_until > now()"
                    " THEN failed_count ELSE 0 END"
                    " FROM users ORDER BY name"))) {
                qCWarning(lcAdmin) << "listing users failed:" << q.lastError().text();
                r.code = ErrorCode::Internal;
                return r;
            }
            QCborArray users;
            while (q.next()) {
                QCborMap u;
                u.insert(Key::User, q.value(0).toString());
                u.insert(Key::Roles, cborRoles(q.value(1).toString()));
                u.insert(Key::Disabled, q.value(2).toBool());
                u.insert(Key::LockedUntil,
                         q.value(3).isNull() ? QCborValue(nullptr) : QCborValue(q.value(3).toLongLong()));
                u.insert(QStringLiteral("failed"), q.value(4).toInt());
                users.append(u);
            }
            r.result.insert(Key::Users, users);
            return r;
        });
    });

    d.on(MessageType::CreateUser, [run, badField](ClientConnection &c, const Frame &f) {
        FieldReader in(f.body);
        const QString user = in.string(Key::User, 64);
        const QString password = in.string(Key::Password, 1024);
        const auto roles = readRoles(f.body.value(Key::Roles));
        if (!in.ok() || !roles || !Accounts::validName(user)) {
            badField(c, f,
                     in.ok() ? QStringLiteral("'user' must be a valid name and 'roles' an array of roles")
                             : in.message());
            return;
        }
        const Actor actor = actorOf(c);
        run(c, f, [user, password, roles, actor](QSqlDatabase &db) {
            Reply r;
            TransactionGuard tx(db);
            r.code = Accounts::createUser(db, user, password, *roles);
            if (r.code == ErrorCode::None) {
                AuditEntry a{actor.user,
                             actor.roles,
                             QStringLiteral("user.create"),
                             QStringLiteral("user:") + user,
                             {},
                             {},
                             actor.address};
                a.after.insert(QStringLiteral("roles"), QJsonArray::fromStringList(*roles));
                a.after.insert(QStringLiteral("disabled"), false);
                if (!appendAudit(db, a) || !tx.commit())
                    r.code = ErrorCode::Internal;
                r.result.insert(Key::User, user);
            }
            return r;
        });
    });

    d.on(MessageType::UpdateUser, [run, badField](ClientConnection &c, const Frame &f) {
        FieldReader in(f.body);
        const QString user = in.string(Key::User, 64);
        std::optional<QStringList> roles;
        if (f.body.contains(Key::Roles)) {
            roles = readRoles(f.body.value(Key::Roles));
            if (!roles)
                in.fail(ErrorCode::BadField, QStringLiteral("'roles' must be an array of distinct roles"));
        }
        std::optional<bool> disabled;
        if (f.body.contains(Key::Disabled)) {
            if (!f.body.value(Key::Disabled).isBool())
                in.fail(ErrorCode::BadField, QStringLiteral("'disabled' must be a boolean"));
            else
                disabled = f.body.value(Key::Disabled).toBool();
        }
        if (!in.ok()) {
            badField(c, f, in.message());
            return;
        }
        const Actor actor = actorOf(c);
        run(c, f, [user, roles, disabled, actor](QSqlDatabase &db) {
            Reply r;
            TransactionGuard tx(db);
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT user_id, array_to_string(roles, ','), disabled FROM users"
                                     " WHERE name = ? FOR UPDATE"));
            q.addBindValue(user);
            if (!q.exec()) {
                r.code = ErrorCode::Internal;
                return r;
            }
            if (!q.next()) {
                r.code = ErrorCode::UnknownUser;
                return r;
            }
            const qint64 userId = q.value(0).toLongLong();
            const QStringList oldRoles = q.value(1).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
            const bool oldDisabled = q.value(2).toBool();
            const QStringList newRoles = roles.value_or(oldRoles);
            const bool newDisabled = disabled.value_or(oldDisabled);
            QSqlQuery u(db);
            u.prepare(
                QStringLiteral("UPDATE users SET roles = CAST(? AS text[]), disabled = ? WHERE user_id = ?"));
            u.addBindValue(QString(QLatin1Char('{') + newRoles.join(QLatin1Char(',')) + QLatin1Char('}')));
            u.addBindValue(newDisabled);
            u.addBindValue(userId);
            bool ok = u.exec();
            // Sessions carry the roles they were opened with: a change of roles or a
            // disabled account ends them, and the user signs in again with the new rights.
            const bool rolesChanged = QSet<QString>(newRoles.cbegin(), newRoles.cend()) !=
                                      QSet<QString>(oldRoles.cbegin(), oldRoles.cend());
            if (ok && (rolesChanged || (newDisabled && !oldDisabled)))
                r.revokedSessions = revokeUserSessions(db, userId, &ok);
            AuditEntry a{
                actor.user, actor.roles,  QStringLiteral("user.update"), QStringLiteral("user:") + user, {},
                {},         actor.address};
            a.before.insert(QStringLiteral("roles"), QJsonArray::fromStringList(oldRoles));
            a.before.insert(QStringLiteral("disabled"), oldDisabled);
            a.after.insert(QStringLiteral("roles"), QJsonArray::fromStringList(newRoles));
            a.after.insert(QStringLiteral("disabled"), newDisabled);
            if (!(ok && appendAudit(db, a) && tx.commit())) {
                qCWarning(lcAdmin) << "updating user failed:" << u.lastError().text();
                r = Reply{ErrorCode::Internal, {}, {}, {}};
                return r;
            }
            r.result.insert(Key::User, user);
            return r;
        });
    });

    d.on(MessageType::ResetPassword, [run](ClientConnection &c, const Frame &f) {
        FieldReader in(f.body);
        const QString user = in.string(Key::User, 64);
        const QString password = in.string(Key::Password, 1024);
        if (!in.ok()) {
            c.sendError(f.type, f.id, in.error(), in.message());
            c.strike();
            return;
        }
        if (password.size() < Accounts::MinPasswordLength) {
            c.sendError(f.type, f.id, ErrorCode::WeakPassword, messageFor(ErrorCode::WeakPassword));
            return;
        }
        const Actor actor = actorOf(c);
        run(c, f, [user, password, actor](QSqlDatabase &db) {
            Reply r;
            const QString hash = PasswordHasher::hash(password);
            TransactionGuard tx(db);
            QSqlQuery q(db);
            q.prepare(QStringLiteral(
                "UPDATE users SET password_hash = ?, failed_count = 0, first_failure_at = NULL,"
                " locked_until = NULL WHERE name = ? RETURNING user_id"));
            q.addBindValue(hash);
            q.addBindValue(user);
            if (hash.isEmpty() || !q.exec()) {
                r.code = ErrorCode::Internal;
                return r;
            }
            if (!q.next()) {
                r.code = ErrorCode::UnknownUser;
                return r;
            }
            // A reset password also ends the sessions opened with the old one.
            bool ok = true;
            r.revokedSessions = revokeUserSessions(db, q.value(0).toLongLong(), &ok);
            AuditEntry a{actor.user,
                         actor.roles,
                         QStringLiteral("user.reset_password"),
                         QStringLiteral("user:") + user,
                         {},
                         {},
                         actor.address};
            a.after.insert(QStringLiteral("sessions_revoked"), int(r.revokedSessions.size()));
            if (!(ok && appendAudit(db, a) && tx.commit())) {
                r = Reply{ErrorCode::Internal, {}, {}, {}};
                return r;
            }
            r.result.insert(Key::User, user);
            return r;
        });
    });

    d.on(MessageType::ListSessions, [run](ClientConnection &c, const Frame &f) {
        run(c, f, [](QSqlDatabase &db) {
            Reply r;
            QSqlQuery q(db);
            q.setForwardOnly(true);
            // Live sessions, staff first, then the most recently used; at most MaxRows
            // (an on-sale has far more buyer sessions than a reply should carry).
            q.prepare(QStringLiteral(
                "SELECT s.session_id, coalesce(u.name, ''), s.kind, s.address,"
                " (extract(epoch FROM s.created_at) * 1000)::bigint,"
                " (extract(epoch FROM s.last_seen) * 1000)::bigint,"
                " (extract(epoch FROM least(s.last_seen + interval '30 minutes', s.expires_at)) * "
                "1000)::bigint"
                " FROM sessions s LEFT JOIN users u ON u.user_id = s.user_id"
                " WHERE s.revoked_at IS NULL AND s.expires_at > now() AND s.last_seen > now() - interval '30 "
                "minutes'"
                " ORDER BY s.kind = 'staff' DESC, s.last_seen DESC, s.session_id DESC LIMIT ?"));
            q.addBindValue(MaxRows);
            if (!q.exec()) {
                qCWarning(lcAdmin) << "listing sessions failed:" << q.lastError().text();
                r.code = ErrorCode::Internal;
                return r;
            }
            QCborArray sessions;
            while (q.next()) {
                QCborMap s;
                s.insert(Key::Session, q.value(0).toLongLong());
                s.insert(Key::User, q.value(1).toString());
                s.insert(Key::Kind, q.value(2).toString());
                s.insert(Key::Address, q.value(3).toString());
                s.insert(QStringLiteral("created"), q.value(4).toLongLong());
                s.insert(QStringLiteral("last_seen"), q.value(5).toLongLong());
                s.insert(Key::Expires, q.value(6).toLongLong());
                sessions.append(s);
            }
            r.result.insert(Key::Sessions, sessions);
            return r;
        });
    });

    d.on(MessageType::RevokeSession, [run](ClientConnection &c, const Frame &f) {
        FieldReader in(f.body);
        const qint64 session = in.integer(Key::Session, 1, MaxId);
        if (!in.ok()) {
            c.sendError(f.type, f.id, in.error(), in.message());
            c.strike();
            return;
        }
        const Actor actor = actorOf(c);
        run(c, f, [session, actor](QSqlDatabase &db) {
            Reply r;
            TransactionGuard tx(db);
            QSqlQuery q(db);
            q.prepare(QStringLiteral(
                "WITH r AS (UPDATE sessions SET revoked_at = now() WHERE session_id = ? AND revoked_at IS "
                "NULL"
                " RETURNING session_id, user_id, kind)"
                " SELECT r.kind, coalesce(u.name, ''), pg_notify('bo_sessions', r.session_id::text)"
                " FROM r LEFT JOIN users u ON u.user_id = r.user_id"));
            q.addBindValue(session);
            if (!q.exec()) {
                r.code = ErrorCode::Internal;
                return r;
            }
            if (!q.next()) {
                // Not a strike: another admin may have revoked it a moment ago.
                r.code = ErrorCode::BadField;
                r.message = QStringLiteral("no such live session");
                return r;
            }
            AuditEntry a{actor.user,
                         actor.roles,
                         QStringLiteral("session.revoke"),
                         QStringLiteral("session:%1").arg(session),
                         {},
                         {},
                         actor.address};
            a.before.insert(QStringLiteral("kind"), q.value(0).toString());
            a.before.insert(QStringLiteral("user"), q.value(1).toString());
            if (!(appendAudit(db, a) && tx.commit())) {
                r.code = ErrorCode::Internal;
                return r;
            }
            r.revokedSessions = {session};
            r.result.insert(Key::Session, session);
            return r;
        });
    });

    d.on(MessageType::QueryAudit, [run](ClientConnection &c, const Frame &f) {
        FieldReader in(f.body);
        const QString actorFilter = in.string(Key::Actor, 200, false);
        const QString target = in.string(Key::Target, 200, false);
        const auto from = in.optionalInteger(Key::From, 0, MaxId);
        const auto to = in.optionalInteger(Key::To, 0, MaxId);
        const qint64 limit = in.optionalInteger(Key::Limit, 1, MaxRows).value_or(100);
        if (!in.ok()) {
            c.sendError(f.type, f.id, in.error(), in.message());
            c.strike();
            return;
        }
        const bool hasActor = f.body.contains(Key::Actor), hasTarget = f.body.contains(Key::Target);
        run(c, f, [actorFilter, target, from, to, limit, hasActor, hasTarget](QSqlDatabase &db) {
            Reply r;
            QSqlQuery q(db);
            q.setForwardOnly(true);
            // Every filter optional, all bound: a NULL parameter switches its filter off.
            q.prepare(QStringLiteral(
                "SELECT audit_id, (extract(epoch FROM at) * 1000)::bigint, actor, coalesce(role, ''), action,"
                " target, before::text, after::text, coalesce(address, '')"
                " FROM audit_log"
                " WHERE (CAST(? AS text) IS NULL OR actor = CAST(? AS text))"
                " AND (CAST(? AS text) IS NULL OR target = CAST(? AS text))"
                " AND (CAST(? AS bigint) IS NULL OR at >= to_timestamp(CAST(? AS bigint) / 1000.0))"
                " AND (CAST(? AS bigint) IS NULL OR at <= to_timestamp(CAST(? AS bigint) / 1000.0))"
                " ORDER BY at DESC, audit_id DESC LIMIT ?"));
            const QVariant a = hasActor ? QVariant(actorFilter) : nullText();
            const QVariant t = hasTarget ? QVariant(target) : nullText();
            const QVariant fr = from ? QVariant(qlonglong(*from)) : nullInt();
            const QVariant tv = to ? QVariant(qlonglong(*to)) : nullInt();
            for (const QVariant &v : {a, a, t, t, fr, fr, tv, tv})
                q.addBindValue(v);
            q.addBindValue(limit);
            if (!q.exec()) {
                qCWarning(lcAdmin) << "querying the audit log failed:" << q.lastError().text();
                r.code = ErrorCode::Internal;
                return r;
            }
            QCborArray rows;
            while (q.next()) {
                QCborMap m;
                m.insert(Key::Id, q.value(0).toLongLong());
                m.insert(Key::Time, q.value(1).toLongLong());
                m.insert(Key::Actor, q.value(2).toString());
                m.insert(QStringLiteral("role"), q.value(3).toString());
                m.insert(Key::Action, q.value(4).toString());
                m.insert(Key::Target, q.value(5).toString());
                m.insert(Key::Before,
                         q.value(6).isNull() ? QCborValue(nullptr) : QCborValue(q.value(6).toString()));
                m.insert(Key::After,
                         q.value(7).isNull() ? QCborValue(nullptr) : QCborValue(q.value(7).toString()));
                m.insert(Key::Address, q.value(8).toString());
                rows.append(m);
            }
            r.result.insert(Key::Rows, rows);
            return r;
        });
    });
}

} // namespace BoxOffice::Server
