#pragma once

#include "latencyrecorder.h"
#include "scenario.h"

#include "protocol/messages.h"
#include "seatmap/seatcodec.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QTimer>

#include <deque>
#include <utility>
#include <vector>

class QSocketNotifier;

namespace BoxOffice::Load {

class ConnectionRamp;
class FanoutWorkers;
class RawWatchers;
struct ScannedFrame;

/**
 * `fanout`: W watchers subscribe to one event; one holder connection holds a random free
 * seat --holds-per-s times a second (a probe) and releases it after --hold-time. Each
 * watcher measures, per probe, the time from the holder sending the Hold to the Delta that
 * shows the seat held. One monotonic clock (CLOCK_MONOTONIC), so the times compare
 * directly, also across the processes of --processes (FanoutWorkers; a --worker child runs
 * watchers only and computes its figures from the probe table it is sent at the end).
 */
class FanoutScenario final : public Scenario
{
    Q_OBJECT

public:
    explicit FanoutScenario(const LoadOptions &options, QObject *parent = nullptr);

    void start() override;
    void abortRun() override;

protected:
    void onConnected(int index) override;
    void onMessage(int index, const QByteArray &message) override;
    void onLost(int index, const QString &reason) override;

private:
    enum class Phase { Connecting, Hello, Session, Subscribing, Ready, Closed };
    enum class RunPhase { Connecting, Probing, Settling, Releasing, Done };
    enum class ProbeState { Pending, Held, Failed };

    struct Connection
    {
        QWebSocket *socket = nullptr; // or, on RawWatchers:
        int rawIndex = -1;
        Phase phase = Phase::Connecting;
        qint64 nextId = 1;
        qint64 pendingId = 0; // Hello or Subscribe
        bool gotSubscribeResult = false;
        bool gotSnapshot = false;
        bool wasReady = false;
        std::vector<bool> seen; // by probe index
        std::vector<std::pair<int, qint64>> arrivals; // --worker: (seat, time) seen held
    };

    struct Probe
    {
        int seat = 0;
        qint64 sentNs = 0;
        qint64 heldNs = 0; // when the Hold's reply arrived
        qint64 hold = -1;
        ProbeState state = ProbeState::Pending;
        bool releaseSent = false;
        std::vector<qint64> samples; // one per watcher that saw it
    };

    struct HolderRequest
    {
        Shared::MessageType type = Shared::MessageType::Invalid;
        int probe = -1;
    };

    static constexpr int HolderIndex = -1;

    Connection &connection(int index)
    {
        return index == HolderIndex ? m_holder : m_watchers[std::size_t(index)];
    }
    qint64 sendRequest(Connection &c, Shared::MessageType type, QCborMap fields);
    void sendFrame(Connection &c, const QByteArray &payload);
    void abortConnection(Connection &c);
    void failSetup(int index, Connection &c, const QString &what);
    void onSetupReply(int index, Connection &c, const ScannedFrame &frame);
    void onSnapshot(int index, Connection &c, const QByteArray &message, const ScannedFrame &frame);
    void onDelta(int index, const QByteArray &message, const ScannedFrame &frame);
    void onHolderReply(const ScannedFrame &frame);
    void becameReady(int index, Connection &c);
    const QList<Shared::SeatChange> *decodeDeltaCached(QByteArrayView bytes);

    void startRamp();
    void startProbing();
    void probeTick();
    void sendProbe();
    void sendRelease(int probe);
    void stopProbing();
    void settleDone();
    void computeResults();
    void checkReleased();
    void finishRun(bool timedOut);
    void reportProgress();
    void countError(const QString &what);
    int pickFreeSeat();
    void startWorkers();
    QByteArray probeTable(qint64 settleDeadlineNs) const;
    void mergeWorkerResults(int &connectFailures);
    static qint64 serverCpuTicks(qint64 pid);
    static qint64 serverCpuTicks(const QList<qint64> &pids);
    QUrl watchUrl(int process) const;

    // --worker (fanoutworkermode.cpp)
    void workerStart();
    void workerReadStdin();
    void workerCommand(const QByteArray &line);
    void workerReport();

    Connection m_holder;
    std::vector<Connection> m_watchers; // this process's share
    FanoutWorkers *m_workers = nullptr;
    RawWatchers *m_raw = nullptr; // the watchers' sockets, unless --qt-watchers
    bool m_rampDone = false;
    bool m_finishPending = false; // finishRun() waits for the workers' results

    // CPU use over the probing window.
    qint64 m_cpuStartNs = 0;
    qint64 m_cpuNs = -1;
    qint64 m_serverTicksStart = -1;
    qint64 m_serverTicks = -1;
    qint64 m_windowNs = 0;
    double m_workersCpuSeconds = 0;

    // --worker: the probe table the coordinator sends at the end.
    QSocketNotifier *m_stdin = nullptr;
    QByteArray m_stdinBuffer;
    std::vector<std::pair<int, qint64>> m_workerProbes; // (seat, sent) of successful probes
    qint64 m_workerSettleNs = 0;
    ConnectionRamp *m_ramp = nullptr;
    RunPhase m_phase = RunPhase::Connecting;
    QTimer m_progressTimer;
    QTimer m_probeTimer;

    int m_seatCount = 0;
    QByteArray m_view;            // the holder's view of the seat states
    std::vector<int> m_seatProbe; // by seat: index of its probe, or -1
    std::vector<Probe> m_probes;
    std::deque<int> m_releaseQueue; // held probes by send time
    QHash<qint64, HolderRequest> m_holderRequests;
    qint64 m_probeStartNs = 0;
    qint64 m_probeEndNs = 0;

    QByteArray m_cachedDeltaBytes;
    QList<Shared::SeatChange> m_cachedDelta;
    bool m_cachedDeltaOk = true; // the empty cache stands for the empty delta

    qint64 m_errors = 0;
    qint64 m_lost = 0;
    qint64 m_samples = 0;
    qint64 m_snapshotBytes = 0;
    qint64 m_deltaBytes = 0;
    qint64 m_snapshotFailures = 0;
    int m_ready = 0;
    bool m_holderLost = false;
    bool m_noFreeSeatWarned = false;
    bool m_computed = false;

    // Settled when the probing ends, printed when the last releases are answered.
    LatencyRecorder m_latency;
    LatencyRecorder m_holdReplyLatency; // the holder's Hold round trip, to tell the database
                                        // commit apart from the fan-out in the delta latency
    LatencyRecorder m_firstArrival;     // per probe: its first watcher here
    LatencyRecorder m_arrivalSpread;    // per probe: its last watcher here minus its first
    qint64 m_lateDeliveries = 0;        // probes seen only after the settle time
    qint64 m_probesOk = 0;
    qint64 m_probesFailed = 0;
    qint64 m_probesUnanswered = 0;
    qint64 m_misses = 0;
    qint64 m_missedProbes = 0;
};

} // namespace BoxOffice::Load
