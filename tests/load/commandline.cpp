#include "commandline.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QHostAddress>
#include <QRandomGenerator>

#include <cstdio>
#include <limits>
#include <type_traits>

namespace BoxOffice::Load {

namespace {

void complain(const QString &message)
{
    std::fprintf(stderr, "boxoffice-loadgen: %s\n", qUtf8Printable(message));
}

// Reads a number option into target, keeping the default when the option is absent.
template <typename T>
bool readNumber(const QCommandLineParser &parser, const QCommandLineOption &option, T min, T max, T &target)
{
    if (!parser.isSet(option))
        return true;
    const QString text = parser.value(option);
    bool ok = false;
    T value{};
    if constexpr (std::is_floating_point_v<T>)
        value = T(text.toDouble(&ok));
    else if constexpr (std::is_unsigned_v<T>)
        value = T(text.toULongLong(&ok));
    else
        value = T(text.toLongLong(&ok));
    if (!ok || value < min || value > max) {
        complain(CommandLine::tr("--%1 must be a number from %2 to %3, not '%4'")
                     .arg(option.names().constFirst())
                     .arg(min)
                     .arg(max)
                     .arg(text));
        return false;
    }
    target = value;
    return true;
}

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QStringLiteral("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace

std::optional<LoadOptions> CommandLine::parse(const QCoreApplication &app)
{
    const LoadOptions defaults;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Load generator for boxoffice-server (used by scripts/bench).\n"
           "\n"
           "Commands:\n"
           "  holds   N clients hold 1..4 random seats in a closed loop, then buy a hold\n"
           "          (CreateOrder, then PayOrder by card with a token of the test card from\n"
           "          --gateway-url) with --sell-ratio probability or release it. A sale runs\n"
           "          beside the client's holds (one per client at a time; a hold picked for\n"
           "          sale while one is in flight is released, counted as sales_skipped).\n"
           "          Statistics skip the first --warmup seconds. Last stdout line:\n"
           "          holds_per_s=N p50_ms=N p99_ms=N holds_ok=N holds_failed=N sales=N\n"
           "          releases=N errors=N\n"
           "          holds_per_s, p50/p99 (latency of successful holds), holds_ok, holds_failed,\n"
           "          sales and releases cover the measured window (after warm-up, until\n"
           "          --duration); errors covers the whole run (failed or lost connections,\n"
           "          unexpected error replies, unanswered requests, undecodable frames).\n"
           "          Exits non-zero if no hold succeeded or a connection failed.\n"
           "  fanout  W watchers subscribe to the event; one holder holds --holds-per-s random\n"
           "          free seats a second (released after --hold-time ms) and every watcher\n"
           "          measures the time from the Hold request to the Delta showing the seat held.\n"
           "          Last stdout line:\n"
           "          watchers=N delta_p99_ms=N snapshot_bytes=N delta_bytes=N misses=N\n"
           "          server_cpu_pct=N loadgen_cpu_pct=N\n"
           "          (CPU use over the probing, in % of one core; server_cpu_pct needs\n"
           "          --server-pid, loadgen_cpu_pct sums all --processes.)\n"
           "          Exits non-zero if a watcher failed to connect or missed a probe.\n"
           "\n"
           "Progress goes to stderr once a second; results go to stdout. Every phase is bounded\n"
           "in time and the program exits by itself (--timeout is the hard limit). Only loopback\n"
           "ws:// URLs are accepted."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), tr("holds or fanout."),
                                 QStringLiteral("<holds|fanout>"));

    // Options shared by both commands.
    const QCommandLineOption url(QStringLiteral("url"),
                                 tr("WebSocket URL of the server, e.g. ws://127.0.0.1:18080 "
                                    "(required; loopback only)."),
                                 tr("url"));
    const QCommandLineOption event(QStringLiteral("event"), tr("Event id to load (required)."), tr("id"));
    const QCommandLineOption duration(
        QStringLiteral("duration"),
        tr("Seconds of load: holds issued (holds), probes sent (fanout). Default %1.")
            .arg(defaults.durationSeconds),
        tr("seconds"));
    const QCommandLineOption timeout(
        QStringLiteral("timeout"),
        tr("Hard limit for the whole run in seconds; when reached, partial results are printed "
           "and the exit code is 3. Default: duration + connect time + 60."),
        tr("seconds"));
    const QCommandLineOption connectRate(
        QStringLiteral("connect-rate"),
        tr("New connections opened per second, so the server's accept queue is not flooded. "
           "Default %1.")
            .arg(defaults.connectRate),
        tr("per-second"));
    const QCommandLineOption maxPending(
        QStringLiteral("max-pending-connects"),
        tr("At most this many connections are being set up at once (handshake, Hello, and for "
           "fanout Subscribe and Snapshot). Default %1.")
            .arg(defaults.maxPendingConnects),
        tr("count"));
    const QCommandLineOption connectTimeout(
        QStringLiteral("connect-timeout"),
        tr("Seconds a connection may take to be set up before it counts as failed. Default %1.")
            .arg(defaults.connectTimeoutSeconds),
        tr("seconds"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  tr("Seed of the random seat choice, for repeatable runs. "
                                     "Default: random."),
                                  tr("n"));

    // holds
    const QCommandLineOption clients(QStringLiteral("clients"),
                                     tr("[holds] Concurrent client connections, each with one "
                                        "request in flight. Default %1.")
                                         .arg(defaults.clients),
                                     tr("count"));
    const QCommandLineOption sellRatio(
        QStringLiteral("sell-ratio"),
        tr("[holds] Probability that a successful hold is bought (an order paid by card) "
           "rather than released. Default %1; above 0 it needs --gateway-url.")
            .arg(defaults.sellRatio),
        tr("ratio"));
    const QCommandLineOption gatewayUrl(QStringLiteral("gateway-url"),
                                        tr("[holds] Base URL of the card gateway the server uses "
                                           "(loopback, e.g. http://127.0.0.1:8090): the test card "
                                           "is tokenized there once."),
                                        tr("url"));
    const QCommandLineOption seatsMin(QStringLiteral("seats-min"),
                                      tr("[holds] Fewest seats per hold. Default %1.").arg(defaults.seatsMin),
                                      tr("count"));
    const QCommandLineOption seatsMax(QStringLiteral("seats-max"),
                                      tr("[holds] Most seats per hold (capped at the event's "
                                         "per-order limit). Default %1.")
                                          .arg(defaults.seatsMax),
                                      tr("count"));
    const QCommandLineOption seatCount(
        QStringLiteral("seat-count"),
        tr("[holds] Seats of the event. Default: read from ListEvents, or 50000 if the "
           "server does not list the event. [fanout] Given to --worker children."),
        tr("count"));
    const QCommandLineOption warmup(QStringLiteral("warmup"),
                                    tr("[holds] Seconds at the start left out of the "
                                       "statistics. Default %1.")
                                        .arg(defaults.warmupSeconds),
                                    tr("seconds"));

    // fanout
    const QCommandLineOption watchers(
        QStringLiteral("watchers"),
        tr("[fanout] Subscribed watcher connections. Default %1.").arg(defaults.watchers), tr("count"));
    const QCommandLineOption holdsPerSecond(
        QStringLiteral("holds-per-s"),
        tr("[fanout] Probe holds per second made by the holder connection. Default %1.")
            .arg(defaults.probesPerSecond),
        tr("rate"));
    const QCommandLineOption holdTime(
        QStringLiteral("hold-time"),
        tr("[fanout] Milliseconds a probe seat stays held after the Hold's reply. "
           "Default %1.")
            .arg(defaults.holdMilliseconds),
        tr("ms"));
    const QCommandLineOption processes(
        QStringLiteral("processes"),
        tr("[fanout] Split the watchers over this many processes: this one (with the holder) "
           "and P-1 children of this program, so that more sockets than one process may open "
           "can watch, on more than one core. Default %1.")
            .arg(defaults.processes),
        tr("count"));
    const QCommandLineOption worker(QStringLiteral("worker"),
                                    tr("[fanout] Internal: run as one of the children of "
                                       "--processes (watchers only, driven on stdin)."));
    const QCommandLineOption qtWatchers(
        QStringLiteral("qt-watchers"),
        tr("[fanout] Watchers on QWebSocket, one object and its signals per watcher, instead "
           "of the load generator's own minimal WebSocket client (non-blocking sockets on one "
           "epoll set), which costs several times less CPU per delta received."));
    const QCommandLineOption serverPid(
        QStringLiteral("server-pid"),
        tr("[fanout] Process id of the server, on this machine: its CPU use over the probing "
           "is read from /proc and reported as server_cpu_pct. Repeat it for several server "
           "nodes (their CPU is summed)."),
        tr("pid"));
    const QCommandLineOption watchUrl(
        QStringLiteral("watch-url"),
        tr("[fanout] WebSocket URL the watchers connect to instead of --url (loopback only); "
           "repeat it for several server nodes: the watchers of process i (see --processes; "
           "0 is this one) connect to the i-th modulo their number. The holder always "
           "connects to --url, so the latency to other nodes includes the relay between "
           "them."),
        tr("url"));
    const QCommandLineOption settle(QStringLiteral("settle"),
                                    tr("[fanout] Milliseconds to wait for the last deltas after "
                                       "the last probe. Default %1.")
                                        .arg(defaults.settleMilliseconds),
                                    tr("ms"));

    parser.addOptions({url,        event,          duration, timeout,   connectRate,
                       maxPending, connectTimeout, seed,     clients,   sellRatio,
                       gatewayUrl, seatsMin,       seatsMax, seatCount, warmup,
                       watchers,   holdsPerSecond, holdTime, settle,    processes,
                       worker,     serverPid,      watchUrl, qtWatchers});
    parser.process(app);

    LoadOptions options;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        complain(tr("expected one command, holds or fanout (see --help)"));
        return std::nullopt;
    }
    if (positional.constFirst() == QLatin1StringView("holds")) {
        options.mode = LoadOptions::Mode::Holds;
    } else if (positional.constFirst() == QLatin1StringView("fanout")) {
        options.mode = LoadOptions::Mode::Fanout;
    } else {
        complain(tr("unknown command '%1' (expected holds or fanout)").arg(positional.constFirst()));
        return std::nullopt;
    }

    if (!parser.isSet(url) || !parser.isSet(event)) {
        complain(tr("--url and --event are required"));
        return std::nullopt;
    }
    options.url = QUrl(parser.value(url), QUrl::StrictMode);
    if (!options.url.isValid() || options.url.scheme() != QLatin1StringView("ws") ||
        options.url.host().isEmpty()) {
        complain(tr("--url must be a ws:// URL, not '%1'").arg(parser.value(url)));
        return std::nullopt;
    }
    // A load generator aimed at a machine that is not ours would be an attack, not a test.
    if (!isLoopbackHost(options.url.host())) {
        complain(tr("--url must name a loopback host, not '%1'").arg(options.url.host()));
        return std::nullopt;
    }

    constexpr int maxConnections = 100000;
    const bool ok =
        readNumber(parser, event, qint64(1), std::numeric_limits<qint64>::max(), options.event) &&
        readNumber(parser, duration, 1, 24 * 3600, options.durationSeconds) &&
        readNumber(parser, timeout, 1, 48 * 3600, options.timeoutSeconds) &&
        readNumber(parser, connectRate, 0.1, 1e6, options.connectRate) &&
        readNumber(parser, maxPending, 1, maxConnections, options.maxPendingConnects) &&
        readNumber(parser, connectTimeout, 1, 3600, options.connectTimeoutSeconds) &&
        readNumber(parser, seed, std::uint64_t(0), std::numeric_limits<std::uint64_t>::max(), options.seed) &&
        readNumber(parser, clients, 1, maxConnections, options.clients) &&
        readNumber(parser, sellRatio, 0.0, 1.0, options.sellRatio) &&
        readNumber(parser, seatsMin, 1, 1000, options.seatsMin) &&
        readNumber(parser, seatsMax, 1, 1000, options.seatsMax) &&
        readNumber(parser, seatCount, 1, 10000000, options.seatCount) &&
        readNumber(parser, warmup, 0, 3600, options.warmupSeconds) &&
        readNumber(parser, watchers, 1, maxConnections, options.watchers) &&
        readNumber(parser, holdsPerSecond, 0.1, 10000.0, options.probesPerSecond) &&
        readNumber(parser, holdTime, 1, 600000, options.holdMilliseconds) &&
        readNumber(parser, settle, 0, 600000, options.settleMilliseconds) &&
        readNumber(parser, processes, 1, 64, options.processes);
    options.worker = parser.isSet(worker);
    options.qtWatchers = parser.isSet(qtWatchers);
    if (!ok)
        return std::nullopt;
    for (const QString &text : parser.values(serverPid)) {
        bool isNumber = false;
        const qint64 pid = text.toLongLong(&isNumber);
        if (!isNumber || pid < 1 || pid > (qint64(1) << 30)) {
            complain(tr("--server-pid must be a process id, not '%1'").arg(text));
            return std::nullopt;
        }
        options.serverPids.append(pid);
    }
    for (const QString &text : parser.values(watchUrl)) {
        const QUrl u(text, QUrl::StrictMode);
        if (!u.isValid() || u.scheme() != QLatin1StringView("ws") || !isLoopbackHost(u.host())) {
            complain(tr("--watch-url must be a ws:// URL of a loopback host, not '%1'").arg(text));
            return std::nullopt;
        }
        options.watchUrls.append(u);
    }
    if (options.seatsMin > options.seatsMax) {
        complain(tr("--seats-min must not exceed --seats-max"));
        return std::nullopt;
    }
    if (options.mode == LoadOptions::Mode::Holds && options.warmupSeconds >= options.durationSeconds) {
        complain(tr("--warmup must be shorter than --duration"));
        return std::nullopt;
    }
    if (parser.isSet(gatewayUrl)) {
        options.gatewayUrl = QUrl(parser.value(gatewayUrl), QUrl::StrictMode);
        if (!options.gatewayUrl.isValid() || options.gatewayUrl.scheme() != QLatin1StringView("http") ||
            !isLoopbackHost(options.gatewayUrl.host())) {
            complain(tr("--gateway-url must be an http:// URL of a loopback host, not '%1'")
                         .arg(parser.value(gatewayUrl)));
            return std::nullopt;
        }
    }
    if (options.mode == LoadOptions::Mode::Holds && options.sellRatio > 0 && options.gatewayUrl.isEmpty()) {
        complain(tr("--sell-ratio above 0 needs --gateway-url (sales are paid by card)"));
        return std::nullopt;
    }
    if (!parser.isSet(seed))
        options.seed = QRandomGenerator::system()->generate64();

    if (options.timeoutSeconds == 0) {
        const int connections = options.mode == LoadOptions::Mode::Holds ? options.clients : options.watchers;
        // Twice the planned connect time, for a server that accepts slower than we open.
        const int connectSeconds = int(2.0 * connections / options.connectRate) + 1;
        options.timeoutSeconds = options.durationSeconds + connectSeconds + 60;
    }
    return options;
}

} // namespace BoxOffice::Load
