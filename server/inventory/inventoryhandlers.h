#pragma once

#include <QObject>

namespace BoxOffice::Server {

class Batcher;
class ClientConnection;
class DbPool;
class Dispatcher;
class EventCatalog;
class Metrics;
class SeatMirror;

/**
 * The inventory messages: ListEvents, Subscribe, Unsubscribe, Hold, Release, Extend,
 * Confirm. Validates on the socket thread (cheap refusals never reach the database), then
 * hands state changes to the Batcher.
 */
class InventoryHandlers final : public QObject
{
    Q_OBJECT
public:
    InventoryHandlers(Dispatcher &dispatcher, Batcher &batcher, SeatMirror &mirror, EventCatalog &catalog,
                      DbPool &pool, Metrics &metrics, QObject *parent = nullptr);

private:
    Batcher &m_batcher;
    SeatMirror &m_mirror;
    EventCatalog &m_catalog;
    DbPool &m_pool;
    Metrics &m_metrics;
};

} // namespace BoxOffice::Server
