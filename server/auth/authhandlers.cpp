#include "auth/authhandlers.h"

#include "auth/audit.h"

#include "auth/sessionstore.h"
#include "db/dbworker.h"
#include "net/clientconnection.h"
#include "net/dispatcher.h"
#include "net/ratelimits.h"

#include <QCborArray>
#include <QPointer>

namespace BoxOffice::Server {

using namespace BoxOffice::Shared;

namespace {

// One message for every sign-in failure: it must not tell which part was wrong.
const QString SignInFailedMessage =
    QStringLiteral("sign-in failed: wrong user name or password, or the account "
                   "is locked or disabled");

QCborMap sessionResult(const Session &s, const QString &token)
{
    QCborMap r;
    if (!token.isEmpty())
        r.insert(Key::Token, token);
    r.insert(Key::Session, s.id);
    if (s.kind == SessionKind::Staff) {
        r.insert(Key::User, s.user);
        QCborArray roles;
        for (const QString &role : s.roles)
            roles.append(role);
        r.insert(Key::Roles, roles);
        r.insert(Key::Kind, QStringLiteral("staff"));
    } else {
        r.insert(Key::Kind, QStringLiteral("buyer"));
    }
    r.insert(Key::Expires, s.expiresMs());
    return r;
}

} // namespace

AuthHandlers::AuthHandlers(Dispatcher &d, SessionStore &sessions, RateLimits &rateLimits,
                           QList<QPair<QHostAddress, int>> counterNetworks, QObject *parent)
    : QObject(parent)
    , m_sessions(sessions)
    , m_rateLimits(rateLimits)
    , m_names(std::move(counterNetworks))
{
    // Replies to a session request once the store has decided; nothing if the client left.
    auto finish = [](ClientConnection &c, const Frame &f, const QString &failure) {
        return [conn = QPointer<ClientConnection>(&c), type = f.type, id = f.id,
                failure](const SessionStore::Outcome &out) {
            if (!conn)
                return;
            if (out.code != ErrorCode::None) {
                conn->sendError(type, id, out.code,
                                out.code == ErrorCode::SignInFailed ? SignInFailedMessage
                                : out.code == ErrorCode::SessionExpired
                                    ? failure
                                    : QStringLiteral("the server could not complete the request"));
                // A token that resumes nothing is a strike (issue 18, attack 5): a client
                // guessing tokens is closed after a few, like one sending bad input.
                if (out.code == ErrorCode::SessionExpired)
                    conn->strike();
                return;
            }
            conn->setSession(out.session);
            conn->sendResult(type, id, sessionResult(*out.session, out.token));
        };
    };
    const QString expired = QStringLiteral("the session is unknown, expired, revoked or signed out");

    d.on(MessageType::SignIn, [this, finish, expired](ClientConnection &c, const Frame &f) {
        FieldReader in(f.body);
        const QString token = in.string(Key::Token, 64, false);
        const QString user = in.string(Key::User, 64, false);
        const QString password = in.string(Key::Password, 1024, false);
        if (in.ok() && token.isEmpty() && (user.isEmpty() || password.isEmpty()))
            in.fail(ErrorCode::BadField, QStringLiteral("SignIn needs 'user' and 'password', or 'token'"));
        if (!in.ok()) {
            c.sendError(f.type, f.id, in.error(), in.message());
            c.strike();
            return;
        }
        if (!token.isEmpty()) {
            m_sessions.resume(token, SessionKind::Staff, finish(c, f, expired));
            return;
        }
        if (!m_limiter.take(c.peerAddress())) {
            if (!m_limited.contains(c.peerAddress())) {
                m_limited.insert(c.peerAddress());
                AuditEntry a{user,
                             {},
                             QStringLiteral("signin.ratelimited"),
                             QStringLiteral("address:") + c.peerAddress(),
                             {},
                             {},
                             c.peerAddress()};
                m_sessions.worker().post([a](QSqlDatabase &db) { appendAudit(db, a); });
            }
            c.sendError(f.type, f.id, ErrorCode::RateLimited,
                        QStringLiteral("too many sign-in attempts from this address; retry later"));
            return;
        }
        m_limited.remove(c.peerAddress());
        // Per name, across addresses: growing delays, never a lockout (NameThrottle).
        if (const qint64 waitMs = m_names.begin(user, c.peerAddress()); waitMs > 0) {
            c.sendError(f.type, f.id, ErrorCode::RateLimited,
                        QStringLiteral("too many failed sign-ins for this name; retry in %1 s")
                            .arg((waitMs + 999) / 1000));
            return;
        }
        auto done = finish(c, f, expired);
        m_sessions.signIn(
            user, password, c.peerAddress(),
            [this, self = QPointer<AuthHandlers>(this), user, address = c.peerAddress(),
             done](const SessionStore::Outcome &out) {
                if (self && out.code == ErrorCode::None)
                    m_names.succeeded(user, address);
                done(out);
            },
            m_names.isCounter(c.peerAddress()));
    });

    d.on(MessageType::BuyerSession, [this, finish, expired](ClientConnection &c, const Frame &f) {
        FieldReader in(f.body);
        const QString token = in.string(Key::Token, 64, false);
        if (!in.ok()) {
            c.sendError(f.type, f.id, in.error(), in.message());
            c.strike();
            return;
        }
        if (!token.isEmpty())
            m_sessions.resume(token, SessionKind::Buyer, finish(c, f, expired));
        else if (m_rateLimits.allowBuyerSession(c, f.type, f.id)) // a new session is a database write
            m_sessions.createBuyer(c.peerAddress(), finish(c, f, expired));
    });

    d.on(MessageType::SignOut, [this](ClientConnection &c, const Frame &f) {
        // Kept until revoke() has read it: a buyer session without a row is written revoked.
        const std::shared_ptr<Session> session = c.session();
        const qint64 id = session->id; // the dispatcher let only live sessions through
        c.setSession(nullptr);
        m_sessions.revoke(id, [conn = QPointer<ClientConnection>(&c), type = f.type, rid = f.id](bool) {
            if (conn)
                conn->sendResult(type, rid, {});
        });
    });
}

} // namespace BoxOffice::Server
