#include "waitingroom/waitingroomconfig.h"

#include <QDateTime>
#include <QStringList>

namespace BoxOffice::Server {

namespace {

constexpr qint64 MaxDurationMs = 7LL * 24 * 3600 * 1000;

std::optional<qint64> durationMs(const QString &v)
{
    if (v.size() < 2)
        return std::nullopt;
    const QChar unit = v.back();
    qint64 factor = 0;
    if (unit == QLatin1Char('s'))
        factor = 1000;
    else if (unit == QLatin1Char('m'))
        factor = 60 * 1000;
    else if (unit == QLatin1Char('h'))
        factor = 3600 * 1000;
    else
        return std::nullopt;
    bool ok = false;
    const qint64 n = v.chopped(1).toLongLong(&ok);
    if (!ok || n < 0 || n > MaxDurationMs / factor)
        return std::nullopt;
    return n * factor;
}

} // namespace

QString WaitingRoomConfig::helpText()
{
    return QStringLiteral(
        "Put a waiting room in front of event <spec>'s online sale (repeat for more events; "
        "every node needs the same): event=ID,prequeue=30m,rate=600,active=1000,window=10m"
        "[,onsale=ISO-8601 UTC]. Buyers joining during the pre-queue are shuffled at the "
        "on-sale, later ones queue in arrival order; rate is admissions per minute, active the "
        "most buyers shopping at once, window each one's shopping time; onsale defaults to the "
        "event's on-sale start. Durations take s, m or h. See docs/waiting-room.md.");
}

std::optional<WaitingRoomConfig> WaitingRoomConfig::parse(const QString &text, QString *error)
{
    WaitingRoomConfig c;
    bool haveEvent = false;
    const QStringList parts = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        const QString key = part.left(eq).trimmed();
        const QString value = eq < 0 ? QString() : part.mid(eq + 1).trimmed();
        auto bad = [&](const QString &what) {
            *error = QStringLiteral("--waiting-room %1: %2 (in \"%3\")").arg(key, what, text);
            return std::nullopt;
        };
        bool ok = false;
        if (key == QLatin1String("event")) {
            c.event = value.toLongLong(&ok);
            if (!ok || c.event <= 0)
                return bad(QStringLiteral("must be an event id"));
            haveEvent = true;
        } else if (key == QLatin1String("prequeue") || key == QLatin1String("window")) {
            const auto ms = durationMs(value);
            if (!ms || (key == QLatin1String("window") && *ms < 1000))
                return bad(QStringLiteral("must be a duration such as 90s, 30m or 2h (window at least 1s)"));
            (key == QLatin1String("window") ? c.windowMs : c.prequeueMs) = *ms;
        } else if (key == QLatin1String("rate") || key == QLatin1String("active")) {
            const int n = value.toInt(&ok);
            if (!ok || n < 1 || n > 10'000'000)
                return bad(QStringLiteral("must be a number from 1 to 10000000"));
            (key == QLatin1String("rate") ? c.ratePerMinute : c.maxActive) = n;
        } else if (key == QLatin1String("onsale")) {
            const QDateTime t = QDateTime::fromString(value, Qt::ISODateWithMs);
            if (!t.isValid())
                return bad(QStringLiteral("must be an ISO 8601 time such as 2026-12-03T10:00:00Z"));
            c.onSaleMs = t.toMSecsSinceEpoch();
        } else {
            return bad(QStringLiteral("unknown setting (event, prequeue, rate, active, window, onsale)"));
        }
    }
    if (!haveEvent) {
        *error = QStringLiteral("--waiting-room \"%1\": event=ID is required").arg(text);
        return std::nullopt;
    }
    return c;
}

} // namespace BoxOffice::Server
