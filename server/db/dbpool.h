#pragma once

#include "db/dbworker.h"

#include <memory>
#include <vector>

namespace BoxOffice::Server {

/** The database workers of a node: some for inventory batches, one for everything else. */
class DbPool
{
public:
    DbPool(const DbConfig &config, int batchWorkers);
    ~DbPool();

    void start();
    void stop();

    int batchWorkerCount() const { return int(m_batch.size()); }
    DbWorker *batchWorker(int i) const { return m_batch.at(size_t(i)).get(); }
    /** Snapshots, listings, sweeps: kept off the batch workers so they never delay a hold. */
    DbWorker *auxWorker() const { return m_aux.get(); }
    /** Check-in at the door: never behind a listing, a layout or a buyer's requests. */
    DbWorker *gateWorker() const { return m_gate.get(); }

private:
    std::vector<std::unique_ptr<DbWorker>> m_batch;
    std::unique_ptr<DbWorker> m_aux;
    std::unique_ptr<DbWorker> m_gate;
};

} // namespace BoxOffice::Server
