// Under the coalescing tick (here a long one, 200 ms, so that many changes fall into one
// interval) a watcher still ends with every seat's final state: no change is lost and none
// is applied out of order, although it receives far fewer deltas than there were changes,
// and no two deltas come closer than the tick. Checked against the database and against a
// fresh subscriber's snapshot.

#include "serverprocess.h"
#include "testclient.h"
#include "testdatabase.h"

#include <QCborArray>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

#include <memory>
#include <vector>

using namespace BoxOffice::Shared;
using namespace BoxOffice::Test;

class tst_Coalescing : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void rapidChanges_watcherEndsWithEverySeatsFinalState();

private:
    static QCborMap holdFields(const QList<int> &seats);
    static QCborMap holdRef(qint64 hold);
    QByteArray databaseStates();

    TestDatabase m_db;
    ServerProcess m_server;
};

static constexpr qint64 Stadium = 3; // 50,000 seats, at most 8 per order
static constexpr int StadiumSeats = 50000;
static constexpr int TickMs = 200;

QCborMap tst_Coalescing::holdFields(const QList<int> &seats)
{
    QCborArray a;
    for (int s : seats)
        a.append(s);
    QCborMap f;
    f.insert(Key::Event, Stadium);
    f.insert(Key::Seats, a);
    return f;
}

QCborMap tst_Coalescing::holdRef(qint64 hold)
{
    QCborMap f;
    f.insert(Key::Event, Stadium);
    f.insert(Key::Hold, hold);
    return f;
}

QByteArray tst_Coalescing::databaseStates()
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

void tst_Coalescing::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QString error;
    QVERIFY2(m_db.create(QStringLiteral("coalescing"), &error), qPrintable(error));
    QVERIFY2(m_server.start(m_db, {QStringLiteral("--load-demo"), QStringLiteral("--tick-ms"), QString::number(TickMs)},
                            &error),
             qPrintable(error));
}

void tst_Coalescing::cleanupTestCase()
{
    QCOMPARE(m_server.terminate(), 0);
}

void tst_Coalescing::rapidChanges_watcherEndsWithEverySeatsFinalState()
{
    TestClient watcher;
    QVERIFY2(watcher.open(m_server.url()), qPrintable(watcher.lastError()));
    QCborMap sub;
    sub.insert(Key::Event, Stadium);
    const auto subscribed = watcher.request(MessageType::Subscribe, sub);
    QVERIFY(subscribed && !subscribed->isError());
    QVERIFY(TestClient::waitUntil([&] { return watcher.hasSnapshot(Stadium); }, 10000));

    QElapsedTimer clock;
    clock.start();
    std::vector<qint64> deltaTimes;
    qint64 changesSeen = 0;
    connect(&watcher, &TestClient::seatsChanged, this,
            [&](qint64 event, const QList<SeatChange> &changes) {
                if (event != Stadium)
                    return;
                deltaTimes.push_back(clock.elapsed());
                changesSeen += changes.size();
            });

    // Clients, each with its own four seats, hold and release them over and over; all of
    // them also fight over one shared seat, so its final state depends on the order of
    // the changes. The last round keeps the holds of the even clients.
    constexpr int Clients = 6;
    constexpr int Rounds = 12;
    constexpr int SharedSeat = 31000;
    std::vector<std::unique_ptr<TestClient>> clients;
    for (int i = 0; i < Clients; ++i) {
        auto c = std::make_unique<TestClient>();
        QVERIFY2(c->open(m_server.url()), qPrintable(c->lastError()));
        clients.push_back(std::move(c));
    }
    int changesMade = 0;
    for (int round = 0; round < Rounds; ++round) {
        const bool last = round == Rounds - 1;
        for (int i = 0; i < Clients; ++i) {
            TestClient &c = *clients[std::size_t(i)];
            const int base = 30000 + i * 10;
            const auto own = c.request(MessageType::Hold, holdFields({base, base + 1, base + 2, base + 3}));
            QVERIFY(own);
            QVERIFY2(!own->isError(), qPrintable(own->errorMessage()));
            changesMade += 4;
            const auto shared = c.request(MessageType::Hold, holdFields({SharedSeat}));
            QVERIFY(shared);
            if (shared->isError())
                QCOMPARE(shared->errorCode(), ErrorCode::SeatUnavailable);
            else
                ++changesMade;
            if (last && i % 2 == 0)
                continue;
            const auto released = c.request(MessageType::Release, holdRef(own->result().value(Key::Hold).toInteger()));
            QVERIFY(released && !released->isError());
            changesMade += 4;
            if (!shared->isError()) {
                const auto r = c.request(MessageType::Release, holdRef(shared->result().value(Key::Hold).toInteger()));
                QVERIFY(r && !r->isError());
                ++changesMade;
            }
        }
    }
    const qint64 changesEndMs = clock.elapsed();

    // Quiet now: the watcher must converge on the database's states, every seat of them.
    const QByteArray expected = databaseStates();
    QCOMPARE(expected.size(), StadiumSeats);
    QVERIFY(TestClient::waitUntil([&] { return watcher.seatStates(Stadium) == expected; }, 5000));
    // And stay there: nothing late and stale arrives after the last interval.
    QTest::qWait(3 * TickMs);
    const QByteArray seen = watcher.seatStates(Stadium);
    int wrong = 0;
    int firstWrong = -1;
    for (int s = 0; s < StadiumSeats; ++s) {
        if (seen.at(s) != expected.at(s)) {
            ++wrong;
            if (firstWrong < 0)
                firstWrong = s;
        }
    }
    QVERIFY2(wrong == 0, qPrintable(QStringLiteral("%1 seats differ from the database, first %2").arg(wrong).arg(firstWrong)));
    for (int i = 0; i < Clients; ++i) {
        const int base = 30000 + i * 10;
        const char want = i % 2 == 0 ? char(SeatState::Held) : char(SeatState::Available);
        QCOMPARE(int(seen.at(base)), int(want));
    }

    // A fresh subscriber's snapshot (from the mirror) agrees.
    TestClient late;
    QVERIFY2(late.open(m_server.url()), qPrintable(late.lastError()));
    const auto lateSub = late.request(MessageType::Subscribe, sub);
    QVERIFY(lateSub && !lateSub->isError());
    QVERIFY(TestClient::waitUntil([&] { return late.hasSnapshot(Stadium); }, 10000));
    QVERIFY(late.seatStates(Stadium) == expected);

    // Coalesced: fewer deltas than changes, never two within one tick of each other.
    qInfo("%d changes in %lld ms reached the watcher as %zu deltas (%lld seat changes)", changesMade, changesEndMs,
          deltaTimes.size(), changesSeen);
    QVERIFY(!deltaTimes.empty());
    QVERIFY2(qint64(deltaTimes.size()) < changesMade / 4,
             qPrintable(QStringLiteral("%1 deltas for %2 changes").arg(deltaTimes.size()).arg(changesMade)));
    for (std::size_t i = 1; i < deltaTimes.size(); ++i) {
        // The client's clock sees the frames with jitter of its own; allow a quarter tick.
        QVERIFY2(deltaTimes[i] - deltaTimes[i - 1] >= TickMs * 3 / 4,
                 qPrintable(QStringLiteral("deltas %1 ms apart").arg(deltaTimes[i] - deltaTimes[i - 1])));
    }
}

QTEST_GUILESS_MAIN(tst_Coalescing)
#include "tst_coalescing.moc"
