#pragma once

#include "auth/namethrottle.h"
#include "auth/signinlimiter.h"

#include <QObject>
#include <QSet>

namespace BoxOffice::Server {

class Dispatcher;
class RateLimits;
class SessionStore;

/** SignIn, SignOut and BuyerSession: how a connection gets (and gives up) a session. */
class AuthHandlers final : public QObject
{
    Q_OBJECT
public:
    AuthHandlers(Dispatcher &dispatcher, SessionStore &sessions, RateLimits &rateLimits,
                 QList<QPair<QHostAddress, int>> counterNetworks = {}, QObject *parent = nullptr);

private:
    SessionStore &m_sessions;
    RateLimits &m_rateLimits;
    SignInLimiter m_limiter;
    NameThrottle m_names;
    // Addresses whose bucket is empty right now: only the first refusal of a run is
    // audited, so a flood of attempts cannot flood the audit log as well.
    QSet<QString> m_limited;
};

} // namespace BoxOffice::Server
