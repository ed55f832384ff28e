#include "auth/signinlimiter.h"

#include <algorithm>

namespace BoxOffice::Server {

bool SignInLimiter::take(const QString &address)
{
    const qint64 now = m_clock.elapsed();
    // Full buckets carry no information: forget them now and then, so that addresses seen
    // once do not accumulate.
    if (m_buckets.size() > 10000) {
        for (auto it = m_buckets.begin(); it != m_buckets.end();) {
            if (it->tokens + double(now - it->at) / RefillMs >= Burst)
                it = m_buckets.erase(it);
            else
                ++it;
        }
    }
    Bucket &b = m_buckets[address];
    if (b.at == 0 && b.tokens == Burst)
        b.at = now;
    b.tokens = std::min(Burst, b.tokens + double(now - b.at) / RefillMs);
    b.at = now;
    if (b.tokens < 1)
        return false;
    b.tokens -= 1;
    return true;
}

} // namespace BoxOffice::Server
