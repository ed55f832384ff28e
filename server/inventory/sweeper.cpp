#include "inventory/sweeper.h"

#include "core/metrics.h"
#include "db/dbpool.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

namespace BoxOffice::Server {

Q_LOGGING_CATEGORY(lcSweeper, "boxoffice.server.sweeper")

Sweeper::Sweeper(DbPool &pool, Metrics &metrics, int intervalMs, QObject *parent)
    : QObject(parent)
    , m_pool(pool)
    , m_metrics(metrics)
{
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &Sweeper::sweep);
}

void Sweeper::sweep()
{
    if (m_running)
        return;
    m_running = true;
    m_pool.auxWorker()->post([this](QSqlDatabase &db) {
        QSqlQuery q(db);
        int released = 0;
        if (q.exec(QStringLiteral("SELECT bo_sweep(2000)")) && q.next())
            released = q.value(0).toInt();
        else
            qCWarning(lcSweeper) << "sweep failed:" << q.lastError().text();
        QMetaObject::invokeMethod(
            this,
            [this, released] {
                m_running = false;
                m_metrics.sweptSeats += quint64(released);
            },
            Qt::QueuedConnection);
    });
}

} // namespace BoxOffice::Server
