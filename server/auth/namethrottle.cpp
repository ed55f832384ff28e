#include "auth/namethrottle.h"

#include <algorithm>

namespace BoxOffice::Server {

NameThrottle::NameThrottle(QList<QPair<QHostAddress, int>> counterNetworks)
    : m_counter(std::move(counterNetworks))
{
    m_clock.start();
}

bool NameThrottle::isCounter(const QString &address) const
{
    const QHostAddress a(address);
    return std::any_of(m_counter.cbegin(), m_counter.cend(),
                       [&a](const QPair<QHostAddress, int> &net) { return a.isInSubnet(net); });
}

QString NameThrottle::key(const QString &name, const QString &address) const
{
    // Names are matched as the database matches them (exactly); the zone is a prefix.
    return (isCounter(address) ? QLatin1String("c:") : QLatin1String("o:")) + name;
}

qint64 NameThrottle::delayAfter(int count)
{
    if (count < FreeAttempts)
        return 0;
    const int doublings = std::min(count - FreeAttempts, 30);
    return std::min(MaxDelayMs, FirstDelayMs << doublings);
}

qint64 NameThrottle::begin(const QString &name, const QString &address)
{
    const qint64 now = m_clock.elapsed();
    // Bounded: names not tried for ForgetMs go once the table is large.
    if (m_entries.size() > 10000) {
        for (auto it = m_entries.begin(); it != m_entries.end();) {
            if (now - it->lastMs > ForgetMs)
                it = m_entries.erase(it);
            else
                ++it;
        }
    }
    Entry &e = m_entries[key(name, address)];
    if (e.count > 0 && now - e.lastMs > ForgetMs)
        e = Entry{};
    const qint64 wait = e.count > 0 ? e.lastMs + delayAfter(e.count) - now : 0;
    if (wait > 0)
        return wait;
    ++e.count;
    e.lastMs = now;
    return 0;
}

void NameThrottle::succeeded(const QString &name, const QString &address)
{
    m_entries.remove(key(name, address));
}

} // namespace BoxOffice::Server
