#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QString>

namespace BoxOffice::Server {

/**
 * Token buckets keyed by a string (a client address, a session): each key may spend a burst
 * of `burst` tokens at once and earns one more every `refillMs` milliseconds, up to the
 * burst. A key whose bucket is full carries no information and is forgotten now and then,
 * so keys seen once do not accumulate; at most `maxKeys` partly spent buckets are kept
 * (past that, the fullest are dropped first — a flood of fresh keys costs memory, never
 * correctness for the keys that matter most, the emptiest).
 *
 * Lives on one thread (no locking). Time comes from a monotonic clock; tests may pass the
 * time explicitly through the overloads that take `nowMs`.
 */
class TokenBucket
{
public:
    TokenBucket(double burst, qint64 refillMs, qsizetype maxKeys = 100000);

    /** Takes one token for key; false (and nothing taken) if its bucket is empty. */
    bool take(const QString &key) { return take(key, m_clock.elapsed()); }
    bool take(const QString &key, qint64 nowMs);

    /** Tokens key would have now (burst for an unknown key). */
    double tokens(const QString &key) const { return tokens(key, m_clock.elapsed()); }
    double tokens(const QString &key, qint64 nowMs) const;

    double burst() const { return m_burst; }
    qint64 refillMs() const { return m_refillMs; }
    /** Buckets currently remembered (for tests and metrics). */
    qsizetype size() const { return m_buckets.size(); }

private:
    struct Bucket
    {
        double tokens = 0;
        qint64 at = 0;
    };
    double level(const Bucket &b, qint64 nowMs) const;
    void prune(qint64 nowMs);

    double m_burst;
    qint64 m_refillMs;
    qsizetype m_maxKeys;
    QElapsedTimer m_clock;
    QHash<QString, Bucket> m_buckets;
};

} // namespace BoxOffice::Server
