#include "inventory/sweeper.h"

#include "core/metrics.h"
#include "db/dbpool.h"

#include <QLoggingCategory>

#include <algorithm>
#include <QSqlError>
#include <QSqlQuery>

namespace BoxOffice::Server {

Q_LOGGING_CATEGORY(lcSweeper, "boxoffice.server.sweeper")

Sweeper::Sweeper(DbPool &pool, Metrics &metrics, int intervalMs, int purgeAfterS, QObject *parent)
    : QObject(parent)
    , m_pool(pool)
    , m_metrics(metrics)
    , m_purgeAfterS(purgeAfterS)
{
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &Sweeper::sweep);
    // A quarter of the purge age, between 250 ms and a minute: leftovers go at most a
    // quarter late, and a long age costs one small query a minute.
    m_purgeTimer.setInterval(int(std::clamp<qint64>(qint64(purgeAfterS) * 250, 250, 60000)));
    connect(&m_purgeTimer, &QTimer::timeout, this, &Sweeper::purge);
}

void Sweeper::purge()
{
    if (m_purging)
        return;
    m_purging = true;
    const int age = m_purgeAfterS;
    m_pool.auxWorker()->post([this, age](QSqlDatabase &db) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT * FROM bo_purge_anonymous(make_interval(secs => ?), 5000)"));
        q.addBindValue(age);
        qint64 orders = 0, customers = 0, holds = 0, sessions = 0;
        if (q.exec() && q.next()) {
            orders = q.value(0).toLongLong();
            customers = q.value(1).toLongLong();
            holds = q.value(2).toLongLong();
            sessions = q.value(3).toLongLong();
        } else {
            qCWarning(lcSweeper) << "purge failed:" << q.lastError().text();
        }
        if (orders + customers + holds + sessions > 0)
            qCInfo(lcSweeper) << "purged" << orders << "orders," << customers << "customers," << holds
                              << "holds," << sessions << "buyer sessions";
        QMetaObject::invokeMethod(
            this, [this] { m_purging = false; }, Qt::QueuedConnection);
    });
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
