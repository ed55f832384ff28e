#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <vector>

class QProcess;

namespace BoxOffice::Load {

/**
 * `fanout --processes P`: the watchers that do not fit one process (one process may open
 * at most RLIMIT_NOFILE sockets, and one thread reads them on one core) run in P - 1 child
 * processes of this program (`fanout --worker`), each with a share. The coordinator keeps
 * the holder and its own share; all processes read the same CLOCK_MONOTONIC, so a
 * worker's arrival times compare with the coordinator's send times directly.
 *
 * Lines on the worker's stdin: "start" (probing begins), "probe SEAT SENT_NS OK" per
 * probe, "settle DEADLINE_NS", "end". On its stdout: "ready OK FAILED" once its watchers
 * are set up, then at the end "result key=value ..." and "samples N" followed by N native
 * qint64 latencies in nanoseconds.
 */
class FanoutWorkers final : public QObject
{
    Q_OBJECT
public:
    struct Result
    {
        bool reported = false;
        int ready = 0;
        int failed = 0;
        qint64 lost = 0;
        qint64 errors = 0;
        qint64 misses = 0;
        qint64 missedProbes = 0;
        qint64 late = 0;
        qint64 snapshotBytes = 0;
        qint64 deltaBytes = 0;
        qint64 snapshotFailures = 0;
        double cpuSeconds = 0;
        std::vector<qint64> samples;
    };

    explicit FanoutWorkers(QObject *parent = nullptr);
    ~FanoutWorkers() override;

    /** Starts one worker per share with args + "--watchers SHARE" + extra[i] (if any). */
    void start(const QStringList &args, const QList<int> &shares, const QList<QStringList> &extra = {});
    bool allReady() const;
    bool allReported() const;
    void beginProbing();
    /** Sends the probe table and "end"; results arrive with reported(). Bounded in time. */
    void finish(const QByteArray &probeTable);
    const std::vector<Result> &results() const { return m_results; }

signals:
    void ready();    // every worker has its watchers set up (or has died)
    void reported(); // every worker has reported (or has died or timed out)

private:
    void onOutput(int index);
    void onExit(int index);
    void parseResult(int index);

    std::vector<QProcess *> m_processes;
    std::vector<QByteArray> m_output;
    std::vector<bool> m_ready;
    std::vector<bool> m_exited;
    std::vector<Result> m_results;
    QTimer m_deadline;
    bool m_readyEmitted = false;
    bool m_reportedEmitted = false;
};

} // namespace BoxOffice::Load
