#include "inventory/eventlisting.h"

#include "core/metrics.h"
#include "db/dbpool.h"
#include "db/transactionguard.h"
#include "net/clientconnection.h"
#include "net/dispatcher.h"

#include <QCborArray>
#include <QHash>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace BoxOffice::Server {

Q_LOGGING_CATEGORY(lcListing, "boxoffice.server.listing")

using namespace BoxOffice::Shared;

EventListing::EventListing(Dispatcher &d, DbPool &pool, Metrics &metrics, QObject *parent)
    : QObject(parent)
    , m_pool(pool)
    , m_metrics(metrics)
{
    d.on(MessageType::ListEvents, [this](ClientConnection &c, const Frame &f) {
        m_next.append(Asker{QPointer<ClientConnection>(&c), f.type, f.id});
        if (!m_reading)
            startRead();
    });
}

void EventListing::startRead()
{
    // Askers that have gone get nothing, and cost nothing.
    m_next.erase(std::remove_if(m_next.begin(), m_next.end(), [](const Asker &a) { return !a.conn; }),
                 m_next.end());
    if (m_next.isEmpty())
        return;
    QList<Asker> askers;
    askers.swap(m_next);
    m_reading = true;
    ++m_metrics.listEventsReads;
    m_pool.auxWorker()->post([this, askers](QSqlDatabase &db) {
        // Both statements read one snapshot (and one now()), so an event's counts and its
        // categories' counts always agree. They read the database, not the mirror: a client
        // that lists events right after its hold sees that hold, which the mirror (fed by
        // notifications a few milliseconds later) could not promise.
        TransactionGuard tx(db);
        QSqlQuery q(db);
        q.setForwardOnly(true);
        bool ok = tx.begun() &&
                  q.exec(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")) &&
                  q.exec(QStringLiteral(
                      "SELECT e.event_id, e.name, v.name, (extract(epoch FROM e.starts_at) * 1000)::bigint,"
                      " e.seat_count, e.max_seats_per_order, e.currency,"
                      " count(*) FILTER (WHERE s.state = 0 OR (s.state = 1 AND s.hold_expires < now())),"
                      " count(*) FILTER (WHERE s.state = 1 AND s.hold_expires >= now()),"
                      " count(*) FILTER (WHERE s.state = 2), count(*) FILTER (WHERE s.state = 3)"
                      " FROM events e JOIN venues v ON v.venue_id = e.venue_id"
                      " JOIN event_seats s ON s.event_id = e.event_id"
                      " GROUP BY e.event_id, v.name ORDER BY e.starts_at, e.event_id"));
        QCborArray events;
        QHash<qint64, int> index;
        while (ok && q.next()) {
            QCborMap e;
            e.insert(Key::Id, q.value(0).toLongLong());
            e.insert(Key::Name, q.value(1).toString());
            e.insert(Key::Venue, q.value(2).toString());
            e.insert(Key::Starts, q.value(3).toLongLong());
            e.insert(Key::SeatCount, q.value(4).toInt());
            e.insert(Key::MaxSeats, q.value(5).toInt());
            e.insert(Key::Currency, q.value(6).toString());
            e.insert(Key::Available, q.value(7).toLongLong());
            e.insert(Key::Held, q.value(8).toLongLong());
            e.insert(Key::Sold, q.value(9).toLongLong());
            e.insert(Key::Blocked, q.value(10).toLongLong());
            index.insert(q.value(0).toLongLong(), int(events.size()));
            events.append(e);
        }
        QSqlQuery cats(db);
        cats.setForwardOnly(true);
        ok = ok &&
             cats.exec(QStringLiteral(
                 "SELECT p.event_id, p.category_id, c.name, p.price_minor,"
                 " count(*) FILTER (WHERE s.state = 0 OR (s.state = 1 AND s.hold_expires < now()))"
                 " FROM event_prices p JOIN events e ON e.event_id = p.event_id"
                 " JOIN price_categories c ON c.layout_id = e.layout_id AND c.category_id = p.category_id"
                 " JOIN seats st ON st.layout_id = e.layout_id AND st.category_id = p.category_id"
                 " JOIN event_seats s ON s.event_id = e.event_id AND s.seat_index = st.seat_index"
                 " GROUP BY p.event_id, p.category_id, c.name, p.price_minor"
                 " ORDER BY p.event_id, p.category_id"));
        QHash<qint64, QCborArray> categories;
        while (ok && cats.next()) {
            QCborMap cm;
            cm.insert(Key::Id, cats.value(1).toInt());
            cm.insert(Key::Name, cats.value(2).toString());
            cm.insert(Key::Price, cats.value(3).toLongLong());
            cm.insert(Key::Available, cats.value(4).toLongLong());
            categories[cats.value(0).toLongLong()].append(cm);
        }
        for (auto it = categories.cbegin(); it != categories.cend(); ++it) {
            const int i = index.value(it.key(), -1);
            if (i < 0)
                continue;
            QCborMap e = events.at(i).toMap();
            e.insert(Key::Categories, it.value());
            events[i] = e;
        }
        ok = ok && tx.commit();
        const QString error = ok ? QString()
                                 : (q.lastError().isValid()      ? q.lastError().text()
                                    : cats.lastError().isValid() ? cats.lastError().text()
                                                                 : db.lastError().text());
        QMetaObject::invokeMethod(
            this,
            [this, askers, ok, error, events] {
                m_reading = false;
                if (!ok)
                    qCWarning(lcListing) << "listing events failed:" << error;
                QCborMap r;
                r.insert(Key::Events, events);
                for (const Asker &a : askers) {
                    if (!a.conn)
                        continue;
                    if (ok)
                        a.conn->sendResult(a.type, a.id, r);
                    else
                        a.conn->sendError(a.type, a.id, ErrorCode::Internal,
                                          QStringLiteral("the server could not complete the request; "
                                                         "nothing was changed"));
                }
                startRead();
            },
            Qt::QueuedConnection);
    });
}

} // namespace BoxOffice::Server
