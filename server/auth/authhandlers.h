#pragma once

#include "auth/signinlimiter.h"

#include <QObject>

namespace BoxOffice::Server {

class Dispatcher;
class SessionStore;

/** SignIn, SignOut and BuyerSession: how a connection gets (and gives up) a session. */
class AuthHandlers final : public QObject
{
    Q_OBJECT
public:
    AuthHandlers(Dispatcher &dispatcher, SessionStore &sessions, QObject *parent = nullptr);

private:
    SessionStore &m_sessions;
    SignInLimiter m_limiter;
};

} // namespace BoxOffice::Server
