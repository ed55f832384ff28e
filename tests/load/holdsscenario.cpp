#include "holdsscenario.h"

#include "connectionramp.h"
#include "framescanner.h"

#include "protocol/errors.h"
#include "protocol/frame.h"

#include <QCborArray>
#include <QDate>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <QWebSocket>

#include <algorithm>
#include <cmath>
#include <cstdio>

Q_LOGGING_CATEGORY(lcHolds, "boxoffice.load.holds")

namespace BoxOffice::Load {

using Shared::ErrorCode;
using Shared::MessageType;

namespace {

constexpr int DefaultSeatCount = 50000;
constexpr int DrainMilliseconds = 5000;
constexpr int MaxLoggedProblems = 10;

} // namespace

HoldsScenario::HoldsScenario(const LoadOptions &options, QObject *parent)
    : Scenario(options, parent)
    , m_clients(std::size_t(options.clients))
    , m_seatCount(options.seatCount)
    , m_seatsMax(options.seatsMax)
{
    m_progressTimer.setInterval(1000);
    m_progressTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_progressTimer, &QTimer::timeout, this, &HoldsScenario::reportProgress);
    m_drainTimer.setSingleShot(true);
    m_drainTimer.setInterval(DrainMilliseconds);
    connect(&m_drainTimer, &QTimer::timeout, this, [this] { finishRun(false); });
    // A rough guess that saves reallocations while measuring: a few thousand holds a second.
    m_okLatency.reserve(qsizetype(options.durationSeconds) * 5000);
}

void HoldsScenario::start()
{
    m_progressTimer.start();
    if (m_options.sellRatio > 0 && m_cardToken.isEmpty()) {
        fetchCardToken();
        return;
    }
    if (m_seatCount > 0) {
        m_seatsMax = std::min(m_seatsMax, m_seatCount);
        startRamp();
        return;
    }
    // One control connection asks for the event's seat count and per-order limit first.
    m_control.socket = openSocket(ControlIndex);
}

// Sales are paid by card: the gateway tokenizes its approved test card once, and every
// PayOrder of the run uses that token (a token is reusable, like a stored card).
void HoldsScenario::fetchCardToken()
{
    QUrl url = m_options.gatewayUrl;
    url.setPath(QStringLiteral("/v1/tokens"));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setRawHeader("Idempotency-Key", QByteArrayLiteral("loadgen-card-") + QByteArray::number(m_options.seed));
    request.setTransferTimeout(10000);
    const QJsonObject body{{QStringLiteral("number"), QStringLiteral("4242424242424242")},
                           {QStringLiteral("exp_month"), 12},
                           {QStringLiteral("exp_year"), QDate::currentDate().year() + 3},
                           {QStringLiteral("cvc"), QStringLiteral("123")}};
    QNetworkReply *reply = m_network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        m_cardToken = QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("token")).toString();
        if (m_cardToken.isEmpty()) {
            countError(QStringLiteral("the gateway at %1 gave no card token: %2")
                           .arg(m_options.gatewayUrl.toString(), reply->errorString()));
            finishRun(false);
            return;
        }
        start();
    });
}

void HoldsScenario::abortRun()
{
    std::fprintf(stderr, "[holds] hard timeout reached, reporting partial results\n");
    finishRun(true);
}

void HoldsScenario::send(Client &c, MessageType type, QCborMap fields)
{
    c.pendingId = c.nextId++;
    c.pendingType = type;
    c.sentNs = nowNs();
    c.socket->sendBinaryMessage(Shared::encodeRequest(type, c.pendingId, std::move(fields)));
}

void HoldsScenario::onConnected(int index)
{
    Client &c = client(index);
    if (c.phase != Phase::Connecting)
        return;
    c.phase = Phase::Hello;
    c.pendingId = c.nextId++;
    c.pendingType = MessageType::Hello;
    c.socket->sendBinaryMessage(helloRequest(c.pendingId));
}

void HoldsScenario::onMessage(int index, const QByteArray &message)
{
    Client &c = client(index);
    if (c.phase == Phase::Closed || m_done)
        return;
    ScannedFrame frame;
    if (!FrameScanner::scan(message, frame)) {
        countError(QStringLiteral("undecodable frame of %1 bytes").arg(message.size()));
        return;
    }
    if (frame.id < 0)
        return; // a push; this scenario subscribes to nothing
    if (index != ControlIndex && c.saleId != 0 && frame.id == c.saleId) {
        c.saleId = 0;
        onSaleReply(c, frame, message);
        return;
    }
    if (frame.id != c.pendingId) {
        countError(QStringLiteral("reply with id %1, expected %2").arg(frame.id).arg(c.pendingId));
        return;
    }
    c.pendingId = 0;

    if (index == ControlIndex) {
        onControlMessage(message, frame);
        return;
    }
    if (c.phase == Phase::Hello || c.phase == Phase::Session) {
        if (frame.error != 0) {
            countError(
                QStringLiteral("%1 refused with error %2")
                    .arg(c.phase == Phase::Hello ? QStringLiteral("Hello") : QStringLiteral("BuyerSession"))
                    .arg(frame.error));
            c.phase = Phase::Closed;
            c.socket->abort();
            m_ramp->settle(index, false);
            return;
        }
        if (c.phase == Phase::Hello) {
            // Holds need a session: each client is an online buyer.
            c.phase = Phase::Session;
            send(c, MessageType::BuyerSession, {});
            return;
        }
        c.phase = Phase::Ready;
        m_ramp->settle(index, true);
        return;
    }
    onReply(c, frame, message);
}

void HoldsScenario::onControlMessage(const QByteArray &message, const ScannedFrame &frame)
{
    Client &c = m_control;
    if (c.phase == Phase::Hello) {
        if (frame.error != 0) {
            countError(QStringLiteral("Hello refused with error %1").arg(frame.error));
            finishRun(false);
            return;
        }
        c.phase = Phase::Session;
        send(c, MessageType::BuyerSession, {});
        return;
    }
    if (c.phase == Phase::Session) {
        if (frame.error != 0) {
            countError(QStringLiteral("BuyerSession refused with error %1").arg(frame.error));
            finishRun(false);
            return;
        }
        c.phase = Phase::ListEvents;
        send(c, MessageType::ListEvents, {});
        return;
    }
    if (c.phase != Phase::ListEvents)
        return;

    // Once per run, so the full shared decoder is fine here.
    const Shared::DecodeResult decoded = Shared::decodeFrame(message);
    int maxSeats = 0;
    if (decoded.frame && !decoded.frame->isError()) {
        const QCborArray events = decoded.frame->result().value(Shared::Key::Events).toArray();
        for (const QCborValue &value : events) {
            const QCborMap event = value.toMap();
            if (event.value(Shared::Key::Id).toInteger(-1) != m_options.event)
                continue;
            m_seatCount = int(event.value(Shared::Key::SeatCount).toInteger(0));
            maxSeats = int(event.value(Shared::Key::MaxSeats).toInteger(0));
        }
    }
    if (m_seatCount <= 0) {
        qCWarning(lcHolds) << "the server did not list event" << m_options.event
                           << "with a seat count; assuming" << DefaultSeatCount << "seats";
        m_seatCount = DefaultSeatCount;
    }
    if (maxSeats > 0 && m_seatsMax > maxSeats) {
        qCWarning(lcHolds) << "event" << m_options.event << "allows" << maxSeats
                           << "seats per order; --seats-max lowered to it";
        m_seatsMax = maxSeats;
    }
    m_seatsMax = std::min(m_seatsMax, m_seatCount);
    m_holdCap = maxSeats;
    std::fprintf(stderr, "[holds] event %lld: %d seats, holding %d..%d per request\n",
                 static_cast<long long>(m_options.event), m_seatCount,
                 std::min(m_options.seatsMin, m_seatsMax), m_seatsMax);
    c.phase = Phase::Closed;
    c.socket->close();
    startRamp();
}

void HoldsScenario::onLost(int index, const QString &reason)
{
    Client &c = client(index);
    if (c.phase == Phase::Closed || m_done)
        return;
    const Phase previous = c.phase;
    c.phase = Phase::Closed;
    c.pendingId = 0;
    if (index == ControlIndex) {
        countError(
            QStringLiteral("control connection to %1 failed: %2").arg(m_options.url.toString(), reason));
        finishRun(false);
        return;
    }
    if (previous == Phase::Connecting || previous == Phase::Hello || previous == Phase::Session) {
        countError(QStringLiteral("connection %1 failed: %2").arg(index).arg(reason));
        m_ramp->settle(index, false);
        return;
    }
    ++m_lost;
    countError(QStringLiteral("connection %1 lost: %2").arg(index).arg(reason));
    if (m_stopping)
        checkDrained();
}

void HoldsScenario::startRamp()
{
    m_ramp = new ConnectionRamp(m_options.clients, m_options.connectRate, m_options.maxPendingConnects,
                                m_options.connectTimeoutSeconds * 1000, this);
    connect(m_ramp, &ConnectionRamp::finished, this, &HoldsScenario::startMeasuring);
    m_ramp->start([this](int index) { m_clients[std::size_t(index)].socket = openSocket(index); },
                  [this](int index) {
                      Client &c = m_clients[std::size_t(index)];
                      if (c.phase == Phase::Closed)
                          return;
                      c.phase = Phase::Closed;
                      countError(QStringLiteral("connection %1 timed out while connecting").arg(index));
                      c.socket->abort();
                  });
}

void HoldsScenario::startMeasuring()
{
    if (m_done)
        return;
    std::fprintf(stderr, "[holds] %d of %d clients connected (%d failed)\n", m_ramp->succeeded(),
                 m_ramp->total(), m_ramp->failed());
    if (m_ramp->succeeded() == 0) {
        finishRun(false);
        return;
    }
    m_measuring = true;
    m_measureStartNs = nowNs();
    m_windowStartNs = m_measureStartNs + qint64(m_options.warmupSeconds) * 1000000000;
    m_windowEndNs = m_measureStartNs + qint64(m_options.durationSeconds) * 1000000000;
    QTimer::singleShot(m_options.durationSeconds * 1000, Qt::PreciseTimer, this, &HoldsScenario::stopIssuing);
    for (Client &c : m_clients) {
        if (c.phase == Phase::Ready)
            sendHold(c);
    }
}

void HoldsScenario::sendHold(Client &c)
{
    const int low = std::min(m_options.seatsMin, m_seatsMax);
    const int count = std::uniform_int_distribution<int>(low, m_seatsMax)(m_random);
    std::uniform_int_distribution<int> seatDistribution(0, m_seatCount - 1);
    // Distinct seats by rejection: count is small next to the seat count.
    m_chosenSeats.clear();
    while (int(m_chosenSeats.size()) < count) {
        const int seat = seatDistribution(m_random);
        if (std::find(m_chosenSeats.cbegin(), m_chosenSeats.cend(), seat) == m_chosenSeats.cend())
            m_chosenSeats.push_back(seat);
    }
    QCborArray seats;
    for (const int seat : m_chosenSeats)
        seats.append(seat);
    QCborMap fields;
    fields.insert(Shared::Key::Event, m_options.event);
    fields.insert(Shared::Key::Seats, seats);
    c.holdSeats = count;
    send(c, MessageType::Hold, std::move(fields));
}

void HoldsScenario::sendSale(Client &c, MessageType type, QCborMap fields)
{
    c.saleId = c.nextId++;
    c.saleType = type;
    c.socket->sendBinaryMessage(Shared::encodeRequest(type, c.saleId, std::move(fields)));
}

void HoldsScenario::onReply(Client &c, const ScannedFrame &frame, const QByteArray &message)
{
    Q_UNUSED(message)
    const qint64 now = nowNs();
    const bool counted = inWindow(now);
    switch (c.pendingType) {
    case MessageType::Hold: {
        const qint64 latency = now - c.sentNs;
        if (frame.error != 0 || frame.resultHold < 0) {
            ++m_total.holdsFailed;
            ++m_holdFailuresByCode[frame.error];
            if (counted) {
                ++m_window.holdsFailed;
                m_failedLatency.add(latency);
            }
            // Losing a seat to another client, and load shedding, are what a hold under load
            // is expected to meet; anything else is a malfunction.
            if (frame.error != int(ErrorCode::SeatUnavailable) && frame.error != int(ErrorCode::ServerBusy))
                countError(QStringLiteral("Hold failed with error %1").arg(frame.error));
            break;
        }
        ++m_total.holdsOk;
        if (counted) {
            ++m_window.holdsOk;
            m_okLatency.add(latency);
        }
        QCborMap fields;
        fields.insert(Shared::Key::Event, m_options.event);
        // After the stop a successful hold is still released, so that seats are not left
        // held for the next run; nothing else is issued.
        const bool sell =
            !m_stopping && std::uniform_real_distribution<double>(0.0, 1.0)(m_random) < m_options.sellRatio;
        // The sale runs beside the holds: the hold being bought stays the session's until it
        // is sold, so the next holds must fit beside it under the event's hold cap.
        if (sell && (c.saleId != 0 || (m_holdCap > 0 && c.holdSeats + m_seatsMax > m_holdCap))) {
            ++m_total.salesSkipped;
            if (counted)
                ++m_window.salesSkipped;
        } else if (sell) {
            fields.insert(Shared::Key::Holds, QCborArray{frame.resultHold});
            sendSale(c, MessageType::CreateOrder, std::move(fields));
            sendHold(c);
            return;
        }
        fields.insert(Shared::Key::Hold, frame.resultHold);
        send(c, MessageType::Release, std::move(fields));
        return;
    }
    case MessageType::Release:
        if (frame.error != 0) {
            countError(QStringLiteral("Release failed with error %1").arg(frame.error));
            break;
        }
        ++m_total.releases;
        if (counted)
            ++m_window.releases;
        break;
    default:
        countError(QStringLiteral("reply to an unexpected request type"));
        break;
    }
    if (m_stopping)
        checkDrained();
    else
        sendHold(c);
}

void HoldsScenario::onSaleReply(Client &c, const ScannedFrame &frame, const QByteArray &message)
{
    const MessageType type = c.saleType;
    c.saleType = MessageType::Invalid;
    if (frame.error != 0) {
        countError(QStringLiteral("%1 failed with error %2")
                       .arg(type == MessageType::CreateOrder ? QStringLiteral("CreateOrder")
                                                             : QStringLiteral("PayOrder"))
                       .arg(frame.error));
    } else if (type == MessageType::CreateOrder) {
        sendPayment(c, message);
    } else if (type == MessageType::PayOrder) {
        ++m_total.sales;
        if (inWindow(nowNs()))
            ++m_window.sales;
    } else {
        countError(QStringLiteral("reply to an unexpected sale request type"));
    }
    if (m_stopping)
        checkDrained();
}

void HoldsScenario::sendPayment(Client &c, const QByteArray &message)
{
    // Rare next to holds: the full decoder is fine here.
    const Shared::DecodeResult decoded = Shared::decodeFrame(message);
    const qint64 order =
        decoded.frame ? decoded.frame->result().value(Shared::Key::Order).toInteger(0) : qint64(0);
    if (order <= 0) {
        countError(QStringLiteral("CreateOrder reply without an order id"));
        return;
    }
    QCborMap fields;
    fields.insert(Shared::Key::Order, order);
    fields.insert(Shared::Key::PaymentKey, QStringLiteral("loadgen-%1-%2")
                                               .arg(m_options.seed)
                                               .arg(++m_payments)
                                               .leftJustified(16, QLatin1Char('-')));
    fields.insert(Shared::Key::Method, QStringLiteral("card"));
    fields.insert(Shared::Key::Token, m_cardToken);
    sendSale(c, MessageType::PayOrder, std::move(fields));
}

void HoldsScenario::stopIssuing()
{
    if (m_done)
        return;
    m_stopping = true;
    m_drainTimer.start();
    checkDrained();
}

void HoldsScenario::checkDrained()
{
    const bool inFlight = std::any_of(m_clients.cbegin(), m_clients.cend(), [](const Client &c) {
        return c.phase == Phase::Ready && (c.pendingId != 0 || c.saleId != 0);
    });
    if (!inFlight)
        finishRun(false);
}

void HoldsScenario::countError(const QString &what)
{
    if (++m_errors <= MaxLoggedProblems)
        qCWarning(lcHolds).noquote() << what;
    else if (m_errors == MaxLoggedProblems + 1)
        qCWarning(lcHolds) << "further errors are only counted";
}

void HoldsScenario::reportProgress()
{
    if (m_done)
        return;
    if (!m_measuring) {
        if (m_ramp)
            std::fprintf(stderr, "[holds] connecting: %d ready, %d failed of %d\n", m_ramp->succeeded(),
                         m_ramp->failed(), m_ramp->total());
        return;
    }
    const double t = double(nowNs() - m_measureStartNs) / 1e9;
    int inFlight = 0;
    int salesInFlight = 0;
    for (const Client &c : m_clients) {
        inFlight += c.phase == Phase::Ready && c.pendingId != 0;
        salesInFlight += c.phase == Phase::Ready && c.saleId != 0;
    }
    std::fprintf(stderr,
                 "[holds] t=%.0fs%s holds/s=%lld failed/s=%lld sales=%lld releases=%lld "
                 "errors=%lld in_flight=%d sales_in_flight=%d\n",
                 t, m_stopping ? " (draining)" : (nowNs() < m_windowStartNs ? " (warm-up)" : ""),
                 static_cast<long long>(m_total.holdsOk - m_progressOk),
                 static_cast<long long>(m_total.holdsFailed - m_progressFailed),
                 static_cast<long long>(m_total.sales), static_cast<long long>(m_total.releases),
                 static_cast<long long>(m_errors), inFlight, salesInFlight);
    m_progressOk = m_total.holdsOk;
    m_progressFailed = m_total.holdsFailed;
}

void HoldsScenario::finishRun(bool timedOut)
{
    if (m_done)
        return;
    m_done = true;
    m_progressTimer.stop();
    m_drainTimer.stop();

    for (const Client &c : m_clients) {
        if (c.phase == Phase::Ready)
            m_unanswered += (c.pendingId != 0 ? 1 : 0) + (c.saleId != 0 ? 1 : 0);
    }
    m_errors += m_unanswered;

    const int connectFailures =
        m_ramp ? m_ramp->failed() + (m_ramp->total() - m_ramp->succeeded() - m_ramp->failed())
               : m_options.clients;
    // The full window normally; only what was measured of it after a hard timeout.
    const qint64 windowNs = m_measuring ? std::min(nowNs(), m_windowEndNs) - m_windowStartNs : qint64(0);
    const qint64 holdsPerSecond =
        windowNs > 0 ? qRound64(double(m_window.holdsOk) * 1e9 / double(windowNs)) : 0;

    std::fprintf(stderr,
                 "[holds] totals: holds_ok=%lld holds_failed=%lld sales=%lld sales_skipped=%lld "
                 "releases=%lld connect_failures=%d lost=%lld unanswered=%lld\n",
                 static_cast<long long>(m_total.holdsOk), static_cast<long long>(m_total.holdsFailed),
                 static_cast<long long>(m_total.sales), static_cast<long long>(m_total.salesSkipped),
                 static_cast<long long>(m_total.releases), connectFailures, static_cast<long long>(m_lost),
                 static_cast<long long>(m_unanswered));
    for (auto it = m_holdFailuresByCode.cbegin(); it != m_holdFailuresByCode.cend(); ++it) {
        const QLatin1StringView name = Shared::errorCodeName(ErrorCode(it.key()));
        std::fprintf(stderr, "[holds] hold failures with error %lld %s: %lld\n",
                     static_cast<long long>(it.key()),
                     name.isEmpty() ? "(none)" : QByteArray(name.data(), name.size()).constData(),
                     static_cast<long long>(it.value()));
    }
    std::fprintf(stderr, "[holds] failed-hold latency: p50_ms=%.2f p99_ms=%.2f samples=%lld\n",
                 m_failedLatency.percentileMs(50), m_failedLatency.percentileMs(99),
                 static_cast<long long>(m_failedLatency.count()));
    std::fprintf(stderr, "[holds] successful-hold latency: max_ms=%.2f samples=%lld\n", m_okLatency.maxMs(),
                 static_cast<long long>(m_okLatency.count()));

    printResultLine(QByteArrayLiteral("holds_per_s=") + QByteArray::number(holdsPerSecond) +
                    " p50_ms=" + QByteArray::number(m_okLatency.percentileMs(50), 'f', 2) +
                    " p99_ms=" + QByteArray::number(m_okLatency.percentileMs(99), 'f', 2) +
                    " holds_ok=" + QByteArray::number(m_window.holdsOk) +
                    " holds_failed=" + QByteArray::number(m_window.holdsFailed) +
                    " sales=" + QByteArray::number(m_window.sales) + " releases=" +
                    QByteArray::number(m_window.releases) + " errors=" + QByteArray::number(m_errors));

    int exitCode = ExitOk;
    if (timedOut)
        exitCode = ExitTimeout;
    else if (m_window.holdsOk == 0 || connectFailures > 0 || m_lost > 0)
        exitCode = ExitFailed;

    QList<QWebSocket *> sockets;
    sockets.reserve(qsizetype(m_clients.size()) + 1);
    sockets.append(m_control.socket);
    for (const Client &c : m_clients)
        sockets.append(c.socket);
    closeAllAndFinish(sockets, exitCode);
}

} // namespace BoxOffice::Load
