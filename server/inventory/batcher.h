#pragma once

#include "inventory/inventoryrequest.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>

#include <deque>

namespace BoxOffice::Server {

class DbPool;
class Metrics;

/**
 * Group commit. Requests queue on the socket thread; whenever a batch worker is idle it
 * takes everything waiting (up to maxBatch) and runs it as one call of bo_apply_batch: one
 * round trip, one commit. Under light load a request goes out at once; under heavy load the
 * batches grow by themselves while the workers are busy, so no timer adds latency.
 */
class Batcher final : public QObject
{
    Q_OBJECT
public:
    Batcher(DbPool &pool, Metrics &metrics, int maxBatch, int maxQueue, QObject *parent = nullptr);

    /** Queues a request; cb runs on this thread with the outcome. False if the queue is full. */
    bool submit(InventoryRequest request, InventoryCallback cb);

    /** True while requests are queued or in flight. */
    bool busy() const { return !m_queue.empty() || m_inFlight > 0; }

signals:
    void drained();

private:
    struct Pending
    {
        InventoryRequest request;
        InventoryCallback callback;
        QElapsedTimer since;
    };

    void dispatch();
    void runOn(int worker, std::vector<Pending> batch);
    void finish(int worker, std::vector<Pending> batch, QList<InventoryResult> results, bool ok,
                qint64 dbNanos);

    DbPool &m_pool;
    Metrics &m_metrics;
    int m_maxBatch;
    int m_maxQueue;
    std::deque<Pending> m_queue;
    QList<bool> m_idle;
    int m_inFlight = 0;
};

} // namespace BoxOffice::Server
