#include "inventory/eventcatalog.h"

#include "db/dbpool.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

namespace BoxOffice::Server {

Q_LOGGING_CATEGORY(lcCatalog, "boxoffice.server.catalog")

EventCatalog::EventCatalog(DbPool &pool, QObject *parent)
    : QObject(parent)
    , m_pool(pool)
{}

QHash<qint64, EventInfo> EventCatalog::query(QSqlDatabase &db, bool *ok, QString *error)
{
    QHash<qint64, EventInfo> out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    *ok = q.exec(QStringLiteral("SELECT event_id, venue_id, seat_count, max_seats_per_order, currency "
                                "FROM events"));
    if (!*ok) {
        *error = q.lastError().text();
        return out;
    }
    while (q.next()) {
        EventInfo e;
        e.id = q.value(0).toLongLong();
        e.venueId = q.value(1).toLongLong();
        e.seatCount = q.value(2).toInt();
        e.maxSeatsPerOrder = q.value(3).toInt();
        e.currency = q.value(4).toString();
        out.insert(e.id, e);
    }
    return out;
}

bool EventCatalog::loadNow(QSqlDatabase &db, QString *error)
{
    bool ok = false;
    auto events = query(db, &ok, error);
    if (ok)
        m_events = std::move(events);
    return ok;
}

void EventCatalog::startRefreshing(int intervalMs)
{
    m_refresh.setInterval(intervalMs);
    connect(&m_refresh, &QTimer::timeout, this, [this] {
        if (m_refreshing)
            return;
        m_refreshing = true;
        m_pool.auxWorker()->post([this](QSqlDatabase &db) {
            bool ok = false;
            QString error;
            auto events = query(db, &ok, &error);
            QMetaObject::invokeMethod(
                this,
                [this, ok, error, events = std::move(events)]() mutable {
                    m_refreshing = false;
                    if (!ok) {
                        qCWarning(lcCatalog) << "event catalog refresh failed:" << error;
                        return;
                    }
                    // A seat count that changed: the event moved to another layout version
                    // (normally heard at once through "bo_event_layout"; this catches a
                    // notification lost while the listener reconnected).
                    QList<qint64> moved;
                    for (auto it = events.cbegin(); it != events.cend(); ++it) {
                        const auto known = m_events.constFind(it.key());
                        if (known != m_events.cend() && known->seatCount != it->seatCount)
                            moved.append(it.key());
                    }
                    m_events = std::move(events);
                    for (qint64 event : std::as_const(moved))
                        emit seatCountChanged(event);
                },
                Qt::QueuedConnection);
        });
    });
    m_refresh.start();
}

std::optional<EventInfo> EventCatalog::find(qint64 eventId) const
{
    const auto it = m_events.constFind(eventId);
    if (it == m_events.cend())
        return std::nullopt;
    return *it;
}

void EventCatalog::setSeatCount(qint64 eventId, int seatCount)
{
    // A refresh under way may still bring the old count; the next one corrects it.
    const auto it = m_events.find(eventId);
    if (it != m_events.end())
        it->seatCount = seatCount;
}

} // namespace BoxOffice::Server
