#pragma once

#include <QObject>
#include <QTimer>

namespace BoxOffice::Server {

class DbPool;
class Metrics;

/** Calls bo_sweep() periodically so expired holds show as free on every seat map. */
class Sweeper final : public QObject
{
    Q_OBJECT
public:
    Sweeper(DbPool &pool, Metrics &metrics, int intervalMs, QObject *parent = nullptr);

    void start() { m_timer.start(); }
    void stop() { m_timer.stop(); }

private:
    void sweep();

    DbPool &m_pool;
    Metrics &m_metrics;
    QTimer m_timer;
    bool m_running = false;
};

} // namespace BoxOffice::Server
