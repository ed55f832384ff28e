#include "net/fanout.h"

#include "net/clientconnection.h"

#include <QElapsedTimer>

#include <tuple>

namespace BoxOffice::Server {

namespace {
// How many sends between two looks at the clock.
constexpr std::size_t SendsPerClockCheck = 64;
} // namespace

Fanout::Fanout(int sliceUs, QObject *parent)
    : QObject(parent)
    , m_sliceNs(qint64(std::max(100, sliceUs)) * 1000)
{
    m_slice.setSingleShot(true);
    m_slice.setInterval(0);
    connect(&m_slice, &QTimer::timeout, this, &Fanout::sendSlice);
}

void Fanout::push(qint64 key, qint64 tag, QByteArray frame, QByteArray wire,
                  std::vector<ClientConnection *> targets)
{
    if (targets.empty())
        return;
    Job job;
    job.key = key;
    job.tag = tag;
    job.frame = std::move(frame);
    job.wire = std::move(wire);
    job.targets = std::move(targets);
    m_jobs.push_back(std::move(job));
    // On the next pass of the event loop, not from inside the caller (which may queue more).
    if (!m_slice.isActive())
        m_slice.start();
}

void Fanout::forget(ClientConnection *c)
{
    for (Job &job : m_jobs)
        job.skip.insert(c);
}

void Fanout::forget(qint64 key, ClientConnection *c)
{
    for (Job &job : m_jobs) {
        if (job.key == key)
            job.skip.insert(c);
    }
}

void Fanout::reframe(qint64 key, const Reframe &reframe, QSet<ClientConnection *> *pending)
{
    for (Job &job : m_jobs) {
        if (job.key != key || job.frozen)
            continue;
        // Whole frames only: a connection gets either the old frame (already sent) or the
        // new one, never a part of each.
        auto frames = reframe(job.tag);
        if (!frames) {
            job.frozen = true;
            continue;
        }
        std::tie(job.frame, job.wire) = std::move(*frames);
        for (std::size_t i = job.next; i < job.targets.size(); ++i) {
            ClientConnection *c = job.targets[i];
            if (job.skip.isEmpty() || !job.skip.contains(c))
                pending->insert(c);
        }
    }
}

qint64 Fanout::oldestTag(qint64 key) const
{
    qint64 oldest = -1;
    for (const Job &job : m_jobs) {
        if (job.key == key && !job.frozen && (oldest < 0 || job.tag < oldest))
            oldest = job.tag;
    }
    return oldest;
}

qint64 Fanout::backlog() const
{
    qint64 n = 0;
    for (const Job &job : m_jobs)
        n += qint64(job.targets.size() - job.next);
    return n;
}

void Fanout::sendSlice()
{
    QElapsedTimer clock;
    clock.start();
    bool outOfTime = false;
    while (!m_jobs.empty() && !outOfTime) {
        Job &job = m_jobs.front();
        const std::size_t end = job.targets.size();
        while (job.next < end) {
            ClientConnection *c = job.targets[job.next++];
            if (job.skip.isEmpty() || !job.skip.contains(c))
                c->sendShared(job.frame, job.wire);
            if (job.next % SendsPerClockCheck == 0 && clock.nsecsElapsed() >= m_sliceNs) {
                outOfTime = true;
                break;
            }
        }
        if (job.next >= end)
            m_jobs.pop_front();
    }
    m_sendNs += clock.nsecsElapsed();
    if (!m_jobs.empty())
        m_slice.start(); // the rest after one pass of the event loop
    else
        emit drained();
}

} // namespace BoxOffice::Server
