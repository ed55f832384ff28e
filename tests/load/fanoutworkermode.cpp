// FanoutScenario as a `--worker` child of `fanout --processes P` (see FanoutWorkers): its
// share of the watchers only; the coordinator holds the seats and tells it at the end
// which seats were probed when.
#include "connectionramp.h"
#include "fanoutscenario.h"
#include "rawwatchers.h"

#include <QSocketNotifier>
#include <QWebSocket>

#include <cerrno>
#include <cstdio>

#include <unistd.h>

namespace BoxOffice::Load {

void FanoutScenario::workerStart()
{
    m_seatCount = m_options.seatCount;
    if (m_seatCount <= 0) {
        std::fprintf(stderr, "[fanout worker] --seat-count is required\n");
        QTimer::singleShot(0, this, [this] { emit finished(ExitFailed); });
        return;
    }
    m_stdin = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, this);
    connect(m_stdin, &QSocketNotifier::activated, this, &FanoutScenario::workerReadStdin);
    startRamp();
}

void FanoutScenario::workerReadStdin()
{
    char buffer[65536];
    const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
    if (n < 0 && (errno == EINTR || errno == EAGAIN))
        return;
    if (n <= 0) {
        // The coordinator is gone (or closed our input early): report what there is.
        m_stdin->setEnabled(false);
        workerReport();
        return;
    }
    m_stdinBuffer.append(buffer, qsizetype(n));
    qsizetype eol;
    while ((eol = m_stdinBuffer.indexOf('\n')) >= 0) {
        const QByteArray line = m_stdinBuffer.left(eol);
        m_stdinBuffer.remove(0, eol + 1);
        workerCommand(line);
        if (m_phase == RunPhase::Done)
            return;
    }
}

void FanoutScenario::workerCommand(const QByteArray &line)
{
    const QList<QByteArray> fields = line.split(' ');
    if (fields.first() == "start") {
        m_phase = RunPhase::Probing;
        m_cpuStartNs = cpuNs();
    } else if (fields.first() == "probe" && fields.size() == 3) {
        const int seat = fields.at(1).toInt();
        if (seat >= 0 && seat < m_seatCount)
            m_workerProbes.emplace_back(seat, fields.at(2).toLongLong());
    } else if (fields.first() == "settle" && fields.size() == 2) {
        m_workerSettleNs = fields.at(1).toLongLong();
    } else if (fields.first() == "end") {
        workerReport();
    }
}

void FanoutScenario::workerReport()
{
    if (m_phase == RunPhase::Done)
        return;
    const qint64 cpu = m_cpuStartNs > 0 ? cpuNs() - m_cpuStartNs : 0;
    m_phase = RunPhase::Done;
    if (m_stdin)
        m_stdin->setEnabled(false);

    // The same rules as the coordinator's computeResults(): a probe seen after the settle
    // time is late and counts as missed.
    std::vector<int> probeOf(std::size_t(m_seatCount), -1);
    for (std::size_t i = 0; i < m_workerProbes.size(); ++i)
        probeOf[std::size_t(m_workerProbes[i].first)] = int(i);
    const auto probes = qint64(m_workerProbes.size());
    std::vector<qint64> samples;
    std::vector<char> seen(m_workerProbes.size());
    qint64 late = 0;
    for (const Connection &w : m_watchers) {
        if (!w.wasReady)
            continue;
        std::fill(seen.begin(), seen.end(), 0);
        qint64 inTime = 0;
        for (const auto &[seat, at] : w.arrivals) {
            const int p = probeOf[std::size_t(seat)];
            if (p < 0 || seen[std::size_t(p)])
                continue;
            seen[std::size_t(p)] = 1;
            if (at > m_workerSettleNs) {
                ++late;
                continue;
            }
            samples.push_back(at - m_workerProbes[std::size_t(p)].second);
            ++inTime;
        }
        if (inTime < probes) {
            ++m_misses;
            m_missedProbes += probes - inTime;
        }
    }
    const QByteArray result =
        "result ready=" + QByteArray::number(m_ready) + " lost=" + QByteArray::number(m_lost) +
        " errors=" + QByteArray::number(m_errors) + " misses=" + QByteArray::number(m_misses) +
        " missed_probes=" + QByteArray::number(m_missedProbes) + " late=" + QByteArray::number(late) +
        " snapshot_bytes=" + QByteArray::number(m_snapshotBytes) + " delta_bytes=" +
        QByteArray::number(m_deltaBytes) + " snapshot_failures=" + QByteArray::number(m_snapshotFailures) +
        " cpu_us=" + QByteArray::number(cpu / 1000) + "\nsamples " + QByteArray::number(qint64(samples.size())) +
        '\n';
    std::fwrite(result.constData(), 1, std::size_t(result.size()), stdout);
    std::fwrite(samples.data(), sizeof(qint64), samples.size(), stdout);
    std::fflush(stdout);

    if (m_raw)
        m_raw->closeAll();
    QList<QWebSocket *> sockets;
    for (const Connection &w : m_watchers)
        sockets.append(w.socket);
    closeAllAndFinish(sockets, ExitOk);
}

} // namespace BoxOffice::Load
