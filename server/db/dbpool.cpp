#include "db/dbpool.h"

namespace BoxOffice::Server {

DbPool::DbPool(const DbConfig &config, int batchWorkers)
{
    for (int i = 0; i < batchWorkers; ++i)
        m_batch.push_back(std::make_unique<DbWorker>(config, QStringLiteral("batch-%1").arg(i)));
    m_aux = std::make_unique<DbWorker>(config, QStringLiteral("aux"));
    m_gate = std::make_unique<DbWorker>(config, QStringLiteral("gate"));
}

DbPool::~DbPool()
{
    stop();
}

void DbPool::start()
{
    for (auto &w : m_batch)
        w->start();
    m_aux->start();
    m_gate->start();
}

void DbPool::stop()
{
    for (auto &w : m_batch)
        w->stop();
    m_aux->stop();
    m_gate->stop();
}

} // namespace BoxOffice::Server
