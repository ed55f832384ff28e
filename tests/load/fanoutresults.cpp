// FanoutScenario's results: the samples of every probe merged over the load-generator
// processes, the CPU of the servers and of the load generators, and the lines it prints.
#include "fanoutscenario.h"

#include "connectionramp.h"
#include "fanoutworkers.h"
#include "rawwatchers.h"

#include <QFile>

#include <algorithm>
#include <cmath>
#include <cstdio>

#include <unistd.h>

namespace BoxOffice::Load {

void FanoutScenario::computeResults()
{
    if (m_computed)
        return;
    m_computed = true;
    std::vector<int> okProbes;
    for (std::size_t i = 0; i < m_probes.size(); ++i) {
        const Probe &p = m_probes[i];
        switch (p.state) {
        case ProbeState::Held:
            okProbes.push_back(int(i));
            m_latency.append(p.samples);
            if (!p.samples.empty()) {
                const auto [first, last] = std::minmax_element(p.samples.cbegin(), p.samples.cend());
                m_firstArrival.add(*first);
                m_arrivalSpread.add(*last - *first);
            }
            break;
        case ProbeState::Failed:
            ++m_probesFailed;
            break;
        case ProbeState::Pending:
            ++m_probesUnanswered;
            break;
        }
    }
    m_probesOk = qint64(okProbes.size());
    m_errors += m_probesUnanswered;
    // Every watcher that had its snapshot when probing began should have seen every
    // successful probe, including those that lost their connection later.
    for (const Connection &w : m_watchers) {
        if (!w.wasReady)
            continue;
        qint64 missed = 0;
        for (const int probe : okProbes)
            missed += std::size_t(probe) >= w.seen.size() || !w.seen[std::size_t(probe)];
        if (missed > 0) {
            ++m_misses;
            m_missedProbes += missed;
        }
    }
}

void FanoutScenario::finishRun(bool timedOut)
{
    if (m_phase == RunPhase::Done)
        return;
    if (m_workers && !m_workers->allReported() && !timedOut) {
        if (!m_finishPending) {
            m_finishPending = true;
            if (m_phase != RunPhase::Releasing) // settleDone() did not tell them yet
                m_workers->finish(probeTable(nowNs()));
            connect(m_workers, &FanoutWorkers::reported, this, [this] { finishRun(false); });
        }
        return;
    }
    computeResults();
    m_phase = RunPhase::Done;
    m_progressTimer.stop();
    m_probeTimer.stop();

    int connectFailures = m_ramp ? int(m_watchers.size()) - m_ramp->succeeded() : int(m_watchers.size());
    mergeWorkerResults(connectFailures);
    std::fprintf(stderr,
                 "[fanout] probes=%lld ok=%lld failed=%lld unanswered=%lld watchers_lost=%lld "
                 "connect_failures=%d snapshot_failures=%lld\n",
                 static_cast<long long>(m_probes.size()), static_cast<long long>(m_probesOk),
                 static_cast<long long>(m_probesFailed), static_cast<long long>(m_probesUnanswered),
                 static_cast<long long>(m_lost), connectFailures, static_cast<long long>(m_snapshotFailures));
    std::fprintf(stderr,
                 "[fanout] holder's Hold round trip: p50_ms=%.2f p99_ms=%.2f; probes seen only "
                 "after the settle time (counted as missed): %lld\n",
                 m_holdReplyLatency.percentileMs(50), m_holdReplyLatency.percentileMs(99),
                 static_cast<long long>(m_lateDeliveries));
    // This process's watchers only: the first of them to see a probe (the commit, the
    // notification and the wait for the next delta) and how long until the last saw it
    // (the sending and this process's reading).
    std::fprintf(stderr,
                 "[fanout] per probe, this process's watchers: first_p50_ms=%.2f first_p99_ms=%.2f "
                 "spread_p50_ms=%.2f spread_p99_ms=%.2f\n",
                 m_firstArrival.percentileMs(50), m_firstArrival.percentileMs(99),
                 m_arrivalSpread.percentileMs(50), m_arrivalSpread.percentileMs(99));
    printResultLine(
        QByteArrayLiteral("delta_p50_ms=") + QByteArray::number(m_latency.percentileMs(50), 'f', 2) +
        " delta_max_ms=" + QByteArray::number(m_latency.maxMs(), 'f', 2) +
        " samples=" + QByteArray::number(m_latency.count()) + " misses=" + QByteArray::number(m_misses) +
        " missed_probes=" + QByteArray::number(m_missedProbes) + " probes=" + QByteArray::number(m_probesOk) +
        " errors=" + QByteArray::number(m_errors));
    // CPU in % of one core over the probing window; -1 where not measured.
    const auto pct = [this](double seconds) {
        return m_windowNs > 0 && seconds >= 0
                   ? QByteArray::number(100.0 * seconds / (double(m_windowNs) / 1e9), 'f', 0)
                   : QByteArrayLiteral("-1");
    };
    const double serverSeconds =
        m_serverTicks >= 0 ? double(m_serverTicks) / double(::sysconf(_SC_CLK_TCK)) : -1;
    const double loadgenSeconds = m_cpuNs >= 0 ? double(m_cpuNs) / 1e9 + m_workersCpuSeconds : -1;
    printResultLine(QByteArrayLiteral("watchers=") + QByteArray::number(m_ready) +
                    " delta_p99_ms=" + QByteArray::number(m_latency.percentileMs(99), 'f', 2) +
                    " snapshot_bytes=" + QByteArray::number(m_snapshotBytes) + " delta_bytes=" +
                    QByteArray::number(m_deltaBytes) + " misses=" + QByteArray::number(m_misses) +
                    " server_cpu_pct=" + pct(serverSeconds) + " loadgen_cpu_pct=" + pct(loadgenSeconds));

    int exitCode = ExitOk;
    if (timedOut)
        exitCode = ExitTimeout;
    else if (connectFailures > 0 || m_misses > 0 || m_probesOk == 0 || m_holderLost)
        exitCode = ExitFailed;

    if (m_raw)
        m_raw->closeAll();
    QList<QWebSocket *> sockets;
    sockets.reserve(qsizetype(m_watchers.size()) + 1);
    sockets.append(m_holder.socket);
    for (const Connection &w : m_watchers)
        sockets.append(w.socket);
    closeAllAndFinish(sockets, exitCode);
}

QByteArray FanoutScenario::probeTable(qint64 settleDeadlineNs) const
{
    QByteArray table;
    for (const Probe &p : m_probes) {
        if (p.state == ProbeState::Held)
            table += "probe " + QByteArray::number(p.seat) + ' ' + QByteArray::number(p.sentNs) + '\n';
    }
    table += "settle " + QByteArray::number(settleDeadlineNs) + '\n';
    return table;
}

void FanoutScenario::mergeWorkerResults(int &connectFailures)
{
    if (!m_workers)
        return;
    const int share = m_options.watchers / m_options.processes;
    for (const FanoutWorkers::Result &r : m_workers->results()) {
        m_ready += r.ready;
        connectFailures += share - r.ready;
        if (!r.reported) {
            ++m_errors;
            continue;
        }
        m_latency.append(r.samples);
        m_misses += r.misses;
        m_missedProbes += r.missedProbes;
        m_lost += r.lost;
        m_errors += r.errors;
        m_lateDeliveries += r.late;
        m_snapshotBytes = std::max(m_snapshotBytes, r.snapshotBytes);
        m_deltaBytes = std::max(m_deltaBytes, r.deltaBytes);
        m_snapshotFailures += r.snapshotFailures;
        m_workersCpuSeconds += r.cpuSeconds;
    }
}

QUrl FanoutScenario::watchUrl(int process) const
{
    if (m_options.watchUrls.isEmpty())
        return m_options.url;
    return m_options.watchUrls.at(process % m_options.watchUrls.size());
}

qint64 FanoutScenario::serverCpuTicks(const QList<qint64> &pids)
{
    if (pids.isEmpty())
        return -1;
    qint64 sum = 0;
    for (const qint64 pid : pids) {
        const qint64 ticks = serverCpuTicks(pid);
        if (ticks < 0)
            return -1;
        sum += ticks;
    }
    return sum;
}

qint64 FanoutScenario::serverCpuTicks(qint64 pid)
{
    if (pid <= 0)
        return -1;
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    // The command name may hold spaces: count fields after its closing parenthesis;
    // utime and stime are fields 14 and 15, the 12th and 13th after it.
    const QByteArray text = stat.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    return fields.at(11).toLongLong() + fields.at(12).toLongLong();
}

void FanoutScenario::reportProgress()
{
    switch (m_phase) {
    case RunPhase::Connecting:
        if (m_ramp)
            std::fprintf(stderr, "[fanout] connecting: %d ready, %d failed of %d\n", m_ready,
                         m_ramp->failed(), m_ramp->total());
        else
            std::fprintf(stderr, "[fanout] connecting the holder\n");
        break;
    case RunPhase::Probing:
    case RunPhase::Settling:
        std::fprintf(stderr, "[fanout] t=%.0fs%s probes=%lld samples=%lld errors=%lld\n",
                     double(nowNs() - m_probeStartNs) / 1e9,
                     m_phase == RunPhase::Settling ? " (settling)" : "",
                     static_cast<long long>(m_probes.size()), static_cast<long long>(m_samples),
                     static_cast<long long>(m_errors));
        break;
    case RunPhase::Releasing:
    case RunPhase::Done:
        break;
    }
}

} // namespace BoxOffice::Load
