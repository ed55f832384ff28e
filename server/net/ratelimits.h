#pragma once

#include "net/tokenbucket.h"
#include "protocol/messages.h"

#include <QString>

#include <algorithm>
#include <optional>

namespace BoxOffice::Server {

class ClientConnection;
class Metrics;

/** A rate as configured: a burst of `burst` requests, refilled at `burst` per `periodS` seconds. */
struct RateSpec
{
    int burst = 0; // 0: no limit
    int periodS = 1;

    bool enabled() const { return burst > 0; }
    qint64 refillMs() const { return qint64(periodS) * 1000 / std::max(1, burst); }
    /** "BURST/SECONDS" (e.g. "20/60"), or "0" for no limit; nullopt if malformed. */
    static std::optional<RateSpec> parse(const QString &text);
    QString toString() const;
};

/**
 * The rate limits of anonymous work (issue 10), as token buckets on this node: new buyer
 * sessions per client address, and Hold/BestAvailable requests per buyer session. Staff
 * sessions are not limited here (they are few, signed in, and audited).
 *
 * A refused request gets RateLimited. The first refusal of a run costs the connection no
 * strike (a client may misjudge once); each further refusal before an allowed request is a
 * strike, so a client that keeps hammering is closed after ClientConnection::MaxStrikes.
 */
class RateLimits
{
public:
    RateLimits(RateSpec buyerSessions, RateSpec holds, Metrics &metrics);

    /** For a BuyerSession that creates a session: true to go on, false after replying. */
    bool allowBuyerSession(ClientConnection &c, Shared::MessageType type, qint64 id);
    /** For Hold and BestAvailable: true to go on (or not a buyer), false after replying. */
    bool allowHold(ClientConnection &c, Shared::MessageType type, qint64 id);

private:
    bool decide(bool allowed, ClientConnection &c, Shared::MessageType type, qint64 id, const QString &what,
                const RateSpec &spec);

    RateSpec m_sessionSpec;
    RateSpec m_holdSpec;
    TokenBucket m_sessions; // by client address
    TokenBucket m_holds;    // by buyer session id
    Metrics &m_metrics;
};

} // namespace BoxOffice::Server
