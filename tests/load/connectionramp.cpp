#include "connectionramp.h"

#include <cmath>

namespace BoxOffice::Load {

ConnectionRamp::ConnectionRamp(int total, double perSecond, int maxPending, int timeoutMs, QObject *parent)
    : QObject(parent)
    , m_total(total)
    , m_perSecond(perSecond)
    , m_maxPending(maxPending)
    , m_timeoutNs(qint64(timeoutMs) * 1000000)
    , m_startedNs(std::size_t(total), NotStarted)
{
    m_timer.setInterval(5);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &ConnectionRamp::tick);
}

void ConnectionRamp::start(Callback open, Callback timedOut)
{
    m_open = std::move(open);
    m_timedOut = std::move(timedOut);
    m_clock.start();
    m_timer.start();
    tick();
}

void ConnectionRamp::settle(int index, bool ok)
{
    if (index < 0 || index >= m_total || m_startedNs[std::size_t(index)] < 0)
        return;
    m_startedNs[std::size_t(index)] = Settled;
    --m_pending;
    if (ok)
        ++m_succeeded;
    else
        ++m_failed;
    checkFinished();
}

void ConnectionRamp::tick()
{
    const qint64 now = m_clock.nsecsElapsed();
    while (!m_pendingOrder.empty()) {
        const int oldest = m_pendingOrder.front();
        const qint64 started = m_startedNs[std::size_t(oldest)];
        if (started == Settled) {
            m_pendingOrder.pop_front();
            continue;
        }
        if (now - started < m_timeoutNs)
            break;
        m_pendingOrder.pop_front();
        m_timedOut(oldest);
        settle(oldest, false);
    }

    // One connection at once, then perSecond more each second.
    const auto allowed = qint64(std::floor(m_perSecond * double(now) / 1e9)) + 1;
    while (m_opened < m_total && m_pending < m_maxPending && m_opened < allowed) {
        const int index = m_opened++;
        m_startedNs[std::size_t(index)] = now;
        m_pendingOrder.push_back(index);
        ++m_pending;
        m_open(index); // may settle synchronously
    }
    checkFinished();
}

void ConnectionRamp::checkFinished()
{
    if (m_finished || m_opened < m_total || m_pending > 0)
        return;
    m_finished = true;
    m_timer.stop();
    // Queued, so the owner never sees finished() from inside its own open() or settle().
    QTimer::singleShot(0, this, [this] { emit finished(); });
}

} // namespace BoxOffice::Load
