// Issue 16: a flush while a delta is still going out to many watchers adds its changes to
// that delta for the watchers it has not reached yet (Fanout::reframe) and sends a delta of
// its own only to the others. Here the fan-out goes in the smallest slices (100 us, so a
// pass over a few hundred watchers spans many turns of the event loop) with a 2 ms tick
// while clients hold and release seats as fast as they can, so that flushes land in the
// middle of passes; every watcher must still end with every seat's final state (none lost,
// none out of order), and the server's metrics must show that merging happened.

#include "serverprocess.h"
#include "testclient.h"
#include "testdatabase.h"

#include <QCborArray>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTest>

#include <memory>
#include <vector>

using namespace BoxOffice::Shared;
using namespace BoxOffice::Test;

namespace {
constexpr qint64 Stadium = 3; // 50,000 seats, at most 8 per order
constexpr int StadiumSeats = 50000;
constexpr int Watchers = 300;
constexpr int Clients = 6;
constexpr int Rounds = 15;
const QByteArray MetricsToken = "fanoutmerge-test-metrics-token-0123456789";
} // namespace

class tst_FanoutMerge : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void flushesDuringAPass_everyWatcherEndsWithEverySeatsFinalState();

private:
    static QCborMap holdFields(const QList<int> &seats);
    static QCborMap holdRef(qint64 hold);
    QByteArray databaseStates();
    qint64 metric(const QByteArray &name);

    TestDatabase m_db;
    ServerProcess m_server;
};

QCborMap tst_FanoutMerge::holdFields(const QList<int> &seats)
{
    QCborArray a;
    for (int s : seats)
        a.append(s);
    QCborMap f;
    f.insert(Key::Event, Stadium);
    f.insert(Key::Seats, a);
    return f;
}

QCborMap tst_FanoutMerge::holdRef(qint64 hold)
{
    QCborMap f;
    f.insert(Key::Event, Stadium);
    f.insert(Key::Hold, hold);
    return f;
}

QByteArray tst_FanoutMerge::databaseStates()
{
    QByteArray states(StadiumSeats, char(-1));
    QSqlQuery q(m_db.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT seat_index, state FROM event_seats WHERE event_id = ?"));
    q.addBindValue(Stadium);
    if (!q.exec())
        return {};
    while (q.next()) {
        const int seat = q.value(0).toInt();
        if (seat >= 0 && seat < StadiumSeats)
            states[seat] = char(q.value(1).toInt());
    }
    return states;
}

qint64 tst_FanoutMerge::metric(const QByteArray &name)
{
    QTcpSocket s;
    s.connectToHost(QHostAddress::LocalHost, m_server.httpPort());
    if (!s.waitForConnected(5000))
        return -1;
    s.write("GET /metrics HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + MetricsToken + "\r\n\r\n");
    QByteArray body;
    QElapsedTimer t;
    t.start();
    while (s.state() == QAbstractSocket::ConnectedState && t.elapsed() < 5000) {
        if (s.waitForReadyRead(100))
            body += s.readAll();
    }
    body += s.readAll();
    for (const QByteArray &line : body.split('\n')) {
        if (line.startsWith(QByteArray(name + ' ')))
            return line.mid(name.size() + 1).trimmed().toLongLong();
    }
    return -1;
}

void tst_FanoutMerge::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QString error;
    QVERIFY2(m_db.create(QStringLiteral("fanoutmerge"), &error), qPrintable(error));
    qputenv("BOXOFFICE_METRICS_TOKEN", MetricsToken);
    QVERIFY2(m_server.start(m_db,
                            {QStringLiteral("--load-demo"), QStringLiteral("--tick-ms"), QStringLiteral("2"),
                             QStringLiteral("--fanout-slice-us"), QStringLiteral("100"),
                             QStringLiteral("--max-connections-per-address"), QStringLiteral("0"),
                             QStringLiteral("--buyer-session-rate"), QStringLiteral("0")},
                            &error),
             qPrintable(error));
    qunsetenv("BOXOFFICE_METRICS_TOKEN");
}

void tst_FanoutMerge::cleanupTestCase()
{
    QCOMPARE(m_server.terminate(), 0);
}

void tst_FanoutMerge::flushesDuringAPass_everyWatcherEndsWithEverySeatsFinalState()
{
    QCborMap sub;
    sub.insert(Key::Event, Stadium);
    std::vector<std::unique_ptr<TestClient>> watchers;
    for (int i = 0; i < Watchers; ++i) {
        auto w = std::make_unique<TestClient>();
        QVERIFY2(w->open(m_server.url()), qPrintable(w->lastError()));
        w->send(MessageType::Subscribe, sub);
        watchers.push_back(std::move(w));
    }
    QVERIFY(TestClient::waitUntil(
        [&] {
            for (const auto &w : watchers) {
                if (!w->hasSnapshot(Stadium))
                    return false;
            }
            return true;
        },
        30000));
    const qint64 mergesBefore = metric("boxoffice_delta_merges_total");
    QVERIFY(mergesBefore >= 0);

    // As in tst_coalescing: clients with four seats each hold and release them over and
    // over, all fight over one shared seat (its final state depends on the order of the
    // changes), and the last round keeps the holds of the even clients. Requests are
    // pipelined (all clients at once) so that changes keep coming during a pass.
    constexpr int SharedSeat = 32000;
    std::vector<std::unique_ptr<TestClient>> clients;
    for (int i = 0; i < Clients; ++i) {
        auto c = std::make_unique<TestClient>();
        QVERIFY2(c->open(m_server.url()), qPrintable(c->lastError()));
        clients.push_back(std::move(c));
    }
    for (int round = 0; round < Rounds; ++round) {
        const bool last = round == Rounds - 1;
        std::vector<qint64> own(Clients), shared(Clients);
        for (int i = 0; i < Clients; ++i) {
            const int base = 32100 + i * 10;
            own[std::size_t(i)] = clients[std::size_t(i)]->send(
                MessageType::Hold, holdFields({base, base + 1, base + 2, base + 3}));
            shared[std::size_t(i)] =
                clients[std::size_t(i)]->send(MessageType::Hold, holdFields({SharedSeat}));
        }
        std::vector<std::pair<int, qint64>> releases;
        for (int i = 0; i < Clients; ++i) {
            TestClient &c = *clients[std::size_t(i)];
            const auto o = c.waitReply(own[std::size_t(i)]);
            QVERIFY(o);
            QVERIFY2(!o->isError(), qPrintable(o->errorMessage()));
            const auto s = c.waitReply(shared[std::size_t(i)]);
            QVERIFY(s);
            if (s->isError())
                QCOMPARE(s->errorCode(), ErrorCode::SeatUnavailable);
            if (last && i % 2 == 0)
                continue;
            releases.emplace_back(
                i, c.send(MessageType::Release, holdRef(o->result().value(Key::Hold).toInteger())));
            if (!s->isError())
                releases.emplace_back(
                    i, c.send(MessageType::Release, holdRef(s->result().value(Key::Hold).toInteger())));
        }
        for (const auto &[i, id] : releases) {
            const auto r = clients[std::size_t(i)]->waitReply(id);
            QVERIFY(r);
            QVERIFY2(!r->isError(), qPrintable(r->errorMessage()));
        }
    }

    // Quiet now: every watcher must converge on the database's states, every seat of them,
    // and stay there.
    const QByteArray expected = databaseStates();
    QCOMPARE(expected.size(), StadiumSeats);
    QVERIFY(TestClient::waitUntil(
        [&] {
            for (const auto &w : watchers) {
                if (w->seatStates(Stadium) != expected)
                    return false;
            }
            return true;
        },
        20000));
    QTest::qWait(200);
    int wrongWatchers = 0;
    for (const auto &w : watchers) {
        if (w->seatStates(Stadium) != expected)
            ++wrongWatchers;
    }
    QCOMPARE(wrongWatchers, 0);
    for (int i = 0; i < Clients; ++i) {
        const char want = i % 2 == 0 ? char(SeatState::Held) : char(SeatState::Available);
        QCOMPARE(int(expected.at(32100 + i * 10)), int(want));
    }
    // The path under test was taken: some watchers got a flush's changes in a delta that
    // was already queued for them.
    const qint64 merges = metric("boxoffice_delta_merges_total") - mergesBefore;
    qInfo("%lld watchers got changes merged into a queued delta; %lld queued deltas kept as they were",
          merges, metric("boxoffice_delta_freezes_total"));
    QVERIFY2(merges > 0, "no flush landed during a pass: the merge path was not exercised");
}

QTEST_GUILESS_MAIN(tst_FanoutMerge)
#include "tst_fanoutmerge.moc"
