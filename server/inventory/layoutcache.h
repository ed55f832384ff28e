#pragma once

#include "protocol/errors.h"
#include "seatmap/bestavailable.h"
#include "seatmap/seatlayout.h"

#include <QCborMap>
#include <QHash>
#include <QList>
#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QSqlDatabase;

namespace BoxOffice::Server {

class DbPool;

/**
 * The rows of one published layout version (016_layout_versions.sql), which never change:
 * read once per version and shared by its events, whose prices and names are their own.
 */
struct LayoutVersionRows
{
    qint64 layoutId = 0;
    float stageX = 0;
    float stageY = 0;
    QList<Shared::EventLayout::Section> sections;
    QList<Shared::EventLayout::Category> categories; // priceMinor 0 here
    QStringList rowLabels;
    QList<Shared::EventLayout::Seat> seats;
    QList<Shared::EventLayout::StandingArea> standing;
};

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
 * An event's layout is that of the published layout version it pins, which never changes
 * (016_layout_versions.sql): the version's rows are kept by layout id, read once for all its
 * events, and editing and publishing a venue needs no restart and no invalidation. Only
 * moving the event to another version (MoveEventLayout) drops the event's entry.
 * A change of an event's prices still needs a restart (no event editor exists yet).
 * Lives on the socket thread.
 */
class LayoutCache final : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(std::shared_ptr<const CachedLayout> layout, Shared::ErrorCode error)>;

    explicit LayoutCache(DbPool &pool, QObject *parent = nullptr);

    /**
     * Drops the event's layout: MoveEventLayout pinned it to another version (every node
     * hears of it through "bo_event_layout", see LayoutMoves). A load under way when this is
     * called is read again, so what it hands out is never of the old version.
     */
    void forget(qint64 eventId)
    {
        m_layouts.remove(eventId);
        ++m_generation[eventId];
    }

    /** The event's layout if it is cached, else nullptr. */
    std::shared_ptr<const CachedLayout> find(qint64 eventId) const { return m_layouts.value(eventId); }

    /**
     * Calls cb on this thread with the event's layout: at once if cached, otherwise after one
     * load however many ask meanwhile. On failure cb gets nullptr and UnknownEvent (no such
     * event in the database) or Internal (logged; nothing is cached, the next call tries again).
     */
    void get(qint64 eventId, Callback cb);

    using VersionMap = QHash<qint64, std::shared_ptr<const LayoutVersionRows>>;

    /**
     * Reads one event's layout with bound parameters, its version's rows from `known` if
     * there (else read, and handed back in *version); nullopt and *code on failure.
     */
    static std::optional<Shared::EventLayout> query(QSqlDatabase &db, qint64 eventId, const VersionMap &known,
                                                    std::shared_ptr<const LayoutVersionRows> *version,
                                                    Shared::ErrorCode *code, QString *error);

private:
    void load(qint64 eventId);
    void loaded(qint64 eventId, std::shared_ptr<const CachedLayout> layout, Shared::ErrorCode code);

    DbPool &m_pool;
    QHash<qint64, std::shared_ptr<const CachedLayout>> m_layouts; // by event
    VersionMap m_versions;                                        // by layout version
    QHash<qint64, QList<Callback>> m_waiting;
    QHash<qint64, quint64> m_generation; // by event: bumped by forget()
};

} // namespace BoxOffice::Server
