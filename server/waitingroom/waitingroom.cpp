#include "waitingroom/waitingroom.h"

#include "auth/session.h"
#include "core/serversettings.h"
#include "db/dbworker.h"
#include "net/clientconnection.h"
#include "net/dispatcher.h"
#include "waitingroom/queuesigner.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace BoxOffice::Server {

Q_LOGGING_CATEGORY(lcWaitingRoom, "boxoffice.server.waitingroom")

using namespace BoxOffice::Shared;

namespace {

constexpr qint64 MaxId = std::numeric_limits<qint64>::max();
constexpr quint64 FifoBand = quint64(1) << 62;

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

quint64 WaitingRoom::placeOf(qint64 arrivalMs, quint64 random, qint64 onSaleMs)
{
    // Pre-queue: the shuffle key alone, so arriving early gains nothing. After the on-sale:
    // behind every pre-queue place, in arrival order (ms), ties broken by the key.
    if (arrivalMs < onSaleMs)
        return random >> 2;
    const quint64 since = std::min<quint64>(quint64(arrivalMs - onSaleMs), (quint64(1) << 41) - 1);
    return FifoBand | (since << 20) | (random & 0xFFFFF);
}

WaitingRoom::WaitingRoom(Dispatcher &dispatcher, const ServerSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    for (const WaitingRoomConfig &config : settings.waitingRooms)
        m_rooms[config.event].config = config;
    m_node = settings.nodeName + QLatin1Char('#') +
             QString::number(QRandomGenerator::system()->generate64() & 0xFFFFFFFFFFFF, 16);
    dispatcher.on(MessageType::QueueJoin, [this](ClientConnection &c, const Frame &f) { onJoin(c, f); });
    dispatcher.on(MessageType::QueueAdmit, [this](ClientConnection &c, const Frame &f) { onAdmit(c, f); });
    dispatcher.on(MessageType::QueueLeave, [this](ClientConnection &c, const Frame &f) { onLeave(c, f); });
    connect(&m_timer, &QTimer::timeout, this, &WaitingRoom::tick);
}

WaitingRoom::~WaitingRoom()
{
    stop();
}

bool WaitingRoom::start(QString *error)
{
    if (m_rooms.isEmpty())
        return true;
    m_signer = QueueSigner::load(m_settings.db, error);
    if (!m_signer)
        return false;
    const QString name = QStringLiteral("waiting-room-init");
    bool ok = false;
    {
        QSqlDatabase db;
        if (!DbWorker::open(db, m_settings.db, name)) {
            *error = QStringLiteral("cannot connect to PostgreSQL to prepare the waiting rooms");
        } else if (WaitingRoomSync::ensureRooms(db, m_rooms.keys(), error)) {
            ok = true;
            for (auto it = m_rooms.begin(); ok && it != m_rooms.end(); ++it) {
                if (it->config.onSaleMs != 0)
                    continue;
                QSqlQuery q(db);
                q.prepare(QStringLiteral("SELECT (extract(epoch FROM onsale_from) * 1000)::bigint FROM "
                                         "events WHERE event_id = ?"));
                q.addBindValue(it.key());
                ok = q.exec() && q.next();
                if (ok)
                    it->config.onSaleMs = q.value(0).toLongLong();
                else
                    *error = QStringLiteral("--waiting-room: reading event %1's on-sale time failed")
                                 .arg(it.key());
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (!ok)
        return false;
    for (auto it = m_rooms.cbegin(); it != m_rooms.cend(); ++it) {
        const WaitingRoomConfig &c = it->config;
        qCInfo(lcWaitingRoom).noquote()
            << "waiting room for event" << c.event << "on-sale"
            << QDateTime::fromMSecsSinceEpoch(c.onSaleMs, Qt::UTC).toString(Qt::ISODate) << "pre-queue"
            << c.prequeueMs / 1000 << "s, admitting" << c.ratePerMinute << "per minute, at most"
            << c.maxActive << "active, window" << c.windowMs / 1000 << "s";
    }
    m_worker = std::make_unique<DbWorker>(m_settings.db, QStringLiteral("waiting-room"));
    m_worker->start();
    m_timer.start(TickMs);
    return true;
}

void WaitingRoom::stop()
{
    m_timer.stop();
    if (m_worker) {
        m_worker->stop();
        m_worker.reset();
    }
}

void WaitingRoom::refuse(ClientConnection &c, const Frame &f, Room *room, ErrorCode code,
                         const QString &message)
{
    if (room)
        ++room->refusals;
    c.sendError(f.type, f.id, code, message);
}

std::optional<quint64> WaitingRoom::ticketPlace(ClientConnection &c, const Frame &f, const QString &text,
                                                qint64 event, Room &room)
{
    const auto ticket = m_signer->readTicket(text);
    if (!ticket) {
        refuse(c, f, &room, ErrorCode::QueueTicketInvalid,
               QStringLiteral("not a queue ticket of this server (altered, truncated or forged)"));
        c.strike();
        return std::nullopt;
    }
    if (ticket->event != event) {
        refuse(c, f, &room, ErrorCode::QueueTicketInvalid, QStringLiteral("the ticket is for another event"));
        return std::nullopt;
    }
    if (ticket->session != c.session()->id) {
        refuse(c, f, &room, ErrorCode::QueueTicketInvalid,
               QStringLiteral("the ticket belongs to another buyer session"));
        return std::nullopt;
    }
    if (nowMs() > ticket->arrivalMs + TicketLifetimeMs) {
        refuse(c, f, &room, ErrorCode::AdmissionExpired, QStringLiteral("the queue ticket has expired"));
        return std::nullopt;
    }
    return placeOf(ticket->arrivalMs, ticket->random, room.config.onSaleMs);
}

void WaitingRoom::onJoin(ClientConnection &c, const Frame &f)
{
    FieldReader in(f.body);
    const qint64 event = in.integer(Key::Event, 1, MaxId);
    const QString presented = in.string(Key::Ticket, QueueSigner::MaxTextLength, false);
    if (!in.ok()) {
        c.sendError(f.type, f.id, in.error(), in.message());
        c.strike();
        return;
    }
    const auto it = m_rooms.find(event);
    if (it == m_rooms.end() || !m_signer) {
        c.sendError(f.type, f.id, ErrorCode::UnknownEvent,
                    QStringLiteral("event %1 has no waiting room: hold seats directly").arg(event));
        return;
    }
    Room &room = *it;
    const qint64 now = nowMs();
    const qint64 opens = room.config.onSaleMs - room.config.prequeueMs;
    if (now < opens) {
        c.sendError(f.type, f.id, ErrorCode::NotOnSale,
                    QStringLiteral("the queue opens at %1")
                        .arg(QDateTime::fromMSecsSinceEpoch(opens, Qt::UTC).toString(Qt::ISODate)));
        return;
    }
    const qint64 session = c.session()->id;
    if (session <= 0) {
        // Tickets and tokens are bound to the session id: never hand out one bound to none.
        c.sendError(f.type, f.id, ErrorCode::Internal, QStringLiteral("this session cannot queue"));
        return;
    }
    QString ticket = presented;
    if (ticket.isEmpty())
        ticket = room.issued.value(session);
    std::optional<quint64> place;
    if (!ticket.isEmpty()) {
        place = ticketPlace(c, f, ticket, event, room);
        if (!place)
            return;
    } else {
        QueueTicket t{event, session, now, m_signer->randomKey(event, session)};
        ticket = m_signer->ticket(t);
        place = placeOf(t.arrivalMs, t.random, room.config.onSaleMs);
    }
    room.issued.insert(session, ticket);

    QCborMap r = positionFields(event, room, *place);
    r.insert(Key::Ticket, ticket);
    r.insert(Key::Place, qint64(*place));
    r.insert(Key::OnSale, room.config.onSaleMs);
    if (!(room.known && *place < room.point)) {
        const PlaceKey key{*place, session};
        Waiter &w = room.waiters[key];
        w.session = session;
        if (!w.conns.contains(&c)) {
            w.conns.append(&c);
            m_byConnection[&c].append({event, key});
        }
        w.nextPositionMs = now + PositionEveryMs;
    }
    c.sendResult(f.type, f.id, r);
}

void WaitingRoom::onAdmit(ClientConnection &c, const Frame &f)
{
    FieldReader in(f.body);
    const qint64 event = in.integer(Key::Event, 1, MaxId);
    const QString ticket = in.string(Key::Ticket, QueueSigner::MaxTextLength, false);
    const QString token = in.string(Key::Token, QueueSigner::MaxTextLength, false);
    if (in.ok() && ticket.isEmpty() == token.isEmpty())
        in.fail(ErrorCode::BadField, QStringLiteral("give either a ticket or a token"));
    if (!in.ok()) {
        c.sendError(f.type, f.id, in.error(), in.message());
        c.strike();
        return;
    }
    Room *const found = roomOrRefuse(c, f, event);
    if (!found)
        return;
    Room &room = *found;
    const qint64 session = c.session()->id;
    if (session <= 0) {
        c.sendError(f.type, f.id, ErrorCode::Internal, QStringLiteral("this session cannot queue"));
        return;
    }

    if (!token.isEmpty()) {
        // A token presented again: on another connection, another node, after a restart.
        const auto t = m_signer->readToken(token);
        if (!t) {
            refuse(c, f, &room, ErrorCode::QueueTicketInvalid,
                   QStringLiteral("not an admission token of this server (altered, truncated or forged)"));
            c.strike();
            return;
        }
        if (t->event != event || t->session != session) {
            refuse(c, f, &room, ErrorCode::QueueTicketInvalid,
                   t->event != event ? QStringLiteral("the token is for another event")
                                     : QStringLiteral("the token belongs to another buyer session"));
            return;
        }
        if (t->expiresMs <= nowMs()) {
            refuse(c, f, &room, ErrorCode::AdmissionExpired, QStringLiteral("the shopping window has ended"));
            return;
        }
        room.admissions.insert(session, t->expiresMs);
        QCborMap r;
        r.insert(Key::Token, token);
        r.insert(Key::Expires, t->expiresMs);
        r.insert(Key::Admitted, true);
        c.sendResult(f.type, f.id, r);
        return;
    }

    const auto place = ticketPlace(c, f, ticket, event, room);
    if (!place)
        return;
    if (!room.known || *place >= room.point) {
        QCborMap details = positionFields(event, room, *place);
        ++room.refusals;
        c.sendError(f.type, f.id, ErrorCode::QueueNotYet, QStringLiteral("not your turn yet"), details);
        return;
    }
    // Admitted: one window per session, kept in the database (one row per admitted buyer).
    // The point it was admitted under goes back with the token, so that a client (and the
    // flash-sale load generator's `unfair`) can check the admission against queue order.
    const qint64 point = qint64(room.point);
    const qint64 placeValue = qint64(*place);
    QPointer<ClientConnection> conn(&c);
    const QString owner = c.owner();
    const qint64 windowMs = room.config.windowMs;
    const MessageType type = f.type;
    const qint64 id = f.id;
    m_worker->post([this, conn, owner, event, session, windowMs, type, id, point,
                    placeValue](QSqlDatabase &db) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral(
            "WITH ins AS (INSERT INTO waiting_room_admissions (event_id, session_id, owner, expires_at, "
            "place)"
            " VALUES (?, ?, ?, now() + ? * interval '1 millisecond', ?) ON CONFLICT (event_id, session_id) "
            "DO "
            "NOTHING"
            " RETURNING expires_at)"
            " SELECT (extract(epoch FROM expires_at) * 1000)::bigint FROM ins"
            " UNION ALL SELECT (extract(epoch FROM expires_at) * 1000)::bigint FROM waiting_room_admissions"
            " WHERE event_id = ? AND session_id = ?"));
        q.addBindValue(event);
        q.addBindValue(session);
        q.addBindValue(owner);
        q.addBindValue(windowMs);
        q.addBindValue(placeValue);
        q.addBindValue(event);
        q.addBindValue(session);
        qint64 expires = -1;
        if (q.exec() && q.next())
            expires = q.value(0).toLongLong();
        else
            qCWarning(lcWaitingRoom) << "recording an admission failed:" << q.lastError().text();
        QMetaObject::invokeMethod(
            this,
            [this, conn, event, session, type, id, expires, point] {
                if (!conn)
                    return;
                Room &room = m_rooms[event];
                if (expires < 0) {
                    conn->sendError(type, id, ErrorCode::Internal,
                                    QStringLiteral("the admission could not be recorded; try again"));
                    return;
                }
                if (expires <= nowMs()) {
                    ++room.refusals;
                    conn->sendError(type, id, ErrorCode::AdmissionExpired,
                                    QStringLiteral("this session's shopping window has ended"));
                    return;
                }
                room.admissions.insert(session, expires);
                ++room.admittedHere;
                QCborMap r;
                r.insert(Key::Token, m_signer->token(AdmissionToken{event, session, expires}));
                r.insert(Key::Expires, expires);
                r.insert(Key::Admitted, true);
                r.insert(Key::Point, point);
                conn->sendResult(type, id, r);
            },
            Qt::QueuedConnection);
    });
}

WaitingRoom::Room *WaitingRoom::roomOrRefuse(ClientConnection &c, const Frame &f, qint64 event)
{
    const auto it = m_rooms.find(event);
    if (it == m_rooms.end() || !m_signer) {
        c.sendError(f.type, f.id, ErrorCode::UnknownEvent,
                    QStringLiteral("event %1 has no waiting room").arg(event));
        return nullptr;
    }
    return &*it;
}

void WaitingRoom::onLeave(ClientConnection &c, const Frame &f)
{
    FieldReader in(f.body);
    const qint64 event = in.integer(Key::Event, 1, MaxId);
    if (!in.ok()) {
        c.sendError(f.type, f.id, in.error(), in.message());
        c.strike();
        return;
    }
    Room *const found = roomOrRefuse(c, f, event);
    if (!found)
        return;
    Room &room = *found;
    const qint64 session = c.session()->id;
    const auto admitted = room.admissions.constFind(session);
    if (session <= 0 || admitted == room.admissions.cend()) {
        refuse(c, f, &room, ErrorCode::AdmissionRequired,
               QStringLiteral("no admission of this session here: present its token first (QueueAdmit)"));
        return;
    }
    if (*admitted <= nowMs()) {
        refuse(c, f, &room, ErrorCode::AdmissionExpired,
               QStringLiteral("this session's shopping window has ended"));
        return;
    }
    // The window ends now (its holds are released by the next bo_waiting_room_expire, like at
    // its end), and the step that admitted the place counts one active buyer fewer, so the
    // point may move on by one more.
    room.admissions.insert(session, nowMs() - 1);
    QPointer<ClientConnection> conn(&c);
    const MessageType type = f.type;
    const qint64 id = f.id;
    m_worker->post([this, conn, event, session, type, id](QSqlDatabase &db) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral(
            "WITH a AS (UPDATE waiting_room_admissions SET left_at = now(), expires_at = least(expires_at, "
            "now())"
            "            WHERE event_id = ? AND session_id = ? AND left_at IS NULL AND NOT released"
            "              AND expires_at > now() RETURNING place),"
            " s AS (SELECT st.step_id FROM waiting_room_steps st, a"
            "        WHERE st.event_id = ? AND st.point > a.place ORDER BY st.point LIMIT 1),"
            " f AS (UPDATE waiting_room_steps st SET freed = least(st.admitted, st.freed + 1)"
            "        FROM s WHERE st.event_id = ? AND st.step_id = s.step_id RETURNING 1)"
            " SELECT (SELECT count(*) FROM a), (SELECT count(*) FROM f)"));
        q.addBindValue(event);
        q.addBindValue(session);
        q.addBindValue(event);
        q.addBindValue(event);
        const bool ok = q.exec() && q.next();
        if (!ok)
            qCWarning(lcWaitingRoom) << "recording a buyer leaving failed:" << q.lastError().text();
        QMetaObject::invokeMethod(
            this,
            [conn, event, type, id, ok] {
                if (!conn)
                    return;
                if (!ok) {
                    conn->sendError(type, id, ErrorCode::Internal,
                                    QStringLiteral("leaving failed; try again"));
                    return;
                }
                conn->sendResult(type, id, QCborMap{{Key::Event, event}, {Key::Admitted, false}});
            },
            Qt::QueuedConnection);
    });
}

bool WaitingRoom::gate(ClientConnection &c, const Frame &f)
{
    if (m_rooms.isEmpty())
        return true;
    if (f.type != MessageType::Hold && f.type != MessageType::BestAvailable &&
        f.type != MessageType::CreateOrder)
        return true;
    const auto &session = c.session();
    if (!session || session->kind == SessionKind::Staff)
        return true; // clerks at the counter are never queued
    const auto room = m_rooms.find(cborInteger(f.body.value(Key::Event), 0));
    if (room == m_rooms.end())
        return true; // no waiting room, or a malformed event the handler refuses
    const auto admitted = room->admissions.constFind(session->id);
    if (admitted != room->admissions.cend() && *admitted > nowMs())
        return true;
    const bool expired = admitted != room->admissions.cend();
    refuse(c, f, &*room, expired ? ErrorCode::AdmissionExpired : ErrorCode::AdmissionRequired,
           expired
               ? QStringLiteral("this session's shopping window has ended")
               : QStringLiteral("this event has a waiting room: QueueJoin, then QueueAdmit when admitted"));
    c.rateRefused(); // the first refusal of a run is free, each further one a strike
    return false;
}

void WaitingRoom::removeConnection(ClientConnection *c)
{
    const auto entries = m_byConnection.take(c);
    for (const auto &[event, key] : entries) {
        Room &room = m_rooms[event];
        const auto w = room.waiters.find(key);
        if (w == room.waiters.end())
            continue;
        w->second.conns.removeIf([c](const QPointer<ClientConnection> &p) { return !p || p == c; });
        if (w->second.conns.isEmpty())
            room.waiters.erase(w);
    }
}

qint64 WaitingRoom::positionOf(const Room &room, quint64 place) const
{
    qint64 ahead = 0;
    for (const NodeSummary &n : room.nodes)
        ahead += n.countBelow(room.point, place);
    return ahead + 1;
}

qint64 WaitingRoom::waitSeconds(const Room &room, qint64 position) const
{
    const qint64 rate = std::max(1, room.config.ratePerMinute);
    qint64 wait = (position * 60 + rate - 1) / rate;
    const qint64 now = nowMs();
    if (now < room.config.onSaleMs)
        wait += (room.config.onSaleMs - now + 999) / 1000;
    return wait;
}

QCborMap WaitingRoom::positionFields(qint64 event, const Room &room, quint64 place) const
{
    const bool admitted = room.known && place < room.point;
    const qint64 position = admitted ? 0 : positionOf(room, place);
    QCborMap r;
    r.insert(Key::Event, event);
    r.insert(Key::Admitted, admitted);
    r.insert(Key::Position, position);
    r.insert(Key::WaitS, admitted ? 0 : waitSeconds(room, position));
    return r;
}

} // namespace BoxOffice::Server
