// The server is killed with SIGKILL while clients hold and buy seats (CreateOrder, then
// PayOrder by card through the simulated gateway). Every sale the server acknowledged is in
// the database after a restart, exactly as acknowledged, and the inventory is consistent:
// no seat sold twice, no sold seat without its sale, its paid order and its valid ticket.

#include "paysimprocess.h"
#include "serverprocess.h"
#include "testclient.h"
#include "testdatabase.h"
#include "testsales.h"

#include <QCborArray>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSet>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>
#include <memory>
#include <vector>

using namespace BoxOffice::Shared;
using namespace BoxOffice::Test;

class tst_CrashRecovery : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void killUnderLoad_everyAcknowledgedSaleSurvives_data();
    void killUnderLoad_everyAcknowledgedSaleSurvives();

private:
    enum class Step { Hold, Order, Pay };
    struct Buyer
    {
        std::unique_ptr<TestClient> client;
        qint64 pending = 0; // request id in flight, 0 if none
        Step step = Step::Hold;
        QList<int> asked;
    };
    /** Drives the buyers for durationMs; every acknowledged sale goes to m_acked. */
    void runLoad(std::vector<Buyer> &buyers, int durationMs, bool sendMore);
    void sendHold(Buyer &b);
    void collect(Buyer &b, bool sendMore);
    void verifyDatabase();
    void verifyServedAgain();

    TestDatabase m_db;
    PaysimProcess m_paysim;
    ServerProcess m_server;
    QString m_token; // a card token of paysim's (reusable, like a stored card)
    QRandomGenerator m_rng{20260311};
    int m_payments = 0;
    QHash<qint64, QList<int>> m_acked; // order id -> seats, as the PayOrder replies said
    int m_holdsAcked = 0;
};

static constexpr qint64 StadiumEvent = 3; // 50,000 seats, at most 8 per order
static constexpr int StadiumSeats = 50000;

void tst_CrashRecovery::initTestCase()
{
    QString error;
    QVERIFY2(m_db.create(QStringLiteral("crashrecovery"), &error), qPrintable(error));
    QVERIFY2(m_paysim.start(&error), qPrintable(error));
    m_token = m_paysim.tokenize(QStringLiteral("4242424242424242"));
    QVERIFY(!m_token.isEmpty());
    // The reconciler settles at start what a killed server left open (tst_saga tests it).
    QVERIFY2(m_server.start(m_db,
                            {QStringLiteral("--load-demo"), QStringLiteral("--workers"), QStringLiteral("2"),
                             QStringLiteral("--gateway-url"), m_paysim.url().toString()},
                            &error),
             qPrintable(error));
}

void tst_CrashRecovery::cleanupTestCase()
{
    QCOMPARE(m_server.terminate(), 0);
    m_paysim.stop();
}

void tst_CrashRecovery::sendHold(Buyer &b)
{
    const int n = 1 + int(m_rng.bounded(3));
    QSet<int> seats;
    while (seats.size() < n)
        seats.insert(int(m_rng.bounded(StadiumSeats)));
    b.asked = seats.values();
    std::sort(b.asked.begin(), b.asked.end());
    QCborArray a;
    for (int s : std::as_const(b.asked))
        a.append(s);
    QCborMap f;
    f.insert(Key::Event, StadiumEvent);
    f.insert(Key::Seats, a);
    b.pending = b.client->send(MessageType::Hold, f);
    b.step = Step::Hold;
}

void tst_CrashRecovery::collect(Buyer &b, bool sendMore)
{
    if (b.pending == 0)
        return;
    const auto reply = b.client->takeReply(b.pending);
    if (!reply)
        return;
    b.pending = 0;
    if (reply->isError()) {
        // Another buyer was faster, or the server was busy: try other seats.
        QVERIFY2(b.step == Step::Hold && (reply->errorCode() == ErrorCode::SeatUnavailable ||
                                          reply->errorCode() == ErrorCode::ServerBusy),
                 qPrintable(reply->errorMessage()));
    } else if (b.step == Step::Hold) {
        ++m_holdsAcked;
        const QCborMap r = reply->result();
        if (sendMore) {
            QCborMap f;
            f.insert(Key::Event, StadiumEvent);
            f.insert(Key::Holds, QCborArray{r.value(Key::Hold).toInteger()});
            b.pending = b.client->send(MessageType::CreateOrder, f);
            b.step = Step::Order;
        }
        return;
    } else if (b.step == Step::Order) {
        if (sendMore) {
            b.pending = b.client->send(MessageType::PayOrder,
                                       cardPayment(reply->result().value(Key::Order).toInteger(),
                                                   QStringLiteral("crash-%1").arg(++m_payments), m_token));
            b.step = Step::Pay;
        }
        return;
    } else {
        const QCborMap r = reply->result();
        const qint64 order = r.value(Key::Order).toInteger();
        QList<int> seats;
        for (const QCborValue &s : r.value(Key::Seats).toArray())
            seats.append(int(s.toMap().value(Key::Seat).toInteger()));
        std::sort(seats.begin(), seats.end());
        QVERIFY(order > 0);
        QCOMPARE(seats, b.asked);
        QVERIFY2(!m_acked.contains(order), "one order acknowledged as paid twice");
        m_acked.insert(order, seats);
    }
    if (sendMore)
        sendHold(b);
}

void tst_CrashRecovery::runLoad(std::vector<Buyer> &buyers, int durationMs, bool sendMore)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < durationMs) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        for (Buyer &b : buyers) {
            collect(b, sendMore);
            if (QTest::currentTestFailed())
                return;
        }
    }
}

void tst_CrashRecovery::killUnderLoad_everyAcknowledgedSaleSurvives_data()
{
    QTest::addColumn<int>("clients");
    QTest::newRow("cycle1_30clients") << 30;
    QTest::newRow("cycle2_40clients") << 40;
}

void tst_CrashRecovery::killUnderLoad_everyAcknowledgedSaleSurvives()
{
    QFETCH(int, clients);
    const int ackedBefore = int(m_acked.size());

    std::vector<Buyer> buyers(static_cast<size_t>(clients));
    for (Buyer &b : buyers) {
        b.client = std::make_unique<TestClient>();
        QVERIFY2(b.client->open(m_server.url()), qPrintable(b.client->lastError()));
    }
    for (Buyer &b : buyers)
        sendHold(b);
    runLoad(buyers, 3000, true);
    if (QTest::currentTestFailed())
        return;

    // Every buyer has a request out (each reply sends the next one at once): kill now.
    const qint64 pid = m_server.pid();
    QVERIFY(pid > 0);
    m_server.kill();
    QCOMPARE(m_server.pid(), 0); // really gone

    // Replies the server wrote before it died still count as acknowledged.
    int inFlight = 0;
    for (const Buyer &b : buyers)
        inFlight += b.pending != 0;
    TestClient::waitUntil(
        [&] {
            for (Buyer &b : buyers)
                collect(b, false);
            return std::all_of(buyers.cbegin(), buyers.cend(),
                               [](const Buyer &b) { return !b.client->isConnected(); });
        },
        5000);
    for (Buyer &b : buyers)
        collect(b, false);
    for (const Buyer &b : buyers)
        QVERIFY2(!b.client->isConnected(), "a client still connected to a killed server");
    int unanswered = 0;
    for (const Buyer &b : buyers)
        unanswered += b.pending != 0;
    qInfo(
        "%d sales acknowledged this cycle (%lld total), %d requests in flight at the kill, %d never answered",
        int(m_acked.size()) - ackedBefore, qint64(m_acked.size()), inFlight, unanswered);
    QVERIFY2(int(m_acked.size()) - ackedBefore >= clients, "too little load to prove anything");
    QVERIFY2(inFlight > 0, "no request was in flight when the server died");
    buyers.clear();

    QString error;
    QVERIFY2(m_server.restart(&error), qPrintable(error));
    QVERIFY(m_server.pid() != pid);
    QVERIFY2(m_server.acceptsConnections(), "the restarted server does not listen");
    verifyDatabase();
    if (QTest::currentTestFailed())
        return;
    verifyServedAgain();
}

void tst_CrashRecovery::verifyDatabase()
{
    // A batch the dead server had sent may still commit in its orphaned backend; read
    // everything from one snapshot so the checks compare like with like.
    QSqlQuery begin(m_db.db());
    QVERIFY(begin.exec(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ")));
    auto endSnapshot = qScopeGuard([this] { QSqlQuery(m_db.db()).exec(QStringLiteral("ROLLBACK")); });
    // Sales and sold seats as the database has them.
    QHash<qint64, QList<int>> sales;
    {
        QSqlQuery q(m_db.db());
        QVERIFY(q.exec(
            QStringLiteral("SELECT sale_id, array_to_string(seats, ',') FROM sales WHERE event_id = 3")));
        while (q.next()) {
            QList<int> seats;
            for (const QString &s : q.value(1).toString().split(QLatin1Char(',')))
                seats.append(s.toInt());
            std::sort(seats.begin(), seats.end());
            sales.insert(q.value(0).toLongLong(), seats);
        }
    }
    QHash<int, qint64> soldTo;
    {
        QSqlQuery q(m_db.db());
        QVERIFY(q.exec(QStringLiteral("SELECT seat_index, state, sale_id FROM event_seats "
                                      "WHERE event_id = 3 AND (state = 2 OR sale_id IS NOT NULL)")));
        while (q.next()) {
            QCOMPARE(q.value(1).toInt(), 2);
            soldTo.insert(q.value(0).toInt(), q.value(2).toLongLong());
        }
    }
    QVERIFY(sales.size() >= m_acked.size());

    // Every acknowledged order is paid, with exactly its seats, each sold to a sale of one of
    // its holds and carrying a valid ticket of the order.
    for (auto it = m_acked.cbegin(); it != m_acked.cend(); ++it) {
        const QString state =
            m_db.scalar(QStringLiteral("SELECT state FROM orders WHERE order_id = ?"), {it.key()}).toString();
        QVERIFY2(state == QLatin1String("paid") || state == QLatin1String("completed"),
                 qPrintable(QStringLiteral("acknowledged order %1 is %2").arg(it.key()).arg(state)));
        QCOMPARE(m_db.scalar(QStringLiteral("SELECT array_to_string(seats, ',') FROM orders WHERE order_id = ?"),
                             {it.key()})
                     .toString(),
                 [&] {
                     QStringList s;
                     for (int seat : it.value())
                         s.append(QString::number(seat));
                     return s.join(QLatin1Char(','));
                 }());
        for (int seat : it.value()) {
            const qint64 sale = soldTo.value(seat);
            QVERIFY2(sale > 0 && sales.value(sale).contains(seat),
                     qPrintable(QStringLiteral("seat %1 of order %2 is sold to %3").arg(seat).arg(it.key()).arg(sale)));
            QCOMPARE(m_db.scalar(QStringLiteral("SELECT count(*) FROM tickets WHERE order_id = ? AND event_id = 3"
                                                " AND seat_index = ? AND state = 0"),
                                 {it.key(), seat})
                         .toInt(),
                     1);
        }
    }
    const QStringList problems = soldSeatProblems(m_db);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char(' '))));
    // No seat in two sales; every sale's seats are sold to it; no sold seat without a sale.
    QHash<int, qint64> saleOfSeat;
    for (auto it = sales.cbegin(); it != sales.cend(); ++it) {
        for (int seat : it.value()) {
            QVERIFY2(!saleOfSeat.contains(seat),
                     qPrintable(QStringLiteral("seat %1 is in two sales").arg(seat)));
            saleOfSeat.insert(seat, it.key());
            QCOMPARE(soldTo.value(seat), it.key());
        }
    }
    QCOMPARE(soldTo.size(), saleOfSeat.size());
    // Every sale came from a sold hold of the same owner over the same seats.
    QCOMPARE(
        m_db.scalar(QStringLiteral("SELECT count(*) FROM sales sa LEFT JOIN holds h "
                                   "ON h.event_id = sa.event_id AND h.hold_id = sa.hold_id "
                                   "WHERE h.hold_id IS NULL OR h.owner <> sa.owner OR h.seats <> sa.seats "
                                   "OR h.state <> 2"))
            .toInt(),
        0);
    // No seat is held by a hold that is not active, or held for a hold that does not list it.
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT count(*) FROM event_seats es LEFT JOIN holds h "
                                        "ON h.event_id = es.event_id AND h.hold_id = es.hold_id "
                                        "WHERE es.state = 1 AND (h.hold_id IS NULL OR h.state <> 0 "
                                        "OR NOT es.seat_index = ANY (h.seats))"))
                 .toInt(),
             0);
    // Each sale left its audit row, in the same transaction.
    QCOMPARE(
        m_db.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'sale.confirm'")).toInt(),
        int(sales.size()));
}

void tst_CrashRecovery::verifyServedAgain()
{
    // The restarted server's seat map agrees with the database...
    TestClient watcher;
    QVERIFY2(watcher.open(m_server.url()), qPrintable(watcher.lastError()));
    QCborMap sub;
    sub.insert(Key::Event, StadiumEvent);
    const auto subscribed = watcher.request(MessageType::Subscribe, sub);
    QVERIFY(subscribed && !subscribed->isError());
    QVERIFY2(TestClient::waitUntil([&] { return watcher.hasSnapshot(StadiumEvent); }, 10000), "no snapshot");
    const QByteArray states = watcher.seatStates(StadiumEvent);
    QCOMPARE(states.size(), StadiumSeats);
    for (const QList<int> &seats : std::as_const(m_acked)) {
        for (int seat : seats)
            QCOMPARE(int(states.at(seat)), 2);
    }

    // ...and it sells again: hold and confirm, and an acknowledged seat cannot be held.
    TestClient buyer;
    QVERIFY2(buyer.open(m_server.url()), qPrintable(buyer.lastError()));
    QCborMap stale;
    stale.insert(Key::Event, StadiumEvent);
    stale.insert(Key::Seats, QCborArray{m_acked.cbegin().value().first()});
    const auto refused = buyer.request(MessageType::Hold, stale);
    QVERIFY(refused && refused->isError());
    QCOMPARE(refused->errorCode(), ErrorCode::SeatUnavailable);
    for (int attempt = 0;; ++attempt) {
        QVERIFY(attempt < 10);
        const int seat = int(m_rng.bounded(StadiumSeats));
        QCborMap hold;
        hold.insert(Key::Event, StadiumEvent);
        hold.insert(Key::Seats, QCborArray{seat});
        const auto held = buyer.request(MessageType::Hold, hold);
        QVERIFY(held);
        if (held->isError()) {
            QCOMPARE(held->errorCode(), ErrorCode::SeatUnavailable);
            continue;
        }
        const TestSale sold = sellByCard(buyer, StadiumEvent, {held->result().value(Key::Hold).toInteger()},
                                         m_paysim, QStringLiteral("crash-after-%1").arg(++m_payments));
        QVERIFY2(sold.ok(), qPrintable(sold.message));
        m_acked.insert(sold.order, {seat});
        QCOMPARE(
            m_db.scalar(QStringLiteral("SELECT state FROM event_seats WHERE event_id = 3 AND seat_index = ?"),
                        {seat})
                .toInt(),
            2);
        break;
    }
}

QTEST_GUILESS_MAIN(tst_CrashRecovery)
#include "tst_crashrecovery.moc"
