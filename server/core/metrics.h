#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <array>

namespace BoxOffice::Server {

/** A Prometheus histogram with fixed upper bounds (cumulative on output). */
class Histogram
{
public:
    explicit Histogram(QList<double> bounds)
        : m_bounds(std::move(bounds))
        , m_counts(m_bounds.size() + 1)
    {}

    void observe(double value);
    void write(QByteArray &out, const char *name, const char *help) const;

private:
    QList<double> m_bounds;
    QList<quint64> m_counts;
    double m_sum = 0;
    quint64 m_count = 0;
};

/**
 * Counters of one server node. Touched only on the main (socket) thread, so no atomics;
 * database workers report through queued calls.
 */
class Metrics
{
public:
    Metrics();

    quint64 connectionsTotal = 0;
    qint64 connectionsOpen = 0;
    quint64 framesIn = 0;
    quint64 framesOut = 0;
    quint64 badFrames = 0;
    quint64 abusiveDisconnects = 0;
    quint64 holdsOk = 0;
    quint64 holdsRefused = 0;
    quint64 releases = 0;
    quint64 extends = 0;
    quint64 holdsCapped = 0;
    quint64 rateLimited = 0;
    quint64 batches = 0;
    quint64 batchFailures = 0;
    quint64 sweptSeats = 0;
    quint64 deltasSent = 0;
    quint64 deltaMerges = 0;
    quint64 deltaFreezes = 0;
    quint64 snapshotsSent = 0;
    quint64 notifications = 0;
    qint64 queueDepth = 0;
    qint64 watchers = 0;
    // Admission and per-connection limits (net/connectionlimits.h, docs/security.md).
    quint64 refusedPerAddress = 0;
    quint64 refusedTotal = 0;
    quint64 refusedOrigin = 0;
    quint64 helloTimeouts = 0;
    quint64 overflowDisconnects = 0;
    quint64 requestsWaited = 0;
    quint64 heartbeatDisconnects = 0;
    // The HTTP port (http/httpendpoint.cpp).
    quint64 httpRefused = 0;
    // ListEvents database reads (coalesced: many requests, one read).
    quint64 listEventsReads = 0;
    qint64 deltaIntervalMs = 0;
    Histogram batchSize;
    Histogram dbLatencySeconds;
    Histogram requestLatencySeconds;

    QByteArray prometheusText(const QString &node) const;
};

} // namespace BoxOffice::Server
