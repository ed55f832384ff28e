#include "net/addressshares.h"

#include "net/clientconnection.h"

namespace BoxOffice::Server {

void AddressShares::release(const QString &address, int n)
{
    if (n <= 0)
        return;
    if (auto it = m_inFlight.find(address); it != m_inFlight.end() && (*it -= n) <= 0)
        m_inFlight.erase(it);
    const auto waiting = m_waiting.take(address);
    for (const QPointer<ClientConnection> &c : waiting)
        if (c)
            c->wake();
}

void AddressShares::wait(const QString &address, ClientConnection *c)
{
    auto &list = m_waiting[address];
    for (const auto &w : std::as_const(list))
        if (w == c)
            return;
    list.append(c);
}

} // namespace BoxOffice::Server
