#pragma once

#include "protocol/frame.h"
#include "waitingroom/waitingroomconfig.h"
#include "waitingroom/waitingroomsync.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <map>
#include <memory>

namespace BoxOffice::Server {

class ClientConnection;
class DbWorker;
class Dispatcher;
class QueueSigner;
struct ServerSettings;

/**
 * The virtual waiting room of the events given by --waiting-room (docs/waiting-room.md).
 * Lives on the socket thread; its database work runs on a DbWorker of its own.
 *
 * A join costs no database write: the buyer gets a signed queue ticket and waits in this
 * node's memory, keyed by its place. Every TickMs the node writes a summary of its waiters
 * per event, one node advances the admission point (WaitingRoomSync), and every node reads
 * the point back and pushes it to its waiters, encoded once (QueueStatus), with each
 * waiter's position and estimated wait now and then (QueuePosition). An admitted buyer
 * exchanges its ticket for an admission token (QueueAdmit), which Hold, BestAvailable and
 * CreateOrder then require of buyer sessions (gate()).
 */
class WaitingRoom final : public QObject
{
    Q_OBJECT
public:
    static constexpr int TickMs = 250;
    static constexpr int HeadSize = 1024;
    static constexpr int SketchSize = 2048;
    static constexpr qint64 PositionEveryMs = 5000;
    static constexpr qint64 TicketLifetimeMs = 12LL * 3600 * 1000;

    WaitingRoom(Dispatcher &dispatcher, const ServerSettings &settings, QObject *parent = nullptr);
    ~WaitingRoom() override;

    /** Loads the key, the rooms' rows and on-sale times; starts the ticks. */
    bool start(QString *error);
    void stop();
    bool enabled() const { return !m_rooms.isEmpty(); }

    /** For Dispatcher::setGate: false (after replying) if a buyer lacks admission. */
    bool gate(ClientConnection &c, const Shared::Frame &frame);
    /** A connection closed: it waits no more. */
    void removeConnection(ClientConnection *c);
    /** Prometheus lines of every room. */
    QByteArray prometheusText(const QString &node) const;

    /** A place in the queue: shuffled pre-queue places first, then arrival order. */
    static quint64 placeOf(qint64 arrivalMs, quint64 random, qint64 onSaleMs);

private:
    using PlaceKey = std::pair<quint64, qint64>; // place, session
    struct Waiter
    {
        qint64 session = 0;
        QList<QPointer<ClientConnection>> conns;
        qint64 nextPositionMs = 0;
    };
    struct Room
    {
        WaitingRoomConfig config;
        quint64 point = 0;
        bool known = false;
        qint64 admittedTotal = 0;
        qint64 active = 0;
        qint64 waitingGlobal = 0;
        QList<NodeSummary> nodes;
        std::map<PlaceKey, Waiter> waiters; // this node's connected waiters, in queue order
        QHash<qint64, QString> issued;      // session -> the ticket it got here
        QHash<qint64, qint64> admissions;   // session -> window end (ms), tokens seen here
        quint64 admittedHere = 0;           // tickets exchanged on this node
        quint64 refusals = 0;               // gate and ticket refusals on this node
        qint64 nextStatusMs = 0;
        PlaceKey positionCursor{0, 0};
        QList<std::pair<qint64, qint64>> rateSamples; // (ms, admittedTotal) over the last minute
    };

    void onJoin(ClientConnection &c, const Shared::Frame &f);
    void onAdmit(ClientConnection &c, const Shared::Frame &f);
    void onLeave(ClientConnection &c, const Shared::Frame &f);
    void tick();
    void applyStates(const QList<RoomState> &states);
    /** The event's room, or nullptr after answering UnknownEvent. */
    Room *roomOrRefuse(ClientConnection &c, const Shared::Frame &f, qint64 event);
    void pushStatus(qint64 event, Room &room);
    void pushPositions(qint64 event, Room &room, bool all);
    QCborMap positionFields(qint64 event, const Room &room, quint64 place) const;
    qint64 positionOf(const Room &room, quint64 place) const;
    qint64 waitSeconds(const Room &room, qint64 position) const;
    /** Reads a ticket for this session and event; replies and returns nullopt if refused. */
    std::optional<quint64> ticketPlace(ClientConnection &c, const Shared::Frame &f, const QString &text,
                                       qint64 event, Room &room);
    void refuse(ClientConnection &c, const Shared::Frame &f, Room *room, Shared::ErrorCode code,
                const QString &message);

    const ServerSettings &m_settings;
    QString m_node;
    std::unique_ptr<QueueSigner> m_signer;
    std::unique_ptr<DbWorker> m_worker;
    QHash<qint64, Room> m_rooms;
    QHash<ClientConnection *, QList<std::pair<qint64, PlaceKey>>> m_byConnection;
    QTimer m_timer;
    bool m_tickRunning = false;
};

} // namespace BoxOffice::Server
