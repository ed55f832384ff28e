#pragma once

#include "inventory/inventoryrequest.h"

#include <QElapsedTimer>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QSqlDatabase>

#include <deque>

namespace BoxOffice::Server {

class DbPool;
class Metrics;

/**
 * Group commit. Requests queue on the socket thread; whenever a batch worker is idle it
 * takes everything waiting (up to maxBatch) and runs it as one call of bo_apply_batch: one
 * round trip, one commit. Under light load a request goes out at once; under heavy load the
 * batches grow by themselves while the workers are busy, so no timer adds latency.
 *
 * A worker that finishes a batch takes the next one itself, under the queue's mutex,
 * before handing the results to the socket thread: the database never waits for the
 * socket thread to get round to dispatching.
 */
class Batcher final : public QObject
{
    Q_OBJECT
public:
    Batcher(DbPool &pool, Metrics &metrics, int maxBatch, int maxQueue, QObject *parent = nullptr);

    /** Queues a request; cb runs on this thread with the outcome. False if the queue is full. */
    bool submit(InventoryRequest request, InventoryCallback cb);

    /** True while requests are queued, in flight or not yet answered. */
    bool busy() const { return m_outstanding > 0; }

signals:
    void drained();

private:
    struct Pending
    {
        InventoryRequest request;
        InventoryCallback callback;
        QElapsedTimer since;
    };

    /** With m_mutex held: the next batch, disjoint in seats and holds; may be empty. */
    std::vector<Pending> takeBatchLocked();
    /** On worker w's thread: runs batches until the queue is empty. */
    void workerLoop(int w, QSqlDatabase &db);
    /** On the socket thread: metrics and replies. */
    void finish(std::vector<Pending> batch, QList<InventoryResult> results, bool ok, qint64 dbNanos);

    DbPool &m_pool;
    Metrics &m_metrics;
    int m_maxBatch;
    int m_maxQueue;
    QMutex m_mutex; // guards m_queue and m_idle, shared with the worker threads
    std::deque<Pending> m_queue;
    QList<bool> m_idle;
    qint64 m_outstanding = 0; // socket thread only: submitted and not yet answered
};

} // namespace BoxOffice::Server
