#include "core/metrics.h"

#include <algorithm>

namespace BoxOffice::Server {

void Histogram::observe(double value)
{
    const auto it = std::lower_bound(m_bounds.cbegin(), m_bounds.cend(), value);
    ++m_counts[it - m_bounds.cbegin()];
    m_sum += value;
    ++m_count;
}

void Histogram::write(QByteArray &out, const char *name, const char *help) const
{
    out += QByteArray("# HELP ") + name + ' ' + help + "\n# TYPE " + name + " histogram\n";
    quint64 cumulative = 0;
    for (qsizetype i = 0; i < m_bounds.size(); ++i) {
        cumulative += m_counts.at(i);
        out += QByteArray(name) + "_bucket{le=\"" + QByteArray::number(m_bounds.at(i)) + "\"} " +
               QByteArray::number(cumulative) + '\n';
    }
    cumulative += m_counts.constLast();
    out += QByteArray(name) + "_bucket{le=\"+Inf\"} " + QByteArray::number(cumulative) + '\n';
    out += QByteArray(name) + "_sum " + QByteArray::number(m_sum, 'g', 12) + '\n';
    out += QByteArray(name) + "_count " + QByteArray::number(m_count) + '\n';
}

Metrics::Metrics()
    : batchSize({1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024})
    , dbLatencySeconds({0.0005, 0.001, 0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1})
    , requestLatencySeconds({0.0005, 0.001, 0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1})
{}

QByteArray Metrics::prometheusText(const QString &node) const
{
    QByteArray out;
    out.reserve(4096);
    auto counter = [&out](const char *name, const char *help, quint64 v) {
        out += QByteArray("# HELP ") + name + ' ' + help + "\n# TYPE " + name + " counter\n" + name + ' ' +
               QByteArray::number(v) + '\n';
    };
    auto gauge = [&out](const char *name, const char *help, qint64 v) {
        out += QByteArray("# HELP ") + name + ' ' + help + "\n# TYPE " + name + " gauge\n" + name + ' ' +
               QByteArray::number(v) + '\n';
    };
    out += "# node " + node.toUtf8() + '\n';
    gauge("boxoffice_connections", "Open WebSocket connections.", connectionsOpen);
    counter("boxoffice_connections_total", "WebSocket connections accepted.", connectionsTotal);
    counter("boxoffice_frames_in_total", "Frames received.", framesIn);
    counter("boxoffice_frames_out_total", "Frames sent.", framesOut);
    counter("boxoffice_bad_frames_total", "Frames refused as malformed or invalid.", badFrames);
    counter("boxoffice_abusive_disconnects_total", "Connections closed for repeated bad input.",
            abusiveDisconnects);
    counter("boxoffice_holds_total", "Holds granted.", holdsOk);
    counter("boxoffice_holds_refused_total", "Holds refused (seats taken or invalid).", holdsRefused);
    counter("boxoffice_releases_total", "Holds released by their owner.", releases);
    counter("boxoffice_extends_total", "Holds extended.", extends);
    counter("boxoffice_holds_capped_total", "Holds refused by the per-session hold cap (HoldLimit).",
            holdsCapped);
    counter("boxoffice_rate_limited_total", "Requests refused by a rate limit (RateLimited).", rateLimited);
    counter("boxoffice_batches_total", "Group-commit batches executed.", batches);
    counter("boxoffice_batch_failures_total", "Batches that failed in the database.", batchFailures);
    counter("boxoffice_swept_seats_total", "Seats freed by the expiry sweeper.", sweptSeats);
    counter("boxoffice_notifications_total", "Seat-change notifications received.", notifications);
    counter("boxoffice_deltas_sent_total", "Delta frames sent to watchers.", deltasSent);
    counter("boxoffice_delta_merges_total",
            "Watchers that got a flush's seat changes added to a delta still queued for them.", deltaMerges);
    counter("boxoffice_delta_freezes_total",
            "Queued deltas kept as they were because a seat they carry changed again.", deltaFreezes);
    counter("boxoffice_snapshots_sent_total", "Snapshot frames sent.", snapshotsSent);
    gauge("boxoffice_queue_depth", "Inventory requests waiting for a batch.", queueDepth);
    gauge("boxoffice_watchers", "Seat-map subscriptions.", watchers);
    auto refused = [&out](const char *reason, quint64 v) {
        out += QByteArray("boxoffice_connections_refused_total{reason=\"") + reason + "\"} " +
               QByteArray::number(v) + '\n';
    };
    out += "# HELP boxoffice_connections_refused_total Connections refused or closed by an admission "
           "limit.\n# TYPE boxoffice_connections_refused_total counter\n";
    refused("per_address", refusedPerAddress);
    refused("total", refusedTotal);
    refused("origin", refusedOrigin);
    refused("hello_timeout", helloTimeouts);
    counter("boxoffice_overflow_disconnects_total",
            "Connections closed for not reading their replies (unsent bytes or waiting requests past "
            "the limit).",
            overflowDisconnects);
    counter("boxoffice_requests_waited_total",
            "Requests that waited because their connection had its share of requests in the queues.",
            requestsWaited);
    counter("boxoffice_heartbeat_disconnects_total", "Silent connections dropped by the heartbeat.",
            heartbeatDisconnects);
    counter("boxoffice_list_events_reads_total", "Database reads that answered ListEvents requests.",
            listEventsReads);
    counter("boxoffice_http_refused_total",
            "HTTP requests refused (too large, too slow, unknown, or without the metrics token).",
            httpRefused);
    gauge("boxoffice_delta_interval_ms", "Minimum interval between two seat-map delta flushes.",
          deltaIntervalMs);
    batchSize.write(out, "boxoffice_batch_size", "Requests per group-commit batch.");
    dbLatencySeconds.write(out, "boxoffice_db_batch_seconds", "Database time per batch.");
    requestLatencySeconds.write(out, "boxoffice_request_seconds",
                                "Inventory request time from receipt to reply.");
    return out;
}

} // namespace BoxOffice::Server
