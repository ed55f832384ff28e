#include "net/tokenbucket.h"

#include <algorithm>
#include <vector>

namespace BoxOffice::Server {

TokenBucket::TokenBucket(double burst, qint64 refillMs, qsizetype maxKeys)
    : m_burst(std::max(1.0, burst))
    , m_refillMs(std::max<qint64>(1, refillMs))
    , m_maxKeys(std::max<qsizetype>(1, maxKeys))
{
    m_clock.start();
}

double TokenBucket::level(const Bucket &b, qint64 nowMs) const
{
    // A clock that goes backwards (a test passing times) earns nothing.
    const qint64 elapsed = std::max<qint64>(0, nowMs - b.at);
    return std::min(m_burst, b.tokens + double(elapsed) / double(m_refillMs));
}

double TokenBucket::tokens(const QString &key, qint64 nowMs) const
{
    const auto it = m_buckets.constFind(key);
    return it == m_buckets.cend() ? m_burst : level(*it, nowMs);
}

void TokenBucket::prune(qint64 nowMs)
{
    for (auto it = m_buckets.begin(); it != m_buckets.end();) {
        if (level(*it, nowMs) >= m_burst)
            it = m_buckets.erase(it);
        else
            ++it;
    }
    if (m_buckets.size() < m_maxKeys)
        return;
    // Still full of partly spent buckets: drop the fullest half (they are closest to being
    // forgotten anyway); the emptiest, the keys being limited right now, stay.
    std::vector<std::pair<double, QString>> levels;
    levels.reserve(size_t(m_buckets.size()));
    for (auto it = m_buckets.cbegin(); it != m_buckets.cend(); ++it)
        levels.emplace_back(level(*it, nowMs), it.key());
    const size_t keep = size_t(m_maxKeys / 2);
    std::nth_element(levels.begin(), levels.begin() + qsizetype(keep), levels.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    for (size_t i = keep; i < levels.size(); ++i)
        m_buckets.remove(levels[i].second);
}

bool TokenBucket::take(const QString &key, qint64 nowMs)
{
    auto it = m_buckets.find(key);
    if (it == m_buckets.end()) {
        if (m_buckets.size() >= m_maxKeys)
            prune(nowMs);
        it = m_buckets.insert(key, Bucket{m_burst, nowMs});
    }
    Bucket &b = *it;
    b.tokens = level(b, nowMs);
    b.at = std::max(b.at, nowMs);
    if (b.tokens < 1)
        return false;
    b.tokens -= 1;
    return true;
}

} // namespace BoxOffice::Server
