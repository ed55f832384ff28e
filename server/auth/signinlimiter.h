#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QString>

namespace BoxOffice::Server {

/**
 * A token bucket per client address for password sign-ins: a burst of Burst attempts, then
 * one more every RefillMs. Slows password guessing from one address; the per-name lockout
 * (bo_signin_failure) covers guessing one name from many addresses.
 */
class SignInLimiter
{
public:
    static constexpr double Burst = 10;
    static constexpr qint64 RefillMs = 6000;

    SignInLimiter() { m_clock.start(); }
    /** Takes a token for address; false if its bucket is empty. */
    bool take(const QString &address);

private:
    struct Bucket
    {
        double tokens = Burst;
        qint64 at = 0;
    };
    QElapsedTimer m_clock;
    QHash<QString, Bucket> m_buckets;
};

} // namespace BoxOffice::Server
