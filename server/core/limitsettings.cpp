#include "core/limitsettings.h"

#include "core/serversettings.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSettings>
#include <QUrl>

#include <cstdio>

namespace BoxOffice::Server {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ServerSettings", text);
}

const QString HelloTimeout = QStringLiteral("hello-timeout-ms");
const QString PerAddress = QStringLiteral("max-connections-per-address");
const QString Total = QStringLiteral("max-connections");
const QString InFlightPerAddress = QStringLiteral("max-in-flight-per-address");
const QString Unsent = QStringLiteral("max-unsent-kib");
const QString Origin = QStringLiteral("allowed-origin");
const QString HttpTimeout = QStringLiteral("http-timeout-ms");
const QString CounterNetwork = QStringLiteral("counter-network");
const QString PurgeAfter = QStringLiteral("purge-after-s");

} // namespace

QList<QCommandLineOption> limitOptions()
{
    return {
        QCommandLineOption(HelloTimeout,
                           tr("Close a connection that has not sent Hello after <ms> (default 10000)."),
                           tr("ms")),
        QCommandLineOption(PerAddress,
                           tr("Most WebSocket connections at once from one client address; more are "
                              "closed with 4013 (default 256, 0: no limit)."),
                           tr("n")),
        QCommandLineOption(Total,
                           tr("Most WebSocket connections at once in total (default 10000, 0: no "
                              "limit)."),
                           tr("n")),
        QCommandLineOption(InFlightPerAddress,
                           tr("Most requests of one client address (all its connections) in the "
                              "server's queues at once; more wait on their connections, each of "
                              "which may always have one (default 64, 0: no share per address, "
                              "only the 32 per connection; for loopback benchmarks)."),
                           tr("n")),
        QCommandLineOption(Unsent,
                           tr("Most KiB of replies waiting for one client to read them; past a "
                              "quarter its requests wait, past all of it the connection is closed "
                              "(default 4096)."),
                           tr("kib")),
        QCommandLineOption(Origin,
                           tr("Allow WebSocket handshakes from this browser origin "
                              "(scheme://host[:port]); repeatable. Handshakes without Origin (the "
                              "desktop client) are always allowed; by default no browser origin is."),
                           tr("origin")),
        QCommandLineOption(CounterNetwork,
                           tr("The box office's counters are on this network (address/prefix, e.g. "
                              "192.168.10.0/24); repeatable. Failed sign-ins from elsewhere do not "
                              "delay sign-ins from it."),
                           tr("network")),
        QCommandLineOption(HttpTimeout,
                           tr("Close an HTTP connection whose request is not complete after <ms> "
                              "(default 5000)."),
                           tr("ms")),
        QCommandLineOption(PurgeAfter,
                           tr("Delete cancelled and abandoned orders that took no money (with their "
                              "customer rows), swept holds and ended buyer sessions <s> seconds "
                              "after they ended (default 86400: one day)."),
                           tr("s")),
    };
}

bool readLimitSettings(const QCommandLineParser &parser, QSettings *ini, ServerSettings &s)
{
    auto value = [&](const QString &name) -> QString {
        if (parser.isSet(name))
            return parser.value(name);
        if (ini)
            return ini
                ->value(QStringLiteral("limits/") + QString(name).replace(QLatin1Char('-'), QLatin1Char('_')))
                .toString();
        return {};
    };
    auto intValue = [&](const QString &name, int min, int max, int &out) {
        const QString v = value(name);
        if (v.isEmpty())
            return true;
        bool ok = false;
        const int n = v.toInt(&ok);
        if (!ok || n < min || n > max) {
            std::fprintf(stderr, "boxoffice-server: %s\n",
                         qPrintable(tr("--%1 must be a number from %2 to %3").arg(name).arg(min).arg(max)));
            return false;
        }
        out = n;
        return true;
    };
    ConnectionLimits &l = s.limits;
    int unsentKib = int(l.maxUnsentBytes / 1024);
    if (!intValue(HelloTimeout, 100, 600000, l.helloTimeoutMs) ||
        !intValue(PerAddress, 0, 1000000, l.maxPerAddress) || !intValue(Total, 0, 1000000, l.maxTotal) ||
        !intValue(InFlightPerAddress, 0, 1000000, l.maxInFlightPerAddress) ||
        !intValue(Unsent, 64, 1024 * 1024, unsentKib) ||
        !intValue(HttpTimeout, 100, 600000, s.httpTimeoutMs) ||
        !intValue(PurgeAfter, 1, 90 * 86400, s.purgeAfterS))
        return false;
    l.maxUnsentBytes = qint64(unsentKib) * 1024;
    l.pauseUnsentBytes = l.maxUnsentBytes / 4;

    QStringList origins = parser.values(Origin);
    if (origins.isEmpty() && ini)
        origins = ini->value(QStringLiteral("limits/allowed_origins"))
                      .toString()
                      .split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString &o : origins) {
        o = o.trimmed();
        const QUrl url(o, QUrl::StrictMode);
        // Browsers send exactly scheme://host[:port]; anything else could never match.
        if (!url.isValid() || url.host().isEmpty() || !url.path().isEmpty() ||
            (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
            std::fprintf(stderr, "boxoffice-server: %s\n",
                         qPrintable(tr("--allowed-origin: %1 is not scheme://host[:port]").arg(o)));
            return false;
        }
    }
    l.allowedOrigins = origins;

    QStringList networks = parser.values(CounterNetwork);
    if (networks.isEmpty() && ini)
        networks = ini->value(QStringLiteral("limits/counter_networks"))
                       .toString()
                       .split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &n : std::as_const(networks)) {
        const auto subnet = QHostAddress::parseSubnet(n.trimmed());
        if (subnet.first.isNull()) {
            std::fprintf(stderr, "boxoffice-server: %s\n",
                         qPrintable(tr("--counter-network: %1 is not address/prefix").arg(n)));
            return false;
        }
        l.counterNetworks.append(subnet);
    }

    // Not a flag: a token on the command line would show in the process list.
    s.metricsToken = qEnvironmentVariable("BOXOFFICE_METRICS_TOKEN");
    if (s.metricsToken.isEmpty() && ini)
        s.metricsToken = ini->value(QStringLiteral("server/metrics_token")).toString();
    return true;
}

} // namespace BoxOffice::Server
