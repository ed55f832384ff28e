// Issue 10 against the real server and PostgreSQL: what one session may hold is capped by
// the database, and nothing sells a seat but a paid order.
//
// - the hoarding script of the issue: one buyer session, 300 Holds of 8 seats on the
//   stadium, fired without waiting: at most the event's 8 seats end up held, every refusal
//   is HoldLimit with the limit and what is held, and room comes back by releasing or
//   buying;
// - a pending order's seats count; a clerk's cap is the staff limit, not the buyer's;
// - Confirm on a live hold answers MessageRetired for a buyer, a clerk and an admin, and
//   sells nothing; a buyer cannot pay cash or comp.

#include "paysimprocess.h"
#include "serverprocess.h"
#include "testaccounts.h"
#include "testclient.h"
#include "testdatabase.h"
#include "testsales.h"

#include <QCborArray>
#include <QTest>

using namespace BoxOffice::Shared;
using namespace BoxOffice::Test;

namespace {
constexpr qint64 Theatre = 1; // at most 10 seats per order
constexpr qint64 Stadium = 3; // at most 8 seats per order
constexpr int StaffLimit = 14;
const QString Password = QStringLiteral("hold cap test password");
} // namespace

class tst_HoldCap : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void buyer_300Holds_atMostTheEventsLimitHeld();
    void buyer_pendingOrderCounts();
    void clerk_staffLimitNotBuyerLimit();
    void confirm_liveHold_retiredForEveryRole_nothingSold();
    void buyer_cannotPayCashOrComp();

private:
    static QCborMap holdFields(qint64 event, const QList<int> &seats);
    std::optional<Frame> hold(TestClient &c, qint64 event, const QList<int> &seats);
    int heldBy(const TestClient &c, qint64 event);
    int sales();

    TestDatabase m_db;
    PaysimProcess m_paysim;
    ServerProcess m_server;
    int m_seat = 0;
};

void tst_HoldCap::initTestCase()
{
    QString error;
    QVERIFY2(m_db.create(QStringLiteral("holdcap"), &error), qPrintable(error));
    QVERIFY2(m_paysim.start(&error), qPrintable(error));
    QVERIFY2(m_server.start(m_db,
                            {QStringLiteral("--load-demo"), QStringLiteral("--gateway-url"), m_paysim.url().toString(),
                             QStringLiteral("--staff-hold-limit"), QString::number(StaffLimit)},
                            &error),
             qPrintable(error));
    QVERIFY(createStaffUser(m_db, QStringLiteral("clara"), QStringLiteral("clerk"), Password));
    QVERIFY(createStaffUser(m_db, QStringLiteral("ada"), QStringLiteral("admin"), Password));
}

void tst_HoldCap::cleanupTestCase()
{
    const QStringList problems = soldSeatProblems(m_db);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char(' '))));
    QCOMPARE(m_server.terminate(), 0);
    m_paysim.stop();
}

QCborMap tst_HoldCap::holdFields(qint64 event, const QList<int> &seats)
{
    QCborArray a;
    for (int s : seats)
        a.append(s);
    QCborMap f;
    f.insert(Key::Event, event);
    f.insert(Key::Seats, a);
    return f;
}

std::optional<Frame> tst_HoldCap::hold(TestClient &c, qint64 event, const QList<int> &seats)
{
    return c.request(MessageType::Hold, holdFields(event, seats));
}

int tst_HoldCap::heldBy(const TestClient &c, qint64 event)
{
    return m_db
        .scalar(QStringLiteral("SELECT count(*) FROM event_seats s JOIN holds h"
                               " ON h.event_id = s.event_id AND h.hold_id = s.hold_id"
                               " WHERE s.event_id = ? AND s.state = 1 AND s.hold_expires >= now() AND h.owner = ?"),
                {event, c.owner()})
        .toInt();
}

int tst_HoldCap::sales()
{
    return m_db.scalar(QStringLiteral("SELECT count(*) FROM sales")).toInt();
}

void tst_HoldCap::buyer_300Holds_atMostTheEventsLimitHeld()
{
    TestClient buyer;
    QVERIFY2(buyer.open(m_server.url()), qPrintable(buyer.lastError()));
    // The script of the issue: 300 Holds of 8 seats each, all sent before any reply.
    QList<qint64> ids;
    for (int i = 0; i < 300; ++i) {
        QList<int> seats;
        for (int k = 0; k < 8; ++k)
            seats.append(10000 + i * 8 + k);
        ids.append(buyer.send(MessageType::Hold, holdFields(Stadium, seats)));
    }
    int granted = 0, capped = 0;
    qint64 grantedHold = 0;
    for (qint64 id : std::as_const(ids)) {
        const auto r = buyer.waitReply(id, 30000);
        QVERIFY(r);
        if (!r->isError()) {
            ++granted;
            grantedHold = r->result().value(Key::Hold).toInteger();
            continue;
        }
        QCOMPARE(r->errorCode(), ErrorCode::HoldLimit);
        QCOMPARE(r->body.value(Key::Limit).toInteger(), qint64(8));
        QCOMPARE(r->body.value(Key::Held).toInteger(), qint64(8));
        ++capped;
    }
    QCOMPARE(granted, 1);
    QCOMPARE(capped, 299);
    QCOMPARE(heldBy(buyer, Stadium), 8);
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT count(*) FROM event_seats WHERE event_id = ? AND state = 1"),
                         {Stadium})
                 .toInt(),
             8);

    // The cap is per event: the theatre is another matter.
    const auto theatre = hold(buyer, Theatre, {1500, 1501});
    QVERIFY(theatre && !theatre->isError());

    // A reconnect that resumes the session keeps what it holds, and its cap.
    TestClient again;
    QVERIFY2(again.open(m_server.url(), 10000, buyer.token()), qPrintable(again.lastError()));
    const auto refused = hold(again, Stadium, {20000});
    QVERIFY(refused && refused->isError());
    QCOMPARE(refused->errorCode(), ErrorCode::HoldLimit);

    // Releasing makes room...
    QCborMap release;
    release.insert(Key::Event, Stadium);
    release.insert(Key::Hold, grantedHold);
    const auto released = again.request(MessageType::Release, release);
    QVERIFY(released && !released->isError());
    const auto next = hold(again, Stadium, {20000, 20001, 20002, 20003, 20004, 20005, 20006, 20007});
    QVERIFY2(next && !next->isError(), next ? qPrintable(next->errorMessage()) : "no reply");
    QCOMPARE(heldBy(buyer, Stadium), 8);
    // ...and so does buying: sold seats are no longer held.
    const TestSale sold = sellByCard(again, Stadium, {next->result().value(Key::Hold).toInteger()}, m_paysim,
                                     QStringLiteral("holdcap-300-sale"));
    QVERIFY2(sold.ok(), qPrintable(sold.message));
    QCOMPARE(heldBy(buyer, Stadium), 0);
    const auto after = hold(again, Stadium, {20100, 20101, 20102});
    QVERIFY2(after && !after->isError(), after ? qPrintable(after->errorMessage()) : "no reply");
}

void tst_HoldCap::buyer_pendingOrderCounts()
{
    TestClient buyer;
    QVERIFY2(buyer.open(m_server.url()), qPrintable(buyer.lastError()));
    const auto first = hold(buyer, Theatre, {100, 101, 102, 103, 104, 105});
    QVERIFY(first && !first->isError());
    QString message;
    QVERIFY2(createOrder(buyer, Theatre, {first->result().value(Key::Hold).toInteger()}, nullptr, &message) > 0,
             qPrintable(message));
    // The order is not paid: its 6 seats are still off the market and still count.
    const auto more = hold(buyer, Theatre, {110, 111, 112, 113, 114});
    QVERIFY(more && more->isError());
    QCOMPARE(more->errorCode(), ErrorCode::HoldLimit);
    QCOMPARE(more->body.value(Key::Limit).toInteger(), qint64(10));
    QCOMPARE(more->body.value(Key::Held).toInteger(), qint64(6));
    const auto fits = hold(buyer, Theatre, {110, 111, 112, 113});
    QVERIFY2(fits && !fits->isError(), fits ? qPrintable(fits->errorMessage()) : "no reply");
    QCOMPARE(heldBy(buyer, Theatre), 10);
    // BestAvailable holds too, under the same cap.
    QCborMap best;
    best.insert(Key::Event, Theatre);
    best.insert(Key::Count, 1);
    best.insert(Key::Category, 1);
    const auto bestReply = buyer.request(MessageType::BestAvailable, best);
    QVERIFY(bestReply && bestReply->isError());
    QCOMPARE(bestReply->errorCode(), ErrorCode::HoldLimit);
    QCOMPARE(heldBy(buyer, Theatre), 10);
}

void tst_HoldCap::clerk_staffLimitNotBuyerLimit()
{
    TestClient clerk;
    QVERIFY2(clerk.openWithoutSession(m_server.url()), qPrintable(clerk.lastError()));
    QVERIFY2(clerk.signIn(QStringLiteral("clara"), Password), qPrintable(clerk.lastError()));
    // A group at the counter: 10 + 4 seats, past the buyers' 10, up to the staff limit.
    QList<int> ten;
    for (int s = 300; s < 310; ++s)
        ten.append(s);
    const auto a = hold(clerk, Theatre, ten);
    QVERIFY2(a && !a->isError(), a ? qPrintable(a->errorMessage()) : "no reply");
    const auto b = hold(clerk, Theatre, {310, 311, 312, 313});
    QVERIFY2(b && !b->isError(), b ? qPrintable(b->errorMessage()) : "no reply");
    const auto c = hold(clerk, Theatre, {314});
    QVERIFY(c && c->isError());
    QCOMPARE(c->errorCode(), ErrorCode::HoldLimit);
    QCOMPARE(c->body.value(Key::Limit).toInteger(), qint64(StaffLimit));
    QCOMPARE(c->body.value(Key::Held).toInteger(), qint64(StaffLimit));
    QCOMPARE(heldBy(clerk, Theatre), StaffLimit);
    // Refused and changed nothing: seat 314 is free, and no audit row for it.
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT state FROM event_seats WHERE event_id = ? AND seat_index = 314"),
                         {Theatre})
                 .toInt(),
             0);
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'hold.create' AND actor = 'clara'"))
                 .toInt(),
             2);
}

void tst_HoldCap::confirm_liveHold_retiredForEveryRole_nothingSold()
{
    TestClient buyer, clerk, admin;
    QVERIFY2(buyer.open(m_server.url()), qPrintable(buyer.lastError()));
    QVERIFY2(clerk.openWithoutSession(m_server.url()) && clerk.signIn(QStringLiteral("clara"), Password),
             qPrintable(clerk.lastError()));
    QVERIFY2(admin.openWithoutSession(m_server.url()) && admin.signIn(QStringLiteral("ada"), Password),
             qPrintable(admin.lastError()));
    const auto buyerHold = hold(buyer, Theatre, {700, 701});
    QVERIFY(buyerHold && !buyerHold->isError());
    const auto clerkHold = hold(clerk, Stadium, {700, 701});
    QVERIFY(clerkHold && !clerkHold->isError());
    const int salesBefore = sales();
    const struct
    {
        TestClient *client;
        qint64 event;
        qint64 hold;
    } cases[] = {{&buyer, Theatre, buyerHold->result().value(Key::Hold).toInteger()},
                 {&clerk, Stadium, clerkHold->result().value(Key::Hold).toInteger()},
                 {&admin, Theatre, buyerHold->result().value(Key::Hold).toInteger()}};
    for (const auto &k : cases) {
        QCborMap f;
        f.insert(Key::Event, k.event);
        f.insert(Key::Hold, k.hold);
        const auto r = k.client->request(MessageType::Confirm, f);
        QVERIFY(r && r->isError());
        QCOMPARE(r->errorCode(), ErrorCode::MessageRetired);
        QCOMPARE(r->type, MessageType::Confirm);
    }
    QCOMPARE(sales(), salesBefore);
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT count(*) FROM event_seats WHERE state = 1 AND hold_id IN (?, ?)"),
                         {cases[0].hold, cases[1].hold})
                 .toInt(),
             4);
    QVERIFY(buyer.isConnected() && clerk.isConnected() && admin.isConnected());
}

void tst_HoldCap::buyer_cannotPayCashOrComp()
{
    TestClient buyer;
    QVERIFY2(buyer.open(m_server.url()), qPrintable(buyer.lastError()));
    const auto held = hold(buyer, Theatre, {900});
    QVERIFY(held && !held->isError());
    QString message;
    const qint64 order = createOrder(buyer, Theatre, {held->result().value(Key::Hold).toInteger()}, nullptr, &message);
    QVERIFY2(order > 0, qPrintable(message));
    const int salesBefore = sales();
    int n = 0;
    for (const QString &method : {QStringLiteral("cash"), QStringLiteral("comp")}) {
        QCborMap f;
        f.insert(Key::Order, order);
        f.insert(Key::PaymentKey, QStringLiteral("holdcap-buyer-%1-%2").arg(method).arg(++n));
        f.insert(Key::Method, method);
        f.insert(Key::Tendered, 100000);
        f.insert(Key::Reason, QStringLiteral("a friend"));
        const auto r = buyer.request(MessageType::PayOrder, f);
        QVERIFY(r && r->isError());
        QCOMPARE(r->errorCode(), ErrorCode::PermissionDenied);
    }
    QCOMPARE(sales(), salesBefore);
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT state FROM orders WHERE order_id = ?"), {order}).toString(),
             QStringLiteral("pending"));
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT count(*) FROM payments WHERE order_id = ?"), {order}).toInt(), 0);
}

QTEST_GUILESS_MAIN(tst_HoldCap)
#include "tst_holdcap.moc"
