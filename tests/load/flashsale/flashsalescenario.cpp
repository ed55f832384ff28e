#include "flashsalescenario.h"

#include "../framescanner.h"

#include "protocol/errors.h"
#include "protocol/frame.h"
#include "seatmap/seatcodec.h"

#include <QCborArray>
#include <QDateTime>
#include <QFile>
#include <QTcpSocket>

#include <algorithm>
#include <cstdio>

namespace BoxOffice::Load {

using Shared::ErrorCode;
using Shared::MessageType;
namespace Key = Shared::Key;

namespace {

constexpr int MaxHoldAttempts = 10;
constexpr int DrainMs = 15000;

std::optional<Shared::Frame> decoded(const QByteArray &message)
{
    return Shared::decodeFrame(message).frame;
}

} // namespace

FlashSaleScenario::FlashSaleScenario(const FlashSaleOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_conns(std::size_t(options.buyers + options.bots))
    , m_random(options.seed * 0x9E3779B97F4A7C15ull + quint64(options.buyersFirst) + 1)
{
    m_clock.start();
    // The schedule: a share joins in the PREQUEUE_S seconds before the on-sale, the others in
    // the POSTQUEUE_S seconds after it, each at a uniformly random moment.
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    for (int i = 0; i < options.buyers; ++i) {
        Conn &c = m_conns[std::size_t(i)];
        const bool early = unit(m_random) < options.prequeueShare;
        const double offsetS =
            early ? -options.prequeueS * unit(m_random) : options.postqueueS * unit(m_random);
        c.joinAtMs = options.onsaleMs + qint64(offsetS * 1000.0);
        c.picker = unit(m_random) < options.pickerShare;
        c.want = quint8(std::uniform_int_distribution<int>(1, options.seatsMax)(m_random));
        c.category = quint8(std::uniform_int_distribution<int>(0, options.categories - 1)(m_random));
        m_joinOrder.push_back(i);
    }
    std::sort(m_joinOrder.begin(), m_joinOrder.end(), [this](int a, int b) {
        return m_conns[std::size_t(a)].joinAtMs < m_conns[std::size_t(b)].joinAtMs;
    });
    for (int k = 0; k < options.bots; ++k) {
        Conn &c = m_conns[std::size_t(options.buyers + k)];
        c.bot = true;
        c.joinAtMs = options.onsaleMs - 2000 + std::uniform_int_distribution<int>(0, 1000)(m_random);
    }
    m_tick.setInterval(20);
    connect(&m_tick, &QTimer::timeout, this, &FlashSaleScenario::tick);
    m_progress.setInterval(1000);
    connect(&m_progress, &QTimer::timeout, this, &FlashSaleScenario::reportProgress);
}

qint64 FlashSaleScenario::nowMs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

QHostAddress FlashSaleScenario::sourceOf(int index) const
{
    if (index < 0)
        return {};
    if (m_conns[std::size_t(index)].bot) {
        const int b = m_options.botsFirst + (index - m_options.buyers);
        return QHostAddress((127u << 24) | (200u << 16) | quint32(1 + b % m_options.botAddresses));
    }
    // Buyer g from 127.(1 + a / 256).(a % 256).(1 + g % 254), a = g / 254: never .0 or .255.
    const quint32 g = quint32(m_options.buyersFirst + index);
    const quint32 a = g / 254;
    return QHostAddress((127u << 24) | ((1 + a / 256) << 16) | ((a % 256) << 8) | (1 + g % 254));
}

void FlashSaleScenario::start()
{
    m_lastOpenMs = m_clock.elapsed();
    m_control.phase = Phase::Connecting;
    openConn(-1);
    m_tick.start();
    m_progress.start();
}

void FlashSaleScenario::openConn(int index)
{
    Conn &c = conn(index);
    auto *socket = new QTcpSocket(this);
    c.phase = Phase::Connecting;
    connect(socket, &QTcpSocket::connected, this, [this, index] { conn(index).ws.onConnected(); });
    connect(socket, &QTcpSocket::readyRead, this, [this, index] { onReadyRead(index); });
    connect(socket, &QTcpSocket::disconnected, this, [this, index] { onLost(index); });
    connect(socket, &QTcpSocket::errorOccurred, this, [this, index] { onLost(index); });
    const QUrl url = index < 0 || c.bot
                         ? m_options.urls.constFirst()
                         : m_options.urls.at((m_options.buyersFirst + index) % m_options.urls.size());
    const QUrl botUrl = m_options.urls.at(std::max(0, index) % m_options.urls.size());
    const QUrl &target = c.bot ? botUrl : url;
    c.ws.open(socket, sourceOf(index), QHostAddress(target.host()), quint16(target.port()));
}

void FlashSaleScenario::send(Conn &c, MessageType type, QCborMap fields)
{
    c.pendingId = c.pendingId + 1;
    c.inFlight = true;
    c.pendingType = type;
    c.sentNs = m_clock.nsecsElapsed();
    c.ws.sendBinary(Shared::encodeRequest(type, c.pendingId, std::move(fields)));
}

void FlashSaleScenario::onReadyRead(int index)
{
    Conn &c = conn(index);
    const auto result = c.ws.read([this, index](const QByteArray &message) { onMessage(index, message); });
    if (conn(index).ws.justUpgraded() && c.phase == Phase::Connecting) {
        c.phase = Phase::Hello;
        QCborMap hello;
        hello.insert(Key::Version, Shared::ProtocolVersion);
        hello.insert(Key::Client, QStringLiteral("flashsale"));
        send(c, MessageType::Hello, hello);
        // A reply may have been in the same read as the handshake's answer.
        c.ws.read([this, index](const QByteArray &message) { onMessage(index, message); });
    }
    if (result != WsConnection::ReadResult::Ok) {
        c.ws.socket()->abort();
        onLost(index, result == WsConnection::ReadResult::Closed ? nullptr : "protocol error");
    }
}

void FlashSaleScenario::settled(Conn &c, bool ok)
{
    --m_pending;
    if (!ok) {
        ++m_connectFailures;
        return;
    }
    c.connectedNow = true;
    ++m_connected;
    m_connectedPeak = std::max(m_connectedPeak, m_connected);
    c.phase = Phase::Ready;
    if (!c.bot && nowMs() >= c.joinAtMs) {
        if (nowMs() > c.joinAtMs + 1000)
            ++m_lateJoins;
        join(c);
    }
}

const char *FlashSaleScenario::phaseName(Phase p)
{
    static const char *const names[] = {
        "idle",        "connecting", "hello",    "session", "ready",      "joining", "waiting", "admitting",
        "subscribing", "holding",    "ordering", "paying",  "cancelling", "done",    "gave-up", "failed"};
    return names[int(p)];
}

void FlashSaleScenario::countError(qint64 type, qint64 error)
{
    // "refused BestAvailable(23) SeatUnavailable(14)"
    // (A QByteArray, not the QStringBuilder of temporaries that auto would return.)
    const auto name = [](QLatin1StringView v, qint64 n) -> QByteArray {
        QByteArray out(v.data(), v.size());
        out.append('(').append(QByteArray::number(n)).append(')');
        return out;
    };
    ++m_details["refused " + name(Shared::messageTypeName(MessageType(type)), type) + ' ' +
                name(Shared::errorCodeName(ErrorCode(error)), error)];
}

void FlashSaleScenario::onLost(int index, const char *why)
{
    Conn &c = conn(index);
    if (m_done || c.phase == Phase::Failed)
        return;
    const Phase was = c.phase;
    c.phase = Phase::Failed;
    if (index >= 0) {
        // Why, for the log: the server's close frame, the socket's error, or ours.
        QByteArray reason;
        if (why)
            reason = why;
        else if (c.ws.closeCode() != 0)
            reason = "close " + QByteArray::number(c.ws.closeCode()) + ' ' + c.ws.closeReason();
        else if (c.ws.socket() && c.ws.socket()->error() != QAbstractSocket::UnknownSocketError)
            reason = c.ws.socket()->errorString().toUtf8();
        else
            reason = "disconnected";
        ++m_details[QByteArray(c.bot ? "lost bot " : "lost ") + phaseName(was) + ": " + reason];
    }
    if (index < 0) {
        std::fprintf(stderr, "[flashsale] the control connection was lost\n");
        finish("control connection lost");
        return;
    }
    if (was == Phase::Connecting || was == Phase::Hello || was == Phase::Session) {
        settled(c, false);
        c.phase = Phase::Failed;
        return;
    }
    if (c.connectedNow) {
        c.connectedNow = false;
        --m_connected;
    }
    if (c.bot)
        ++m_botClosed;
    else
        ++m_lost;
}

void FlashSaleScenario::onMessage(int index, const QByteArray &message)
{
    if (m_done)
        return;
    if (index < 0) {
        onControlMessage(message);
        return;
    }
    Conn &c = conn(index);
    ScannedFrame frame;
    if (!FrameScanner::scan(message, frame)) {
        ++m_errors;
        return;
    }
    if (frame.id < 0) { // a push
        if (c.bot)
            return;
        if (frame.type == qint64(MessageType::QueueStatus) && c.phase == Phase::Waiting && c.admittedMs < 0 &&
            c.place >= 0) {
            // A node pushes the admission to the waiters the point passed before its status,
            // so a status whose point passed this buyer means the server skipped it.
            const auto f = decoded(message);
            if (f && Shared::cborInteger(f->body.value(Key::Point), -1) > c.place)
                c.passedOver = true;
        } else if (frame.type == qint64(MessageType::QueuePosition) && c.phase == Phase::Waiting) {
            const auto f = decoded(message);
            if (f && f->body.value(Key::Admitted).toBool()) {
                c.admittedMs = nowMs();
                c.phase = Phase::Admitting;
                send(c, MessageType::QueueAdmit,
                     QCborMap{{Key::Event, m_options.event}, {Key::Ticket, c.ticket}});
            }
        } else if (frame.type == qint64(MessageType::Snapshot) && c.phase == Phase::Subscribing && c.picker &&
                   !c.inFlight) {
            const QByteArray bytes =
                frame.ownedBytes.isEmpty() ? frame.bytes.toByteArray() : frame.ownedBytes;
            c.phase = Phase::Holding;
            takeSeats(c, &bytes);
        }
        return;
    }
    if (frame.id != c.pendingId || !c.inFlight)
        return; // a late reply of something given up
    c.inFlight = false;
    const qint64 type = qint64(c.pendingType);
    c.pendingType = MessageType::Invalid;
    if (c.phase == Phase::Hello) {
        if (frame.error != 0) {
            settled(c, false);
            c.phase = Phase::Failed;
            return;
        }
        c.phase = Phase::Session;
        send(c, MessageType::BuyerSession, {});
        return;
    }
    if (c.phase == Phase::Session) {
        c.hasSession = frame.error == 0;
        if (!c.hasSession && !c.bot)
            countError(qint64(MessageType::BuyerSession), frame.error);
        if (c.bot) {
            ++(c.hasSession ? m_botSessions : m_botSessionRefused);
            settled(c, true); // a bot without a session attacks anyway
            return;
        }
        if (!c.hasSession) {
            ++m_errors;
            settled(c, false);
            c.phase = Phase::Failed;
            return;
        }
        settled(c, true);
        return;
    }
    if (c.bot)
        onBotReply(index, c, message, frame.error);
    else
        onBuyerReply(index, c, message, type, frame.error);
}

void FlashSaleScenario::onControlMessage(const QByteArray &message)
{
    Conn &c = m_control;
    ScannedFrame frame;
    if (!FrameScanner::scan(message, frame))
        return;
    if (frame.id < 0) {
        const QByteArray bytes = frame.ownedBytes.isEmpty() ? frame.bytes.toByteArray() : frame.ownedBytes;
        if (frame.type == qint64(MessageType::Snapshot)) {
            const auto states = Shared::decodeSnapshotStates(bytes, m_options.seatCount);
            if (!states) {
                finish("undecodable snapshot");
                return;
            }
            m_controlStates = *states;
            m_sold = int(
                std::count(m_controlStates.cbegin(), m_controlStates.cend(), char(Shared::SeatState::Sold)));
        } else if (frame.type == qint64(MessageType::Delta) && !m_controlStates.isEmpty()) {
            const auto changes = Shared::decodeDelta(bytes, m_options.seatCount);
            if (!changes)
                return;
            for (const Shared::SeatChange &change : *changes) {
                char &s = m_controlStates[change.seat];
                m_sold += (change.state == Shared::SeatState::Sold) - (s == char(Shared::SeatState::Sold));
                s = char(change.state);
            }
        }
        if (m_soldOutMs < 0 && !m_controlStates.isEmpty() && m_sold >= m_options.seats) {
            m_soldOutMs = nowMs();
            std::fprintf(stderr, "[flashsale %d] sold out %.1f s after the on-sale\n", m_options.buyersFirst,
                         double(m_soldOutMs - m_options.onsaleMs) / 1000.0);
            m_draining = true;
            m_drainUntilMs = m_soldOutMs + DrainMs;
        }
        return;
    }
    if (frame.error != 0) {
        std::fprintf(stderr, "[flashsale] control request refused with error %lld\n",
                     static_cast<long long>(frame.error));
        finish("control refused");
        return;
    }
    if (c.phase == Phase::Hello) {
        c.phase = Phase::Session;
        send(c, MessageType::BuyerSession, {});
    } else if (c.phase == Phase::Session) {
        c.phase = Phase::Subscribing;
        send(c, MessageType::Subscribe, QCborMap{{Key::Event, m_options.event}});
    }
}

void FlashSaleScenario::join(Conn &c)
{
    c.phase = Phase::Joining;
    send(c, MessageType::QueueJoin, QCborMap{{Key::Event, m_options.event}});
}

void FlashSaleScenario::tick()
{
    if (m_done)
        return;
    const qint64 now = nowMs();
    // Open connections at the configured rate, bots first (they are few).
    const qint64 elapsed = m_clock.elapsed();
    m_openBudget =
        std::min<qint64>(m_openBudget + qint64((elapsed - m_lastOpenMs) * m_options.connectRate / 1000.0),
                         qint64(m_options.connectRate));
    m_lastOpenMs = elapsed;
    const int total = m_options.buyers + m_options.bots;
    while (m_nextOpen < total && m_pending < m_options.maxPending && m_openBudget > 0) {
        const int k = m_nextOpen++;
        const int index = k < m_options.bots ? m_options.buyers + k : k - m_options.bots;
        ++m_pending;
        --m_openBudget;
        openConn(index);
    }
    // Joins that are due.
    while (m_joinCursor < m_joinOrder.size()) {
        Conn &c = m_conns[std::size_t(m_joinOrder[m_joinCursor])];
        if (c.joinAtMs > now)
            break;
        ++m_joinCursor;
        if (c.phase == Phase::Ready)
            join(c); // otherwise it joins once it is set up (settled)
    }
    // Bot attacks.
    if (now >= m_options.onsaleMs - 2000) {
        for (int k = 0; k < m_options.bots; ++k) {
            Conn &c = m_conns[std::size_t(m_options.buyers + k)];
            if (c.phase == Phase::Ready && c.joinAtMs <= now && c.attempts < m_options.botAttacks)
                botAttack(c);
        }
    }
    if (m_draining) {
        const bool busy = std::any_of(m_conns.cbegin(), m_conns.cend(),
                                      [](const Conn &c) { return !c.bot && isBusy(c.phase); });
        if (!busy || now >= m_drainUntilMs)
            finish(busy ? "drain time over" : "sold out");
        return;
    }
    if (now >= m_options.onsaleMs + qint64(m_options.durationS) * 1000)
        finish("duration over");
}

void FlashSaleScenario::onBuyerReply(int index, Conn &c, const QByteArray &message, qint64 type, qint64 error)
{
    const qint64 now = nowMs();
    switch (MessageType(type)) {
    case MessageType::QueueJoin: {
        const auto f = decoded(message);
        if (error != 0 || !f) {
            ++m_errors;
            countError(type, error);
            c.phase = Phase::GaveUp;
            return;
        }
        const QCborMap r = f->result();
        c.ticket = r.value(Key::Ticket).toString();
        c.place = Shared::cborInteger(r.value(Key::Place), -1);
        c.joinedMs = now;
        if (m_seenTickets.size() < 256)
            m_seenTickets.append(c.ticket);
        if (r.value(Key::Admitted).toBool()) {
            c.admittedMs = now;
            c.phase = Phase::Admitting;
            send(c, MessageType::QueueAdmit,
                 QCborMap{{Key::Event, m_options.event}, {Key::Ticket, c.ticket}});
        } else {
            c.phase = Phase::Waiting;
        }
        return;
    }
    case MessageType::QueueAdmit: {
        if (error == qint64(ErrorCode::QueueNotYet)) {
            // Admitted by the push but not yet on this node's view: asked again in a second.
            ++m_notYet;
            c.phase = Phase::Waiting;
            c.attempts = 1;
            return;
        }
        const auto f = decoded(message);
        if (error != 0 || !f) {
            ++m_errors;
            countError(type, error);
            c.phase = Phase::GaveUp;
            return;
        }
        if (m_seenTokens.size() < 256)
            m_seenTokens.append(f->result().value(Key::Token).toString());
        c.admitPoint = Shared::cborInteger(f->result().value(Key::Point), -1);
        c.grantedMs = now;
        c.attempts = 0;
        c.phase = Phase::Subscribing;
        send(c, MessageType::Subscribe, QCborMap{{Key::Event, m_options.event}});
        return;
    }
    case MessageType::Subscribe:
        if (error != 0) {
            ++m_errors;
            countError(type, error);
            c.phase = Phase::GaveUp;
            return;
        }
        if (!c.picker) {
            c.phase = Phase::Holding;
            takeSeats(c, nullptr);
        } // a picker waits for the Snapshot push
        return;
    case MessageType::Hold:
    case MessageType::BestAvailable: {
        m_holdLatencyUs.push_back((m_clock.nsecsElapsed() - c.sentNs) / 1000);
        if (error == 0) {
            const auto f = decoded(message);
            const QCborMap r = f ? f->result() : QCborMap();
            c.hold = Shared::cborInteger(r.value(Key::Hold), 0);
            c.want = quint8(r.value(Key::Seats).toArray().size());
            c.phase = Phase::Ordering;
            send(c, MessageType::CreateOrder,
                 QCborMap{{Key::Event, m_options.event}, {Key::Holds, QCborArray{c.hold}}});
            return;
        }
        ++m_holdFailures;
        countError(type, error);
        if (error == qint64(ErrorCode::AdmissionExpired) || error == qint64(ErrorCode::AdmissionRequired) ||
            ++c.attempts >= MaxHoldAttempts) {
            if (error == qint64(ErrorCode::AdmissionRequired))
                ++m_errors;
            ++m_gaveUp;
            c.phase = Phase::GaveUp;
            leave(c);
            return;
        }
        // Another category next, fewer seats every third failure; a picker whose seats went
        // meanwhile asks for the best available instead.
        c.picker = false;
        c.category = quint8((c.category + 1) % m_options.categories);
        if (c.attempts % m_options.categories == 0 && c.want > 1)
            --c.want;
        // Like a person clicking again: after a moment (250-750 ms; more when told to slow
        // down), not at once.
        const int backoffMs =
            std::uniform_int_distribution<int>(250, 750)(m_random) *
            (error == qint64(ErrorCode::RateLimited) || error == qint64(ErrorCode::ServerBusy) ? 2 : 1);
        QTimer::singleShot(backoffMs, this, [this, index] {
            Conn &again = conn(index);
            if (again.phase == Phase::Holding && !again.inFlight && !m_done)
                takeSeats(again, nullptr);
        });
        return;
    }
    case MessageType::CreateOrder: {
        const auto f = decoded(message);
        c.order = f && error == 0 ? Shared::cborInteger(f->result().value(Key::Order), 0) : 0;
        if (c.order <= 0) {
            ++m_errors;
            countError(type, error);
            c.phase = Phase::GaveUp;
            send(c, MessageType::Release, QCborMap{{Key::Event, m_options.event}, {Key::Hold, c.hold}});
            leave(c);
            return;
        }
        ++m_orders;
        c.phase = Phase::Paying;
        pay(c);
        return;
    }
    case MessageType::PayOrder:
        if (error == 0) {
            ++m_sales;
            m_seatsBought += c.want;
            if (c.payTries > 1)
                ++m_retriedPaid;
            c.phase = Phase::Done;
            leave(c);
            return;
        }
        if (error == qint64(ErrorCode::PaymentDeclined)) {
            ++m_declines;
            if (c.payTries < 2) {
                pay(c); // once more, with the other card
                return;
            }
        } else {
            ++m_errors;
            countError(type, error);
        }
        c.phase = Phase::Cancelling;
        send(c, MessageType::CancelOrder, QCborMap{{Key::Order, c.order}});
        return;
    case MessageType::CancelOrder:
        if (error != 0) {
            ++m_errors;
            countError(type, error);
        }
        ++m_cancelled;
        c.phase = Phase::GaveUp;
        leave(c);
        return;
    case MessageType::QueueLeave:
        if (error != 0) {
            ++m_errors;
            countError(type, error);
        }
        return;
    default:
        return; // Unsubscribe, Release: nothing follows
    }
}

void FlashSaleScenario::takeSeats(Conn &c, const QByteArray *snapshot)
{
    const int want = std::max(1, int(c.want));
    if (snapshot) {
        const auto states = Shared::decodeSnapshotStates(*snapshot, m_options.seatCount);
        if (states) {
            // Like a person on the map: a random spot, then the free seats next to it.
            QCborArray seats;
            const int n = m_options.seatCount;
            int s = std::uniform_int_distribution<int>(0, n - 1)(m_random);
            for (int scanned = 0; scanned < n && seats.size() < want; ++scanned, s = (s + 1) % n) {
                if (states->at(s) == char(Shared::SeatState::Available))
                    seats.append(s);
                else if (!seats.isEmpty() && scanned > 64)
                    break;
            }
            if (seats.isEmpty()) { // the map shows the sale is over
                ++m_gaveUp;
                c.phase = Phase::GaveUp;
                leave(c);
                return;
            }
            send(c, MessageType::Hold, QCborMap{{Key::Event, m_options.event}, {Key::Seats, seats}});
            return;
        }
    }
    send(c, MessageType::BestAvailable,
         QCborMap{{Key::Event, m_options.event}, {Key::Count, want}, {Key::Category, int(c.category)}});
}

void FlashSaleScenario::leave(Conn &c)
{
    // Done (paid or given up): off the map, and out of the room, so that the active limit
    // lets the next buyer in at once rather than at the end of this one's window.
    send(c, MessageType::Unsubscribe, QCborMap{{Key::Event, m_options.event}});
    send(c, MessageType::QueueLeave, QCborMap{{Key::Event, m_options.event}});
    ++m_left;
}

void FlashSaleScenario::pay(Conn &c)
{
    const int card = std::min<int>(c.payTries, int(m_options.cardTokens.size()) - 1);
    ++c.payTries;
    const QString key = QStringLiteral("fs-%1-%2-%3")
                            .arg(m_options.seed)
                            .arg(m_options.buyersFirst + int(&c - m_conns.data()))
                            .arg(c.payTries)
                            .leftJustified(16, QLatin1Char('-'));
    send(c, MessageType::PayOrder,
         QCborMap{{Key::Order, c.order},
                  {Key::PaymentKey, key},
                  {Key::Method, QStringLiteral("card")},
                  {Key::Token, m_options.cardTokens.at(card)}});
}

void FlashSaleScenario::finish(const char *why)
{
    if (m_done)
        return;
    std::fprintf(stderr, "[flashsale %d] finishing: %s\n", m_options.buyersFirst, why);
    reportProgress();
    m_done = true;
    m_tick.stop();
    m_progress.stop();
    writeResults();
    for (Conn &c : m_conns) {
        if (c.ws.socket())
            c.ws.socket()->abort();
    }
    if (m_control.ws.socket())
        m_control.ws.socket()->abort();
    QTimer::singleShot(0, this, [this] { emit finished(0); });
}

} // namespace BoxOffice::Load
