#include "fanoutscenario.h"

#include "connectionramp.h"
#include "fanoutworkers.h"
#include "framescanner.h"
#include "rawwatchers.h"

#include "protocol/errors.h"
#include "protocol/frame.h"

#include <QCborArray>
#include <QCborMap>
#include <QFile>
#include <QLoggingCategory>
#include <QWebSocket>

#include <algorithm>
#include <cmath>
#include <cstdio>

#include <unistd.h>

Q_LOGGING_CATEGORY(lcFanout, "boxoffice.load.fanout")

namespace BoxOffice::Load {

using Shared::ErrorCode;
using Shared::MessageType;
using Shared::SeatState;

namespace {

constexpr int ReleaseWaitMilliseconds = 3000;
constexpr int MaxLoggedProblems = 10;
constexpr int RandomSeatTries = 64;

} // namespace

FanoutScenario::FanoutScenario(const LoadOptions &options, QObject *parent)
    : Scenario(options, parent)
    // With --processes the coordinator keeps the remainder of an even split.
    , m_watchers(std::size_t(options.worker ? options.watchers
                                            : options.watchers - (options.processes - 1) *
                                                                     (options.watchers / options.processes)))
{
    m_progressTimer.setInterval(1000);
    m_progressTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_progressTimer, &QTimer::timeout, this, &FanoutScenario::reportProgress);
    m_probeTimer.setTimerType(Qt::PreciseTimer);
    // Fast enough for the asked rate, never a busy loop; probeTick() catches up on lateness.
    m_probeTimer.setInterval(std::clamp(int(1000.0 / options.probesPerSecond), 1, 10));
    connect(&m_probeTimer, &QTimer::timeout, this, &FanoutScenario::probeTick);
}

void FanoutScenario::start()
{
    if (m_options.worker) {
        workerStart();
        return;
    }
    m_progressTimer.start();
    // The holder subscribes first: its snapshot is the reference for the watchers' and the
    // view it picks free seats from.
    m_holder.socket = openSocket(HolderIndex);
}

void FanoutScenario::abortRun()
{
    std::fprintf(stderr, "[fanout] hard timeout reached, reporting partial results\n");
    if (m_options.worker)
        workerReport();
    else
        finishRun(true);
}

qint64 FanoutScenario::sendRequest(Connection &c, MessageType type, QCborMap fields)
{
    const qint64 id = c.nextId++;
    sendFrame(c, Shared::encodeRequest(type, id, std::move(fields)));
    return id;
}

void FanoutScenario::sendFrame(Connection &c, const QByteArray &payload)
{
    if (c.rawIndex >= 0)
        m_raw->send(c.rawIndex, payload);
    else
        c.socket->sendBinaryMessage(payload);
}

void FanoutScenario::abortConnection(Connection &c)
{
    if (c.rawIndex >= 0)
        m_raw->abort(c.rawIndex);
    else if (c.socket)
        c.socket->abort();
}

void FanoutScenario::onConnected(int index)
{
    Connection &c = connection(index);
    if (c.phase != Phase::Connecting)
        return;
    c.phase = Phase::Hello;
    c.pendingId = c.nextId++;
    sendFrame(c, helloRequest(c.pendingId));
}

void FanoutScenario::onMessage(int index, const QByteArray &message)
{
    Connection &c = connection(index);
    if (c.phase == Phase::Closed || m_phase == RunPhase::Done)
        return;
    ScannedFrame frame;
    if (!FrameScanner::scan(message, frame)) {
        countError(QStringLiteral("undecodable frame of %1 bytes").arg(message.size()));
        return;
    }
    if (frame.id < 0) {
        if (frame.type == qint64(MessageType::Delta))
            onDelta(index, message, frame);
        else if (frame.type == qint64(MessageType::Snapshot))
            onSnapshot(index, c, message, frame);
        return;
    }
    if (index == HolderIndex && c.phase == Phase::Ready)
        onHolderReply(frame);
    else
        onSetupReply(index, c, frame);
}

void FanoutScenario::failSetup(int index, Connection &c, const QString &what)
{
    countError(what);
    c.phase = Phase::Closed;
    abortConnection(c);
    if (index == HolderIndex) {
        m_holderLost = true;
        finishRun(false);
    } else {
        m_ramp->settle(index, false);
    }
}

void FanoutScenario::onSetupReply(int index, Connection &c, const ScannedFrame &frame)
{
    if (frame.id != c.pendingId) {
        countError(QStringLiteral("reply with id %1, expected %2").arg(frame.id).arg(c.pendingId));
        return;
    }
    c.pendingId = 0;
    if (c.phase == Phase::Hello) {
        if (frame.error != 0) {
            failSetup(index, c, QStringLiteral("Hello refused with error %1").arg(frame.error));
            return;
        }
        // Watching (and the holder's holds) need a session: each connection is a buyer.
        c.phase = Phase::Session;
        c.pendingId = sendRequest(c, MessageType::BuyerSession, {});
        return;
    }
    if (c.phase == Phase::Session) {
        if (frame.error != 0) {
            failSetup(index, c, QStringLiteral("BuyerSession refused with error %1").arg(frame.error));
            return;
        }
        c.phase = Phase::Subscribing;
        QCborMap fields;
        fields.insert(Shared::Key::Event, m_options.event);
        c.pendingId = sendRequest(c, MessageType::Subscribe, std::move(fields));
        return;
    }
    if (c.phase != Phase::Subscribing)
        return;
    if (frame.error != 0 || frame.resultCount <= 0) {
        failSetup(index, c,
                  QStringLiteral("Subscribe to event %1 refused with error %2")
                      .arg(m_options.event)
                      .arg(frame.error));
        return;
    }
    if (index == HolderIndex) {
        if (m_seatCount == 0)
            m_seatCount = int(frame.resultCount);
    } else if (frame.resultCount != m_seatCount) {
        countError(QStringLiteral("watcher %1: Subscribe says %2 seats, the holder's said %3")
                       .arg(index)
                       .arg(frame.resultCount)
                       .arg(m_seatCount));
    }
    c.gotSubscribeResult = true;
    if (c.gotSnapshot)
        becameReady(index, c);
}

void FanoutScenario::onSnapshot(int index, Connection &c, const QByteArray &message,
                                const ScannedFrame &frame)
{
    if (frame.event != m_options.event || c.gotSnapshot)
        return;
    const int count = int(frame.count);
    const std::optional<QByteArray> states =
        Shared::decodeSnapshotStates(QByteArray::fromRawData(frame.bytes.data(), frame.bytes.size()), count);
    if (index == HolderIndex) {
        if (!states || count <= 0 || (m_seatCount != 0 && count != m_seatCount)) {
            failSetup(index, c, QStringLiteral("the holder's snapshot does not decode"));
            return;
        }
        m_seatCount = count;
        m_view = *states;
        m_seatProbe.assign(std::size_t(count), -1);
    } else {
        m_snapshotBytes = std::max(m_snapshotBytes, qint64(message.size()));
        if (!states || count != m_seatCount) {
            ++m_snapshotFailures;
            countError(QStringLiteral("watcher %1: snapshot of %2 bytes does not decode to %3 "
                                      "seats")
                           .arg(index)
                           .arg(message.size())
                           .arg(m_seatCount));
        }
    }
    c.gotSnapshot = true;
    if (c.gotSubscribeResult)
        becameReady(index, c);
}

void FanoutScenario::becameReady(int index, Connection &c)
{
    c.phase = Phase::Ready;
    c.wasReady = true;
    if (index == HolderIndex) {
        startRamp();
        return;
    }
    ++m_ready;
    m_ramp->settle(index, true);
}

const QList<Shared::SeatChange> *FanoutScenario::decodeDeltaCached(QByteArrayView bytes)
{
    // Every watcher receives the same delta bytes right after one another; decode them
    // once and let the others compare bytes instead of decoding again.
    if (QByteArrayView(m_cachedDeltaBytes) != bytes) {
        m_cachedDeltaBytes = bytes.toByteArray();
        std::optional<QList<Shared::SeatChange>> changes =
            Shared::decodeDelta(m_cachedDeltaBytes, m_seatCount);
        m_cachedDeltaOk = changes.has_value();
        m_cachedDelta = changes ? std::move(*changes) : QList<Shared::SeatChange>();
    }
    return m_cachedDeltaOk ? &m_cachedDelta : nullptr;
}

void FanoutScenario::onDelta(int index, const QByteArray &message, const ScannedFrame &frame)
{
    Connection &c = connection(index);
    if (frame.event != m_options.event || !c.gotSnapshot)
        return;
    const QList<Shared::SeatChange> *changes = decodeDeltaCached(frame.bytes);
    if (!changes) {
        countError(QStringLiteral("a delta of %1 bytes does not decode").arg(message.size()));
        return;
    }
    if (index == HolderIndex) {
        for (const Shared::SeatChange &change : *changes)
            m_view[change.seat] = char(change.state);
        return;
    }
    if (changes->size() == 1)
        m_deltaBytes = std::max(m_deltaBytes, qint64(message.size()));
    if (m_options.worker) {
        // The probes are known only at the end: keep when each seat was seen held.
        if (m_phase != RunPhase::Probing)
            return;
        const qint64 now = nowNs();
        for (const Shared::SeatChange &change : *changes) {
            if (change.state == SeatState::Held)
                c.arrivals.emplace_back(change.seat, now);
        }
        return;
    }
    if (m_phase == RunPhase::Connecting || m_phase == RunPhase::Done)
        return;
    // After the settle time a probe not seen yet is already counted as missed; a delivery
    // now is only counted as late, so a slow server can be told apart from a lossy one.
    const bool late = m_phase == RunPhase::Releasing;
    const qint64 now = nowNs();
    for (const Shared::SeatChange &change : *changes) {
        if (change.state != SeatState::Held)
            continue;
        const int probe = m_seatProbe[std::size_t(change.seat)];
        if (probe < 0)
            continue;
        if (c.seen.size() <= std::size_t(probe))
            c.seen.resize(m_probes.capacity() > std::size_t(probe) ? m_probes.capacity() : m_probes.size());
        if (c.seen[std::size_t(probe)])
            continue;
        c.seen[std::size_t(probe)] = true;
        if (late) {
            ++m_lateDeliveries;
            continue;
        }
        Probe &p = m_probes[std::size_t(probe)];
        p.samples.push_back(now - p.sentNs);
        ++m_samples;
    }
}

void FanoutScenario::onHolderReply(const ScannedFrame &frame)
{
    const auto request = m_holderRequests.constFind(frame.id);
    if (request == m_holderRequests.cend()) {
        countError(QStringLiteral("holder: reply with unknown id %1").arg(frame.id));
        return;
    }
    const HolderRequest r = *request;
    m_holderRequests.erase(request);
    Probe &p = m_probes[std::size_t(r.probe)];
    if (r.type == MessageType::Hold) {
        if (frame.error != 0 || frame.resultHold < 0) {
            p.state = ProbeState::Failed;
            // The view lags the server by a tick, so a taken seat is possible but rare.
            if (frame.error != int(ErrorCode::SeatUnavailable))
                countError(QStringLiteral("holder: Hold failed with error %1").arg(frame.error));
        } else {
            p.state = ProbeState::Held;
            p.hold = frame.resultHold;
            p.heldNs = nowNs();
            m_holdReplyLatency.add(p.heldNs - p.sentNs);
            if (m_phase == RunPhase::Releasing)
                sendRelease(r.probe);
            else
                m_releaseQueue.push_back(r.probe);
        }
    } else if (frame.error != 0) {
        countError(QStringLiteral("holder: Release failed with error %1").arg(frame.error));
    }
    checkReleased();
}

void FanoutScenario::onLost(int index, const QString &reason)
{
    Connection &c = connection(index);
    if (c.phase == Phase::Closed || m_phase == RunPhase::Done)
        return;
    const Phase previous = c.phase;
    c.phase = Phase::Closed;
    if (index == HolderIndex) {
        m_holderLost = true;
        countError(QStringLiteral("holder connection to %1 lost: %2").arg(m_options.url.toString(), reason));
        finishRun(false);
        return;
    }
    if (previous != Phase::Ready) {
        countError(QStringLiteral("watcher %1 failed: %2").arg(index).arg(reason));
        m_ramp->settle(index, false);
        return;
    }
    ++m_lost;
    countError(QStringLiteral("watcher %1 lost: %2").arg(index).arg(reason));
}

void FanoutScenario::startWorkers()
{
    QList<int> shares;
    for (int i = 1; i < m_options.processes; ++i)
        shares.append(m_options.watchers / m_options.processes);
    QStringList args{QStringLiteral("fanout"),
                     QStringLiteral("--worker"),
                     QStringLiteral("--event"),
                     QString::number(m_options.event),
                     QStringLiteral("--seat-count"),
                     QString::number(m_seatCount),
                     QStringLiteral("--connect-rate"),
                     QString::number(m_options.connectRate),
                     QStringLiteral("--max-pending-connects"),
                     QString::number(m_options.maxPendingConnects),
                     QStringLiteral("--connect-timeout"),
                     QString::number(m_options.connectTimeoutSeconds),
                     QStringLiteral("--timeout"),
                     QString::number(m_options.timeoutSeconds)};
    if (m_options.qtWatchers)
        args << QStringLiteral("--qt-watchers");
    std::fprintf(stderr, "[fanout] starting %d worker processes with %d watchers each\n", int(shares.size()),
                 shares.isEmpty() ? 0 : shares.first());
    // Each worker's watchers connect to its node (--watch-url), the worker being process i.
    QList<QStringList> urls;
    for (int i = 1; i < m_options.processes; ++i)
        urls.append({QStringLiteral("--url"), watchUrl(i).toString()});
    m_workers = new FanoutWorkers(this);
    connect(m_workers, &FanoutWorkers::ready, this, &FanoutScenario::startProbing);
    m_workers->start(args, shares, urls);
}

void FanoutScenario::startRamp()
{
    if (m_options.processes > 1 && !m_options.worker)
        startWorkers();
    const int watchers = int(m_watchers.size());
    std::fprintf(stderr, "[fanout] event %lld: %d seats; connecting %d watchers\n",
                 static_cast<long long>(m_options.event), m_seatCount, watchers);
    m_ramp = new ConnectionRamp(watchers, m_options.connectRate, m_options.maxPendingConnects,
                                m_options.connectTimeoutSeconds * 1000, this);
    connect(m_ramp, &ConnectionRamp::finished, this, [this] {
        m_rampDone = true;
        startProbing();
    });
    // A worker's --url already names its node; this process is process 0.
    const QUrl url = m_options.worker ? m_options.url : watchUrl(0);
    // Watchers on the load generator's own WebSocket client unless --qt-watchers (or a URL
    // it cannot take): a QWebSocket per watcher cost this process more than the server.
    if (!m_options.qtWatchers && RawWatchers::usable(url)) {
        RawWatchers::Callbacks callbacks;
        callbacks.connected = [this](int index) {
            if (!m_closing)
                onConnected(index);
        };
        callbacks.message = [this](int index, const QByteArray &message) {
            if (!m_closing)
                onMessage(index, message);
        };
        callbacks.lost = [this](int index, const QString &reason) {
            if (!m_closing)
                onLost(index, reason);
        };
        m_raw = new RawWatchers(watchers, std::move(callbacks), this);
    }
    m_ramp->start(
        [this, url](int index) {
            Connection &c = m_watchers[std::size_t(index)];
            if (m_raw) {
                c.rawIndex = index;
                m_raw->open(index, url);
            } else {
                c.socket = openSocket(index, url);
            }
        },
        [this](int index) {
            Connection &c = m_watchers[std::size_t(index)];
            if (c.phase == Phase::Closed)
                return;
            c.phase = Phase::Closed;
            countError(QStringLiteral("watcher %1 timed out while connecting").arg(index));
            abortConnection(c);
        });
}

void FanoutScenario::startProbing()
{
    if (m_phase != RunPhase::Connecting || !m_rampDone)
        return;
    if (m_options.worker) {
        printResultLine("ready " + QByteArray::number(m_ready) + ' ' + QByteArray::number(m_ramp->failed()));
        return;
    }
    if (m_workers && !m_workers->allReady())
        return; // FanoutWorkers::ready comes back here
    int ready = m_ready;
    int failed = m_ramp->failed();
    if (m_workers) {
        for (const FanoutWorkers::Result &r : m_workers->results()) {
            ready += r.ready;
            failed += r.failed;
        }
    }
    std::fprintf(stderr, "[fanout] %d of %d watchers have their snapshot (%d failed)\n", ready,
                 m_options.watchers, failed);
    if (ready == 0) {
        finishRun(false);
        return;
    }
    m_phase = RunPhase::Probing;
    m_probeStartNs = nowNs();
    m_cpuStartNs = cpuNs();
    m_serverTicksStart = serverCpuTicks(m_options.serverPids);
    if (m_workers)
        m_workers->beginProbing();
    m_probeEndNs = m_probeStartNs + qint64(m_options.durationSeconds) * 1000000000;
    m_probes.reserve(std::size_t(std::ceil(m_options.probesPerSecond * m_options.durationSeconds)) + 16);
    m_probeTimer.start();
    probeTick();
}

void FanoutScenario::probeTick()
{
    const qint64 now = nowNs();
    if (now >= m_probeEndNs) {
        stopProbing();
        return;
    }
    const auto due =
        std::size_t(std::floor(double(now - m_probeStartNs) / 1e9 * m_options.probesPerSecond)) + 1;
    while (m_probes.size() < due) {
        const int seat = pickFreeSeat();
        if (seat < 0) {
            if (!m_noFreeSeatWarned)
                qCWarning(lcFanout) << "no free seat left to probe; waiting for releases";
            m_noFreeSeatWarned = true;
            break;
        }
        const int index = int(m_probes.size());
        Probe probe;
        probe.seat = seat;
        probe.sentNs = nowNs();
        m_probes.push_back(std::move(probe));
        m_seatProbe[std::size_t(seat)] = index;

        QCborArray seats;
        seats.append(seat);
        QCborMap fields;
        fields.insert(Shared::Key::Event, m_options.event);
        fields.insert(Shared::Key::Seats, seats);
        const qint64 id = sendRequest(m_holder, MessageType::Hold, std::move(fields));
        m_holderRequests.insert(id, HolderRequest{MessageType::Hold, index});
    }
    // Held for --hold-time from the Hold's reply (by then the database has committed it),
    // however long the commit took: the seat stays held at least that long, longer than
    // the server's largest delta interval, so no delta can coalesce a hold with its release.
    const qint64 holdNs = qint64(m_options.holdMilliseconds) * 1000000;
    while (!m_releaseQueue.empty() && m_probes[std::size_t(m_releaseQueue.front())].heldNs + holdNs <= now) {
        sendRelease(m_releaseQueue.front());
        m_releaseQueue.pop_front();
    }
}

int FanoutScenario::pickFreeSeat()
{
    // A probed seat is never probed again, so a late delta of an old probe cannot be taken
    // for a new one.
    const auto isFree = [this](int seat) {
        return SeatState(m_view.at(seat)) == SeatState::Available && m_seatProbe[std::size_t(seat)] < 0;
    };
    std::uniform_int_distribution<int> distribution(0, m_seatCount - 1);
    for (int i = 0; i < RandomSeatTries; ++i) {
        const int seat = distribution(m_random);
        if (isFree(seat))
            return seat;
    }
    const int start = distribution(m_random);
    for (int i = 0; i < m_seatCount; ++i) {
        const int seat = (start + i) % m_seatCount;
        if (isFree(seat))
            return seat;
    }
    return -1;
}

void FanoutScenario::sendRelease(int probe)
{
    Probe &p = m_probes[std::size_t(probe)];
    if (p.releaseSent || p.state != ProbeState::Held || m_holder.phase != Phase::Ready)
        return;
    p.releaseSent = true;
    QCborMap fields;
    fields.insert(Shared::Key::Event, m_options.event);
    fields.insert(Shared::Key::Hold, p.hold);
    const qint64 id = sendRequest(m_holder, MessageType::Release, std::move(fields));
    m_holderRequests.insert(id, HolderRequest{MessageType::Release, probe});
}

void FanoutScenario::stopProbing()
{
    if (m_phase != RunPhase::Probing)
        return;
    m_probeTimer.stop();
    m_phase = RunPhase::Settling;
    QTimer::singleShot(m_options.settleMilliseconds, this, &FanoutScenario::settleDone);
}

void FanoutScenario::settleDone()
{
    if (m_phase != RunPhase::Settling)
        return;
    const qint64 now = nowNs();
    m_windowNs = now - m_probeStartNs;
    m_cpuNs = cpuNs() - m_cpuStartNs;
    const qint64 ticks = serverCpuTicks(m_options.serverPids);
    if (ticks >= 0 && m_serverTicksStart >= 0)
        m_serverTicks = ticks - m_serverTicksStart;
    if (m_workers)
        m_workers->finish(probeTable(now));
    computeResults();
    m_phase = RunPhase::Releasing;
    m_releaseQueue.clear();
    for (std::size_t i = 0; i < m_probes.size(); ++i)
        sendRelease(int(i));
    QTimer::singleShot(ReleaseWaitMilliseconds, this, [this] { finishRun(false); });
    checkReleased();
}

void FanoutScenario::checkReleased()
{
    if (m_phase == RunPhase::Releasing && m_holderRequests.isEmpty())
        finishRun(false);
}

void FanoutScenario::countError(const QString &what)
{
    if (++m_errors <= MaxLoggedProblems)
        qCWarning(lcFanout).noquote() << what;
    else if (m_errors == MaxLoggedProblems + 1)
        qCWarning(lcFanout) << "further errors are only counted";
}

} // namespace BoxOffice::Load
