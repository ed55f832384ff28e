#pragma once

#include <QObject>
#include <QTimer>

namespace BoxOffice::Server {

class DbPool;
class Metrics;

/**
 * Calls bo_sweep() periodically so expired holds show as free on every seat map, and
 * bo_purge_anonymous() (012) so that cancelled and abandoned orders, their customer rows,
 * swept holds and ended buyer sessions are deleted purgeAfterS after they ended.
 */
class Sweeper final : public QObject
{
    Q_OBJECT
public:
    Sweeper(DbPool &pool, Metrics &metrics, int intervalMs, int purgeAfterS, QObject *parent = nullptr);

    void start()
    {
        m_timer.start();
        m_purgeTimer.start();
    }
    void stop()
    {
        m_timer.stop();
        m_purgeTimer.stop();
    }

private:
    void sweep();
    void purge();

    DbPool &m_pool;
    Metrics &m_metrics;
    QTimer m_timer;
    bool m_running = false;
    int m_purgeAfterS;
    QTimer m_purgeTimer;
    bool m_purging = false;
};

} // namespace BoxOffice::Server
