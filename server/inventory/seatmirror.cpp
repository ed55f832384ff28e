#include "inventory/seatmirror.h"

#include "core/metrics.h"
#include "db/dbpool.h"
#include "net/clientconnection.h"
#include "net/fanout.h"
#include "protocol/frame.h"

#include <QCborMap>
#include <QLoggingCategory>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace BoxOffice::Server {

Q_LOGGING_CATEGORY(lcMirror, "boxoffice.server.mirror")

using namespace BoxOffice::Shared;

SeatMirror::SeatMirror(DbPool &pool, Metrics &metrics, int tickMs, int fanoutSliceUs, QObject *parent)
    : QObject(parent)
    , m_pool(pool)
    , m_metrics(metrics)
    , m_fanout(new Fanout(fanoutSliceUs, this))
    , m_intervalMs(tickMs)
{
    connect(m_fanout, &Fanout::drained, this, &SeatMirror::fanoutDrained);
    m_metrics.deltaIntervalMs = tickMs;
    m_tick.setSingleShot(true);
    m_tick.setTimerType(Qt::PreciseTimer);
    connect(&m_tick, &QTimer::timeout, this, &SeatMirror::flush);
}

void SeatMirror::subscribe(qint64 eventId, int seatCount, ClientConnection *c)
{
    EventMirror &m = m_events[eventId];
    if (m.seatCount == 0)
        m.seatCount = seatCount;
    if (!m.watchers.contains(c)) {
        m.watchers.insert(c);
        ++m_metrics.watchers;
    }
    if (m.loaded) {
        // The snapshot holds every change of the deltas still queued for c (they were
        // applied to the mirror before being queued): c must not get them after it.
        m_fanout->forget(eventId, c);
        c->send(snapshotFrame(eventId, m));
        ++m_metrics.snapshotsSent;
        return;
    }
    m.awaitingSnapshot.append(c);
    if (!m.loading)
        load(eventId);
}

void SeatMirror::unsubscribe(qint64 eventId, ClientConnection *c)
{
    auto it = m_events.find(eventId);
    if (it != m_events.end() && it->watchers.remove(c)) {
        --m_metrics.watchers;
        m_fanout->forget(eventId, c);
    }
}

void SeatMirror::removeConnection(ClientConnection *c)
{
    m_fanout->forget(c);
    for (auto &m : m_events) {
        if (m.watchers.remove(c))
            --m_metrics.watchers;
    }
}

int SeatMirror::watcherCount() const
{
    int n = 0;
    for (const auto &m : m_events)
        n += int(m.watchers.size());
    return n;
}

std::optional<QByteArray> SeatMirror::states(qint64 eventId) const
{
    const auto it = m_events.constFind(eventId);
    if (it == m_events.cend() || !it->loaded)
        return std::nullopt;
    return it->states;
}

void SeatMirror::whenLoaded(qint64 eventId, int seatCount, std::function<void(bool ok)> cb)
{
    EventMirror &m = m_events[eventId];
    if (m.seatCount == 0)
        m.seatCount = seatCount;
    if (m.loaded) {
        cb(true);
        return;
    }
    m.awaitingLoad.append(std::move(cb));
    if (!m.loading)
        load(eventId);
}

void SeatMirror::load(qint64 eventId)
{
    EventMirror &m = m_events[eventId];
    m.loading = true;
    m.buffered.clear();
    const int seatCount = m.seatCount;
    m_pool.auxWorker()->post([this, eventId, seatCount](QSqlDatabase &db) {
        QByteArray states(seatCount, char(SeatState::Blocked));
        QList<qint64> versions(seatCount, 0);
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT seat_index, state, version FROM event_seats WHERE event_id = ?"));
        q.addBindValue(eventId);
        bool ok = q.exec();
        if (!ok)
            qCWarning(lcMirror) << "loading seats of event" << eventId << "failed:" << q.lastError().text();
        while (ok && q.next()) {
            const int seat = q.value(0).toInt();
            if (seat < 0 || seat >= seatCount)
                continue;
            states[seat] = char(q.value(1).toInt());
            versions[seat] = q.value(2).toLongLong();
        }
        QMetaObject::invokeMethod(
            this,
            [this, eventId, states = std::move(states), versions = std::move(versions), ok]() mutable {
                loaded(eventId, std::move(states), std::move(versions), ok);
            },
            Qt::QueuedConnection);
    });
}

void SeatMirror::loaded(qint64 eventId, QByteArray states, QList<qint64> versions, bool ok)
{
    auto it = m_events.find(eventId);
    if (it == m_events.end())
        return;
    EventMirror &m = *it;
    m.loading = false;
    if (ok && states.size() != m.seatCount) {
        load(eventId); // read before relayout() changed the seat count
        return;
    }
    // Called after the mirror is updated (or has failed): a callback may look at it.
    const auto notify = qScopeGuard([&m, ok] {
        const auto callbacks = std::exchange(m.awaitingLoad, {});
        for (const auto &cb : callbacks)
            cb(ok);
    });
    if (!ok) {
        QTimer::singleShot(1000, this, [this, eventId] {
            auto again = m_events.find(eventId);
            if (again != m_events.end() && !again->loaded && !again->loading)
                load(eventId);
        });
        return;
    }
    m.states = std::move(states);
    m.versions = std::move(versions);
    m.loaded = true;
    m.snapshotFrame.clear();
    const QList<Change> buffered = std::exchange(m.buffered, {});
    for (const Change &c : buffered)
        apply(m, c);
    const auto waiting = std::exchange(m.awaitingSnapshot, {});
    if (waiting.isEmpty())
        return;
    const QByteArray frame = snapshotFrame(eventId, m);
    for (const auto &c : waiting) {
        if (c && m.watchers.contains(c.data())) {
            m_fanout->forget(eventId, c.data()); // as in subscribe()
            c->send(frame);
            ++m_metrics.snapshotsSent;
        }
    }
}

void SeatMirror::reloadAll()
{
    for (auto it = m_events.begin(); it != m_events.end(); ++it) {
        if (it->loading)
            continue;
        // Keep serving the old state until the reload lands; watchers then get a fresh
        // snapshot so they cannot keep a seat they missed a notification for.
        it->loaded = false;
        for (ClientConnection *c : std::as_const(it->watchers))
            it->awaitingSnapshot.append(c);
        load(it.key());
    }
}

void SeatMirror::relayout(qint64 eventId, int seatCount, const QByteArray &layoutFrame)
{
    const auto it = m_events.find(eventId);
    if (it == m_events.end())
        return;
    EventMirror &m = *it;
    m.seatCount = seatCount;
    m.loaded = false;
    m.pending.clear(); // changes of the old seats: the snapshot replaces them
    m.snapshotFrame.clear();
    m.awaitingSnapshot.clear();
    for (ClientConnection *c : std::as_const(m.watchers)) {
        m_fanout->forget(eventId, c); // no delta of the old seats after the new layout
        c->send(layoutFrame);
        m.awaitingSnapshot.append(c);
    }
    if (!m.loading)
        load(eventId); // else loaded() sees the old size and reads again
}

void SeatMirror::apply(EventMirror &m, const Change &c)
{
    if (c.seat < 0 || c.seat >= m.seatCount || c.state < 0 || c.state >= SeatStateCount)
        return;
    if (c.version <= m.versions.at(c.seat))
        return; // older than what we have: an earlier notification or the load saw it
    m.versions[c.seat] = c.version;
    if (m.states.at(c.seat) == char(c.state))
        return;
    m.states[c.seat] = char(c.state);
    m.snapshotFrame.clear();
    m.pending.append(SeatChange{c.seat, SeatState(c.state)});
    if (!m_oldestPending.isValid())
        m_oldestPending.start();
    scheduleFlush();
}

void SeatMirror::scheduleFlush()
{
    if (m_tick.isActive())
        return;
    // At the earliest one interval after the previous flush; at once (the next pass of
    // the loop, which coalesces what arrived together) after a quiet interval.
    const qint64 wait = m_sinceFlush.isValid() ? qint64(m_intervalMs) - m_sinceFlush.elapsed() : 0;
    m_tick.start(int(std::max<qint64>(0, wait)));
}

void SeatMirror::applyNotification(const QString &payload)
{
    ++m_metrics.notifications;
    const qsizetype semi = payload.indexOf(QLatin1Char(';'));
    if (semi <= 0)
        return;
    bool ok = false;
    const qint64 eventId = QStringView(payload).left(semi).toLongLong(&ok);
    if (!ok)
        return;
    auto it = m_events.find(eventId);
    if (it == m_events.end())
        return; // nobody here watches it; a later load reads the database
    EventMirror &m = *it;
    const QStringView body = QStringView(payload).mid(semi + 1);
    for (const QStringView item : body.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto parts = item.split(QLatin1Char(':'));
        if (parts.size() != 3)
            continue;
        const Change c{parts.at(0).toInt(), parts.at(1).toInt(), parts.at(2).toLongLong()};
        if (m.loaded)
            apply(m, c);
        else if (m.loading)
            m.buffered.append(c);
    }
}

QByteArray SeatMirror::snapshotFrame(qint64 eventId, EventMirror &m)
{
    if (m.snapshotFrame.isEmpty()) {
        QCborMap fields;
        fields.insert(Key::Event, eventId);
        fields.insert(Key::SeatCount, m.seatCount);
        fields.insert(Key::States, encodeSnapshotStates(m.states));
        m.snapshotFrame = encodePush(MessageType::Snapshot, fields);
    }
    return m.snapshotFrame;
}

QPair<QByteArray, QByteArray> SeatMirror::deltaFrames(qint64 eventId, const QList<SeatChange> &changes)
{
    QCborMap fields;
    fields.insert(Key::Event, eventId);
    fields.insert(Key::Changes, encodeDelta(changes));
    QByteArray frame = encodePush(MessageType::Delta, fields);
    QByteArray wire = ClientConnection::wireFrame(frame); // once for all watchers
    return {std::move(frame), std::move(wire)};
}

void SeatMirror::flush()
{
    QElapsedTimer cost;
    cost.start();
    m_sinceFlush.start();
    if (m_oldestPending.isValid()) {
        m_trace.waitNs += m_oldestPending.nsecsElapsed();
        m_trace.maxWaitNs = std::max(m_trace.maxWaitNs, m_oldestPending.nsecsElapsed());
        m_oldestPending.invalidate();
    }
    ++m_trace.flushes;
    for (auto it = m_events.begin(); it != m_events.end(); ++it) {
        EventMirror &m = *it;
        if (m.pending.isEmpty())
            continue;
        const QList<SeatChange> changes = std::exchange(m.pending, {});
        // The log keeps the changes that deltas still queued cover (from their tag on).
        const qint64 oldest = m_fanout->oldestTag(it.key());
        if (oldest < 0) {
            m.logStart += m.log.size();
            m.log.clear();
        } else if (oldest > m.logStart) {
            m.log.remove(0, oldest - m.logStart);
            m.logStart = oldest;
        }
        if (m.watchers.isEmpty() && oldest < 0)
            continue;
        const qint64 tag = m.logStart + m.log.size();
        m.log.append(changes);
        // Watchers a queued delta has not reached yet get these changes with it, in one
        // frame; only the others (reached already, or not in any delta) need a new one.
        // Each watcher is thus in at most one queued delta of the event, and a change
        // reaches every watcher within one pass over them.
        // Except where that would hide a state from them: a queued delta that already
        // carries a change of a seat changed again now keeps its frame (frozen), and its
        // watchers get these changes in a delta of their own after it. So a watcher sees
        // every state that lasted past one flush, however long a pass takes.
        QSet<ClientConnection *> queued;
        if (oldest >= 0) {
            qint64 lastConflict = -1; // the latest change in the log of a seat changed again now
            QSet<int> seats;
            for (const SeatChange &c : changes)
                seats.insert(c.seat);
            for (qsizetype i = 0; i < tag - m.logStart; ++i) {
                if (seats.contains(m.log.at(i).seat))
                    lastConflict = m.logStart + i;
            }
            m_fanout->reframe(
                it.key(),
                [&](qint64 from) -> std::optional<QPair<QByteArray, QByteArray>> {
                    if (from <= lastConflict) {
                        ++m_metrics.deltaFreezes;
                        return std::nullopt;
                    }
                    return deltaFrames(it.key(), m.log.mid(from - m.logStart));
                },
                &queued);
        }
        // No watcher can be ahead of this: while a mirror loads, changes are only buffered.
        // sendShared() may drop a slow consumer, which only leaves the set later (closed()).
        std::vector<ClientConnection *> targets;
        targets.reserve(std::size_t(m.watchers.size() - queued.size()));
        for (ClientConnection *c : std::as_const(m.watchers)) {
            if (queued.isEmpty() || !queued.contains(c))
                targets.push_back(c);
        }
        m_trace.merged += queued.size();
        m_metrics.deltaMerges += quint64(queued.size());
        m_metrics.deltasSent += quint64(targets.size());
        if (!targets.empty()) {
            auto [frame, wire] = deltaFrames(it.key(), changes);
            m_fanout->push(it.key(), tag, std::move(frame), std::move(wire), std::move(targets));
        }
    }
    m_trace.busyNs += cost.nsecsElapsed();
    traceFlush();
}

void SeatMirror::fanoutDrained()
{
    ++m_trace.passes;
}

void SeatMirror::traceFlush()
{
    // QT_LOGGING_RULES="boxoffice.server.mirror.debug=true": where a delta's time goes.
    if (!lcMirror().isDebugEnabled()) {
        m_fanout->takeSendNs();
        return;
    }
    m_trace.busyNs += m_fanout->takeSendNs();
    if (!m_trace.since.isValid())
        m_trace.since.start();
    const qint64 wallMs = m_trace.since.elapsed();
    if (wallMs < 2000)
        return;
    const double n = double(m_trace.flushes);
    qCDebug(lcMirror).nospace() << "flushes " << m_trace.flushes << " in " << wallMs
                                << " ms; per flush: oldest change waited " << m_trace.waitNs / n / 1e6
                                << " ms (max " << m_trace.maxWaitNs / 1e6 << "), watchers still queued "
                                << double(m_trace.merged) / n << "; fan-out passes ended " << m_trace.passes
                                << "; encoding and sending took " << m_trace.busyNs / 1e4 / double(wallMs)
                                << " % of this thread; send backlog " << m_fanout->backlog();
    m_trace = {};
}

} // namespace BoxOffice::Server
