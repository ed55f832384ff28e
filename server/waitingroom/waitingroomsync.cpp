#include "waitingroom/waitingroomsync.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>

#include <algorithm>
#include <cmath>

namespace BoxOffice::Server {

Q_LOGGING_CATEGORY(lcRoomSync, "boxoffice.server.waitingroom")

QByteArray NodeSummary::pack(const QList<quint64> &places)
{
    QByteArray out(places.size() * 8, Qt::Uninitialized);
    for (qsizetype i = 0; i < places.size(); ++i)
        qToBigEndian(places[i], out.data() + i * 8);
    return out;
}

QList<quint64> NodeSummary::unpack(const QByteArray &bytes)
{
    QList<quint64> out;
    out.reserve(bytes.size() / 8);
    for (qsizetype i = 0; i + 8 <= bytes.size(); i += 8)
        out.append(qFromBigEndian<quint64>(bytes.constData() + i));
    return out;
}

qint64 NodeSummary::countBelow(quint64 point, quint64 place) const
{
    if (place <= point)
        return 0;
    const auto headFrom = std::lower_bound(head.begin(), head.end(), point);
    const auto headTo = std::lower_bound(head.begin(), head.end(), place);
    qint64 n = headTo > headFrom ? qint64(headTo - headFrom) : 0;
    if (headTo != head.end() || sketch.isEmpty())
        return n;
    // Past the head: every sketch entry below place stands for `step` places.
    const auto sketchFrom = std::lower_bound(sketch.begin(), sketch.end(), point);
    const auto sketchTo = std::lower_bound(sketch.begin(), sketch.end(), place);
    if (sketchTo > sketchFrom)
        n += qint64(sketchTo - sketchFrom) * step;
    return std::min<qint64>(n, waiting);
}

namespace WaitingRoomSync {

namespace {

bool exec(QSqlQuery &q, const char *what)
{
    if (q.exec())
        return true;
    qCWarning(lcRoomSync) << "waiting room:" << what << "failed:" << q.lastError().text();
    return false;
}

void report(QSqlDatabase &db, const QString &node, const RoomReport &r)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO waiting_room_nodes (event_id, node, reported_at, waiting, head, sketch, sketch_step)"
        " VALUES (?, ?, now(), ?, ?, ?, ?) ON CONFLICT (event_id, node) DO UPDATE SET"
        " reported_at = now(), waiting = EXCLUDED.waiting, head = EXCLUDED.head,"
        " sketch = EXCLUDED.sketch, sketch_step = EXCLUDED.sketch_step"));
    q.addBindValue(r.event);
    q.addBindValue(node);
    q.addBindValue(r.mine.waiting);
    q.addBindValue(NodeSummary::pack(r.mine.head));
    q.addBindValue(NodeSummary::pack(r.mine.sketch));
    q.addBindValue(r.mine.step);
    exec(q, "reporting the node's waiting buyers");
}

/** One advance of the event's admission point, if no other node is advancing it. */
int advance(QSqlDatabase &db, const RoomReport &r)
{
    if (!db.transaction())
        return 0;
    auto rollback = [&] {
        db.rollback();
        return 0;
    };
    QSqlQuery lock(db);
    lock.prepare(QStringLiteral("SELECT pg_try_advisory_xact_lock(1313, ?::integer)"));
    lock.addBindValue(int(r.event));
    if (!exec(lock, "the advance lock") || !lock.next() || !lock.value(0).toBool())
        return rollback(); // another node advances this event right now

    QSqlQuery room(db);
    room.prepare(QStringLiteral(
        "SELECT admission_point, credit, coalesce(extract(epoch FROM now() - advanced_at) * 1000, 0),"
        " extract(epoch FROM now()) * 1000,"
        " (SELECT coalesce(sum(s.admitted - s.freed), 0) FROM waiting_room_steps s"
        "   WHERE s.event_id = w.event_id AND s.at > now() - ? * interval '1 millisecond')"
        " FROM waiting_rooms w WHERE w.event_id = ? FOR UPDATE"));
    room.addBindValue(r.windowMs);
    room.addBindValue(r.event);
    if (!exec(room, "reading the admission point") || !room.next())
        return rollback();
    const quint64 point = quint64(room.value(0).toLongLong());
    double credit = room.value(1).toDouble();
    const double sinceMs = std::clamp(room.value(2).toDouble(), 0.0, 60'000.0);
    const double nowMs = room.value(3).toDouble();
    const qint64 active = room.value(4).toLongLong();

    int admitted = 0;
    quint64 newPoint = point;
    if (nowMs >= double(r.onSaleMs)) {
        // The rate as credit: r per minute accrues continuously, at most one second's worth
        // saved up, so an empty queue does not bank a burst for later arrivals.
        const double cap = std::max(1.0, r.ratePerMinute / 60.0);
        credit = std::min(cap, credit + r.ratePerMinute * sinceMs / 60'000.0);
        const qint64 room = std::max<qint64>(0, r.maxActive - active);
        const qint64 k = std::min<qint64>(qint64(std::floor(credit)), room);
        if (k > 0) {
            QSqlQuery nodes(db);
            nodes.prepare(QStringLiteral("SELECT head FROM waiting_room_nodes WHERE event_id = ?"
                                         " AND reported_at > now() - ? * interval '1 second'"));
            nodes.addBindValue(r.event);
            nodes.addBindValue(NodeStaleS);
            if (!exec(nodes, "reading the nodes' queues"))
                return rollback();
            QList<quint64> places;
            while (nodes.next()) {
                for (quint64 p : NodeSummary::unpack(nodes.value(0).toByteArray()))
                    if (p >= point)
                        places.append(p);
            }
            std::sort(places.begin(), places.end());
            admitted = int(std::min<qint64>(k, places.size()));
            if (admitted > 0) {
                newPoint = places[admitted - 1] + 1;
                credit -= admitted;
            }
        }
    } else {
        credit = 0;
    }
    if (admitted > 0) {
        QSqlQuery step(db);
        step.prepare(
            QStringLiteral("INSERT INTO waiting_room_steps (event_id, admitted, point) VALUES (?, ?, ?)"));
        step.addBindValue(r.event);
        step.addBindValue(admitted);
        step.addBindValue(qint64(newPoint));
        if (!exec(step, "recording an admission step"))
            return rollback();
    }
    QSqlQuery update(db);
    update.prepare(QStringLiteral(
        "UPDATE waiting_rooms SET admission_point = ?, admitted_total = admitted_total + ?, credit = ?,"
        " advanced_at = now(), updated_at = now() WHERE event_id = ?"));
    update.addBindValue(qint64(newPoint));
    update.addBindValue(admitted);
    update.addBindValue(credit);
    update.addBindValue(r.event);
    if (!exec(update, "advancing the admission point"))
        return rollback();
    // Old steps and the rows of nodes gone for good.
    QSqlQuery prune(db);
    prune.prepare(QStringLiteral("DELETE FROM waiting_room_steps WHERE event_id = ?"
                                 " AND at < now() - ? * interval '1 millisecond' - interval '1 minute'"));
    prune.addBindValue(r.event);
    prune.addBindValue(r.windowMs);
    exec(prune, "pruning old steps");
    if (!db.commit()) {
        qCWarning(lcRoomSync) << "waiting room: commit failed:" << db.lastError().text();
        return rollback();
    }
    return admitted;
}

int expireWindows(QSqlDatabase &db, qint64 event)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT bo_waiting_room_expire(?, 500)"));
    q.addBindValue(event);
    if (!exec(q, "ending shopping windows") || !q.next())
        return 0;
    return q.value(0).toInt();
}

} // namespace

bool ensureRooms(QSqlDatabase &db, const QList<qint64> &events, QString *error)
{
    for (qint64 event : events) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO waiting_rooms (event_id) SELECT event_id FROM events"
                                 " WHERE event_id = ? ON CONFLICT (event_id) DO NOTHING"));
        q.addBindValue(event);
        if (!q.exec()) {
            *error = QStringLiteral("--waiting-room: preparing event %1 failed: %2")
                         .arg(event)
                         .arg(q.lastError().text());
            return false;
        }
        QSqlQuery check(db);
        check.prepare(QStringLiteral("SELECT 1 FROM waiting_rooms WHERE event_id = ?"));
        check.addBindValue(event);
        if (!check.exec() || !check.next()) {
            *error = QStringLiteral("--waiting-room: there is no event %1").arg(event);
            return false;
        }
    }
    return true;
}

QList<RoomState> tick(QSqlDatabase &db, const QString &node, const QList<RoomReport> &reports)
{
    QList<RoomState> out;
    for (const RoomReport &r : reports) {
        RoomState s;
        s.event = r.event;
        report(db, node, r);
        s.admittedNow = advance(db, r);
        s.releasedSeats = expireWindows(db, r.event);

        QSqlQuery q(db);
        q.prepare(
            QStringLiteral("SELECT admission_point, admitted_total,"
                           " (SELECT coalesce(sum(s.admitted - s.freed), 0) FROM waiting_room_steps s"
                           "   WHERE s.event_id = w.event_id AND s.at > now() - ? * interval '1 millisecond')"
                           " FROM waiting_rooms w WHERE w.event_id = ?"));
        q.addBindValue(r.windowMs);
        q.addBindValue(r.event);
        if (exec(q, "reading the admission point") && q.next()) {
            s.ok = true;
            s.point = quint64(q.value(0).toLongLong());
            s.admittedTotal = q.value(1).toLongLong();
            s.active = q.value(2).toLongLong();
        }
        QSqlQuery nodes(db);
        nodes.prepare(
            QStringLiteral("SELECT waiting, head, sketch, sketch_step FROM waiting_room_nodes"
                           " WHERE event_id = ? AND reported_at > now() - ? * interval '1 second'"));
        nodes.addBindValue(r.event);
        nodes.addBindValue(NodeStaleS);
        if (exec(nodes, "reading the nodes' queues")) {
            while (nodes.next()) {
                NodeSummary n;
                n.waiting = nodes.value(0).toInt();
                n.head = NodeSummary::unpack(nodes.value(1).toByteArray());
                n.sketch = NodeSummary::unpack(nodes.value(2).toByteArray());
                n.step = std::max(1, nodes.value(3).toInt());
                s.nodes.append(std::move(n));
            }
        }
        out.append(std::move(s));
    }
    return out;
}

} // namespace WaitingRoomSync

} // namespace BoxOffice::Server
