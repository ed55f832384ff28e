#include "core/serversettings.h"

#include "core/limitsettings.h"
#include "net/clientaddress.h"
#include "net/ratelimits.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QSysInfo>

#include <cstdio>

namespace BoxOffice::Server {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ServerSettings", text);
}

void fail(const QString &message)
{
    std::fprintf(stderr, "boxoffice-server: %s\n", qPrintable(message));
}

std::optional<int> toInt(const QString &value, int min, int max)
{
    bool ok = false;
    const int n = value.toInt(&ok);
    if (!ok || n < min || n > max)
        return std::nullopt;
    return n;
}

} // namespace

std::optional<ServerSettings> parseServerSettings(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("BoxOffice inventory server: seat holds and sales in PostgreSQL, live seat maps "
           "over WebSockets."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption config(QStringLiteral("config"),
                                    tr("Read settings from the INI <file> (section [server] and "
                                       "[database]; flags win)."),
                                    tr("file"));
    const QCommandLineOption listen(QStringLiteral("listen"), tr("Address to listen on (default 127.0.0.1)."),
                                    tr("address"));
    const QCommandLineOption port(QStringLiteral("port"), tr("WebSocket port (default 8080)."), tr("port"));
    const QCommandLineOption httpPort(QStringLiteral("http-port"),
                                      tr("Port of /health and /metrics, plain HTTP (default 8081, "
                                         "0 disables)."),
                                      tr("port"));
    const QCommandLineOption httpListen(QStringLiteral("http-listen"),
                                        tr("Address of /health and /metrics (default: the listen "
                                           "address if it is loopback, else 127.0.0.1)."),
                                        tr("address"));
    const QCommandLineOption tlsCert(QStringLiteral("tls-cert"),
                                     tr("Serve wss:// with the PEM certificate chain in <file> "
                                        "(server certificate first, then intermediates); needs "
                                        "--tls-key."),
                                     tr("file"));
    const QCommandLineOption tlsKey(QStringLiteral("tls-key"),
                                    tr("Unencrypted PEM private key of the --tls-cert "
                                       "certificate."),
                                    tr("file"));
    const QCommandLineOption ticketKey(QStringLiteral("ticket-key"),
                                       tr("Sign ticket codes with the unencrypted PEM Ed25519 private "
                                          "key in <file> (openssl genpkey -algorithm ed25519); every "
                                          "node needs the same file. Without it the nodes share a key "
                                          "kept in the database."),
                                       tr("file"));
    const QCommandLineOption insecureListen(
        QStringLiteral("insecure-listen"),
        tr("Allow plain ws:// (no TLS) on a non-loopback --listen address. Everything, "
           "passwords and session tokens included, crosses the network in clear text; only "
           "for a trusted network or behind a TLS-terminating proxy. Command line only."));
    const QCommandLineOption dbHost(QStringLiteral("db-host"),
                                    tr("PostgreSQL host or socket directory (default 127.0.0.1)."),
                                    tr("host"));
    const QCommandLineOption dbPort(QStringLiteral("db-port"), tr("PostgreSQL port (default 5432)."),
                                    tr("port"));
    const QCommandLineOption dbName(QStringLiteral("db-name"), tr("Database name (default boxoffice)."),
                                    tr("name"));
    const QCommandLineOption dbUser(QStringLiteral("db-user"),
                                    tr("Database user (default boxoffice). The password comes "
                                       "from BOXOFFICE_DB_PASSWORD or the INI file."),
                                    tr("user"));
    const QCommandLineOption workers(QStringLiteral("workers"),
                                     tr("Database worker threads for inventory batches; one keeps "
                                        "batches large on a small machine (default 1)."),
                                     tr("n"));
    const QCommandLineOption maxBatch(QStringLiteral("max-batch"),
                                      tr("Most requests in one group commit (default 512)."), tr("n"));
    const QCommandLineOption tick(QStringLiteral("tick-ms"),
                                  tr("Seat-map delta coalescing tick: the least ms between two flushes "
                                     "of changes (default 20)."),
                                  tr("ms"));
    const QCommandLineOption fanoutSlice(
        QStringLiteral("fanout-slice-us"),
        tr("Thread time one slice of a seat-map fan-out may take before the "
           "event loop runs again, in microseconds (default 3000, least 100)."),
        tr("us"));
    const QCommandLineOption sweep(QStringLiteral("sweep-ms"),
                                   tr("Interval of the expired-hold sweeper in ms (default 250)."), tr("ms"));
    const QCommandLineOption heartbeat(QStringLiteral("heartbeat"),
                                       tr("Seconds between pings; a connection silent for three "
                                          "intervals is closed (default 10)."),
                                       tr("seconds"));
    const QCommandLineOption staffHoldLimit(QStringLiteral("staff-hold-limit"),
                                            tr("Most seats one staff session may hold in one event at "
                                               "once (default 100; buyers: the event's seats per order)."),
                                            tr("seats"));
    const QCommandLineOption buyerSessionRate(
        QStringLiteral("buyer-session-rate"),
        tr("New buyer sessions one client address may open: BURST/SECONDS, a burst refilled at "
           "BURST per SECONDS (default 20/60); 0 for no limit."),
        tr("rate"));
    const QCommandLineOption holdRate(
        QStringLiteral("hold-rate"),
        tr("Hold and BestAvailable requests of one buyer session: BURST/SECONDS (default 30/60); "
           "0 for no limit."),
        tr("rate"));
    const QCommandLineOption trustedProxy(
        QStringLiteral("trusted-proxy"),
        tr("A load balancer (address or address/prefix; repeat or separate with commas) whose "
           "--client-address-header is believed. Other peers' headers are ignored."),
        tr("address"));
    const QCommandLineOption clientAddressHeader(
        QStringLiteral("client-address-header"),
        tr("Handshake header that carries the client address from a --trusted-proxy (e.g. "
           "X-Forwarded-For; the right-most entry that is no trusted proxy counts)."),
        tr("name"));
    const QCommandLineOption node(QStringLiteral("node"),
                                  tr("Name of this node in replies and metrics (default host:port)."),
                                  tr("name"));
    const QCommandLineOption loadDemo(QStringLiteral("load-demo"),
                                      tr("Load the demo venues and events into an empty database."));
    const QCommandLineOption migrateOnly(QStringLiteral("migrate-only"),
                                         tr("Apply migrations (and --load-demo), then exit."));
    const QCommandLineOption logJson(QStringLiteral("log-json"), tr("Log as JSON lines."));
    const QCommandLineOption createAdmin(QStringLiteral("create-admin"),
                                         tr("Apply migrations, create the admin user <name> with the "
                                            "password read as one line from standard input (at least "
                                            "12 characters; never a command-line argument), then exit."),
                                         tr("name"));
    const QCommandLineOption createUser(QStringLiteral("create-user"),
                                        tr("Like --create-admin, for a user with the roles of --roles."),
                                        tr("name"));
    const QCommandLineOption roles(QStringLiteral("roles"),
                                   tr("Roles of --create-user, comma-separated: clerk, organizer, "
                                      "fraud_analyst, admin."),
                                   tr("roles"));
    parser.addOptions({createAdmin, createUser, roles});
    parser.addOption(ticketKey);
    parser.addOptions({config,      listen,         port,
                       httpPort,    httpListen,     tlsCert,
                       tlsKey,      insecureListen, dbHost,
                       dbPort,      dbName,         dbUser,
                       workers,     maxBatch,       tick,
                       fanoutSlice, sweep,          heartbeat,
                       node,        loadDemo,       migrateOnly,
                       logJson,     staffHoldLimit, buyerSessionRate,
                       holdRate,    trustedProxy,   clientAddressHeader});
    const QCommandLineOption gatewayUrl(QStringLiteral("gateway-url"),
                                        tr("Base URL of the card gateway the server calls (e.g. "
                                           "http://127.0.0.1:8090). Without it card payments are "
                                           "refused with PaymentUnavailable."),
                                        tr("url"));
    const QCommandLineOption gatewayPublicUrl(QStringLiteral("gateway-public-url"),
                                              tr("Base URL of the card gateway as clients reach it to "
                                                 "tokenize cards (default: --gateway-url)."),
                                              tr("url"));
    const QCommandLineOption gatewayTimeout(QStringLiteral("gateway-timeout-ms"),
                                            tr("Timeout of one attempt of a card gateway call in ms "
                                               "(default 5000)."),
                                            tr("ms"));
    const QCommandLineOption reconcileInterval(QStringLiteral("reconcile-interval"),
                                               tr("Seconds between rounds that settle card payments "
                                                  "left open by a crash (default 30; also at start)."),
                                               tr("seconds"));
    const QCommandLineOption testCrashAfter(QStringLiteral("test-crash-after"),
                                            tr("TEST ONLY: abort the server right after the card "
                                               "sale step <step> (authorize or sale), to test "
                                               "reconciliation. Never use in production."),
                                            tr("step"));
    parser.addOptions({gatewayUrl, gatewayPublicUrl, gatewayTimeout, reconcileInterval, testCrashAfter});
    parser.addOptions(limitOptions());
    const QCommandLineOption waitingRoom(QStringLiteral("waiting-room"), WaitingRoomConfig::helpText(),
                                         tr("spec"));
    parser.addOption(waitingRoom);
    parser.process(app);

    ServerSettings s;
    QSettings *ini = nullptr;
    QSettings file(parser.value(config), QSettings::IniFormat);
    if (parser.isSet(config)) {
        if (!QFileInfo::exists(parser.value(config))) {
            fail(tr("config file %1 does not exist").arg(parser.value(config)));
            return std::nullopt;
        }
        ini = &file;
    }
    auto value = [&](const QCommandLineOption &opt, const QString &iniKey) -> QString {
        if (parser.isSet(opt))
            return parser.value(opt);
        if (ini)
            return ini->value(iniKey).toString();
        return {};
    };
    auto intValue = [&](const QCommandLineOption &opt, const QString &iniKey, int min, int max,
                        int &out) -> bool {
        const QString v = value(opt, iniKey);
        if (v.isEmpty())
            return true;
        const auto n = toInt(v, min, max);
        if (!n) {
            fail(tr("--%1 must be a number from %2 to %3").arg(opt.names().constFirst()).arg(min).arg(max));
            return false;
        }
        out = *n;
        return true;
    };

    if (const QString a = value(listen, QStringLiteral("server/listen")); !a.isEmpty()) {
        if (!s.listenAddress.setAddress(a)) {
            fail(tr("--listen: %1 is not an IP address").arg(a));
            return std::nullopt;
        }
    }
    if (const QString a = value(httpListen, QStringLiteral("server/http_listen")); !a.isEmpty()) {
        if (!s.httpListenAddress.setAddress(a)) {
            fail(tr("--http-listen: %1 is not an IP address").arg(a));
            return std::nullopt;
        }
    } else if (s.listenAddress.isLoopback()) {
        s.httpListenAddress = s.listenAddress;
    }
    int p = s.port, hp = s.httpPort, dp = s.db.port;
    if (!intValue(port, QStringLiteral("server/port"), 0, 65535, p) ||
        !intValue(httpPort, QStringLiteral("server/http_port"), 0, 65535, hp) ||
        !intValue(dbPort, QStringLiteral("database/port"), 1, 65535, dp) ||
        !intValue(workers, QStringLiteral("server/workers"), 1, 64, s.workers) ||
        !intValue(maxBatch, QStringLiteral("server/max_batch"), 1, 10000, s.maxBatch) ||
        !intValue(tick, QStringLiteral("server/tick_ms"), 1, 1000, s.tickMs) ||
        !intValue(fanoutSlice, QStringLiteral("server/fanout_slice_us"), 100, 1000000, s.fanoutSliceUs) ||
        !intValue(sweep, QStringLiteral("server/sweep_ms"), 10, 60000, s.sweepMs) ||
        !intValue(heartbeat, QStringLiteral("server/heartbeat"), 1, 3600, s.heartbeatS) ||
        !intValue(staffHoldLimit, QStringLiteral("limits/staff_hold_limit"), 1, 100000, s.staffHoldLimit))
        return std::nullopt;
    auto rateValue = [&](const QCommandLineOption &opt, const QString &iniKey, int &burst,
                         int &period) -> bool {
        const QString v = value(opt, iniKey);
        if (v.isEmpty())
            return true;
        const auto spec = RateSpec::parse(v);
        if (!spec) {
            fail(tr("--%1 must be BURST/SECONDS (e.g. 20/60) or 0").arg(opt.names().constFirst()));
            return false;
        }
        burst = spec->burst;
        period = spec->periodS;
        return true;
    };
    if (!rateValue(buyerSessionRate, QStringLiteral("limits/buyer_session_rate"), s.buyerSessionBurst,
                   s.buyerSessionPeriodS) ||
        !rateValue(holdRate, QStringLiteral("limits/hold_rate"), s.holdBurst, s.holdPeriodS))
        return std::nullopt;
    for (const QString &v : parser.values(trustedProxy))
        s.trustedProxies += v.split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (!parser.isSet(trustedProxy) && ini)
        s.trustedProxies = ini->value(QStringLiteral("limits/trusted_proxies"))
                               .toString()
                               .split(QLatin1Char(','), Qt::SkipEmptyParts);
    s.clientAddressHeader =
        value(clientAddressHeader, QStringLiteral("limits/client_address_header")).trimmed();
    {
        ClientAddressResolver check;
        QString why;
        if (!check.configure(s.trustedProxies, s.clientAddressHeader.toLatin1(), &why)) {
            fail(tr("--trusted-proxy: %1").arg(why));
            return std::nullopt;
        }
        if (s.trustedProxies.isEmpty() != s.clientAddressHeader.isEmpty()) {
            fail(tr("--trusted-proxy and --client-address-header go together"));
            return std::nullopt;
        }
    }
    s.port = quint16(p);
    s.httpPort = quint16(hp);
    s.db.port = dp;
    if (const QString v = value(dbHost, QStringLiteral("database/host")); !v.isEmpty())
        s.db.host = v;
    if (const QString v = value(dbName, QStringLiteral("database/name")); !v.isEmpty())
        s.db.name = v;
    if (const QString v = value(dbUser, QStringLiteral("database/user")); !v.isEmpty())
        s.db.user = v;
    s.db.password = qEnvironmentVariable("BOXOFFICE_DB_PASSWORD");
    if (s.db.password.isEmpty() && ini)
        s.db.password = ini->value(QStringLiteral("database/password")).toString();
    s.nodeName = value(node, QStringLiteral("server/node"));
    if (s.nodeName.isEmpty())
        s.nodeName = QSysInfo::machineHostName() + QLatin1Char(':') + QString::number(s.port);
    s.loadDemo = parser.isSet(loadDemo);
    s.migrateOnly = parser.isSet(migrateOnly);
    s.logJson = parser.isSet(logJson);
    if (parser.isSet(createAdmin) && parser.isSet(createUser)) {
        fail(tr("--create-admin and --create-user exclude each other"));
        return std::nullopt;
    }
    if (parser.isSet(createAdmin)) {
        s.createUser = parser.value(createAdmin);
        s.createRoles = QStringList{QStringLiteral("admin")};
    } else if (parser.isSet(createUser)) {
        s.createUser = parser.value(createUser);
        s.createRoles = parser.value(roles).split(QLatin1Char(','), Qt::SkipEmptyParts);
        if (s.createRoles.isEmpty()) {
            fail(tr("--create-user needs --roles"));
            return std::nullopt;
        }
    }

    // A relative path in the INI file is relative to that file, as a reader expects.
    auto pathValue = [&](const QCommandLineOption &opt, const QString &iniKey) -> QString {
        const QString v = value(opt, iniKey);
        if (v.isEmpty() || parser.isSet(opt) || QFileInfo(v).isAbsolute())
            return v;
        return QFileInfo(parser.value(config)).dir().absoluteFilePath(v);
    };
    s.tlsCert = pathValue(tlsCert, QStringLiteral("server/tls_cert"));
    s.tlsKey = pathValue(tlsKey, QStringLiteral("server/tls_key"));
    s.ticketKey = pathValue(ticketKey, QStringLiteral("server/ticket_key"));
    // A typo is reported before the database is touched; the key itself is read at start.
    if (!s.ticketKey.isEmpty() && !QFileInfo(s.ticketKey).isReadable()) {
        fail(tr("--ticket-key: cannot read %1").arg(s.ticketKey));
        return std::nullopt;
    }
    if (s.tlsCert.isEmpty() != s.tlsKey.isEmpty()) {
        fail(tr("--tls-cert and --tls-key go together; %1 is missing")
                 .arg(s.tlsCert.isEmpty() ? QStringLiteral("--tls-cert") : QStringLiteral("--tls-key")));
        return std::nullopt;
    }
    // Deliberately not an INI key: clear text off loopback must be asked for where the
    // server is started, not inherited from a file copied between machines.
    s.insecureListen = parser.isSet(insecureListen);

    // Sign-in passwords and session tokens travel in these frames: never in clear text
    // off this machine unless the operator says so explicitly.
    if (!s.tls() && !s.listenAddress.isLoopback() && !s.insecureListen) {
        fail(tr("refusing to listen on %1 without TLS: give --tls-cert and --tls-key, use a "
                "loopback address, or (clear text, not recommended) --insecure-listen")
                 .arg(s.listenAddress.toString()));
        return std::nullopt;
    }
    if (const QString v = value(gatewayUrl, QStringLiteral("payments/gateway_url")); !v.isEmpty()) {
        s.gatewayUrl = QUrl(v, QUrl::StrictMode);
        if (!s.gatewayUrl.isValid() || s.gatewayUrl.host().isEmpty() ||
            (s.gatewayUrl.scheme() != QLatin1String("http") &&
             s.gatewayUrl.scheme() != QLatin1String("https"))) {
            fail(tr("--gateway-url: %1 is not an http(s) URL").arg(v));
            return std::nullopt;
        }
    }
    s.gatewayPublicUrl = s.gatewayUrl;
    if (const QString v = value(gatewayPublicUrl, QStringLiteral("payments/gateway_public_url"));
        !v.isEmpty()) {
        s.gatewayPublicUrl = QUrl(v, QUrl::StrictMode);
        if (!s.gatewayPublicUrl.isValid() || s.gatewayPublicUrl.host().isEmpty()) {
            fail(tr("--gateway-public-url: %1 is not a URL").arg(v));
            return std::nullopt;
        }
    }
    if (!intValue(gatewayTimeout, QStringLiteral("payments/gateway_timeout_ms"), 100, 120000,
                  s.gatewayTimeoutMs) ||
        !intValue(reconcileInterval, QStringLiteral("payments/reconcile_interval"), 1, 3600,
                  s.reconcileIntervalS))
        return std::nullopt;
    if (!readLimitSettings(parser, ini, s))
        return std::nullopt;
    for (const QString &spec : parser.values(waitingRoom)) {
        QString why;
        const auto room = WaitingRoomConfig::parse(spec, &why);
        if (!room) {
            fail(why);
            return std::nullopt;
        }
        for (const WaitingRoomConfig &other : std::as_const(s.waitingRooms)) {
            if (other.event == room->event) {
                fail(tr("--waiting-room: event %1 is given twice").arg(room->event));
                return std::nullopt;
            }
        }
        s.waitingRooms.append(*room);
    }
    // Command line only, like --insecure-listen: never inherited from a file.
    s.testCrashAfter = parser.value(testCrashAfter);
    if (!s.testCrashAfter.isEmpty() && s.testCrashAfter != QLatin1String("authorize") &&
        s.testCrashAfter != QLatin1String("sale")) {
        fail(tr("--test-crash-after must be authorize or sale"));
        return std::nullopt;
    }
    return s;
}

} // namespace BoxOffice::Server
