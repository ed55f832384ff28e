// 200 connections race for the same 20 seats, round after round. No seat ever has two
// holders or two sales, and no sale exists without a valid, unexpired hold of its owner;
// every sold seat belongs to a paid order with a valid ticket (sales go through CreateOrder
// and PayOrder by card since issue 10).

#include "paysimprocess.h"
#include "serverprocess.h"
#include "testclient.h"
#include "testdatabase.h"
#include "testsales.h"

#include <QCborArray>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <memory>
#include <vector>

using namespace BoxOffice::Shared;
using namespace BoxOffice::Test;

class tst_HoldRace : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void twoHundredClients_twentySeats_neverTwoHolders();
    void database_noDoubleSaleAndEverySaleBacked();

private:
    TestDatabase m_db;
    PaysimProcess m_paysim;
    ServerProcess m_server;
    std::vector<std::unique_ptr<TestClient>> m_clients;
    int m_salesAcked = 0;
};

static constexpr qint64 EventId = 1; // the demo theatre: 2,000 seats
static constexpr int Clients = 200;
static constexpr int Rounds = 30;
static constexpr int SeatsPerRound = 20;

void tst_HoldRace::initTestCase()
{
    QString error;
    QVERIFY2(m_db.create(QStringLiteral("holdrace"), &error), qPrintable(error));
    QVERIFY2(m_paysim.start(&error), qPrintable(error));
    QVERIFY2(m_server.start(m_db,
                            {QStringLiteral("--load-demo"), QStringLiteral("--workers"), QStringLiteral("2"),
                             QStringLiteral("--gateway-url"), m_paysim.url().toString()},
                            &error),
             qPrintable(error));
    for (int i = 0; i < Clients; ++i) {
        auto c = std::make_unique<TestClient>();
        QVERIFY2(c->open(m_server.url()), qPrintable(c->lastError()));
        m_clients.push_back(std::move(c));
    }
}

void tst_HoldRace::cleanupTestCase()
{
    m_clients.clear();
    QCOMPARE(m_server.terminate(), 0);
}

void tst_HoldRace::twoHundredClients_twentySeats_neverTwoHolders()
{
    QRandomGenerator rng(20261127);
    for (int round = 0; round < Rounds; ++round) {
        const int base = round * SeatsPerRound;
        // Every client asks for 1–4 random seats of the same 20, all at once.
        QList<qint64> ids(Clients);
        QList<QList<int>> asked(Clients);
        for (int i = 0; i < Clients; ++i) {
            const int n = 1 + int(rng.bounded(4));
            QSet<int> seats;
            while (seats.size() < n)
                seats.insert(base + int(rng.bounded(SeatsPerRound)));
            QCborArray a;
            for (int s : seats) {
                a.append(s);
                asked[i].append(s);
            }
            QCborMap f;
            f.insert(Key::Event, EventId);
            f.insert(Key::Seats, a);
            ids[i] = m_clients[size_t(i)]->send(MessageType::Hold, f);
        }
        QHash<int, int> holderOfSeat;          // seat -> client
        QList<std::pair<int, qint64>> winners; // client, hold id
        for (int i = 0; i < Clients; ++i) {
            const auto reply = m_clients[size_t(i)]->waitReply(ids[i]);
            QVERIFY2(reply, "no reply to a hold");
            if (reply->isError()) {
                QCOMPARE(reply->errorCode(), ErrorCode::SeatUnavailable);
                continue;
            }
            const QCborMap r = reply->result();
            const QCborArray seats = r.value(Key::Seats).toArray();
            QCOMPARE(seats.size(), asked[i].size());
            for (const QCborValue &s : seats) {
                const int seat = int(s.toInteger());
                QVERIFY2(
                    !holderOfSeat.contains(seat),
                    qPrintable(
                        QStringLiteral("seat %1 granted to two clients in round %2").arg(seat).arg(round)));
                holderOfSeat.insert(seat, i);
            }
            winners.append({i, r.value(Key::Hold).toInteger()});
        }
        QVERIFY2(!winners.isEmpty(), "nobody won a round");

        // The database agrees: the held seats of this round are exactly the winners' seats.
        const int heldInDb = m_db.scalar(QStringLiteral("SELECT count(*) FROM event_seats WHERE event_id = ? "
                                                        "AND seat_index BETWEEN ? AND ? AND state = 1"),
                                         {EventId, base, base + SeatsPerRound - 1})
                                 .toInt();
        QCOMPARE(heldInDb, int(holderOfSeat.size()));

        // A loser cannot order (nor so buy) a winner's hold.
        const int loser = (winners.first().first + 1) % Clients;
        ErrorCode stolen = ErrorCode::None;
        QCOMPARE(createOrder(*m_clients[size_t(loser)], EventId, {winners.first().second}, &stolen), qint64(0));
        QCOMPARE(stolen, ErrorCode::UnknownHold);

        // Winners order or release, all at once; then the orders are paid by card, all at once.
        QList<std::tuple<int, qint64, bool>> pending;
        for (int w = 0; w < winners.size(); ++w) {
            const auto [client, hold] = winners.at(w);
            const bool buy = rng.bounded(2) == 0;
            QCborMap f;
            f.insert(Key::Event, EventId);
            if (buy)
                f.insert(Key::Holds, QCborArray{hold});
            else
                f.insert(Key::Hold, hold);
            pending.append(
                {client, m_clients[size_t(client)]->send(buy ? MessageType::CreateOrder : MessageType::Release, f),
                 buy});
        }
        QList<std::pair<int, qint64>> payments;
        for (const auto &[client, id, buy] : pending) {
            const auto reply = m_clients[size_t(client)]->waitReply(id);
            QVERIFY(reply);
            QVERIFY2(!reply->isError(), qPrintable(reply->errorMessage()));
            if (!buy)
                continue;
            QVERIFY(reply->result().value(Key::Total).toInteger() > 0);
            const QString token = m_paysim.tokenize(QStringLiteral("4242424242424242"));
            QVERIFY(!token.isEmpty());
            payments.append({client, m_clients[size_t(client)]->send(
                                         MessageType::PayOrder,
                                         cardPayment(reply->result().value(Key::Order).toInteger(),
                                                     QStringLiteral("holdrace-%1-%2").arg(round).arg(client),
                                                     token))});
        }
        for (const auto &[client, id] : std::as_const(payments)) {
            const auto reply = m_clients[size_t(client)]->waitReply(id, 20000);
            QVERIFY(reply);
            QVERIFY2(!reply->isError(), qPrintable(reply->errorMessage()));
            ++m_salesAcked;
        }
    }
}

void tst_HoldRace::database_noDoubleSaleAndEverySaleBacked()
{
    QVERIFY(m_salesAcked > 0);
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT count(*) FROM sales")).toInt(), m_salesAcked);
    // No seat in two sales.
    QCOMPARE(
        m_db.scalar(QStringLiteral("SELECT count(*) FROM (SELECT event_id, s FROM sales, unnest(seats) s "
                                   "GROUP BY 1, 2 HAVING count(*) > 1) d"))
            .toInt(),
        0);
    // Every sold seat points at a sale that contains it, and every sale's seats are sold to it.
    QCOMPARE(
        m_db.scalar(QStringLiteral("SELECT count(*) FROM event_seats es WHERE es.state = 2 AND NOT EXISTS ("
                                   "SELECT 1 FROM sales sa WHERE sa.event_id = es.event_id "
                                   "AND sa.sale_id = es.sale_id AND es.seat_index = ANY (sa.seats))"))
            .toInt(),
        0);
    QCOMPARE(
        m_db.scalar(QStringLiteral("SELECT count(*) FROM sales sa, unnest(sa.seats) s WHERE NOT EXISTS ("
                                   "SELECT 1 FROM event_seats es WHERE es.event_id = sa.event_id "
                                   "AND es.seat_index = s AND es.state = 2 AND es.sale_id = sa.sale_id)"))
            .toInt(),
        0);
    // Every sale came from a hold of the same owner, over the same seats, sold before it expired.
    QCOMPARE(
        m_db.scalar(QStringLiteral("SELECT count(*) FROM sales sa LEFT JOIN holds h "
                                   "ON h.event_id = sa.event_id AND h.hold_id = sa.hold_id "
                                   "WHERE h.hold_id IS NULL OR h.owner <> sa.owner OR h.seats <> sa.seats "
                                   "OR h.state <> 2 OR sa.created_at > h.expires_at"))
            .toInt(),
        0);
    // And each sale left an audit row.
    QCOMPARE(
        m_db.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'sale.confirm'")).toInt(),
        m_salesAcked);
    // The invariant of issue 10 over the whole database: every sold seat is in a paid order
    // with a valid ticket.
    const QStringList problems = soldSeatProblems(m_db);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char(' '))));
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT count(*) FROM orders WHERE state IN ('paid', 'completed')")).toInt(),
             m_salesAcked);
}

QTEST_GUILESS_MAIN(tst_HoldRace)
#include "tst_holdrace.moc"
