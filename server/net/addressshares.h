#pragma once

#include <QHash>
#include <QList>
#include <QPointer>
#include <QString>

namespace BoxOffice::Server {

class ClientConnection;

/**
 * The share of the server's queues of one client address (issue 18): requests of all its
 * connections in flight at once. A connection with nothing in flight may always send one,
 * so an address with n connections has at most max(limit, n) in flight, not n times the
 * per-connection share; the others wait on their connections, in order, and are woken
 * when the address's requests are answered. Lives on the socket thread.
 */
class AddressShares
{
public:
    explicit AddressShares(int limit)
        : m_limit(limit)
    {}

    int limit() const { return m_limit; }
    bool full(const QString &address) const { return m_limit > 0 && m_inFlight.value(address) >= m_limit; }
    void acquire(const QString &address) { ++m_inFlight[address]; }
    /** n requests of address answered (or their connection gone): wakes its waiting connections. */
    void release(const QString &address, int n = 1);
    /** c waits for address's share; woken (ClientConnection::wake) on the next release. */
    void wait(const QString &address, ClientConnection *c);

private:
    int m_limit;
    QHash<QString, int> m_inFlight;
    QHash<QString, QList<QPointer<ClientConnection>>> m_waiting;
};

} // namespace BoxOffice::Server
