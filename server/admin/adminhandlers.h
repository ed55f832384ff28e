#pragma once

#include <QObject>

namespace BoxOffice::Server {

class Dispatcher;
class SessionStore;

/**
 * Staff administration (messages 15–21): users, sessions, the audit trail. Admins only, by
 * the permission table. Runs on the auth worker of the SessionStore: low volume, same
 * tables. Every change writes an audit row with before and after (never a password).
 */
class AdminHandlers final : public QObject
{
    Q_OBJECT
public:
    AdminHandlers(Dispatcher &dispatcher, SessionStore &sessions, QObject *parent = nullptr);

private:
    SessionStore &m_sessions;
};

} // namespace BoxOffice::Server
