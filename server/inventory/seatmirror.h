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
 * interval wait for its end. The sending goes through a Fanout, in slices with the event
 * loop running between them, so that requests and notifications are not held up by a
 * delta to tens of thousands of watchers. A flush while earlier deltas of the event are
 * still going out adds its changes to them (Fanout::reframe) for the watchers they have
 * not reached, and sends a delta of its own only to the others: every watcher gets at most
 * one frame per pass over the watchers, each frame holds everything since the watcher's
 * previous one, and a change reaches every watcher within one pass (not the rest of the
 * pass under way and then one more). With many watchers a pass takes longer and each frame
 * carries more changes, so frames per second stay bounded by what the thread can send.
 */
class SeatMirror final : public QObject
{
    Q_OBJECT
public:
    SeatMirror(DbPool &pool, Metrics &metrics, int tickMs, int fanoutSliceUs = 3000,
               QObject *parent = nullptr);

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
    /** The minimum interval between two delta flushes (--tick-ms). */
    int deltaIntervalMs() const { return m_intervalMs; }

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
        // The changes of the deltas still queued in the Fanout: log[i] is change number
        // logStart + i; a queued delta's tag is the number of its first change.
        QList<Shared::SeatChange> log;
        qint64 logStart = 0;
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
    static QPair<QByteArray, QByteArray> deltaFrames(qint64 eventId,
                                                     const QList<Shared::SeatChange> &changes);
    void fanoutDrained();
    void traceFlush();

    DbPool &m_pool;
    Metrics &m_metrics;
    QHash<qint64, EventMirror> m_events;
    Fanout *m_fanout;
    QTimer m_tick;
    const int m_intervalMs;
    QElapsedTimer m_sinceFlush;    // invalid until the first flush
    QElapsedTimer m_oldestPending; // since the oldest change not yet flushed; invalid: none
    struct Trace
    {
        QElapsedTimer since;
        qint64 flushes = 0;
        qint64 waitNs = 0;
        qint64 maxWaitNs = 0;
        qint64 merged = 0; // watchers that got a flush's changes in a queued delta
        qint64 passes = 0; // times the Fanout's queue ran empty
        qint64 busyNs = 0;
    } m_trace; // debug log only
};

} // namespace BoxOffice::Server
