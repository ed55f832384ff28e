// The active limit of a waiting room and QueueLeave (issue 13, docs/waiting-room.md): with
// room for two active buyers, the third waits until one of the two leaves, not until its
// window ends; leaving ends the window (the gate refuses, the holds go back), and only an
// admitted session can leave.

#include "serverprocess.h"
#include "testclient.h"
#include "testdatabase.h"

#include <QCborArray>
#include <QDateTime>
#include <QTest>

#include <algorithm>
#include <memory>
#include <vector>

using namespace BoxOffice::Shared;
using namespace BoxOffice::Test;

namespace {

constexpr qint64 Event = 1;
constexpr int Buyers = 4;
constexpr qint64 OnSaleInMs = 4000;

struct Buyer
{
    std::unique_ptr<TestClient> client;
    QString ticket;
    qint64 place = 0;
    qint64 admittedAtMs = -1; // when its admission push arrived
};

QCborMap eventField(const QString &key = {}, const QString &value = {})
{
    QCborMap f;
    f.insert(Key::Event, Event);
    if (!key.isEmpty())
        f.insert(key, value);
    return f;
}

QCborMap holdFields(const QList<int> &seats)
{
    QCborArray a;
    for (int s : seats)
        a.append(s);
    QCborMap f = eventField();
    f.insert(Key::Seats, a);
    return f;
}

int errorCode(const std::optional<Frame> &reply)
{
    return reply && reply->isError() ? int(reply->errorCode()) : (reply ? 0 : -1);
}

} // namespace

class tst_WaitingRoomLeave : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void leaving_freesTheActivePlace_andEndsTheWindow();

private:
    TestDatabase m_db;
    ServerProcess m_server;
    qint64 m_onSaleMs = 0;
};

void tst_WaitingRoomLeave::initTestCase()
{
    QString error;
    QVERIFY2(m_db.create(QStringLiteral("waitingroomleave"), &error), qPrintable(error));
    m_onSaleMs = QDateTime::currentMSecsSinceEpoch() + OnSaleInMs;
    const QString onSale = QDateTime::fromMSecsSinceEpoch(m_onSaleMs, Qt::UTC).toString(Qt::ISODateWithMs);
    const QStringList args{QStringLiteral("--load-demo"), QStringLiteral("--waiting-room"),
                           QStringLiteral("event=%1,prequeue=1h,rate=6000,active=2,window=10m,onsale=%2")
                               .arg(Event)
                               .arg(onSale)};
    QVERIFY2(m_server.start(m_db, args, &error), qPrintable(error));
}

void tst_WaitingRoomLeave::leaving_freesTheActivePlace_andEndsTheWindow()
{
    std::vector<Buyer> buyers(Buyers);
    for (Buyer &b : buyers) {
        b.client = std::make_unique<TestClient>();
        QVERIFY2(b.client->open(m_server.url()), qPrintable(b.client->lastError()));
        connect(b.client.get(), &TestClient::pushReceived, this, [&b](const Frame &push) {
            if (push.type == MessageType::QueuePosition && push.body.value(Key::Admitted).toBool() &&
                b.admittedAtMs < 0)
                b.admittedAtMs = QDateTime::currentMSecsSinceEpoch();
        });
        const auto r = b.client->request(MessageType::QueueJoin, eventField());
        QVERIFY2(r && !r->isError(), r ? qPrintable(r->errorMessage()) : "no reply");
        b.ticket = r->result().value(Key::Ticket).toString();
        b.place = r->result().value(Key::Place).toInteger();
    }
    // Queue order: the pre-queue is shuffled, so by place (the buyers stay where their push
    // handlers point).
    std::vector<Buyer *> order;
    for (Buyer &b : buyers)
        order.push_back(&b);
    std::sort(order.begin(), order.end(), [](const Buyer *x, const Buyer *y) { return x->place < y->place; });
    Buyer &first = *order[0], &second = *order[1], &third = *order[2], &fourth = *order[3];

    // Leaving needs an admission.
    QCOMPARE(errorCode(third.client->request(MessageType::QueueLeave, eventField())),
             int(ErrorCode::AdmissionRequired));

    // Two active at most: the first two get in, the others wait.
    QVERIFY(TestClient::waitUntil([&] { return first.admittedAtMs >= 0 && second.admittedAtMs >= 0; },
                                  OnSaleInMs + 10000));
    QTest::qWait(1500); // six ticks: time enough to admit more if the limit let it
    QCOMPARE(third.admittedAtMs, -1);
    QCOMPARE(fourth.admittedAtMs, -1);

    const auto admit = first.client->request(MessageType::QueueAdmit, eventField(Key::Ticket, first.ticket));
    QVERIFY2(admit && !admit->isError(), admit ? qPrintable(admit->errorMessage()) : "no reply");
    const auto held = first.client->request(MessageType::Hold, holdFields({10, 11}));
    QVERIFY2(held && !held->isError(), held ? qPrintable(held->errorMessage()) : "no reply");

    // The first buyer is done: it leaves, and its window ends at once.
    const auto left = first.client->request(MessageType::QueueLeave, eventField());
    QVERIFY2(left && !left->isError(), left ? qPrintable(left->errorMessage()) : "no reply");
    QCOMPARE(left->result().value(Key::Admitted).toBool(), false);
    QCOMPARE(errorCode(first.client->request(MessageType::Hold, holdFields({12}))),
             int(ErrorCode::AdmissionExpired));
    QCOMPARE(errorCode(first.client->request(MessageType::QueueLeave, eventField())),
             int(ErrorCode::AdmissionExpired));

    // Its place among the active goes to the next in the queue, and only that one: the second
    // buyer (admitted, not left) still counts.
    QVERIFY(TestClient::waitUntil([&] { return third.admittedAtMs >= 0; }, 5000));
    QTest::qWait(1500);
    QCOMPARE(fourth.admittedAtMs, -1);

    // The leaver's holds went back: the next buyer can hold the same seats.
    const auto admitThird =
        third.client->request(MessageType::QueueAdmit, eventField(Key::Ticket, third.ticket));
    QVERIFY2(admitThird && !admitThird->isError(),
             admitThird ? qPrintable(admitThird->errorMessage()) : "no reply");
    QVERIFY(TestClient::waitUntil(
        [&] {
            return m_db.scalar(QStringLiteral("SELECT count(*) FROM event_seats WHERE event_id = 1"
                                              " AND seat_index IN (10, 11) AND state = 0"))
                       .toLongLong() == 2;
        },
        5000));
    const auto heldAgain = third.client->request(MessageType::Hold, holdFields({10, 11}));
    QVERIFY2(heldAgain && !heldAgain->isError(),
             heldAgain ? qPrintable(heldAgain->errorMessage()) : "no reply");

    // The database: one step freed one place, and the leaver's row says when it left.
    const auto freed =
        m_db.scalar(QStringLiteral("SELECT sum(freed) FROM waiting_room_steps WHERE event_id = 1"));
    QCOMPARE(freed.toLongLong(), 1);
    const auto leftRows = m_db.scalar(QStringLiteral(
        "SELECT count(*) FROM waiting_room_admissions WHERE event_id = 1 AND left_at IS NOT NULL"));
    QCOMPARE(leftRows.toLongLong(), 1);
}

QTEST_MAIN(tst_WaitingRoomLeave)
#include "tst_waitingroomleave.moc"
