#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <deque>
#include <functional>
#include <vector>

namespace BoxOffice::Load {

/**
 * Opens connections 0..total-1 at a bounded rate and with a bounded number being set up at
 * once, so that thousands of clients do not overflow the server's accept queue. The owner
 * opens a connection when asked and reports with settle() when it is set up or has failed;
 * a connection that takes longer than the timeout is reported through timedOut and counted
 * as failed.
 */
class ConnectionRamp final : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(int index)>;

    ConnectionRamp(int total, double perSecond, int maxPending, int timeoutMs, QObject *parent = nullptr);

    void start(Callback open, Callback timedOut);
    /** Idempotent: only the first report of a connection counts. */
    void settle(int index, bool ok);

    int total() const { return m_total; }
    int succeeded() const { return m_succeeded; }
    int failed() const { return m_failed; }
    bool isFinished() const { return m_finished; }

signals:
    /** Every connection is set up or has failed. */
    void finished();

private:
    void tick();
    void checkFinished();

    static constexpr qint64 NotStarted = -1;
    static constexpr qint64 Settled = -2;

    int m_total;
    double m_perSecond;
    int m_maxPending;
    qint64 m_timeoutNs;
    Callback m_open;
    Callback m_timedOut;
    QTimer m_timer;
    QElapsedTimer m_clock;
    std::vector<qint64> m_startedNs;
    std::deque<int> m_pendingOrder; // by start time, so the oldest is checked first
    int m_opened = 0;
    int m_pending = 0;
    int m_succeeded = 0;
    int m_failed = 0;
    bool m_finished = false;
};

} // namespace BoxOffice::Load
