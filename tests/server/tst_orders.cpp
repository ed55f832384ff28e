// Orders with cash and complimentary payments against the real server and PostgreSQL: a sale
// moves seats, tickets, payment and order together or not at all (docs/payments.md).

#include "serverprocess.h"
#include "testaccounts.h"
#include "testclient.h"
#include "testdatabase.h"

#include <QCborArray>
#include <QCoreApplication>
#include <QRegularExpression>
#include <QTest>

using namespace BoxOffice::Shared;
using namespace BoxOffice::Test;

namespace {
const QString Password = QStringLiteral("orders test password");
constexpr qint64 Theatre = 1; // Hamlet: seats 0..999 of the stalls' first rows cost 8900
constexpr qint64 SeatPrice = 8900;
} // namespace

class tst_Orders : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void cashSale_soldOnWatchersMapWithTicketsChangeAndAudit();
    void cashSale_insufficientTender_changesNothing();
    void comp_withoutRole_permissionDenied();
    void comp_withoutReason_reasonRequired();
    void comp_byAdmin_completedAndReasonAudited();
    void payTwiceWithSameKey_onePayment();
    void createOrder_withSomeoneElsesHold_refused();
    void createOrder_overPerOrderLimit_refused();
    void payOrder_expiredHold_refusedAndNothingSold();
    void sweptHoldOfSomeoneElse_answersLikeUnknown();
    void cancelOrder_releasesSeats();
    void getOrder_byNumber_withHistory();
    void card_withoutGateway_paymentUnavailable();

private:
    std::optional<qint64> hold(TestClient &c, const QList<int> &seats);
    /** Holds seats and creates an order for them; the CreateOrder result. */
    QCborMap order(TestClient &c, const QList<int> &seats, const QCborMap &customer = {});
    std::optional<Frame> pay(TestClient &c, qint64 order, const QString &key, const QString &method,
                             std::optional<qint64> tendered = {}, const QString &reason = {});
    int count(const QString &sql, const QVariantList &binds = {});
    bool signedIn(TestClient &c, const QString &user);

    TestDatabase m_db;
    ServerProcess m_server;
    int m_key = 0;
    // Signed in once each: password sign-ins are rate limited per address.
    std::unique_ptr<TestClient> m_clara, m_carl, m_boss, m_fiona;
};

void tst_Orders::initTestCase()
{
    QString error;
    QVERIFY2(m_db.create(QStringLiteral("orders"), &error), qPrintable(error));
    QVERIFY2(m_server.start(m_db, {QStringLiteral("--load-demo")}, &error), qPrintable(error));
    QVERIFY(createStaffUser(m_db, QStringLiteral("clara"), QStringLiteral("clerk"), Password));
    QVERIFY(createStaffUser(m_db, QStringLiteral("carl"), QStringLiteral("clerk"), Password));
    QVERIFY(createStaffUser(m_db, QStringLiteral("boss"), QStringLiteral("clerk,admin"), Password));
    QVERIFY(createStaffUser(m_db, QStringLiteral("fiona"), QStringLiteral("fraud_analyst"), Password));
    for (auto [client, user] : {std::pair{&m_clara, "clara"}, std::pair{&m_carl, "carl"},
                                std::pair{&m_boss, "boss"}, std::pair{&m_fiona, "fiona"}}) {
        *client = std::make_unique<TestClient>();
        QVERIFY2(signedIn(**client, QString::fromLatin1(user)), qPrintable((*client)->lastError()));
    }
}

void tst_Orders::cleanupTestCase()
{
    QCOMPARE(m_server.terminate(), 0);
}

bool tst_Orders::signedIn(TestClient &c, const QString &user)
{
    return c.openWithoutSession(m_server.url()) && c.signIn(user, Password);
}

std::optional<qint64> tst_Orders::hold(TestClient &c, const QList<int> &seats)
{
    QCborArray a;
    for (int s : seats)
        a.append(s);
    QCborMap f;
    f.insert(Key::Event, Theatre);
    f.insert(Key::Seats, a);
    const auto r = c.request(MessageType::Hold, f);
    if (!r || r->isError()) {
        qWarning() << "hold failed" << (r ? r->errorMessage() : QStringLiteral("no reply"));
        return std::nullopt;
    }
    return r->result().value(Key::Hold).toInteger();
}

QCborMap tst_Orders::order(TestClient &c, const QList<int> &seats, const QCborMap &customer)
{
    const auto h = hold(c, seats);
    if (!h)
        return {};
    QCborMap f;
    f.insert(Key::Event, Theatre);
    f.insert(Key::Holds, QCborArray{*h});
    if (!customer.isEmpty())
        f.insert(Key::Customer, customer);
    const auto r = c.request(MessageType::CreateOrder, f);
    if (!r || r->isError()) {
        qWarning() << "CreateOrder failed" << (r ? r->errorMessage() : QStringLiteral("no reply"));
        return {};
    }
    return r->result();
}

std::optional<Frame> tst_Orders::pay(TestClient &c, qint64 order, const QString &key, const QString &method,
                                     std::optional<qint64> tendered, const QString &reason)
{
    QCborMap f;
    f.insert(Key::Order, order);
    f.insert(Key::PaymentKey, key);
    f.insert(Key::Method, method);
    if (tendered)
        f.insert(Key::Tendered, *tendered);
    if (!reason.isNull())
        f.insert(Key::Reason, reason);
    return c.request(MessageType::PayOrder, f);
}

int tst_Orders::count(const QString &sql, const QVariantList &binds)
{
    return m_db.scalar(sql, binds).toInt();
}

static QString newKey(int &n)
{
    return QStringLiteral("orders-test-key-%1").arg(++n, 4, 10, QLatin1Char('0'));
}

void tst_Orders::cashSale_soldOnWatchersMapWithTicketsChangeAndAudit()
{
    TestClient watcher;
    QVERIFY2(watcher.open(m_server.url()), qPrintable(watcher.lastError()));
    QCborMap sub;
    sub.insert(Key::Event, Theatre);
    QVERIFY(watcher.request(MessageType::Subscribe, sub));
    QVERIFY(TestClient::waitUntil([&] { return watcher.hasSnapshot(Theatre); }, 5000));

    TestClient &clerk = *m_clara;
    QCborMap customer;
    customer.insert(Key::Name, QStringLiteral("  Ann Example  "));
    customer.insert(Key::Email, QStringLiteral("ann@example.org"));
    const QCborMap created = order(clerk, {10, 11, 12}, customer);
    QVERIFY(!created.isEmpty());
    QCOMPARE(created.value(Key::State).toString(), QStringLiteral("pending"));
    QCOMPARE(created.value(Key::Total).toInteger(), 3 * SeatPrice);
    QCOMPARE(created.value(Key::Seats).toArray().size(), 3);
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$"))
                .match(created.value(Key::OrderNumber).toString())
                .hasMatch());
    const qint64 orderId = created.value(Key::Order).toInteger();
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT name FROM customers c JOIN orders o USING (customer_id)"
                                        " WHERE o.order_id = ?"),
                         {orderId})
                 .toString(),
             QStringLiteral("Ann Example"));

    const auto paid = pay(clerk, orderId, newKey(m_key), QStringLiteral("cash"), 30000);
    QVERIFY(paid);
    QVERIFY2(!paid->isError(), qPrintable(paid->errorMessage()));
    const QCborMap r = paid->result();
    QCOMPARE(r.value(Key::State).toString(), QStringLiteral("completed"));
    QCOMPARE(r.value(Key::ChangeDue).toInteger(), 30000 - 3 * SeatPrice);
    const QCborArray tickets = r.value(Key::Tickets).toArray();
    QCOMPARE(tickets.size(), 3);
    QSet<qint64> seats;
    for (const QCborValue &t : tickets) {
        seats.insert(t.toMap().value(Key::Seat).toInteger());
        QCOMPARE(t.toMap().value(Key::Price).toInteger(), SeatPrice);
        QVERIFY(t.toMap().value(Key::Serial).toInteger() > 0);
    }
    QCOMPARE(seats, (QSet<qint64>{10, 11, 12}));

    // One ticket per seat, the seats sold on the watcher's map, the payment and the audit.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM tickets WHERE order_id = ?"), {orderId}), 3);
    QCOMPARE(count(QStringLiteral(
                 "SELECT count(*) FROM event_seats WHERE event_id = 1 AND seat_index IN (10, 11, 12)"
                 " AND state = 2")),
             3);
    QVERIFY(TestClient::waitUntil(
        [&] {
            const QByteArray s = watcher.seatStates(Theatre);
            return s.size() > 12 && s.at(10) == 2 && s.at(11) == 2 && s.at(12) == 2;
        },
        5000));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM payments WHERE order_id = ? AND method = 'cash'"
                                  " AND state = 'completed' AND tendered_minor = 30000 AND change_minor = ?"),
                   {orderId, 30000 - 3 * SeatPrice}),
             1);
    const QString target = QStringLiteral("order:%1").arg(orderId);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE target = ? AND actor = 'clara'"
                                  " AND action IN ('order.create', 'order.sold', 'payment.cash')"),
                   {target}),
             3);
}

void tst_Orders::cashSale_insufficientTender_changesNothing()
{
    TestClient &clerk = *m_clara;
    const QCborMap created = order(clerk, {20, 21});
    QVERIFY(!created.isEmpty());
    const qint64 orderId = created.value(Key::Order).toInteger();
    const int audit = count(QStringLiteral("SELECT count(*) FROM audit_log"));
    const auto paid = pay(clerk, orderId, newKey(m_key), QStringLiteral("cash"), 2 * SeatPrice - 1);
    QVERIFY(paid && paid->isError());
    QCOMPARE(int(paid->errorCode()), int(ErrorCode::InsufficientTender));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM payments WHERE order_id = ?"), {orderId}), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM tickets WHERE order_id = ?"), {orderId}), 0);
    QCOMPARE(
        count(QStringLiteral("SELECT count(*) FROM event_seats WHERE event_id = 1 AND seat_index IN (20, 21)"
                             " AND state = 1")),
        2);
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT state FROM orders WHERE order_id = ?"), {orderId}).toString(),
             QStringLiteral("pending"));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log")), audit);

    // Exactly the total is enough: no change.
    const auto exact = pay(clerk, orderId, newKey(m_key), QStringLiteral("cash"), 2 * SeatPrice);
    QVERIFY(exact && !exact->isError());
    QCOMPARE(exact->result().value(Key::ChangeDue).toInteger(), 0);
}

void tst_Orders::comp_withoutRole_permissionDenied()
{
    TestClient &clerk = *m_clara;
    const QCborMap created = order(clerk, {30});
    QVERIFY(!created.isEmpty());
    const auto r = pay(clerk, created.value(Key::Order).toInteger(), newKey(m_key), QStringLiteral("comp"),
                       {}, QStringLiteral("friend of the director"));
    QVERIFY(r && r->isError());
    QCOMPARE(int(r->errorCode()), int(ErrorCode::PermissionDenied));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM payments WHERE order_id = ?"),
                   {created.value(Key::Order).toInteger()}),
             0);

    // A buyer may not pay cash either.
    TestClient buyer;
    QVERIFY2(buyer.open(m_server.url()), qPrintable(buyer.lastError()));
    const QCborMap mine = order(buyer, {31});
    QVERIFY(!mine.isEmpty());
    const auto cash =
        pay(buyer, mine.value(Key::Order).toInteger(), newKey(m_key), QStringLiteral("cash"), 100000);
    QVERIFY(cash && cash->isError());
    QCOMPARE(int(cash->errorCode()), int(ErrorCode::PermissionDenied));
}

void tst_Orders::comp_withoutReason_reasonRequired()
{
    TestClient &boss = *m_boss;
    const QCborMap created = order(boss, {40});
    QVERIFY(!created.isEmpty());
    for (const QString &reason : {QString(), QStringLiteral("   ")}) {
        const auto r = pay(boss, created.value(Key::Order).toInteger(), newKey(m_key), QStringLiteral("comp"),
                           {}, reason);
        QVERIFY(r && r->isError());
        QCOMPARE(int(r->errorCode()), int(ErrorCode::ReasonRequired));
    }
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM event_seats WHERE event_id = 1 AND seat_index = 40"
                                  " AND state = 1")),
             1);
}

void tst_Orders::comp_byAdmin_completedAndReasonAudited()
{
    TestClient &boss = *m_boss;
    const QCborMap created = order(boss, {50, 51});
    QVERIFY(!created.isEmpty());
    const qint64 orderId = created.value(Key::Order).toInteger();
    const auto r =
        pay(boss, orderId, newKey(m_key), QStringLiteral("comp"), {}, QStringLiteral("press night critics"));
    QVERIFY(r);
    QVERIFY2(!r->isError(), qPrintable(r->errorMessage()));
    QCOMPARE(r->result().value(Key::State).toString(), QStringLiteral("completed"));
    QCOMPARE(r->result().value(Key::Tickets).toArray().size(), 2);
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT amount_minor::text || '|' || reason FROM payments"
                                        " WHERE order_id = ? AND method = 'comp'"),
                         {orderId})
                 .toString(),
             QStringLiteral("0|press night critics"));
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT actor || '|' || (after->>'reason') FROM audit_log"
                                        " WHERE target = ? AND action = 'payment.comp'"),
                         {QStringLiteral("order:%1").arg(orderId)})
                 .toString(),
             QStringLiteral("boss|press night critics"));
}

void tst_Orders::payTwiceWithSameKey_onePayment()
{
    TestClient &clerk = *m_clara;
    const QCborMap created = order(clerk, {60});
    QVERIFY(!created.isEmpty());
    const qint64 orderId = created.value(Key::Order).toInteger();
    const QString key = newKey(m_key);
    const auto first = pay(clerk, orderId, key, QStringLiteral("cash"), 10000);
    const auto second = pay(clerk, orderId, key, QStringLiteral("cash"), 10000);
    QVERIFY(first && !first->isError());
    QVERIFY2(second && !second->isError(), second ? qPrintable(second->errorMessage()) : "no reply");
    QCOMPARE(second->result().value(Key::Payment).toInteger(),
             first->result().value(Key::Payment).toInteger());
    QCOMPARE(second->result().value(Key::ChangeDue).toInteger(), 10000 - SeatPrice);
    QCOMPARE(second->result().value(Key::Tickets).toArray().size(), 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM payments WHERE order_id = ?"), {orderId}), 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM tickets WHERE order_id = ?"), {orderId}), 1);

    // The same key for another order is refused; a new key on a completed order too.
    const QCborMap other = order(clerk, {61});
    QVERIFY(!other.isEmpty());
    const auto reused = pay(clerk, other.value(Key::Order).toInteger(), key, QStringLiteral("cash"), 10000);
    QVERIFY(reused && reused->isError());
    QCOMPARE(int(reused->errorCode()), int(ErrorCode::BadField));
    const auto again = pay(clerk, orderId, newKey(m_key), QStringLiteral("cash"), 10000);
    QVERIFY(again && again->isError());
    QCOMPARE(int(again->errorCode()), int(ErrorCode::OrderState));
}

void tst_Orders::createOrder_withSomeoneElsesHold_refused()
{
    TestClient &clara = *m_clara;
    TestClient &carl = *m_carl;
    const auto h = hold(clara, {70});
    QVERIFY(h);
    QCborMap f;
    f.insert(Key::Event, Theatre);
    f.insert(Key::Holds, QCborArray{*h});
    const auto r = carl.request(MessageType::CreateOrder, f);
    QVERIFY(r && r->isError());
    f.insert(Key::Holds, QCborArray{999999999});
    const auto unknown = carl.request(MessageType::CreateOrder, f);
    QVERIFY(unknown && unknown->isError());
    QCOMPARE(int(unknown->errorCode()), int(ErrorCode::UnknownHold));
    // No id oracle: someone else's hold is answered exactly like one that does not exist.
    QCOMPARE(int(r->errorCode()), int(ErrorCode::UnknownHold));
    QCOMPARE(r->errorMessage(), unknown->errorMessage());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM orders WHERE ? = ANY (holds)"), {*h}), 0);

    // Clara's order for it, then Carl cannot pay or cancel it.
    f.insert(Key::Holds, QCborArray{*h});
    const auto mine = clara.request(MessageType::CreateOrder, f);
    QVERIFY(mine && !mine->isError());
    const qint64 orderId = mine->result().value(Key::Order).toInteger();
    const auto stolen = pay(carl, orderId, newKey(m_key), QStringLiteral("cash"), 100000);
    QVERIFY(stolen && stolen->isError());
    const auto payNone = pay(carl, 999999999, newKey(m_key), QStringLiteral("cash"), 100000);
    QVERIFY(payNone && payNone->isError());
    QCOMPARE(int(stolen->errorCode()), int(ErrorCode::UnknownOrder));
    QCOMPARE(int(payNone->errorCode()), int(ErrorCode::UnknownOrder));
    QCOMPARE(stolen->errorMessage(), payNone->errorMessage());
    QCborMap ref;
    ref.insert(Key::Order, orderId);
    const auto cancelled = carl.request(MessageType::CancelOrder, ref);
    QVERIFY(cancelled && cancelled->isError());
    QCborMap none;
    none.insert(Key::Order, 999999999);
    const auto cancelNone = carl.request(MessageType::CancelOrder, none);
    QVERIFY(cancelNone && cancelNone->isError());
    QCOMPARE(int(cancelled->errorCode()), int(ErrorCode::UnknownOrder));
    QCOMPARE(int(cancelNone->errorCode()), int(ErrorCode::UnknownOrder));
    QCOMPARE(cancelled->errorMessage(), cancelNone->errorMessage());
    // The same hold in a second order is refused; the same order again is the same order.
    const auto same = clara.request(MessageType::CreateOrder, f);
    QVERIFY(same && !same->isError());
    QCOMPARE(same->result().value(Key::Order).toInteger(), orderId);
}

void tst_Orders::createOrder_overPerOrderLimit_refused()
{
    TestClient &clerk = *m_clara;
    // Two holds of 6 seats each: 12 over the event's 10.
    const auto a = hold(clerk, {80, 81, 82, 83, 84, 85});
    const auto b = hold(clerk, {86, 87, 88, 89, 90, 91});
    QVERIFY(a && b);
    QCborMap f;
    f.insert(Key::Event, Theatre);
    f.insert(Key::Holds, QCborArray{*a, *b});
    const auto r = clerk.request(MessageType::CreateOrder, f);
    QVERIFY(r && r->isError());
    QCOMPARE(int(r->errorCode()), int(ErrorCode::TooManySeats));
}

void tst_Orders::payOrder_expiredHold_refusedAndNothingSold()
{
    TestClient &clerk = *m_clara;
    const QCborMap created = order(clerk, {100, 101});
    QVERIFY(!created.isEmpty());
    const qint64 orderId = created.value(Key::Order).toInteger();
    QVERIFY(m_db.exec(
        QStringLiteral("UPDATE holds SET expires_at = now() - interval '1 second'"
                       " WHERE hold_id = ANY ((SELECT holds FROM orders WHERE order_id = ?)::bigint[])"),
        {orderId}));
    QVERIFY(m_db.exec(
        QStringLiteral("UPDATE event_seats SET hold_expires = now() - interval '1 second'"
                       " WHERE hold_id = ANY ((SELECT holds FROM orders WHERE order_id = ?)::bigint[])"),
        {orderId}));
    const auto r = pay(clerk, orderId, newKey(m_key), QStringLiteral("cash"), 100000);
    QVERIFY(r && r->isError());
    QCOMPARE(int(r->errorCode()), int(ErrorCode::HoldExpired));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM tickets WHERE order_id = ?"), {orderId}), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM payments WHERE order_id = ?"), {orderId}), 0);
    QCOMPARE(count(QStringLiteral(
                 "SELECT count(*) FROM event_seats WHERE event_id = 1 AND seat_index IN (100, 101)"
                 " AND state = 2")),
             0);
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT state FROM orders WHERE order_id = ?"), {orderId}).toString(),
             QStringLiteral("pending"));
}

void tst_Orders::sweptHoldOfSomeoneElse_answersLikeUnknown()
{
    // No id oracle (issue 18): once the sweeper has freed an expired hold, Release and
    // Extend of it by another session answer exactly like a hold that never existed; its
    // owner still hears HoldExpired.
    TestClient &clara = *m_clara;
    TestClient &carl = *m_carl;
    const auto h = hold(clara, {110});
    QVERIFY(h);
    QVERIFY(m_db.exec(QStringLiteral("UPDATE holds SET expires_at = now() - interval '1 second' WHERE hold_id = ?"),
                      {*h}));
    QVERIFY(m_db.exec(
        QStringLiteral("UPDATE event_seats SET hold_expires = now() - interval '1 second' WHERE hold_id = ?"), {*h}));
    QVERIFY(TestClient::waitUntil(
        [&] { return count(QStringLiteral("SELECT count(*) FROM holds WHERE hold_id = ? AND state = 3"), {*h}) == 1; },
        5000));
    for (const MessageType type : {MessageType::Release, MessageType::Extend}) {
        const auto theirs = carl.request(type, {{Key::Event, Theatre}, {Key::Hold, *h}});
        const auto none = carl.request(type, {{Key::Event, Theatre}, {Key::Hold, 999999999}});
        QVERIFY(theirs && theirs->isError() && none && none->isError());
        QCOMPARE(int(none->errorCode()), int(ErrorCode::UnknownHold));
        QCOMPARE(int(theirs->errorCode()), int(ErrorCode::UnknownHold));
        QCOMPARE(theirs->errorMessage(), none->errorMessage());
        const auto mine = clara.request(type, {{Key::Event, Theatre}, {Key::Hold, *h}});
        QVERIFY(mine && mine->isError());
        QCOMPARE(int(mine->errorCode()), int(ErrorCode::HoldExpired));
    }
}

void tst_Orders::cancelOrder_releasesSeats()
{
    TestClient &clerk = *m_clara;
    const QCborMap created = order(clerk, {110, 111});
    QVERIFY(!created.isEmpty());
    const qint64 orderId = created.value(Key::Order).toInteger();
    QCborMap ref;
    ref.insert(Key::Order, orderId);
    const auto r = clerk.request(MessageType::CancelOrder, ref);
    QVERIFY(r);
    QVERIFY2(!r->isError(), qPrintable(r->errorMessage()));
    QCOMPARE(r->result().value(Key::Released).toInteger(), 2);
    QCOMPARE(count(QStringLiteral(
                 "SELECT count(*) FROM event_seats WHERE event_id = 1 AND seat_index IN (110, 111)"
                 " AND state = 0")),
             2);
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT state FROM orders WHERE order_id = ?"), {orderId}).toString(),
             QStringLiteral("cancelled"));
    // A cancelled order can be neither paid nor cancelled again.
    const auto again = clerk.request(MessageType::CancelOrder, ref);
    QVERIFY(again && again->isError());
    QCOMPARE(int(again->errorCode()), int(ErrorCode::OrderState));
    const auto paid = pay(clerk, orderId, newKey(m_key), QStringLiteral("cash"), 100000);
    QVERIFY(paid && paid->isError());
    QCOMPARE(int(paid->errorCode()), int(ErrorCode::OrderState));
    // Someone else can hold the seats now.
    TestClient buyer;
    QVERIFY2(buyer.open(m_server.url()), qPrintable(buyer.lastError()));
    QVERIFY(hold(buyer, {110, 111}));
}

void tst_Orders::getOrder_byNumber_withHistory()
{
    TestClient &clerk = *m_clara;
    QCborMap customer;
    customer.insert(Key::Name, QStringLiteral("Bea"));
    customer.insert(Key::Phone, QStringLiteral("+43 1 234"));
    const QCborMap created = order(clerk, {120, 121}, customer);
    QVERIFY(!created.isEmpty());
    const qint64 orderId = created.value(Key::Order).toInteger();
    QVERIFY(pay(clerk, orderId, newKey(m_key), QStringLiteral("cash"), 20000));

    // By number as a clerk reads it over the phone: lower case, without the dash, O for 0.
    QString spoken = created.value(Key::OrderNumber).toString().remove(QLatin1Char('-')).toLower();
    spoken.replace(QLatin1Char('0'), QLatin1Char('o'));
    TestClient &analyst = *m_fiona;
    QCborMap q;
    q.insert(Key::OrderNumber, spoken);
    const auto r = analyst.request(MessageType::GetOrder, q);
    QVERIFY(r);
    QVERIFY2(!r->isError(), qPrintable(r->errorMessage()));
    const QCborMap o = r->result();
    QCOMPARE(o.value(Key::Order).toInteger(), orderId);
    QCOMPARE(o.value(Key::State).toString(), QStringLiteral("completed"));
    QCOMPARE(o.value(Key::Customer).toMap().value(Key::Name).toString(), QStringLiteral("Bea"));
    QCOMPARE(o.value(Key::Customer).toMap().value(Key::Phone).toString(), QStringLiteral("+43 1 234"));
    const QCborArray tickets = o.value(Key::Tickets).toArray();
    QCOMPARE(tickets.size(), 2);
    QCOMPARE(tickets.at(0).toMap().value(Key::Section).toString(), QStringLiteral("Stalls"));
    QCOMPARE(tickets.at(0).toMap().value(Key::Row).toString(), QStringLiteral("C"));
    QCOMPARE(tickets.at(0).toMap().value(Key::SeatNumber).toInteger(), 21);
    QCOMPARE(o.value(Key::Payments).toArray().size(), 1);
    QCOMPARE(o.value(Key::Payments).toArray().at(0).toMap().value(Key::Method).toString(),
             QStringLiteral("cash"));
    QStringList actions;
    for (const QCborValue &h : o.value(Key::History).toArray())
        actions.append(h.toMap().value(Key::Action).toString());
    QCOMPARE(actions, (QStringList{QStringLiteral("order.create"), QStringLiteral("order.sold"),
                                   QStringLiteral("payment.cash")}));

    QCborMap none;
    none.insert(Key::OrderNumber, QStringLiteral("ZZZZ-ZZZZ"));
    const auto missing = analyst.request(MessageType::GetOrder, none);
    QVERIFY(missing && missing->isError());
    QCOMPARE(int(missing->errorCode()), int(ErrorCode::UnknownOrder));
}

void tst_Orders::card_withoutGateway_paymentUnavailable()
{
    TestClient buyer;
    QVERIFY2(buyer.open(m_server.url()), qPrintable(buyer.lastError()));
    const QCborMap created = order(buyer, {130});
    QVERIFY(!created.isEmpty());
    QVERIFY(created.value(Key::Card).toMap().value(Key::TokenizeUrl).isNull());
    QCborMap f;
    f.insert(Key::Order, created.value(Key::Order).toInteger());
    f.insert(Key::PaymentKey, newKey(m_key));
    f.insert(Key::Method, QStringLiteral("card"));
    f.insert(Key::Token, QStringLiteral("tok_whatever"));
    const auto r = buyer.request(MessageType::PayOrder, f);
    QVERIFY(r && r->isError());
    QCOMPARE(int(r->errorCode()), int(ErrorCode::PaymentUnavailable));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM payments WHERE order_id = ?"),
                   {created.value(Key::Order).toInteger()}),
             0);
}

QTEST_GUILESS_MAIN(tst_Orders)
#include "tst_orders.moc"
