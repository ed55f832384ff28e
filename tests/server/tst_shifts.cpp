// Cash shifts and order lookup against the real server and PostgreSQL (docs/payments.md,
// "Shifts"; docs/protocol.md, "Refunds, exchanges, lookup and shifts"): the drawer's expected
// cash is the float plus the cash taken minus the cash given back; FindOrders finds an order by
// its number, its customer's name, e-mail or phone, and by the code on one of its tickets.

#include "serverprocess.h"
#include "testaccounts.h"
#include "testclient.h"
#include "testdatabase.h"

#include <QCborArray>
#include <QCoreApplication>
#include <QTest>

using namespace BoxOffice::Shared;
using namespace BoxOffice::Test;

namespace {
const QString Password = QStringLiteral("shifts test password");
constexpr qint64 Hamlet = 1;
constexpr qint64 SeatPrice = 8900; // seats 0..499 of Hamlet
} // namespace

class tst_Shifts : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void shift_cashSalesAndRefund_expectedAndDifference();
    void findOrders_byNumberNameEmailPhoneAndTicketCode();

private:
    /** A cash sale of seats of Hamlet with an optional customer: the PayOrder result. */
    QCborMap sellCash(const QList<int> &seats, qint64 tendered, const QCborMap &customer = {});
    QList<qint64> found(const QString &query);
    QString newKey() { return QStringLiteral("shifts-test-key-%1").arg(++m_key, 4, 10, QLatin1Char('0')); }

    TestDatabase m_db;
    ServerProcess m_server;
    TestClient m_clerk;
    int m_key = 0;
};

void tst_Shifts::initTestCase()
{
    QString error;
    QVERIFY2(m_db.create(QStringLiteral("shifts"), &error), qPrintable(error));
    QVERIFY2(m_server.start(m_db, {QStringLiteral("--load-demo")}, &error), qPrintable(error));
    QVERIFY(createStaffUser(m_db, QStringLiteral("sam"), QStringLiteral("clerk"), Password));
    QVERIFY2(m_clerk.openWithoutSession(m_server.url()) && m_clerk.signIn(QStringLiteral("sam"), Password),
             qPrintable(m_clerk.lastError()));
}

void tst_Shifts::cleanupTestCase()
{
    QCOMPARE(m_server.terminate(), 0);
}

QCborMap tst_Shifts::sellCash(const QList<int> &seats, qint64 tendered, const QCborMap &customer)
{
    QCborArray a;
    for (int s : seats)
        a.append(s);
    const auto held = m_clerk.request(MessageType::Hold, QCborMap{{Key::Event, Hamlet}, {Key::Seats, a}});
    if (!held || held->isError())
        return {};
    QCborMap create{{Key::Event, Hamlet}, {Key::Holds, QCborArray{held->result().value(Key::Hold)}}};
    if (!customer.isEmpty())
        create.insert(Key::Customer, customer);
    const auto created = m_clerk.request(MessageType::CreateOrder, create);
    if (!created || created->isError())
        return {};
    const auto paid =
        m_clerk.request(MessageType::PayOrder, QCborMap{{Key::Order, created->result().value(Key::Order)},
                                                        {Key::PaymentKey, newKey()},
                                                        {Key::Method, QStringLiteral("cash")},
                                                        {Key::Tendered, tendered}});
    if (!paid || paid->isError()) {
        qWarning() << "PayOrder failed" << (paid ? paid->errorMessage() : QStringLiteral("no reply"));
        return {};
    }
    return paid->result();
}

void tst_Shifts::shift_cashSalesAndRefund_expectedAndDifference()
{
    const auto none = m_clerk.request(MessageType::GetShift);
    QVERIFY(none && !none->isError());
    QVERIFY(none->result().value(Key::Shift).isNull());
    const auto noClose = m_clerk.request(MessageType::CloseShift, QCborMap{{Key::Counted, 0}});
    QVERIFY(noClose && noClose->isError());
    QCOMPARE(noClose->errorCode(), ErrorCode::NoOpenShift);

    const auto opened = m_clerk.request(MessageType::OpenShift, QCborMap{{Key::Float, 10000}});
    QVERIFY(opened);
    QVERIFY2(!opened->isError(), qPrintable(opened->errorMessage()));
    const qint64 shift = opened->result().value(Key::Shift).toInteger();
    QVERIFY(shift > 0);
    QCOMPARE(opened->result().value(Key::Float).toInteger(), 10000);
    QCOMPARE(opened->result().value(Key::Expected).toInteger(), 10000);
    QVERIFY(opened->result().value(Key::Closed).isNull());

    // One open shift per clerk.
    const auto second = m_clerk.request(MessageType::OpenShift, QCborMap{{Key::Float, 5000}});
    QVERIFY(second && second->isError());
    QCOMPARE(second->errorCode(), ErrorCode::ShiftOpen);
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT count(*) FROM shifts WHERE clerk = 'sam'")).toInt(), 1);

    // Two cash sales (change given does not count: the drawer keeps the total) and a refund.
    const QCborMap a = sellCash({100, 101}, 20000);
    QVERIFY(!a.isEmpty());
    const QCborMap b = sellCash({102}, SeatPrice);
    QVERIFY(!b.isEmpty());
    const qint64 refundSerial = a.value(Key::Tickets).toArray().at(0).toMap().value(Key::Serial).toInteger();
    const auto refunded =
        m_clerk.request(MessageType::RefundOrder, QCborMap{{Key::Order, a.value(Key::Order)},
                                                           {Key::Tickets, QCborArray{refundSerial}},
                                                           {Key::PaymentKey, newKey()}});
    QVERIFY(refunded);
    QVERIFY2(!refunded->isError(), qPrintable(refunded->errorMessage()));

    const qint64 cashIn = 3 * SeatPrice;
    const qint64 cashOut = SeatPrice;
    const qint64 expected = 10000 + cashIn - cashOut;
    const auto running = m_clerk.request(MessageType::GetShift);
    QVERIFY(running && !running->isError());
    QCOMPARE(running->result().value(Key::Shift).toInteger(), shift);
    QCOMPARE(running->result().value(Key::CashIn).toInteger(), cashIn);
    QCOMPARE(running->result().value(Key::CashOut).toInteger(), cashOut);
    QCOMPARE(running->result().value(Key::Expected).toInteger(), expected);
    QVERIFY(running->result().value(Key::Difference).isNull());

    const auto closed = m_clerk.request(MessageType::CloseShift, QCborMap{{Key::Counted, expected - 150}});
    QVERIFY(closed);
    QVERIFY2(!closed->isError(), qPrintable(closed->errorMessage()));
    const QCborMap r = closed->result();
    QCOMPARE(r.value(Key::Shift).toInteger(), shift);
    QVERIFY(r.value(Key::Opened).toInteger() > 0);
    QVERIFY(r.value(Key::Closed).toInteger() >= r.value(Key::Opened).toInteger());
    QCOMPARE(r.value(Key::Float).toInteger(), 10000);
    QCOMPARE(r.value(Key::CashIn).toInteger(), cashIn);
    QCOMPARE(r.value(Key::CashOut).toInteger(), cashOut);
    QCOMPARE(r.value(Key::Expected).toInteger(), expected);
    QCOMPARE(r.value(Key::Counted).toInteger(), expected - 150);
    QCOMPARE(r.value(Key::Difference).toInteger(), -150);
    const QCborArray byMethod = r.value(Key::ByMethod).toArray();
    QCOMPARE(byMethod.size(), 1);
    const QCborMap cash = byMethod.at(0).toMap();
    QCOMPARE(cash.value(Key::Method).toString(), QStringLiteral("cash"));
    QCOMPARE(cash.value(Key::Count).toInteger(), 2);
    QCOMPARE(cash.value(Key::Amount).toInteger(), cashIn);
    QCOMPARE(cash.value(QStringLiteral("refunds")).toInteger(), 1);
    QCOMPARE(cash.value(QStringLiteral("refunded")).toInteger(), cashOut);
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE target = ? AND action IN"
                                        " ('shift.open', 'shift.close')"),
                         {QStringLiteral("shift:%1").arg(shift)})
                 .toInt(),
             2);

    // Closed: no open shift; a new one may be opened.
    const auto after = m_clerk.request(MessageType::GetShift);
    QVERIFY(after && after->result().value(Key::Shift).isNull());
    const auto again = m_clerk.request(MessageType::OpenShift, QCborMap{{Key::Float, 0}});
    QVERIFY(again && !again->isError());
    QVERIFY(again->result().value(Key::Shift).toInteger() != shift);
    QVERIFY(m_clerk.request(MessageType::CloseShift, QCborMap{{Key::Counted, 0}}));
}

QList<qint64> tst_Shifts::found(const QString &query)
{
    QList<qint64> ids;
    const auto r = m_clerk.request(MessageType::FindOrders, QCborMap{{Key::Query, query}});
    if (!r || r->isError()) {
        qWarning() << "FindOrders failed" << (r ? r->errorMessage() : QStringLiteral("no reply"));
        return ids;
    }
    for (const QCborValue &o : r->result().value(Key::Orders).toArray())
        ids.append(o.toMap().value(Key::Order).toInteger());
    return ids;
}

void tst_Shifts::findOrders_byNumberNameEmailPhoneAndTicketCode()
{
    const QCborMap customer{{Key::Name, QStringLiteral("Zelda Quartermain")},
                            {Key::Email, QStringLiteral("Zelda.Q@Example.org")},
                            {Key::Phone, QStringLiteral("+49 30 1234-5678")}};
    const QCborMap first = sellCash({200}, SeatPrice, customer);
    const QCborMap second = sellCash({201}, SeatPrice, customer);
    const QCborMap other = sellCash({202}, SeatPrice,
                                    QCborMap{{Key::Name, QStringLiteral("Otto Normal")},
                                             {Key::Email, QStringLiteral("otto@example.org")}});
    QVERIFY(!first.isEmpty() && !second.isEmpty() && !other.isEmpty());
    const qint64 id1 = first.value(Key::Order).toInteger();
    const qint64 id2 = second.value(Key::Order).toInteger();
    const QString number = first.value(Key::OrderNumber).toString(); // "XXXX-XXXX"
    QCOMPARE(number.size(), 9);

    QCOMPARE(found(number), QList<qint64>{id1});
    QCOMPARE(found(number.toLower().remove(QLatin1Char('-'))), QList<qint64>{id1});
    // Newest first.
    QCOMPARE(found(QStringLiteral("quarterm")), (QList<qint64>{id2, id1}));
    QCOMPARE(found(QStringLiteral("ZELDA.Q@EXAMPLE.ORG")), (QList<qint64>{id2, id1}));
    QCOMPARE(found(QStringLiteral("+49 (30) 12345678")), (QList<qint64>{id2, id1}));
    QCOMPARE(found(QStringLiteral("Otto")), QList<qint64>{other.value(Key::Order).toInteger()});
    QVERIFY(found(QStringLiteral("nobody-by-this-name")).isEmpty());
    QVERIFY(found(QStringLiteral("%%")).isEmpty()); // a wildcard is text, never "everything"

    // The code on a ticket (as a scanner types it: in lower case with spaces is fine too).
    const QString code = second.value(Key::Tickets).toArray().at(0).toMap().value(Key::Code).toString();
    QCOMPARE(code.size(), 136);
    QCOMPARE(found(code), QList<qint64>{id2});
    QString altered = code;
    altered[20] = altered[20] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    QVERIFY(found(altered).isEmpty());

    const auto r = m_clerk.request(MessageType::FindOrders, QCborMap{{Key::Query, number}, {Key::Limit, 5}});
    QVERIFY(r && !r->isError());
    const QCborMap o = r->result().value(Key::Orders).toArray().at(0).toMap();
    QCOMPARE(o.value(Key::OrderNumber).toString(), number);
    QCOMPARE(o.value(Key::State).toString(), QStringLiteral("completed"));
    QCOMPARE(o.value(Key::Event).toInteger(), Hamlet);
    QCOMPARE(o.value(Key::EventName).toString(), QStringLiteral("Hamlet"));
    QCOMPARE(o.value(Key::Customer).toMap().value(Key::Name).toString(), QStringLiteral("Zelda Quartermain"));
    QCOMPARE(o.value(Key::Total).toInteger(), SeatPrice);
    QCOMPARE(o.value(Key::Currency).toString(), QStringLiteral("EUR"));
    QVERIFY(o.value(Key::Created).toInteger() > 0);
    QCOMPARE(o.value(Key::Seats).toArray(), QCborArray{200});

    const auto blank =
        m_clerk.request(MessageType::FindOrders, QCborMap{{Key::Query, QStringLiteral("   ")}});
    QVERIFY(blank && blank->isError());
    QCOMPARE(blank->errorCode(), ErrorCode::BadField);
}

QTEST_GUILESS_MAIN(tst_Shifts)
#include "tst_shifts.moc"
