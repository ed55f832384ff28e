#include "inventory/batcher.h"

#include "core/metrics.h"
#include "db/dbpool.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSet>
#include <QSqlQuery>

#include <memory>

namespace BoxOffice::Server {

Q_LOGGING_CATEGORY(lcBatcher, "boxoffice.server.batcher")

using Shared::ErrorCode;

namespace {

// PostgreSQL array literals of integers we produced ourselves; they travel as bound
// parameters, never spliced into SQL text.
template <typename Container> QString intArrayLiteral(const Container &values)
{
    QString out;
    out.reserve(values.size() * 7 + 2);
    out += QLatin1Char('{');
    bool first = true;
    for (const auto v : values) {
        if (!first)
            out += QLatin1Char(',');
        first = false;
        out += QString::number(v);
    }
    out += QLatin1Char('}');
    return out;
}

// A PostgreSQL text-array literal; an empty string becomes NULL when nullIfEmpty is set.
// Every element is quoted and escaped, whatever it holds (audit entries carry user names).
QString textArrayLiteral(const QStringList &values, bool nullIfEmpty = false)
{
    QString out = QStringLiteral("{");
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i)
            out += QLatin1Char(',');
        QString v = values.at(i);
        if (nullIfEmpty && v.isEmpty()) {
            out += QStringLiteral("NULL");
            continue;
        }
        v.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('"'), QStringLiteral("\\\""));
        out += QLatin1Char('"') + v + QLatin1Char('"');
    }
    out += QLatin1Char('}');
    return out;
}

// Hold caps: 0 (the event's own limit) travels as NULL.
QString capArrayLiteral(const QList<int> &caps)
{
    QString out = QStringLiteral("{");
    for (qsizetype i = 0; i < caps.size(); ++i) {
        if (i)
            out += QLatin1Char(',');
        out += caps.at(i) > 0 ? QString::number(caps.at(i)) : QStringLiteral("NULL");
    }
    out += QLatin1Char('}');
    return out;
}

QList<int> parseIntArray(const QString &text)
{
    QList<int> out;
    if (text.size() < 2)
        return out;
    const auto parts = QStringView(text).mid(1, text.size() - 2).split(QLatin1Char(','), Qt::SkipEmptyParts);
    out.reserve(parts.size());
    for (const auto &p : parts)
        out.append(p.toInt());
    return out;
}

bool retryable(const QSqlError &e)
{
    const QString state = e.nativeErrorCode();
    return state == QLatin1String("40P01") || state == QLatin1String("40001");
}

const QString BatchSql =
    QStringLiteral("SELECT r_idx, r_code, r_hold, (extract(epoch FROM r_expires) * 1000)::bigint,"
                   " (extract(epoch FROM r_max_expires) * 1000)::bigint, r_sale, r_total, r_count, r_seats,"
                   " r_limit, r_held"
                   " FROM bo_apply_batch(CAST(? AS smallint[]), CAST(? AS bigint[]), CAST(? AS bigint[]),"
                   " CAST(? AS text[]), CAST(? AS integer[]), CAST(? AS integer[]), CAST(? AS jsonb[]),"
                   " CAST(? AS integer[]))");

} // namespace

Batcher::Batcher(DbPool &pool, Metrics &metrics, int maxBatch, int maxQueue, QObject *parent)
    : QObject(parent)
    , m_pool(pool)
    , m_metrics(metrics)
    , m_maxBatch(maxBatch)
    , m_maxQueue(maxQueue)
    , m_idle(pool.batchWorkerCount(), true)
{}

bool Batcher::submit(InventoryRequest request, InventoryCallback cb)
{
    Pending p{std::move(request), std::move(cb), {}};
    p.since.start();
    int wake = -1;
    {
        QMutexLocker lock(&m_mutex);
        if (qsizetype(m_queue.size()) >= m_maxQueue)
            return false;
        m_queue.push_back(std::move(p));
        m_metrics.queueDepth = qint64(m_queue.size());
        for (int w = 0; w < m_idle.size(); ++w) {
            if (m_idle.at(w)) {
                m_idle[w] = false;
                wake = w;
                break;
            }
        }
    }
    ++m_outstanding;
    if (wake >= 0)
        m_pool.batchWorker(wake)->post([this, wake](QSqlDatabase &db) { workerLoop(wake, db); });
    return true;
}

std::vector<Batcher::Pending> Batcher::takeBatchLocked()
{
    // Hold requests in one batch must ask for disjoint seats, and a hold may appear
    // once: the database then decides each exactly as if it ran alone. A request that
    // overlaps an earlier one waits for the next batch, keeping its place in line.
    std::vector<Pending> batch;
    std::deque<Pending> deferred;
    QSet<quint64> seats;
    QSet<quint64> holds;
    const size_t scanLimit = size_t(m_maxBatch) * 4;
    size_t scanned = 0;
    while (!m_queue.empty() && batch.size() < size_t(m_maxBatch) && scanned < scanLimit) {
        Pending p = std::move(m_queue.front());
        m_queue.pop_front();
        ++scanned;
        bool clash = false;
        if (p.request.op == InventoryOp::Hold) {
            const quint64 base = quint64(p.request.eventId) << 32;
            for (int seat : std::as_const(p.request.seats))
                clash = clash || seats.contains(base | quint32(seat));
            if (!clash) {
                for (int seat : std::as_const(p.request.seats))
                    seats.insert(base | quint32(seat));
            }
        } else {
            const quint64 key = quint64(p.request.holdId);
            clash = holds.contains(key);
            holds.insert(key);
        }
        if (clash)
            deferred.push_back(std::move(p));
        else
            batch.push_back(std::move(p));
    }
    while (!deferred.empty()) {
        m_queue.push_front(std::move(deferred.back()));
        deferred.pop_back();
    }
    return batch;
}

void Batcher::workerLoop(int worker, QSqlDatabase &db)
{
    DbWorker *dbWorker = m_pool.batchWorker(worker);
    for (;;) {
        std::vector<Pending> batch;
        {
            QMutexLocker lock(&m_mutex);
            batch = takeBatchLocked();
            if (batch.empty()) {
                m_idle[worker] = true;
                return;
            }
        }

        QList<qint16> ops;
        QList<qint64> events, holds;
        QStringList owners, audits;
        QList<int> counts, seats, caps;
        ops.reserve(qsizetype(batch.size()));
        for (const Pending &p : batch) {
            ops.append(qint16(p.request.op));
            events.append(p.request.eventId);
            holds.append(p.request.holdId);
            owners.append(p.request.owner);
            audits.append(p.request.audit);
            counts.append(int(p.request.seats.size()));
            caps.append(p.request.cap);
            seats.append(p.request.seats);
        }
        const QString a0 = intArrayLiteral(ops), a1 = intArrayLiteral(events), a2 = intArrayLiteral(holds),
                      a3 = textArrayLiteral(owners), a4 = intArrayLiteral(counts),
                      a5 = intArrayLiteral(seats), a6 = textArrayLiteral(audits, true),
                      a7 = capArrayLiteral(caps);
        const qsizetype n = qsizetype(batch.size());

        auto shared = std::make_shared<std::vector<Pending>>(std::move(batch));
        {
            QElapsedTimer timer;
            timer.start();
            QList<InventoryResult> results(n);
            bool ok = false;
            for (int attempt = 0; attempt < 3 && !ok; ++attempt) {
                QSqlQuery *q = db.isOpen() ? dbWorker->prepared(BatchSql) : nullptr;
                if (!q)
                    break;
                q->addBindValue(a0);
                q->addBindValue(a1);
                q->addBindValue(a2);
                q->addBindValue(a3);
                q->addBindValue(a4);
                q->addBindValue(a5);
                q->addBindValue(a6);
                q->addBindValue(a7);
                if (!q->exec()) {
                    const QSqlError e = q->lastError();
                    qCWarning(lcBatcher) << "batch failed, attempt" << attempt + 1 << ":" << e.text();
                    if (!retryable(e)) {
                        // A broken connection leaves the outcome unknown: never replay it. Reopen
                        // for the next batch; these requests get Internal.
                        dbWorker->reconnect();
                        break;
                    }
                    continue;
                }
                int filled = 0;
                while (q->next()) {
                    const int idx = q->value(0).toInt() - 1;
                    if (idx < 0 || idx >= n)
                        continue;
                    InventoryResult &r = results[idx];
                    r.code = ErrorCode(q->value(1).toInt());
                    r.holdId = q->value(2).toLongLong();
                    r.expiresMs = q->value(3).toLongLong();
                    r.maxExpiresMs = q->value(4).toLongLong();
                    r.saleId = q->value(5).toLongLong();
                    r.totalMinor = q->value(6).toLongLong();
                    r.count = q->value(7).toInt();
                    if (!q->isNull(8))
                        r.seats = parseIntArray(q->value(8).toString());
                    r.limit = q->value(9).toInt();
                    r.held = q->value(10).toInt();
                    ++filled;
                }
                q->finish();
                ok = filled == n;
                if (!ok) {
                    qCWarning(lcBatcher) << "batch returned" << filled << "results for" << n << "requests";
                    break;
                }
            }
            const qint64 nanos = timer.nsecsElapsed();
            QMetaObject::invokeMethod(
                this,
                [this, shared, results = std::move(results), ok, nanos]() mutable {
                    finish(std::move(*shared), std::move(results), ok, nanos);
                },
                Qt::QueuedConnection);
        }
    }
}

void Batcher::finish(std::vector<Pending> batch, QList<InventoryResult> results, bool ok, qint64 dbNanos)
{
    m_outstanding -= qint64(batch.size());
    {
        QMutexLocker lock(&m_mutex);
        m_metrics.queueDepth = qint64(m_queue.size());
    }
    ++m_metrics.batches;
    m_metrics.batchSize.observe(double(batch.size()));
    m_metrics.dbLatencySeconds.observe(double(dbNanos) / 1e9);
    if (!ok)
        ++m_metrics.batchFailures;
    for (size_t i = 0; i < batch.size(); ++i) {
        InventoryResult r = ok ? results.at(qsizetype(i)) : InventoryResult{};
        if (!ok)
            r.code = ErrorCode::Internal;
        m_metrics.requestLatencySeconds.observe(double(batch[i].since.nsecsElapsed()) / 1e9);
        batch[i].callback(r);
    }
    if (!busy())
        emit drained();
}

} // namespace BoxOffice::Server
