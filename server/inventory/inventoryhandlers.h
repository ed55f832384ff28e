#pragma once

#include "inventory/inventoryrequest.h"
#include "protocol/messages.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace BoxOffice::Server {

class Batcher;
class ClientConnection;
class DbPool;
class Dispatcher;
class EventCatalog;
class LayoutCache;
class Metrics;
class RateLimits;
class SeatMirror;

/**
 * The inventory messages: ListEvents, Subscribe, Unsubscribe, GetLayout, Hold, BestAvailable,
 * Release, Extend (Confirm is retired: the dispatcher answers it). Validates on the socket thread (cheap
 * refusals never reach the database), then hands state changes to the Batcher.
 */
class InventoryHandlers final : public QObject
{
    Q_OBJECT
public:
    InventoryHandlers(Dispatcher &dispatcher, Batcher &batcher, SeatMirror &mirror, EventCatalog &catalog,
                      LayoutCache &layouts, DbPool &pool, Metrics &metrics, int staffHoldLimit,
                      RateLimits &rateLimits, QObject *parent = nullptr);

private:
    struct BestAvailableJob;
    /** Chooses from the mirror and holds through the Batcher; retries a stale choice. */
    void bestAvailableAttempt(const std::shared_ptr<BestAvailableJob> &job);
    /** Holds what an attempt chose; a seat found taken means choosing again without it. */
    void holdChosen(const std::shared_ptr<BestAvailableJob> &job, const QList<int> &seats);
    /** A Release or Extend refused as HoldExpired: answered as UnknownHold unless the hold is ours. */
    void answerExpired(QPointer<ClientConnection> conn, Shared::MessageType type, qint64 id, qint64 eventId,
                       qint64 holdId, const QString &owner, const InventoryResult &r);

    Batcher &m_batcher;
    SeatMirror &m_mirror;
    EventCatalog &m_catalog;
    LayoutCache &m_layouts;
    DbPool &m_pool;
    Metrics &m_metrics;
    int m_staffHoldLimit;
    RateLimits &m_rateLimits;
};

} // namespace BoxOffice::Server
