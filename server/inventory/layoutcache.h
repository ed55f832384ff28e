#pragma once

#include "protocol/errors.h"
#include "seatmap/bestavailable.h"
#include "seatmap/seatlayout.h"

#include <QCborMap>
#include <QHash>
#include <QList>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>

class QSqlDatabase;

namespace BoxOffice::Server {

class DbPool;

/** One event's layout, built once: the struct, its GetLayout result and its best-available rows. */
struct CachedLayout
{
    Shared::EventLayout layout;
    QCborMap encoded;
    Shared::BestAvailableIndex index;
};

/**
 * The layouts of events, read from the database on the aux worker the first time an event's
 * layout is asked for, then kept in memory for the life of the process: GetLayout of a
 * 50,000-seat stadium is then a copy of a cached map, and best available never queries.
 *
 * Layouts do not change while the server runs (there is no designer yet). An edit of a
 * venue's seats, sections, categories or an event's prices needs a server restart until the
 * designer issue adds invalidation (a NOTIFY that drops the event's entry here).
 * Lives on the socket thread.
 */
class LayoutCache final : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(std::shared_ptr<const CachedLayout> layout, Shared::ErrorCode error)>;

    explicit LayoutCache(DbPool &pool, QObject *parent = nullptr);

    /** The event's layout if it is cached, else nullptr. */
    std::shared_ptr<const CachedLayout> find(qint64 eventId) const { return m_layouts.value(eventId); }

    /**
     * Calls cb on this thread with the event's layout: at once if cached, otherwise after one
     * load however many ask meanwhile. On failure cb gets nullptr and UnknownEvent (no such
     * event in the database) or Internal (logged; nothing is cached, the next call tries again).
     */
    void get(qint64 eventId, Callback cb);

    /** Reads one event's layout with bound parameters; nullopt and *code on failure. */
    static std::optional<Shared::EventLayout> query(QSqlDatabase &db, qint64 eventId, Shared::ErrorCode *code,
                                                    QString *error);

private:
    void loaded(qint64 eventId, std::shared_ptr<const CachedLayout> layout, Shared::ErrorCode code);

    DbPool &m_pool;
    QHash<qint64, std::shared_ptr<const CachedLayout>> m_layouts;
    QHash<qint64, QList<Callback>> m_waiting;
};

} // namespace BoxOffice::Server
