#include "paysimserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHostAddress>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

using namespace BoxOffice::PaySim;

namespace {

// SIGTERM/SIGINT through a self-pipe, as server/core/signalwatcher does; paysim does not
// link the server library (it stands for someone else's service), so it has its own copy.
int g_signalFds[2] = {-1, -1};

void onSignal(int sig)
{
    const char byte = char(sig);
    [[maybe_unused]] const auto written = ::write(g_signalFds[0], &byte, 1);
}

void quitOnTermination(QCoreApplication *app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFds) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalFds[1], QSocketNotifier::Read, app);
    QObject::connect(notifier, &QSocketNotifier::activated, app, [app] {
        char byte = 0;
        if (::read(g_signalFds[1], &byte, 1) == 1)
            app->quit();
    });
    struct sigaction sa = {};
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    ::sigaction(SIGTERM, &sa, nullptr);
    ::sigaction(SIGINT, &sa, nullptr);
    std::signal(SIGPIPE, SIG_IGN);
}

bool parseRate(const QCommandLineParser &parser, const QCommandLineOption &option, double *out)
{
    bool ok = false;
    *out = parser.value(option).toDouble(&ok);
    if (!ok || *out < 0 || *out > 1) {
        std::fprintf(stderr, "boxoffice-paysim: --%s must be a number from 0 to 1\n",
                     qPrintable(option.names().constFirst()));
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("boxoffice-paysim"));
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "A simulated card gateway for tests and the demo: tokens, authorizations, captures, voids "
        "and refunds in memory, idempotency keys, and fault injection. Never use real card numbers. "
        "See docs/payments.md."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption listenOption(QStringLiteral("listen"), QStringLiteral("Address to listen on."),
                                          QStringLiteral("address"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption portOption(QStringLiteral("port"),
                                        QStringLiteral("Port to listen on; 0 picks a free one. The port is "
                                                       "printed as 'listening on http://ADDRESS:PORT'."),
                                        QStringLiteral("port"), QStringLiteral("0"));
    const QCommandLineOption declineOption(QStringLiteral("decline-rate"),
                                           QStringLiteral("Share of authorizations of approving cards "
                                                          "declined at random (0 to 1)."),
                                           QStringLiteral("p"), QStringLiteral("0"));
    const QCommandLineOption latencyOption(QStringLiteral("latency-ms"),
                                           QStringLiteral("Delay of every gateway answer."),
                                           QStringLiteral("ms"), QStringLiteral("0"));
    const QCommandLineOption latencyMaxOption(
        QStringLiteral("latency-max-ms"),
        QStringLiteral("If above --latency-ms: each answer's delay is drawn uniformly from "
                       "--latency-ms to this (e.g. 100 and 300 for a card network's spread)."),
        QStringLiteral("ms"), QStringLiteral("0"));
    const QCommandLineOption errorOption(QStringLiteral("error-rate"),
                                         QStringLiteral("Share of gateway requests answered 503 before "
                                                        "anything is done (0 to 1)."),
                                         QStringLiteral("p"), QStringLiteral("0"));
    const QCommandLineOption timeoutOption(QStringLiteral("timeout-rate"),
                                           QStringLiteral("Share of gateway requests that are carried out "
                                                          "but never answered (0 to 1)."),
                                           QStringLiteral("p"), QStringLiteral("0"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        QStringLiteral("Seed of the random faults and ids."),
                                        QStringLiteral("n"), QStringLiteral("1"));
    parser.addOptions({listenOption, portOption, declineOption, latencyOption, latencyMaxOption, errorOption,
                       timeoutOption, seedOption});
    parser.process(app);

    const QHostAddress address(parser.value(listenOption));
    if (address.isNull()) {
        std::fprintf(stderr, "boxoffice-paysim: --listen: not an IP address: %s\n",
                     qPrintable(parser.value(listenOption)));
        return 2;
    }
    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535) {
        std::fprintf(stderr, "boxoffice-paysim: --port must be from 0 to 65535\n");
        return 2;
    }
    FaultPlan::Settings settings;
    if (!parseRate(parser, declineOption, &settings.declineRate) ||
        !parseRate(parser, errorOption, &settings.errorRate) ||
        !parseRate(parser, timeoutOption, &settings.timeoutRate))
        return 2;
    settings.latencyMs = parser.value(latencyOption).toInt(&ok);
    if (!ok || settings.latencyMs < 0 || settings.latencyMs > 600000) {
        std::fprintf(stderr, "boxoffice-paysim: --latency-ms must be from 0 to 600000\n");
        return 2;
    }
    settings.latencyMaxMs = parser.value(latencyMaxOption).toInt(&ok);
    if (!ok || settings.latencyMaxMs < 0 || settings.latencyMaxMs > 600000) {
        std::fprintf(stderr, "boxoffice-paysim: --latency-max-ms must be from 0 to 600000\n");
        return 2;
    }
    const quint32 seed = parser.value(seedOption).toUInt(&ok);
    if (!ok) {
        std::fprintf(stderr, "boxoffice-paysim: --seed must be a non-negative integer\n");
        return 2;
    }

    quitOnTermination(&app);
    PaySimServer server(settings, seed);
    const quint16 bound = server.listen(address, quint16(port));
    if (bound == 0) {
        std::fprintf(stderr, "boxoffice-paysim: cannot listen on %s:%u\n", qPrintable(address.toString()),
                     port);
        return 1;
    }
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
                             ? QLatin1Char('[') + address.toString() + QLatin1Char(']')
                             : address.toString();
    std::printf("listening on http://%s:%u\n", qPrintable(host), unsigned(bound));
    std::fflush(stdout);
    const int rc = app.exec();
    std::fprintf(stderr, "boxoffice-paysim: stopped\n");
    return rc;
}
