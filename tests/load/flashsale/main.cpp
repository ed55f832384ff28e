// boxoffice-flashsale: one load generator process of `scripts/bench flashsale` (issue 13).
// scripts/flashsale starts several (a process may open at most `ulimit -Hn` descriptors),
// gives each its share of the buyers and bots, and sums their result files.

#include "flashsalescenario.h"

#include "net/epolleventdispatcher.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHostAddress>
#include <QDateTime>
#include <QTimer>

#include <cstdio>
#include <cstring>

#include <sys/resource.h>

using namespace BoxOffice::Load;

namespace {

void raiseFileLimit()
{
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        if (setrlimit(RLIMIT_NOFILE, &limit) != 0)
            std::fprintf(stderr, "boxoffice-flashsale: cannot raise the open file limit: %s\n",
                         std::strerror(errno));
    }
}

bool readInt(const QCommandLineParser &p, const QString &name, qint64 min, qint64 max, qint64 &out)
{
    if (!p.isSet(name))
        return true;
    bool ok = false;
    const qint64 v = p.value(name).toLongLong(&ok);
    if (!ok || v < min || v > max) {
        std::fprintf(stderr, "boxoffice-flashsale: --%s must be a number from %lld to %lld\n",
                     qPrintable(name), static_cast<long long>(min), static_cast<long long>(max));
        return false;
    }
    out = v;
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    raiseFileLimit();
    BoxOffice::Shared::installEventDispatcher();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("boxoffice-flashsale"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "One process of a simulated flash sale (scripts/bench flashsale; docs/waiting-room.md).\n"
        "Buyers join the waiting room of --event, are admitted, take 1..--seats-max seats (Hold\n"
        "of seats picked from the map for --picker-share of them, BestAvailable for the rest),\n"
        "order and pay by card (a declined card is retried once with the second --card-token).\n"
        "Bots skip the queue, replay tickets and tokens and forge tickets. Ends when the map\n"
        "shows --seats seats sold (plus a bounded drain) or --duration seconds after the on-sale,\n"
        "and writes its results to --out. Loopback only."));
    parser.addHelpOption();
    const auto opt = [&parser](const char *name, const char *help, const char *value = "n") {
        parser.addOption(QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(help),
                                            QString::fromLatin1(value)));
    };
    opt("url", "ws:// URL of a server node (repeat for several; buyer g uses the (g mod n)-th).", "url");
    opt("event", "Event id (default 3).");
    opt("buyers-first", "Global index of this process's first buyer (its source address).");
    opt("buyers", "Buyers of this process.");
    opt("bots-first", "Global index of this process's first bot.");
    opt("bots", "Bots of this process.");
    opt("bot-addresses", "The bots come from 127.200.0.1 .. 127.200.0.N (default 20).");
    opt("bot-attacks", "Attacks per bot, about one a second (default 12).");
    opt("onsale-ms", "The on-sale moment, ms since the epoch (as the servers' --waiting-room).", "ms");
    opt("prequeue-s", "Pre-queue joiners join within this many seconds before the on-sale (default 10).");
    opt("postqueue-s", "The others within this many seconds after it (default 20).");
    opt("prequeue-share", "Share of buyers joining before the on-sale, 0..1 (default 0.75).", "p");
    opt("picker-share", "Share of buyers picking seats from the map, 0..1 (default 0.333).", "p");
    opt("seats", "Seats on sale: the run ends once all are sold (default 50000).");
    opt("seat-count", "Seats of the event's map (default 50000).");
    opt("seats-max", "Most seats a buyer wants (default 6).");
    opt("card-token", "A card token of the gateway; give two (first try, retry).", "token");
    opt("duration", "Hard end, seconds after the on-sale (default 120).", "s");
    opt("connect-rate", "New connections a second (default 2000).");
    opt("max-pending", "Connections being set up at once (default 256).");
    opt("out", "Result file.", "file");
    opt("seed", "Seed of the schedule and the choices (default 1).");
    parser.process(app);

    FlashSaleOptions o;
    for (const QString &text : parser.values(QStringLiteral("url"))) {
        const QUrl url(text, QUrl::StrictMode);
        if (url.scheme() != QLatin1StringView("ws") || !QHostAddress(url.host()).isLoopback() ||
            url.port() <= 0) {
            std::fprintf(stderr, "boxoffice-flashsale: --url must be ws://127.x.y.z:PORT, not %s\n",
                         qPrintable(text));
            return 2;
        }
        o.urls.append(url);
    }
    o.cardTokens = parser.values(QStringLiteral("card-token"));
    o.out = parser.value(QStringLiteral("out"));
    qint64 event = o.event, buyersFirst = 0, buyers = 0, botsFirst = 0, bots = 0,
           botAddresses = o.botAddresses, botAttacks = o.botAttacks, onsale = 0, pre = o.prequeueS,
           post = o.postqueueS, seats = o.seats, seatCount = o.seatCount, seatsMax = o.seatsMax,
           duration = o.durationS, rate = qint64(o.connectRate), pending = o.maxPending, seed = 1;
    const bool ok = readInt(parser, QStringLiteral("event"), 1, qint64(1) << 40, event) &&
                    readInt(parser, QStringLiteral("buyers-first"), 0, 10000000, buyersFirst) &&
                    readInt(parser, QStringLiteral("buyers"), 0, 100000, buyers) &&
                    readInt(parser, QStringLiteral("bots-first"), 0, 10000000, botsFirst) &&
                    readInt(parser, QStringLiteral("bots"), 0, 100000, bots) &&
                    readInt(parser, QStringLiteral("bot-addresses"), 1, 250, botAddresses) &&
                    readInt(parser, QStringLiteral("bot-attacks"), 0, 100, botAttacks) &&
                    readInt(parser, QStringLiteral("onsale-ms"), 1, qint64(1) << 50, onsale) &&
                    readInt(parser, QStringLiteral("prequeue-s"), 0, 3600, pre) &&
                    readInt(parser, QStringLiteral("postqueue-s"), 0, 3600, post) &&
                    readInt(parser, QStringLiteral("seats"), 1, 10000000, seats) &&
                    readInt(parser, QStringLiteral("seat-count"), 1, 10000000, seatCount) &&
                    readInt(parser, QStringLiteral("seats-max"), 1, 100, seatsMax) &&
                    readInt(parser, QStringLiteral("duration"), 1, 3600, duration) &&
                    readInt(parser, QStringLiteral("connect-rate"), 1, 100000, rate) &&
                    readInt(parser, QStringLiteral("max-pending"), 1, 100000, pending) &&
                    readInt(parser, QStringLiteral("seed"), 0, qint64(1) << 62, seed);
    if (!ok)
        return 2;
    bool shareOk = true;
    if (parser.isSet(QStringLiteral("prequeue-share")))
        o.prequeueShare = parser.value(QStringLiteral("prequeue-share")).toDouble(&shareOk);
    if (shareOk && parser.isSet(QStringLiteral("picker-share")))
        o.pickerShare = parser.value(QStringLiteral("picker-share")).toDouble(&shareOk);
    if (!shareOk || o.prequeueShare < 0 || o.prequeueShare > 1 || o.pickerShare < 0 || o.pickerShare > 1) {
        std::fprintf(stderr,
                     "boxoffice-flashsale: --prequeue-share and --picker-share must be from 0 to 1\n");
        return 2;
    }
    if (o.urls.isEmpty() || onsale == 0 || o.out.isEmpty() || o.cardTokens.isEmpty()) {
        std::fprintf(stderr,
                     "boxoffice-flashsale: --url, --onsale-ms, --card-token and --out are required\n");
        return 2;
    }
    o.event = event;
    o.buyersFirst = int(buyersFirst);
    o.buyers = int(buyers);
    o.botsFirst = int(botsFirst);
    o.bots = int(bots);
    o.botAddresses = int(botAddresses);
    o.botAttacks = int(botAttacks);
    o.onsaleMs = onsale;
    o.prequeueS = int(pre);
    o.postqueueS = int(post);
    o.seats = int(seats);
    o.seatCount = int(seatCount);
    o.seatsMax = int(seatsMax);
    o.durationS = int(duration);
    o.connectRate = double(rate);
    o.maxPending = int(pending);
    o.seed = quint64(seed);

    FlashSaleScenario scenario(o);
    QObject::connect(&scenario, &FlashSaleScenario::finished, &app,
                     [](int code) { QCoreApplication::exit(code); });
    // The hard bound: the connect phase plus the sale plus the drain, whatever happens.
    const qint64 hardMs =
        std::max<qint64>(0, onsale - QDateTime::currentMSecsSinceEpoch()) + duration * 1000 + 30000;
    QTimer::singleShot(std::chrono::milliseconds(hardMs), &scenario,
                       [&scenario] { scenario.finish("hard timeout"); });
    QTimer::singleShot(0, &scenario, [&scenario] { scenario.start(); });
    return app.exec();
}
