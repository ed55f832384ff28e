#pragma once

#include <QList>
#include <QUrl>

#include <cstdint>

namespace BoxOffice::Load {

/** What to run; filled by CommandLine from the command line, read by the scenarios. */
struct LoadOptions
{
    enum class Mode { Holds, Fanout };

    Mode mode = Mode::Holds;
    QUrl url;
    qint64 event = 0;
    int durationSeconds = 20;
    int timeoutSeconds = 0; // hard overall limit; computed from the others when 0
    double connectRate = 500.0;
    int maxPendingConnects = 64;
    int connectTimeoutSeconds = 10;
    std::uint64_t seed = 0;

    // holds
    int clients = 200;
    double sellRatio = 0.02;
    QUrl gatewayUrl; // the card gateway that tokenizes the test card (needed to sell)
    int seatsMin = 1;
    int seatsMax = 4;
    int seatCount = 0; // 0: ask the server (ListEvents)
    int warmupSeconds = 2;

    // fanout
    int watchers = 2000;
    double probesPerSecond = 20.0;
    int holdMilliseconds = 1000;
    int settleMilliseconds = 1000;
    int processes = 1;        // watchers split over this many processes (FanoutWorkers)
    bool worker = false;      // a child of --processes: watchers only, driven over stdin/stdout
    bool qtWatchers = false;  // watchers on QWebSocket rather than RawWatchers
    QList<qint64> serverPids; // their CPU time read from /proc (same machine) over the probing
    // Where the watchers connect (several server nodes): process i's watchers to
    // watchUrls[i % n]; empty: url. The holder always uses url.
    QList<QUrl> watchUrls;
};

} // namespace BoxOffice::Load
