// boxoffice-abusebench: issue 18's attacks, one after another, against a running server
// while an honest buyer and an honest clerk keep working (scripts/bench abuse starts
// everything). Loopback only; every attack is bounded in count and time.
//
// Prints one line per attack on stderr and, last on stdout:
//   attacks=N worst_attack=NAME honest_p99_ms=N checkin_p99_ms=N signin_p99_ms=N
//   rss_growth_mb=N rows_growth=N

#include "attacks.h"
#include "honest.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <atomic>
#include <cstdio>
#include <thread>

#include <sys/resource.h>

using namespace BoxOffice::Load;

namespace {

qint64 rssKib(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

qint64 rows(QSqlDatabase &db)
{
    QSqlQuery q(db);
    // Every table anonymous work can write to.
    if (!q.exec(QStringLiteral("SELECT (SELECT count(*) FROM sessions) + (SELECT count(*) FROM orders)"
                               " + (SELECT count(*) FROM customers) + (SELECT count(*) FROM holds)"
                               " + (SELECT count(*) FROM audit_log) + (SELECT count(*) FROM payments)"
                               " + (SELECT count(*) FROM tickets) + (SELECT count(*) FROM sales)"
                               " + (SELECT count(*) FROM signin_unknown)")) ||
        !q.next()) {
        std::fprintf(stderr, "abusebench: counting rows failed: %s\n", qPrintable(q.lastError().text()));
        return -1;
    }
    return q.value(0).toLongLong();
}

} // namespace

int main(int argc, char *argv[])
{
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) == 0) {
        limit.rlim_cur = limit.rlim_max;
        setrlimit(RLIMIT_NOFILE, &limit);
    }
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Runs issue 18's attacks against a running boxoffice-server (loopback only) while an "
        "honest buyer and clerk work; the clerk's password is read from BENCH_CLERK_PASSWORD."));
    p.addHelpOption();
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("WebSocket port"),
                                  QStringLiteral("n"));
    const QCommandLineOption http(QStringLiteral("http-port"), QStringLiteral("HTTP port"),
                                  QStringLiteral("n"));
    const QCommandLineOption pid(QStringLiteral("server-pid"), QStringLiteral("the server's pid (RSS)"),
                                 QStringLiteral("pid"));
    const QCommandLineOption dbPort(QStringLiteral("db-port"), QStringLiteral("PostgreSQL port"),
                                    QStringLiteral("n"));
    const QCommandLineOption dbName(QStringLiteral("db-name"), QStringLiteral("database"),
                                    QStringLiteral("name"), QStringLiteral("boxoffice"));
    const QCommandLineOption dbUser(QStringLiteral("db-user"), QStringLiteral("user"), QStringLiteral("name"),
                                    QStringLiteral("boxoffice"));
    const QCommandLineOption clerk(QStringLiteral("clerk"), QStringLiteral("a clerk's user name"),
                                   QStringLiteral("name"));
    const QCommandLineOption settle(
        QStringLiteral("settle-ms"),
        QStringLiteral("wait after each attack before counting rows (default 4000)"), QStringLiteral("ms"),
        QStringLiteral("4000"));
    p.addOptions({port, http, pid, dbPort, dbName, dbUser, clerk, settle});
    p.process(app);
    if (!p.isSet(port) || !p.isSet(http) || !p.isSet(pid) || !p.isSet(dbPort) || !p.isSet(clerk)) {
        std::fprintf(stderr,
                     "abusebench: --port, --http-port, --server-pid, --db-port and --clerk are needed\n");
        return 2;
    }
    const qint64 serverPid = p.value(pid).toLongLong();

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"));
    db.setHostName(QStringLiteral("127.0.0.1"));
    db.setPort(p.value(dbPort).toInt());
    db.setDatabaseName(p.value(dbName));
    db.setUserName(p.value(dbUser));
    if (!db.open()) {
        std::fprintf(stderr, "abusebench: %s\n", qPrintable(db.lastError().text()));
        return 2;
    }
    // Attack 4 holds a seat that is blocked.
    QSqlQuery(db).exec(QStringLiteral("UPDATE event_seats SET state = 3, version = version + 1"
                                      " WHERE event_id = 3 AND seat_index = 0 AND state = 0"));

    const std::vector<Attack> attacks = allAttacks();
    AttackTarget target;
    target.port = quint16(p.value(port).toUInt());
    target.httpPort = quint16(p.value(http).toUInt());
    target.clerk = p.value(clerk);

    HonestShared shared;
    shared.port = target.port;
    shared.clerk = target.clerk;
    shared.clerkPassword = qEnvironmentVariable("BENCH_CLERK_PASSWORD");
    shared.samples.resize(attacks.size() + 1);

    std::atomic<bool> sampling{true};
    std::vector<qint64> maxRss(attacks.size() + 1, 0);
    std::mutex rssMutex;
    const qint64 rssStart = rssKib(serverPid);
    std::thread sampler([&] {
        while (sampling) {
            const qint64 r = rssKib(serverPid);
            {
                std::lock_guard<std::mutex> lock(rssMutex);
                qint64 &m = maxRss.at(size_t(shared.attack.load()));
                m = std::max(m, r);
            }
            QThread::msleep(100);
        }
    });
    std::thread buyer([&] { runHonestBuyer(shared); });
    std::thread desk([&] { runHonestClerk(shared); });
    QElapsedTimer wait;
    wait.start();
    while (!shared.clerkReady && wait.elapsed() < 20000)
        QThread::msleep(50);
    QThread::msleep(3000); // the honest clients alone: the baseline

    // The server's RSS with the honest clients at work (its seat maps and layouts loaded):
    // what the attacks may add to.
    const qint64 rssBefore = rssKib(serverPid);
    const int settleMs = p.value(settle).toInt();
    std::vector<qint64> rowsGrowth(attacks.size() + 1, 0);
    for (size_t i = 0; i < attacks.size(); ++i) {
        const qint64 before = rows(db);
        shared.attack = int(i + 1);
        QElapsedTimer t;
        t.start();
        attacks[i].run(target);
        QThread::msleep(settleMs); // purges and sweeps run; the honest clients keep measuring
        rowsGrowth[i + 1] = rows(db) - before;
        std::fprintf(stderr, "abusebench: attack %zu %s done in %lld ms\n", i + 1,
                     qPrintable(attacks[i].name), t.elapsed());
    }
    shared.attack = 0;
    shared.stop = true;
    buyer.join();
    desk.join();
    sampling = false;
    sampler.join();

    std::vector<double> allBuyer, allCheckIn, allSignIn;
    QString worst;
    double worstP99 = -1;
    qint64 maxRows = 0, peakRss = rssBefore;
    int failures = 0;
    for (size_t i = 0; i <= attacks.size(); ++i) {
        const Samples &s = shared.samples[i];
        const double b = percentile(s.buyer, 0.99), c = percentile(s.checkIn, 0.99),
                     g = percentile(s.signIn, 0.99);
        const QString name = i == 0 ? QStringLiteral("baseline") : attacks[i - 1].name;
        std::fprintf(
            stderr,
            "attack=%s honest_p99_ms=%.1f (n=%zu) checkin_p99_ms=%.1f (n=%zu) signin_p99_ms=%.1f (n=%zu)"
            " failures=%d rss_max_mb=%.1f rows_growth=%lld\n",
            qPrintable(name), b, s.buyer.size(), c, s.checkIn.size(), g, s.signIn.size(), s.failures,
            double(maxRss[i]) / 1024, rowsGrowth[i]);
        if (i == 0) {
            failures += s.failures; // the clerk's sale before the attacks, among others
            continue;
        }
        peakRss = std::max(peakRss, maxRss[i]);
        failures += s.failures;
        allBuyer.insert(allBuyer.end(), s.buyer.begin(), s.buyer.end());
        allCheckIn.insert(allCheckIn.end(), s.checkIn.begin(), s.checkIn.end());
        allSignIn.insert(allSignIn.end(), s.signIn.begin(), s.signIn.end());
        maxRows = std::max(maxRows, rowsGrowth[i]);
        if (b > worstP99) {
            worstP99 = b;
            worst = name;
        }
    }
    std::fprintf(stderr,
                 "abusebench: honest requests failed or unanswered: %d; server RSS at start"
                 " %.1f MB, before the attacks %.1f MB, peak during them %.1f MB\n",
                 failures, double(rssStart) / 1024, double(rssBefore) / 1024, double(peakRss) / 1024);
    std::printf("attacks=%zu worst_attack=%s honest_p99_ms=%.0f checkin_p99_ms=%.0f signin_p99_ms=%.0f"
                " rss_growth_mb=%.0f rows_growth=%lld\n",
                attacks.size(), qPrintable(worst), percentile(allBuyer, 0.99), percentile(allCheckIn, 0.99),
                percentile(allSignIn, 0.99), double(peakRss - rssBefore) / 1024, maxRows);
    std::fflush(stdout);
    return failures == 0 ? 0 : 1;
}
