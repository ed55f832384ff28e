// Refunds and exchanges against the real server and PostgreSQL (docs/payments.md, "Refunds and
// exchanges"): tickets, seats, money and the order move together; a refunded seat shows free on
// every live seat map within a second; the same key never refunds twice. With the simulated
// gateway (tools/paysim) a card sale is refunded through it once.

#include "paysimprocess.h"
#include "serverprocess.h"
#include "testaccounts.h"
#include "testclient.h"
#include "testdatabase.h"

#include <QCborArray>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace BoxOffice::Shared;
using namespace BoxOffice::Test;

namespace {
const QString Password = QStringLiteral("refunds test password");
constexpr qint64 Hamlet = 1;     // seats 0..499 cost 8900, 500..999 5900, the balcony (1600..) 2900
constexpr qint64 MagicFlute = 2; // seats 0..499 cost 12000
constexpr qint64 Premium = 8900;
constexpr qint64 Standard = 5900;
constexpr qint64 Balcony = 2900;
constexpr qint64 FlutePremium = 12000;
} // namespace

class tst_Refunds : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void refundOneTicket_seatFreeOnWatcherWithinOneSecond_partiallyRefunded();
    void refundRest_refunded_sameKeyTwice_oneRefund();
    void refundRefundedTicket_refused();
    void exchange_dearerSeatOfAnotherEvent_oldVoidNewValidDifferencePaid();
    void exchange_cheaperSeat_differenceRefunded();
    void cardSale_refundedThroughGatewayOnce_dearerExchangeCharged();

private:
    std::optional<qint64> hold(qint64 event, const QList<int> &seats);
    /** A cash sale of seats of Hamlet: the PayOrder result. */
    QCborMap sellCash(const QList<int> &seats);
    std::optional<Frame> refund(qint64 order, const QString &key, const QList<qint64> &serials = {});
    QString newKey() { return QStringLiteral("refunds-test-key-%1").arg(++m_key, 4, 10, QLatin1Char('0')); }
    int count(const QString &sql, const QVariantList &binds = {}) { return m_db.scalar(sql, binds).toInt(); }
    QJsonObject gateway(const QByteArray &method, const QString &path, const QJsonObject &body = {});

    TestDatabase m_db;
    ServerProcess m_server;
    TestClient m_clerk;
    int m_key = 0;
    PaysimProcess m_paysim;
};

void tst_Refunds::initTestCase()
{
    QString error;
    QVERIFY2(m_db.create(QStringLiteral("refunds"), &error), qPrintable(error));
    QStringList args{QStringLiteral("--load-demo")};
    QVERIFY2(m_paysim.start(&error), qPrintable(error));
    args << QStringLiteral("--gateway-url") << m_paysim.url().toString();
    QVERIFY2(m_server.start(m_db, args, &error), qPrintable(error));
    QVERIFY(createStaffUser(m_db, QStringLiteral("rita"), QStringLiteral("clerk"), Password));
    QVERIFY2(m_clerk.openWithoutSession(m_server.url()) && m_clerk.signIn(QStringLiteral("rita"), Password),
             qPrintable(m_clerk.lastError()));
}

void tst_Refunds::cleanupTestCase()
{
    QCOMPARE(m_server.terminate(), 0);
    m_paysim.stop();
}

std::optional<qint64> tst_Refunds::hold(qint64 event, const QList<int> &seats)
{
    QCborArray a;
    for (int s : seats)
        a.append(s);
    const auto r = m_clerk.request(MessageType::Hold, QCborMap{{Key::Event, event}, {Key::Seats, a}});
    if (!r || r->isError()) {
        qWarning() << "hold failed" << (r ? r->errorMessage() : QStringLiteral("no reply"));
        return std::nullopt;
    }
    return r->result().value(Key::Hold).toInteger();
}

QCborMap tst_Refunds::sellCash(const QList<int> &seats)
{
    const auto h = hold(Hamlet, seats);
    if (!h)
        return {};
    const auto created = m_clerk.request(MessageType::CreateOrder,
                                         QCborMap{{Key::Event, Hamlet}, {Key::Holds, QCborArray{*h}}});
    if (!created || created->isError()) {
        qWarning() << "CreateOrder failed"
                   << (created ? created->errorMessage() : QStringLiteral("no reply"));
        return {};
    }
    const auto paid =
        m_clerk.request(MessageType::PayOrder, QCborMap{{Key::Order, created->result().value(Key::Order)},
                                                        {Key::PaymentKey, newKey()},
                                                        {Key::Method, QStringLiteral("cash")},
                                                        {Key::Tendered, 100000}});
    if (!paid || paid->isError()) {
        qWarning() << "PayOrder failed" << (paid ? paid->errorMessage() : QStringLiteral("no reply"));
        return {};
    }
    return paid->result();
}

std::optional<Frame> tst_Refunds::refund(qint64 order, const QString &key, const QList<qint64> &serials)
{
    QCborMap f{{Key::Order, order}, {Key::PaymentKey, key}, {Key::Reason, QStringLiteral("customer is ill")}};
    if (!serials.isEmpty()) {
        QCborArray a;
        for (qint64 s : serials)
            a.append(s);
        f.insert(Key::Tickets, a);
    }
    return m_clerk.request(MessageType::RefundOrder, f, 20000);
}

static qint64 serialOfSeat(const QCborMap &order, int seat)
{
    for (const QCborValue &t : order.value(Key::Tickets).toArray())
        if (t.toMap().value(Key::Seat).toInteger() == seat)
            return t.toMap().value(Key::Serial).toInteger();
    return 0;
}

void tst_Refunds::refundOneTicket_seatFreeOnWatcherWithinOneSecond_partiallyRefunded()
{
    TestClient watcher;
    QVERIFY2(watcher.open(m_server.url()), qPrintable(watcher.lastError()));
    QVERIFY(watcher.request(MessageType::Subscribe, QCborMap{{Key::Event, Hamlet}}));
    QVERIFY(TestClient::waitUntil([&] { return watcher.hasSnapshot(Hamlet); }, 5000));

    const QCborMap sold = sellCash({20, 21, 22});
    QVERIFY(!sold.isEmpty());
    const qint64 orderId = sold.value(Key::Order).toInteger();
    QVERIFY(TestClient::waitUntil([&] { return watcher.seatStates(Hamlet).at(20) == 2; }, 5000));

    const qint64 serial = serialOfSeat(sold, 20);
    QVERIFY(serial > 0);
    QElapsedTimer clock;
    clock.start();
    const auto r = refund(orderId, newKey(), {serial});
    QVERIFY(r);
    QVERIFY2(!r->isError(), qPrintable(r->errorMessage()));
    QVERIFY(TestClient::waitUntil([&] { return watcher.seatStates(Hamlet).at(20) == 0; }, 5000));
    const qint64 ms = clock.elapsed();
    qInfo("refund request to seat free on the watcher's map: %lld ms", ms);
    QVERIFY2(ms < 1000, qPrintable(QStringLiteral("%1 ms").arg(ms)));
    QCOMPARE(watcher.seatStates(Hamlet).at(21), char(2));

    const QCborMap res = r->result();
    QCOMPARE(res.value(Key::State).toString(), QStringLiteral("partially_refunded"));
    QCOMPARE(res.value(Key::Amount).toInteger(), Premium);
    QCOMPARE(res.value(Key::Tickets).toArray(), QCborArray{serial});
    const QCborArray rows = res.value(Key::Refunds).toArray();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).toMap().value(Key::Method).toString(), QStringLiteral("cash"));
    QCOMPARE(rows.at(0).toMap().value(Key::State).toString(), QStringLiteral("completed"));

    QCOMPARE(count(QStringLiteral("SELECT state FROM tickets WHERE serial = ?"), {serial}), 1);
    QVERIFY(
        m_db.scalar(QStringLiteral("SELECT voided_at IS NOT NULL FROM tickets WHERE serial = ?"), {serial})
            .toBool());
    QCOMPARE(count(QStringLiteral("SELECT state FROM event_seats WHERE event_id = 1 AND seat_index = 20")),
             0);
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT state FROM orders WHERE order_id = ?"), {orderId}).toString(),
             QStringLiteral("partially_refunded"));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM payments WHERE order_id = ? AND kind = 'refund'"
                                  " AND method = 'cash' AND amount_minor = ?"),
                   {orderId, Premium}),
             1);
    QCOMPARE(
        count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'order.refund' AND target = ?"),
              {QStringLiteral("order:%1").arg(orderId)}),
        1);

    // The seat can be sold again at once.
    const auto again = hold(Hamlet, {20});
    QVERIFY(again);
    QVERIFY(m_clerk.request(MessageType::Release, QCborMap{{Key::Event, Hamlet}, {Key::Hold, *again}}));
}

void tst_Refunds::refundRest_refunded_sameKeyTwice_oneRefund()
{
    const QCborMap sold = sellCash({30, 31});
    QVERIFY(!sold.isEmpty());
    const qint64 orderId = sold.value(Key::Order).toInteger();
    QVERIFY(refund(orderId, newKey(), {serialOfSeat(sold, 30)}));

    const QString key = newKey();
    const auto first = refund(orderId, key); // the rest: every valid ticket
    QVERIFY(first);
    QVERIFY2(!first->isError(), qPrintable(first->errorMessage()));
    QCOMPARE(first->result().value(Key::State).toString(), QStringLiteral("refunded"));
    QCOMPARE(first->result().value(Key::Amount).toInteger(), Premium);
    QCOMPARE(first->result().value(Key::Tickets).toArray(), QCborArray{serialOfSeat(sold, 31)});
    QCOMPARE(first->result().value(Key::Replay).toBool(), false);

    // The reply was lost; the clerk presses again: the same answer, nothing refunded twice.
    const auto second = refund(orderId, key);
    QVERIFY(second);
    QVERIFY2(!second->isError(), qPrintable(second->errorMessage()));
    QCOMPARE(second->result().value(Key::Replay).toBool(), true);
    QCOMPARE(second->result().value(Key::Amount).toInteger(), Premium);
    QCOMPARE(second->result().value(Key::Tickets), first->result().value(Key::Tickets));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM payments WHERE request_key = ?"), {key}), 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM payments WHERE order_id = ? AND kind = 'refund'"),
                   {orderId}),
             2);
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT state FROM orders WHERE order_id = ?"), {orderId}).toString(),
             QStringLiteral("refunded"));
    QCOMPARE(
        count(QStringLiteral("SELECT count(*) FROM event_seats WHERE event_id = 1 AND seat_index IN (30, 31)"
                             " AND state = 0")),
        2);

    // A fully refunded order has nothing left to refund.
    const auto nothing = refund(orderId, newKey());
    QVERIFY(nothing && nothing->isError());
    QCOMPARE(nothing->errorCode(), ErrorCode::OrderState);
}

void tst_Refunds::refundRefundedTicket_refused()
{
    const QCborMap sold = sellCash({40, 41});
    QVERIFY(!sold.isEmpty());
    const qint64 orderId = sold.value(Key::Order).toInteger();
    const qint64 serial = serialOfSeat(sold, 40);
    QVERIFY(refund(orderId, newKey(), {serial}));
    const int before = count(QStringLiteral("SELECT count(*) FROM payments WHERE order_id = ?"), {orderId});

    const auto twice = refund(orderId, newKey(), {serial});
    QVERIFY(twice && twice->isError());
    QCOMPARE(twice->errorCode(), ErrorCode::TicketVoid);
    const auto foreign = refund(orderId, newKey(), {999999});
    QVERIFY(foreign && foreign->isError());
    QCOMPARE(foreign->errorCode(), ErrorCode::UnknownTicket);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM payments WHERE order_id = ?"), {orderId}), before);
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT state FROM orders WHERE order_id = ?"), {orderId}).toString(),
             QStringLiteral("partially_refunded"));
}

void tst_Refunds::exchange_dearerSeatOfAnotherEvent_oldVoidNewValidDifferencePaid()
{
    TestClient watcher;
    QVERIFY2(watcher.open(m_server.url()), qPrintable(watcher.lastError()));
    QVERIFY(watcher.request(MessageType::Subscribe, QCborMap{{Key::Event, Hamlet}}));
    QVERIFY(TestClient::waitUntil([&] { return watcher.hasSnapshot(Hamlet); }, 5000));

    const QCborMap sold = sellCash({600});
    QVERIFY(!sold.isEmpty());
    const qint64 orderId = sold.value(Key::Order).toInteger();
    const qint64 oldSerial = serialOfSeat(sold, 600);
    const QString oldCode = sold.value(Key::Tickets).toArray().at(0).toMap().value(Key::Code).toString();
    QCOMPARE(sold.value(Key::Tickets).toArray().at(0).toMap().value(Key::Price).toInteger(), Standard);
    const auto h = hold(MagicFlute, {10});
    QVERIFY(h);

    // Without a method for the difference: refused, nothing changed.
    const auto noMethod =
        m_clerk.request(MessageType::ExchangeTicket,
                        QCborMap{{Key::Ticket, oldSerial}, {Key::Hold, *h}, {Key::PaymentKey, newKey()}});
    QVERIFY(noMethod && noMethod->isError());
    QCOMPARE(noMethod->errorCode(), ErrorCode::BadField);
    QCOMPARE(count(QStringLiteral("SELECT state FROM tickets WHERE serial = ?"), {oldSerial}), 0);

    const QString key = newKey();
    const QCborMap fields{{Key::Ticket, oldSerial},
                          {Key::Hold, *h},
                          {Key::PaymentKey, key},
                          {Key::Method, QStringLiteral("cash")},
                          {Key::Tendered, 10000}};
    const auto r = m_clerk.request(MessageType::ExchangeTicket, fields, 20000);
    QVERIFY(r);
    QVERIFY2(!r->isError(), qPrintable(r->errorMessage()));
    const QCborMap res = r->result();
    QCOMPARE(res.value(Key::Difference).toInteger(), FlutePremium - Standard);
    QCOMPARE(res.value(Key::ChangeDue).toInteger(), 10000 - (FlutePremium - Standard));
    QCOMPARE(res.value(Key::Ticket).toInteger(), oldSerial);
    const QCborMap newTicket = res.value(Key::NewTicket).toMap();
    const qint64 newSerial = newTicket.value(Key::Serial).toInteger();
    QVERIFY(newSerial > oldSerial);
    QCOMPARE(newTicket.value(Key::Event).toInteger(), MagicFlute);
    QCOMPARE(newTicket.value(Key::Seat).toInteger(), 10);
    QCOMPARE(newTicket.value(Key::Price).toInteger(), FlutePremium);
    QCOMPARE(newTicket.value(Key::Code).toString().size(), 136);

    // Old ticket exchanged and pointing at the new one; new one valid; seats swapped.
    QCOMPARE(count(QStringLiteral("SELECT state FROM tickets WHERE serial = ?"), {oldSerial}), 2);
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT replaced_by FROM tickets WHERE serial = ?"), {oldSerial})
                 .toLongLong(),
             newSerial);
    QCOMPARE(
        count(QStringLiteral("SELECT count(*) FROM tickets WHERE serial = ? AND state = 0 AND order_id = ?"
                             " AND event_id = 2 AND seat_index = 10 AND price_minor = ?"),
              {newSerial, orderId, FlutePremium}),
        1);
    QCOMPARE(count(QStringLiteral("SELECT state FROM event_seats WHERE event_id = 1 AND seat_index = 600")),
             0);
    QCOMPARE(count(QStringLiteral("SELECT state FROM event_seats WHERE event_id = 2 AND seat_index = 10")),
             2);
    QVERIFY(TestClient::waitUntil([&] { return watcher.seatStates(Hamlet).at(600) == 0; }, 2000));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM payments WHERE order_id = ? AND kind = 'payment'"
                                  " AND method = 'cash' AND amount_minor = ? AND idempotency_key = ?"),
                   {orderId, FlutePremium - Standard, key}),
             1);
    QCOMPARE(count(QStringLiteral(
                       "SELECT count(*) FROM audit_log WHERE action = 'ticket.exchange' AND target = ?"),
                   {QStringLiteral("order:%1").arg(orderId)}),
             1);

    // The same key again: the same exchange, nothing charged twice.
    const auto replay = m_clerk.request(MessageType::ExchangeTicket, fields, 20000);
    QVERIFY(replay && !replay->isError());
    QCOMPARE(replay->result().value(Key::Replay).toBool(), true);
    QCOMPARE(replay->result().value(Key::NewTicket).toMap().value(Key::Serial).toInteger(), newSerial);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM payments WHERE order_id = ? AND kind = 'payment'"),
                   {orderId}),
             2);

    // The old code no longer admits anyone; the new one does.
    const auto oldIn = m_clerk.request(MessageType::CheckIn,
                                       QCborMap{{Key::Code, oldCode}, {Key::Gate, QStringLiteral("A")}});
    QVERIFY(oldIn && oldIn->isError());
    QCOMPARE(oldIn->errorCode(), ErrorCode::TicketVoid);
    const auto newIn = m_clerk.request(MessageType::CheckIn, QCborMap{{Key::Code, newTicket.value(Key::Code)},
                                                                      {Key::Gate, QStringLiteral("A")}});
    QVERIFY(newIn);
    QVERIFY2(!newIn->isError(), qPrintable(newIn->errorMessage()));
}

void tst_Refunds::exchange_cheaperSeat_differenceRefunded()
{
    const QCborMap sold = sellCash({50});
    QVERIFY(!sold.isEmpty());
    const qint64 orderId = sold.value(Key::Order).toInteger();
    const qint64 oldSerial = serialOfSeat(sold, 50);
    const auto h = hold(Hamlet, {1700});
    QVERIFY(h);
    const auto r = m_clerk.request(
        MessageType::ExchangeTicket,
        QCborMap{{Key::Ticket, oldSerial}, {Key::Hold, *h}, {Key::PaymentKey, newKey()}}, 20000);
    QVERIFY(r);
    QVERIFY2(!r->isError(), qPrintable(r->errorMessage()));
    QCOMPARE(r->result().value(Key::Difference).toInteger(), Balcony - Premium);
    const QCborArray rows = r->result().value(Key::Refunds).toArray();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).toMap().value(Key::Amount).toInteger(), Premium - Balcony);
    QCOMPARE(rows.at(0).toMap().value(Key::Method).toString(), QStringLiteral("cash"));
    QCOMPARE(count(QStringLiteral("SELECT state FROM tickets WHERE serial = ?"), {oldSerial}), 2);
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT state FROM orders WHERE order_id = ?"), {orderId}).toString(),
             QStringLiteral("completed"));
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT bo_order_net_paid(?)"), {orderId}).toLongLong(), Balcony);

    // Refunding the order now gives back what the new ticket cost, no more.
    const auto all = refund(orderId, newKey());
    QVERIFY(all && !all->isError());
    QCOMPARE(all->result().value(Key::Amount).toInteger(), Balcony);
    QCOMPARE(all->result().value(Key::State).toString(), QStringLiteral("refunded"));
}

QJsonObject tst_Refunds::gateway(const QByteArray &method, const QString &path, const QJsonObject &body)
{
    return m_paysim.request(method, path, body);
}

void tst_Refunds::cardSale_refundedThroughGatewayOnce_dearerExchangeCharged()
{
    gateway("POST", QStringLiteral("/v1/control"), {{QStringLiteral("reset"), true}});
    const QString token = m_paysim.tokenize(QStringLiteral("4242424242424242"));
    QVERIFY(!token.isEmpty());
    const auto h = hold(Hamlet, {70, 71});
    QVERIFY(h);
    const auto created = m_clerk.request(MessageType::CreateOrder,
                                         QCborMap{{Key::Event, Hamlet}, {Key::Holds, QCborArray{*h}}});
    QVERIFY(created && !created->isError());
    const qint64 orderId = created->result().value(Key::Order).toInteger();
    const auto paid = m_clerk.request(MessageType::PayOrder,
                                      QCborMap{{Key::Order, orderId},
                                               {Key::PaymentKey, newKey()},
                                               {Key::Method, QStringLiteral("card")},
                                               {Key::Token, token}},
                                      20000);
    QVERIFY(paid);
    QVERIFY2(!paid->isError(), qPrintable(paid->errorMessage()));
    QCOMPARE(paid->result().value(Key::State).toString(), QStringLiteral("completed"));

    const QString key = newKey();
    const auto r = refund(orderId, key, {serialOfSeat(paid->result(), 70)});
    QVERIFY(r);
    QVERIFY2(!r->isError(), qPrintable(r->errorMessage()));
    const QCborArray rows = r->result().value(Key::Refunds).toArray();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).toMap().value(Key::Method).toString(), QStringLiteral("card"));
    QCOMPARE(rows.at(0).toMap().value(Key::State).toString(), QStringLiteral("refunded"));
    QCOMPARE(
        m_db.scalar(QStringLiteral("SELECT state FROM payments WHERE idempotency_key = ?"), {key}).toString(),
        QStringLiteral("refunded"));
    // Sent again: answered from the database, the gateway is not asked a second time.
    const auto again = refund(orderId, key, {serialOfSeat(paid->result(), 70)});
    QVERIFY(again && !again->isError());
    const QJsonObject stats = gateway("GET", QStringLiteral("/v1/stats"));
    QCOMPARE(stats.value(QStringLiteral("refunds")).toInt(), 1);
    QCOMPARE(stats.value(QStringLiteral("refunded_amount")).toInteger(), Premium);
    QCOMPARE(stats.value(QStringLiteral("captures")).toInt(), 1);

    // The other ticket for a dearer seat, the difference by card: authorized, then the
    // exchange, then captured; one more authorization and capture at the gateway.
    const auto h2 = hold(MagicFlute, {20});
    QVERIFY(h2);
    const QString exchangeKey = newKey();
    const auto x = m_clerk.request(MessageType::ExchangeTicket,
                                   QCborMap{{Key::Ticket, serialOfSeat(paid->result(), 71)},
                                            {Key::Hold, *h2},
                                            {Key::PaymentKey, exchangeKey},
                                            {Key::Method, QStringLiteral("card")},
                                            {Key::Token, token}},
                                   20000);
    QVERIFY(x);
    QVERIFY2(!x->isError(), qPrintable(x->errorMessage()));
    QCOMPARE(x->result().value(Key::Difference).toInteger(), FlutePremium - Premium);
    QCOMPARE(
        m_db.scalar(QStringLiteral("SELECT state FROM payments WHERE idempotency_key = ?"), {exchangeKey})
            .toString(),
        QStringLiteral("captured"));
    const QJsonObject after = gateway("GET", QStringLiteral("/v1/stats"));
    QCOMPARE(after.value(QStringLiteral("authorizations")).toInt(), 2);
    QCOMPARE(after.value(QStringLiteral("captures")).toInt(), 2);
    QCOMPARE(after.value(QStringLiteral("captured_amount")).toInteger(),
             2 * Premium + FlutePremium - Premium);
}

QTEST_GUILESS_MAIN(tst_Refunds)
#include "tst_refunds.moc"
