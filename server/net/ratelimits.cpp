#include "net/ratelimits.h"

#include "auth/session.h"
#include "core/metrics.h"
#include "net/clientconnection.h"

#include <QRegularExpression>

namespace BoxOffice::Server {

using namespace BoxOffice::Shared;

std::optional<RateSpec> RateSpec::parse(const QString &text)
{
    const QString t = text.trimmed();
    if (t == QLatin1String("0") || t == QLatin1String("off"))
        return RateSpec{0, 1};
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,7})/(\\d{1,6})$"));
    const auto m = pattern.match(t);
    if (!m.hasMatch())
        return std::nullopt;
    const int burst = m.captured(1).toInt();
    const int period = m.captured(2).toInt();
    if (burst < 1 || period < 1)
        return std::nullopt;
    return RateSpec{burst, period};
}

QString RateSpec::toString() const
{
    return enabled() ? QStringLiteral("%1/%2").arg(burst).arg(periodS) : QStringLiteral("0");
}

RateLimits::RateLimits(RateSpec buyerSessions, RateSpec holds, Metrics &metrics)
    : m_sessionSpec(buyerSessions)
    , m_holdSpec(holds)
    , m_sessions(buyerSessions.enabled() ? buyerSessions.burst : 1, buyerSessions.refillMs())
    , m_holds(holds.enabled() ? holds.burst : 1, holds.refillMs())
    , m_metrics(metrics)
{}

bool RateLimits::decide(bool allowed, ClientConnection &c, MessageType type, qint64 id, const QString &what,
                        const RateSpec &spec)
{
    if (allowed) {
        c.rateAllowed();
        return true;
    }
    ++m_metrics.rateLimited;
    c.sendError(type, id, ErrorCode::RateLimited,
                QStringLiteral("too many %1 (at most %2 at once, %2 per %3 s); retry later")
                    .arg(what)
                    .arg(spec.burst)
                    .arg(spec.periodS));
    c.rateRefused();
    return false;
}

bool RateLimits::allowBuyerSession(ClientConnection &c, MessageType type, qint64 id)
{
    if (!m_sessionSpec.enabled())
        return true;
    return decide(m_sessions.take(c.peerAddress()), c, type, id,
                  QStringLiteral("new buyer sessions from this address"), m_sessionSpec);
}

bool RateLimits::allowHold(ClientConnection &c, MessageType type, qint64 id)
{
    const auto &session = c.session();
    if (!m_holdSpec.enabled() || !session || session->kind != SessionKind::Buyer)
        return true;
    return decide(m_holds.take(QString::number(session->id)), c, type, id,
                  QStringLiteral("hold requests from this session"), m_holdSpec);
}

} // namespace BoxOffice::Server
