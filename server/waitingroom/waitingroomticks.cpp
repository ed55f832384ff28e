// WaitingRoom's ticks: the node's summary out, the admission point in, the pushes to the
// waiters, and the room's metrics (the requests are in waitingroom.cpp).

#include "waitingroom/waitingroom.h"

#include "db/dbworker.h"
#include "net/clientconnection.h"

#include <QDateTime>

#include <algorithm>
#include <cmath>

namespace BoxOffice::Server {

using namespace BoxOffice::Shared;

namespace {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

/** The interval of pushes to every waiter: longer with more waiters, so pushes stay bounded. */
qint64 pushEveryMs(qint64 baseMs, size_t waiters)
{
    // At most about 40,000 position or status frames a second per node.
    return std::max<qint64>(baseMs, qint64(waiters) / 40);
}

} // namespace

void WaitingRoom::tick()
{
    if (m_tickRunning || !m_worker)
        return;
    QList<RoomReport> reports;
    for (auto it = m_rooms.cbegin(); it != m_rooms.cend(); ++it) {
        const Room &room = *it;
        RoomReport r;
        r.event = it.key();
        r.onSaleMs = room.config.onSaleMs;
        r.ratePerMinute = room.config.ratePerMinute;
        r.maxActive = room.config.maxActive;
        r.windowMs = room.config.windowMs;
        r.mine.waiting = int(room.waiters.size());
        const qsizetype rest = qsizetype(room.waiters.size()) - HeadSize;
        r.mine.step = rest > SketchSize ? int((rest + SketchSize - 1) / SketchSize) : 1;
        r.mine.head.reserve(std::min<qsizetype>(HeadSize, qsizetype(room.waiters.size())));
        qsizetype i = 0;
        for (const auto &[key, waiter] : room.waiters) {
            if (i < HeadSize)
                r.mine.head.append(key.first);
            else if ((i - HeadSize + 1) % r.mine.step == 0)
                r.mine.sketch.append(key.first);
            ++i;
        }
        reports.append(std::move(r));
    }
    m_tickRunning = true;
    m_worker->post([this, node = m_node, reports](QSqlDatabase &db) {
        const QList<RoomState> states = WaitingRoomSync::tick(db, node, reports);
        QMetaObject::invokeMethod(
            this, [this, states] { applyStates(states); }, Qt::QueuedConnection);
    });
}

void WaitingRoom::applyStates(const QList<RoomState> &states)
{
    m_tickRunning = false;
    const qint64 now = nowMs();
    for (const RoomState &s : states) {
        if (!s.ok || !m_rooms.contains(s.event))
            continue;
        Room &room = m_rooms[s.event];
        const bool changed = !room.known || s.point != room.point || s.admittedTotal != room.admittedTotal ||
                             s.active != room.active;
        room.known = true;
        room.point = s.point;
        room.admittedTotal = s.admittedTotal;
        room.active = s.active;
        room.nodes = s.nodes;
        room.waitingGlobal = 0;
        for (const NodeSummary &n : s.nodes)
            room.waitingGlobal += n.waiting;
        room.rateSamples.append({now, s.admittedTotal});
        while (room.rateSamples.size() > 1 && room.rateSamples.first().first < now - 60'000)
            room.rateSamples.removeFirst();

        // Those the point passed are admitted: each hears it at once, and waits no more here.
        QCborMap admitted;
        admitted.insert(Key::Event, s.event);
        admitted.insert(Key::Admitted, true);
        admitted.insert(Key::Position, 0);
        admitted.insert(Key::WaitS, 0);
        admitted.insert(Key::Point, qint64(s.point)); // the point that passed these places
        const QByteArray frame = encodePush(MessageType::QueuePosition, admitted);
        const QByteArray wire = ClientConnection::wireFrame(frame);
        while (!room.waiters.empty() && room.waiters.begin()->first.first < room.point) {
            for (const auto &conn : std::as_const(room.waiters.begin()->second.conns))
                if (conn)
                    conn->sendShared(frame, wire);
            room.waiters.erase(room.waiters.begin());
        }
        // Admissions of this node whose window ended long ago: forgotten (the gate then
        // answers AdmissionRequired rather than AdmissionExpired for them).
        for (auto a = room.admissions.begin(); a != room.admissions.end();)
            a = *a < now - TicketLifetimeMs ? room.admissions.erase(a) : std::next(a);

        if (changed && now >= room.nextStatusMs) {
            pushStatus(s.event, room);
            room.nextStatusMs = now + pushEveryMs(1000, room.waiters.size());
        }
        pushPositions(s.event, room, false);
    }
}

void WaitingRoom::pushStatus(qint64 event, Room &room)
{
    if (room.waiters.empty())
        return;
    QCborMap f;
    f.insert(Key::Event, event);
    f.insert(Key::Point, qint64(room.point));
    f.insert(Key::Admitted, room.admittedTotal);
    f.insert(Key::Waiting, room.waitingGlobal);
    f.insert(Key::Active, room.active);
    f.insert(Key::Rate, room.config.ratePerMinute);
    f.insert(Key::OnSale, room.config.onSaleMs);
    const QByteArray frame = encodePush(MessageType::QueueStatus, f); // once for every waiter
    const QByteArray wire = ClientConnection::wireFrame(frame);
    for (const auto &[key, waiter] : room.waiters)
        for (const auto &conn : waiter.conns)
            if (conn)
                conn->sendShared(frame, wire);
}

void WaitingRoom::pushPositions(qint64 event, Room &room, bool all)
{
    // A slice per tick, so that every waiter hears its position about every period.
    const size_t n = room.waiters.size();
    if (n == 0)
        return;
    const qint64 period = pushEveryMs(PositionEveryMs, n);
    size_t slice = all ? n : size_t(std::ceil(double(n) * TickMs / double(period)));
    const qint64 now = nowMs();
    auto it = room.waiters.lower_bound(room.positionCursor);
    while (slice-- > 0) {
        if (it == room.waiters.end())
            it = room.waiters.begin();
        Waiter &w = it->second;
        if (all || w.nextPositionMs <= now) {
            w.nextPositionMs = now + period;
            const QByteArray frame =
                encodePush(MessageType::QueuePosition, positionFields(event, room, it->first.first));
            for (const auto &conn : std::as_const(w.conns))
                if (conn)
                    conn->send(frame);
        }
        ++it;
    }
    room.positionCursor = it == room.waiters.end() ? PlaceKey{0, 0} : it->first;
}

QByteArray WaitingRoom::prometheusText(const QString &node) const
{
    if (m_rooms.isEmpty())
        return {};
    QByteArray out;
    auto family = [&](const char *name, const char *type, const char *help, auto value) {
        out += QByteArray("# HELP ") + name + ' ' + help + "\n# TYPE " + name + ' ' + type + '\n';
        for (auto it = m_rooms.cbegin(); it != m_rooms.cend(); ++it)
            out += QByteArray(name) + "{node=\"" + node.toUtf8() + "\",event=\"" +
                   QByteArray::number(it.key()) + "\"} " + QByteArray::number(value(*it)) + '\n';
    };
    family("boxoffice_waiting_room_queue_length", "gauge",
           "Buyers waiting in the event's queue, all nodes (from their summaries).",
           [](const Room &r) { return r.waitingGlobal; });
    family("boxoffice_waiting_room_waiting_here", "gauge", "Buyers waiting on this node.",
           [](const Room &r) { return qint64(r.waiters.size()); });
    family("boxoffice_waiting_room_admitted_total", "counter", "Buyers admitted so far (all nodes).",
           [](const Room &r) { return r.admittedTotal; });
    family("boxoffice_waiting_room_active", "gauge", "Admitted buyers within their shopping window.",
           [](const Room &r) { return r.active; });
    family("boxoffice_waiting_room_admission_rate_limit", "gauge", "Configured admissions per minute.",
           [](const Room &r) { return qint64(r.config.ratePerMinute); });
    family("boxoffice_waiting_room_admitted_last_minute", "gauge",
           "Buyers admitted within the last minute (the admission rate seen).", [](const Room &r) {
               return r.rateSamples.isEmpty() ? 0
                                              : r.rateSamples.last().second - r.rateSamples.first().second;
           });
    family("boxoffice_waiting_room_wait_seconds", "gauge",
           "Estimated wait of a buyer joining now (queue length at the configured rate).",
           [this](const Room &r) { return r.waitingGlobal == 0 ? 0 : waitSeconds(r, r.waitingGlobal + 1); });
    family("boxoffice_waiting_room_exchanged_here_total", "counter",
           "Queue tickets exchanged for admission tokens on this node.",
           [](const Room &r) { return qint64(r.admittedHere); });
    family("boxoffice_waiting_room_refusals_total", "counter",
           "Requests refused by the waiting room on this node (no admission, bad ticket or token, early).",
           [](const Room &r) { return qint64(r.refusals); });
    return out;
}

} // namespace BoxOffice::Server
