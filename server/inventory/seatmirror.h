#pragma once

#include "seatmap/seatcodec.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <functional>
#include <optional>

namespace BoxOffice::Server {

class ClientConnection;
class DbPool;
class Fanout;
class Metrics;

/**
 * The in-memory copy of the seat states of every event this node's clients watch. Loaded
 * once per event from the database, then fed only by the database's notifications (a
 * seat's version only moves forward), so every node shows what PostgreSQL decided, in
 * commit order. Changes are coalesced per tick and sent as one Delta per event: encoded
 * once, sent to every watcher.
 *
 * The tick is a minimum interval between two flushes, not a fixed delay: a change after
 * a quiet interval goes out on the next pass of the event loop; changes during the
 * interval wait for its end. The interval is the configured tick, grown with the
 * fan-out's cost so that sending takes at most about half of the thread's time
 * (deltaIntervalMs()), at most MaxIntervalMs: with many watchers frames per second stay
 * bounded, with few the latency stays at one tick. The sending itself goes through a
 * Fanout, in slices with the event loop running between them, so that requests and
 * notifications are not held up by a delta to tens of thousands of watchers; the next
 * flush waits until the previous delta has reached every watcher.
 */
class SeatMirror final : public QObject
{
    Q_OBJECT
public:
    SeatMirror(DbPool &pool, Metrics &metrics, int tickMs, QObject *parent = nullptr);

    /** Sends c a snapshot of the event (once loaded) and from then on its deltas. */
    void subscribe(qint64 eventId, int seatCount, ClientConnection *c);
    void unsubscribe(qint64 eventId, ClientConnection *c);
    void removeConnection(ClientConnection *c);

    /** A "bo_seats" notification: "event;seat:state:version,...". */
    void applyNotification(const QString &payload);
    /** Notifications may have been lost (listener reconnected): reload every mirror. */
    void reloadAll();
    /**
     * The event moved to another layout version of seatCount seats: each watcher gets
     * layoutFrame (the LayoutChanged push) at once, then a snapshot of the new seats once
     * they are read. Nothing happens for an event this node does not mirror.
     */
    void relayout(qint64 eventId, int seatCount, const QByteArray &layoutFrame);

    int watcherCount() const;
    /** The current minimum interval between two delta flushes (grows with fan-out cost). */
    int deltaIntervalMs() const { return m_intervalMs; }
    /**
     * The ceiling of deltaIntervalMs(). A seat state that lasts longer than this plus one
     * delta's sending reaches every watcher (scripts/bench fanout holds its probes longer).
     */
    static constexpr int MaxIntervalMs = 150;

    /** The event's seat states (one SeatState byte per seat) if it is mirrored and loaded. */
    std::optional<QByteArray> states(qint64 eventId) const;
    /**
     * Mirrors the event if it is not yet (without a watcher, the way subscribe() loads it)
     * and calls cb once its states are loaded: at once if they are, with false if loading
     * failed. The event then stays mirrored, fed by notifications.
     */
    void whenLoaded(qint64 eventId, int seatCount, std::function<void(bool ok)> cb);

private:
    struct Change
    {
        int seat;
        int state;
        qint64 version;
    };
    struct EventMirror
    {
        int seatCount = 0;
        bool loaded = false;
        bool loading = false;
        QByteArray states;
        QList<qint64> versions;
        QList<Shared::SeatChange> pending;
        QList<Change> buffered; // notifications that arrived while loading
        QSet<ClientConnection *> watchers;
        QList<QPointer<ClientConnection>> awaitingSnapshot;
        QList<std::function<void(bool)>> awaitingLoad;
        QByteArray snapshotFrame; // cached until the next change
    };

    void load(qint64 eventId);
    void loaded(qint64 eventId, QByteArray states, QList<qint64> versions, bool ok);
    void apply(EventMirror &m, const Change &c);
    QByteArray snapshotFrame(qint64 eventId, EventMirror &m);
    void scheduleFlush();
    void flush();
    void fanoutDrained();
    void traceFlush(qint64 busyNs);

    DbPool &m_pool;
    Metrics &m_metrics;
    QHash<qint64, EventMirror> m_events;
    Fanout *m_fanout;
    QTimer m_tick;
    const int m_baseTickMs;
    int m_intervalMs;
    double m_flushCostMs = 0;      // smoothed thread time of one flush (encoding and sending)
    qint64 m_encodeNs = 0;         // of the flush being sent
    QElapsedTimer m_sinceFlush;    // invalid until the first flush
    QElapsedTimer m_oldestPending; // since the oldest change not yet flushed; invalid: none
    struct Trace
    {
        QElapsedTimer since;
        qint64 flushes = 0;
        qint64 waitNs = 0;
        qint64 maxWaitNs = 0;
        qint64 wallNs = 0;
        qint64 maxWallNs = 0;
        qint64 busyNs = 0;
    } m_trace; // debug log only
};

} // namespace BoxOffice::Server
