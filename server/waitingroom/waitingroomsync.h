#pragma once

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace BoxOffice::Server {

/** A node's waiting buyers of one event, summarised (waiting_room_nodes). */
struct NodeSummary
{
    int waiting = 0;
    QList<quint64> head;   // the first places after the admission point, sorted
    QList<quint64> sketch; // every step-th place after the head, sorted
    int step = 1;

    /** Encodes places as big-endian 8-byte values (the bytea columns). */
    static QByteArray pack(const QList<quint64> &places);
    static QList<quint64> unpack(const QByteArray &bytes);
    /** About how many of this node's waiting places lie in (point, place). */
    qint64 countBelow(quint64 point, quint64 place) const;
};

/** What a tick reports about one event, and the settings it advances with. */
struct RoomReport
{
    qint64 event = 0;
    qint64 onSaleMs = 0;
    int ratePerMinute = 0;
    int maxActive = 0;
    qint64 windowMs = 0;
    NodeSummary mine;
};

/** What a tick read back about one event. */
struct RoomState
{
    qint64 event = 0;
    bool ok = false;
    quint64 point = 0;
    qint64 admittedTotal = 0;
    qint64 active = 0;
    int admittedNow = 0;      // admitted by this node's advance in this tick
    int releasedSeats = 0;    // released at the end of shopping windows in this tick
    QList<NodeSummary> nodes; // every live node's summary, this one's included
};

/**
 * The database side of one waiting-room tick, run on the waiting room's own DbWorker:
 * writes this node's summary of each event, advances the admission point if no other node
 * is doing so right now (a transaction-scoped advisory lock per event, and the room's row
 * locked FOR UPDATE, so the rate holds however many nodes try), ends due shopping windows,
 * and reads back the point and every node's summary.
 */
namespace WaitingRoomSync {

/** Node rows older than this are a node that stopped: ignored. */
constexpr int NodeStaleS = 5;

QList<RoomState> tick(QSqlDatabase &db, const QString &node, const QList<RoomReport> &reports);
/** Makes sure every event has its waiting_rooms row; false with a reason on failure. */
bool ensureRooms(QSqlDatabase &db, const QList<qint64> &events, QString *error);

} // namespace WaitingRoomSync

} // namespace BoxOffice::Server
