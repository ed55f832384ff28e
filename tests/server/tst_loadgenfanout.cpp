// boxoffice-loadgen's fanout against the real server and database, small and short: its
// watchers on the load generator's own WebSocket client (tests/load/rawwatchers, the
// default) and on QWebSocket (--qt-watchers), in two processes, must all connect, get
// their snapshot and see every probe's Delta (the load generator exits non-zero on a
// failed connection or a missed probe). Keeps scripts/bench fanout's tool honest.

#include "serverprocess.h"
#include "testdatabase.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace BoxOffice::Test;

class tst_LoadgenFanout : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void everyWatcherSeesEveryProbe_data();
    void everyWatcherSeesEveryProbe();

private:
    TestDatabase m_db;
    ServerProcess m_server;
};

void tst_LoadgenFanout::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QString error;
    QVERIFY2(m_db.create(QStringLiteral("loadgenfanout"), &error), qPrintable(error));
    QVERIFY2(m_server.start(m_db,
                            {QStringLiteral("--load-demo"), QStringLiteral("--max-connections-per-address"),
                             QStringLiteral("0")},
                            &error),
             qPrintable(error));
}

void tst_LoadgenFanout::cleanupTestCase()
{
    QCOMPARE(m_server.terminate(), 0);
}

void tst_LoadgenFanout::everyWatcherSeesEveryProbe_data()
{
    QTest::addColumn<bool>("qtWatchers");
    QTest::newRow("raw") << false;
    QTest::newRow("qt") << true;
}

void tst_LoadgenFanout::everyWatcherSeesEveryProbe()
{
    QFETCH(bool, qtWatchers);
    constexpr int Watchers = 200;
    QStringList args{QStringLiteral("fanout"),
                     QStringLiteral("--url"),
                     m_server.url().toString(),
                     QStringLiteral("--event"),
                     QStringLiteral("3"),
                     QStringLiteral("--watchers"),
                     QString::number(Watchers),
                     QStringLiteral("--processes"),
                     QStringLiteral("2"),
                     QStringLiteral("--duration"),
                     QStringLiteral("3"),
                     QStringLiteral("--holds-per-s"),
                     QStringLiteral("5"),
                     QStringLiteral("--hold-time"),
                     QStringLiteral("250"),
                     QStringLiteral("--server-pid"),
                     QString::number(m_server.pid()),
                     QStringLiteral("--timeout"),
                     QStringLiteral("60")};
    if (qtWatchers)
        args << QStringLiteral("--qt-watchers");
    QProcess loadgen;
    loadgen.setProcessChannelMode(QProcess::SeparateChannels);
    loadgen.start(QStringLiteral(BOXOFFICE_LOADGEN_EXECUTABLE), args);
    QVERIFY2(loadgen.waitForStarted(10000), qPrintable(loadgen.errorString()));
    QVERIFY(loadgen.waitForFinished(90000));
    const QByteArray out = loadgen.readAllStandardOutput();
    const QByteArray err = loadgen.readAllStandardError();
    QVERIFY2(loadgen.exitStatus() == QProcess::NormalExit && loadgen.exitCode() == 0,
             qPrintable(QString::fromUtf8(err.right(3000))));
    const QList<QByteArray> lines = out.trimmed().split('\n');
    const QByteArray last = lines.constLast();
    QVERIFY2(last.startsWith(QByteArray("watchers=" + QByteArray::number(Watchers) + ' ')), last.constData());
    QVERIFY2(last.contains(" misses=0 "), last.constData());
    QVERIFY2(last.contains(" server_cpu_pct=") && !last.contains("server_cpu_pct=-1"), last.constData());
    QVERIFY2(last.contains(" loadgen_cpu_pct=") && !last.contains("loadgen_cpu_pct=-1"), last.constData());
    // Every probe was seen by every watcher: samples = probes * watchers, all in this line.
    QByteArray detail;
    for (const QByteArray &line : lines) {
        if (line.startsWith("delta_p50_ms="))
            detail = line;
    }
    QVERIFY2(detail.contains(" errors=0"), detail.constData());
    const qsizetype p = detail.indexOf(" probes=");
    const qsizetype s = detail.indexOf(" samples=");
    QVERIFY(p > 0 && s > 0);
    const qint64 probes = detail.mid(p + 8, detail.indexOf(' ', p + 8) - p - 8).toLongLong();
    const qint64 samples = detail.mid(s + 9, detail.indexOf(' ', s + 9) - s - 9).toLongLong();
    QVERIFY2(probes >= 5, detail.constData());
    QCOMPARE(samples, probes * Watchers);
}

QTEST_GUILESS_MAIN(tst_LoadgenFanout)
#include "tst_loadgenfanout.moc"
