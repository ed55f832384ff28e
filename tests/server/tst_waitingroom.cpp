// The waiting room on one server node and the real database (issue 13): every refusal of
// queue tickets and admission tokens, the pre-queue shuffle (places independent of arrival
// order, in several independent runs), first come first served after the on-sale and
// admission in queue order, the end of the shopping window releasing the buyer's holds,
// tokens surviving a restart, clerks never queued, and no database row per waiting buyer.

#include "serverprocess.h"
#include "testaccounts.h"
#include "testclient.h"
#include "testdatabase.h"

#include <QCborArray>
#include <QDateTime>
#include <QTcpSocket>
#include <QTest>

#include <algorithm>
#include <memory>
#include <vector>

using namespace BoxOffice::Shared;
using namespace BoxOffice::Test;

namespace {

constexpr qint64 Refusals = 1;            // Hamlet: refusals and the window's end (window 3 s)
const QList<qint64> ShuffleRuns{2, 3, 4}; // each an independent shuffle
constexpr qint64 Fifo = 2;                // later joiners of run 2 queue behind its pre-queue
constexpr int PerRun = 50;
constexpr int Later = 15;
constexpr qint64 OnSaleInMs = 12000;
const QString Password = QStringLiteral("waiting-room-test-password");

struct Buyer
{
    std::unique_ptr<TestClient> client;
    QString ticket;
    qint64 place = 0;
    qint64 admittedAtMs = -1; // when its admission push arrived
};

QCborMap holdFields(qint64 event, const QList<int> &seats)
{
    QCborArray a;
    for (int s : seats)
        a.append(s);
    QCborMap f;
    f.insert(Key::Event, event);
    f.insert(Key::Seats, a);
    return f;
}

QCborMap eventField(qint64 event, const QString &key = {}, const QString &value = {})
{
    QCborMap f;
    f.insert(Key::Event, event);
    if (!key.isEmpty())
        f.insert(key, value);
    return f;
}

/** Kendall's tau between arrival order (the index) and the places. */
double kendallTau(const QList<qint64> &places)
{
    qint64 concordant = 0, discordant = 0;
    for (qsizetype i = 0; i < places.size(); ++i)
        for (qsizetype j = i + 1; j < places.size(); ++j)
            (places[j] > places[i] ? concordant : discordant) += 1;
    return double(concordant - discordant) / double(concordant + discordant);
}

int errorCode(const std::optional<Frame> &reply)
{
    return reply && reply->isError() ? int(reply->errorCode()) : (reply ? 0 : -1);
}

} // namespace

class tst_WaitingRoom : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void beforeOnSale_everyRefusal_andClerksNotQueued();
    void preQueue_shuffled_independentOfArrival();
    void metrics_showTheQueue();
    void afterOnSale_firstComeFirstServed_andAdmittedInQueueOrder();
    void admitted_tokenBoundToSession_windowEndReleasesHolds();
    void token_survivesRestart();
    void noDatabaseRowPerWaitingBuyer();

private:
    bool join(Buyer &b, qint64 event);
    QByteArray metrics();
    bool waitAdmitted(std::vector<Buyer> &buyers, int timeoutMs);

    TestDatabase m_db;
    ServerProcess m_server;
    qint64 m_onSaleMs = 0;
    Buyer m_first; // of the refusals event
    std::vector<std::vector<Buyer>> m_runs;
    std::vector<Buyer> m_later;
    int m_exchanges = 0;
};

void tst_WaitingRoom::initTestCase()
{
    QString error;
    QVERIFY2(m_db.create(QStringLiteral("waitingroom"), &error), qPrintable(error));
    m_onSaleMs = QDateTime::currentMSecsSinceEpoch() + OnSaleInMs;
    const QString onSale = QDateTime::fromMSecsSinceEpoch(m_onSaleMs, Qt::UTC).toString(Qt::ISODateWithMs);
    QStringList args{QStringLiteral("--load-demo")};
    args << QStringLiteral("--waiting-room")
         << QStringLiteral("event=%1,prequeue=1h,rate=6000,active=1000,window=3s,onsale=%2")
                .arg(Refusals)
                .arg(onSale);
    for (qint64 e : ShuffleRuns)
        args << QStringLiteral("--waiting-room")
             << QStringLiteral("event=%1,prequeue=1h,rate=1200,active=1000,window=10m,onsale=%2")
                    .arg(e)
                    .arg(onSale);
    QVERIFY2(createStaffUser(m_db, QStringLiteral("clerk"), QStringLiteral("clerk"), Password),
             "cannot create the clerk");
    QVERIFY2(m_server.start(m_db, args, &error), qPrintable(error));
}

bool tst_WaitingRoom::join(Buyer &b, qint64 event)
{
    if (!b.client) {
        b.client = std::make_unique<TestClient>();
        if (!b.client->open(m_server.url()))
            return false;
        connect(b.client.get(), &TestClient::pushReceived, this, [&b](const Frame &push) {
            if (push.type == MessageType::QueuePosition && push.body.value(Key::Admitted).toBool() &&
                b.admittedAtMs < 0)
                b.admittedAtMs = QDateTime::currentMSecsSinceEpoch();
        });
    }
    const auto r = b.client->request(MessageType::QueueJoin, eventField(event));
    if (!r || r->isError())
        return false;
    b.ticket = r->result().value(Key::Ticket).toString();
    b.place = r->result().value(Key::Place).toInteger();
    return !b.ticket.isEmpty();
}

bool tst_WaitingRoom::waitAdmitted(std::vector<Buyer> &buyers, int timeoutMs)
{
    return TestClient::waitUntil(
        [&] {
            return std::all_of(buyers.begin(), buyers.end(),
                               [](const Buyer &b) { return b.admittedAtMs >= 0; });
        },
        timeoutMs);
}

void tst_WaitingRoom::beforeOnSale_everyRefusal_andClerksNotQueued()
{
    Buyer &a = m_first;
    QVERIFY(join(a, Refusals));
    // Hold, BestAvailable and CreateOrder need admission while the room is active.
    QCOMPARE(errorCode(a.client->request(MessageType::Hold, holdFields(Refusals, {1, 2}))),
             int(ErrorCode::AdmissionRequired));
    QCborMap best = eventField(Refusals);
    best.insert(Key::Count, 2);
    QCOMPARE(errorCode(a.client->request(MessageType::BestAvailable, best)),
             int(ErrorCode::AdmissionRequired));
    QCborMap order = eventField(Refusals);
    order.insert(Key::Holds, QCborArray{1});
    QCOMPARE(errorCode(a.client->request(MessageType::CreateOrder, order)),
             int(ErrorCode::AdmissionRequired));

    // Joining again (same connection, or another connection of the session) keeps the place.
    const auto again = a.client->request(MessageType::QueueJoin, eventField(Refusals));
    QVERIFY(again && !again->isError());
    QCOMPARE(again->result().value(Key::Ticket).toString(), a.ticket);
    TestClient second;
    QVERIFY2(second.open(m_server.url(), 10000, a.client->token()), qPrintable(second.lastError()));
    const auto withTicket =
        second.request(MessageType::QueueJoin, eventField(Refusals, Key::Ticket, a.ticket));
    QVERIFY(withTicket && !withTicket->isError());
    QCOMPARE(withTicket->result().value(Key::Place).toInteger(), a.place);
    QVERIFY(withTicket->result().value(Key::Position).toInteger() >= 1);
    QCOMPARE(withTicket->result().value(Key::Admitted).toBool(), false);

    // Not yet: before the on-sale nobody is admitted.
    QCOMPARE(
        errorCode(a.client->request(MessageType::QueueAdmit, eventField(Refusals, Key::Ticket, a.ticket))),
        int(ErrorCode::QueueNotYet));
    // Another session's ticket, another event's, altered, made up.
    TestClient other;
    QVERIFY2(other.open(m_server.url()), qPrintable(other.lastError()));
    QCOMPARE(errorCode(other.request(MessageType::QueueAdmit, eventField(Refusals, Key::Ticket, a.ticket))),
             int(ErrorCode::QueueTicketInvalid));
    QCOMPARE(errorCode(other.request(MessageType::QueueJoin, eventField(Refusals, Key::Ticket, a.ticket))),
             int(ErrorCode::QueueTicketInvalid));
    QCOMPARE(errorCode(a.client->request(MessageType::QueueAdmit, eventField(2, Key::Ticket, a.ticket))),
             int(ErrorCode::QueueTicketInvalid));
    QString altered = a.ticket;
    altered[10] = altered[10] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    QCOMPARE(
        errorCode(a.client->request(MessageType::QueueAdmit, eventField(Refusals, Key::Ticket, altered))),
        int(ErrorCode::QueueTicketInvalid));
    QCOMPARE(errorCode(a.client->request(MessageType::QueueJoin,
                                         eventField(Refusals, Key::Ticket, QStringLiteral("q1.AAAA")))),
             int(ErrorCode::QueueTicketInvalid));
    QCOMPARE(errorCode(a.client->request(MessageType::QueueAdmit,
                                         eventField(Refusals, Key::Token, QStringLiteral("a1.forged")))),
             int(ErrorCode::QueueTicketInvalid));
    // A ticket is no token, and the other way round.
    QCOMPARE(
        errorCode(a.client->request(MessageType::QueueAdmit, eventField(Refusals, Key::Token, a.ticket))),
        int(ErrorCode::QueueTicketInvalid));
    // An event without a waiting room.
    QCOMPARE(errorCode(a.client->request(MessageType::QueueJoin, eventField(999))),
             int(ErrorCode::UnknownEvent));

    // Clerks at the counter are never queued: they hold at once and cannot join.
    TestClient clerk;
    QVERIFY(clerk.openWithoutSession(m_server.url()));
    QVERIFY(clerk.signIn(QStringLiteral("clerk"), Password));
    const auto held = clerk.request(MessageType::Hold, holdFields(Refusals, {1900, 1901}));
    QVERIFY2(held && !held->isError(), held ? qPrintable(held->errorMessage()) : "no reply");
    QCOMPARE(errorCode(clerk.request(MessageType::QueueJoin, eventField(Refusals))),
             int(ErrorCode::PermissionDenied));
}

void tst_WaitingRoom::preQueue_shuffled_independentOfArrival()
{
    // Several runs (one per event: each its own shuffle), buyers joining one after another.
    QVERIFY(QDateTime::currentMSecsSinceEpoch() < m_onSaleMs - 2000);
    m_runs.resize(ShuffleRuns.size());
    for (qsizetype r = 0; r < ShuffleRuns.size(); ++r) {
        m_runs[r].resize(PerRun);
        for (Buyer &b : m_runs[r])
            QVERIFY(join(b, ShuffleRuns[r]));
    }
    QVERIFY2(QDateTime::currentMSecsSinceEpoch() < m_onSaleMs,
             "the joins took too long for the test's on-sale");
    QList<QList<int>> firstPlaces;
    for (qsizetype r = 0; r < ShuffleRuns.size(); ++r) {
        QList<qint64> places;
        for (const Buyer &b : m_runs[r])
            places.append(b.place);
        // For 50 independent places Kendall's tau has a standard deviation of about 0.1:
        // 0.4 is four of them. Arrival order would give 1.
        const double tau = kendallTau(places);
        QVERIFY2(std::abs(tau) < 0.4, qPrintable(QStringLiteral("run %1: tau %2").arg(r).arg(tau)));
        QList<qint64> sorted = places;
        std::sort(sorted.begin(), sorted.end());
        QVERIFY2(sorted != places, "places follow arrival order");
        // Where the first five arrivals ended up, to compare the runs.
        QList<int> ranks;
        for (int i = 0; i < 5; ++i)
            ranks.append(int(sorted.indexOf(places[i])));
        firstPlaces.append(ranks);
    }
    QVERIFY2(firstPlaces[0] != firstPlaces[1] || firstPlaces[1] != firstPlaces[2],
             "the same arrivals got the same ranks in every run");
}

QByteArray tst_WaitingRoom::metrics()
{
    QTcpSocket http;
    http.connectToHost(QHostAddress::LocalHost, m_server.httpPort());
    if (!http.waitForConnected(5000))
        return {};
    http.write("GET /metrics HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    QByteArray in;
    while (http.waitForReadyRead(3000))
        in += http.readAll();
    return in;
}

void tst_WaitingRoom::metrics_showTheQueue()
{
    // Before the on-sale: each run's 50 buyers wait, nobody is admitted, at the configured rate.
    QByteArray text;
    auto value = [&](const char *name, qint64 event) -> qint64 {
        for (const QByteArray &line : text.split('\n'))
            if (line.startsWith(QByteArray(QByteArray(name) + "{node=")) &&
                line.contains(QByteArray(",event=\"" + QByteArray::number(event) + "\"} ")))
                return line.mid(line.lastIndexOf(' ') + 1).toLongLong();
        return -1;
    };
    QVERIFY(TestClient::waitUntil(
        [&] {
            text = metrics();
            return value("boxoffice_waiting_room_queue_length", 3) == PerRun;
        },
        5000));
    QCOMPARE(value("boxoffice_waiting_room_waiting_here", 3), qint64(PerRun));
    QCOMPARE(value("boxoffice_waiting_room_admitted_total", 3), 0);
    QCOMPARE(value("boxoffice_waiting_room_active", 3), 0);
    QCOMPARE(value("boxoffice_waiting_room_admission_rate_limit", 3), 1200);
    QCOMPARE(value("boxoffice_waiting_room_admitted_last_minute", 3), 0);
    QVERIFY(value("boxoffice_waiting_room_wait_seconds", 3) > 0);
    QVERIFY(QDateTime::currentMSecsSinceEpoch() < m_onSaleMs);
}

void tst_WaitingRoom::afterOnSale_firstComeFirstServed_andAdmittedInQueueOrder()
{
    QVERIFY(
        TestClient::waitUntil([&] { return QDateTime::currentMSecsSinceEpoch() > m_onSaleMs + 50; }, 20000));
    std::vector<Buyer> &pre = m_runs[0];
    const qint64 lastPre = std::max_element(pre.begin(), pre.end(), [](const Buyer &x, const Buyer &y) {
                               return x.place < y.place;
                           })->place;
    m_later.resize(Later);
    qint64 previous = 0;
    for (Buyer &b : m_later) {
        QTest::qWait(3); // distinct milliseconds of arrival
        QVERIFY(join(b, Fifo));
        QVERIFY2(b.place > lastPre, "a later joiner got ahead of the pre-queue");
        QVERIFY2(b.place > previous, "later joiners are not in arrival order");
        previous = b.place;
    }
    // 1,200 a minute: all 65 in a few seconds, a few each tick.
    QVERIFY(waitAdmitted(pre, 20000));
    QVERIFY(waitAdmitted(m_later, 20000));
    std::vector<const Buyer *> all;
    for (const Buyer &b : pre)
        all.push_back(&b);
    for (const Buyer &b : m_later)
        all.push_back(&b);
    // Admission follows the places: nobody lower was admitted a tick (250 ms) after a higher one.
    int unfair = 0;
    for (const Buyer *x : all)
        for (const Buyer *y : all)
            if (x->place < y->place && x->admittedAtMs > y->admittedAtMs + 150)
                ++unfair;
    QCOMPARE(unfair, 0);
    // And not all at once: the rate spread them over several ticks.
    const auto [first, last] =
        std::minmax_element(all.begin(), all.end(),
                            [](const Buyer *x, const Buyer *y) { return x->admittedAtMs < y->admittedAtMs; });
    QVERIFY2((*last)->admittedAtMs - (*first)->admittedAtMs >= 2000,
             qPrintable(QStringLiteral("65 buyers at 1,200 a minute admitted within %1 ms")
                            .arg((*last)->admittedAtMs - (*first)->admittedAtMs)));
}

void tst_WaitingRoom::admitted_tokenBoundToSession_windowEndReleasesHolds()
{
    Buyer &a = m_first;
    QVERIFY(TestClient::waitUntil([&] { return a.admittedAtMs >= 0; }, 10000));
    const auto admit =
        a.client->request(MessageType::QueueAdmit, eventField(Refusals, Key::Ticket, a.ticket));
    QVERIFY2(admit && !admit->isError(), admit ? qPrintable(admit->errorMessage()) : "no reply");
    ++m_exchanges;
    const QString token = admit->result().value(Key::Token).toString();
    const qint64 expires = admit->result().value(Key::Expires).toInteger();
    QVERIFY(expires > QDateTime::currentMSecsSinceEpoch() &&
            expires < QDateTime::currentMSecsSinceEpoch() + 4000);
    // The grant names the admission point it was made under: past the buyer's place.
    QVERIFY2(admit->result().value(Key::Point).toInteger() > a.place,
             qPrintable(QStringLiteral("point %1, place %2")
                            .arg(admit->result().value(Key::Point).toInteger())
                            .arg(a.place)));
    // Exchanging again gets the same window, not a new one.
    const auto twice =
        a.client->request(MessageType::QueueAdmit, eventField(Refusals, Key::Ticket, a.ticket));
    QVERIFY(twice && !twice->isError());
    QCOMPARE(twice->result().value(Key::Expires).toInteger(), expires);

    const auto held = a.client->request(MessageType::Hold, holdFields(Refusals, {10, 11}));
    QVERIFY2(held && !held->isError(), held ? qPrintable(held->errorMessage()) : "no reply");
    // The token on another connection of the same session: presented, then it holds too.
    TestClient second;
    QVERIFY2(second.open(m_server.url(), 10000, a.client->token()), qPrintable(second.lastError()));
    QCOMPARE(errorCode(second.request(MessageType::Hold, holdFields(Refusals, {12}))),
             0); // same session, same node
    // Another session may not use it; an altered token is refused.
    TestClient thief;
    QVERIFY2(thief.open(m_server.url()), qPrintable(thief.lastError()));
    QCOMPARE(errorCode(thief.request(MessageType::QueueAdmit, eventField(Refusals, Key::Token, token))),
             int(ErrorCode::QueueTicketInvalid));
    QCOMPARE(errorCode(thief.request(MessageType::Hold, holdFields(Refusals, {13}))),
             int(ErrorCode::AdmissionRequired));
    QString altered = token;
    altered[12] = altered[12] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    QCOMPARE(errorCode(a.client->request(MessageType::QueueAdmit, eventField(Refusals, Key::Token, altered))),
             int(ErrorCode::QueueTicketInvalid));
    QCOMPARE(errorCode(a.client->request(MessageType::QueueAdmit, eventField(2, Key::Token, token))),
             int(ErrorCode::QueueTicketInvalid));

    const QString owner = a.client->owner();
    auto heldSeats = [&] {
        return m_db
            .scalar(QStringLiteral(
                        "SELECT count(*) FROM event_seats s JOIN holds h ON h.event_id = s.event_id"
                        " AND h.hold_id = s.hold_id WHERE s.event_id = ? AND s.state = 1 AND h.owner = ?"),
                    {Refusals, owner})
            .toInt();
    };
    QCOMPARE(heldSeats(), 3);
    // The window ends (3 s): the holds are released well before their own expiry (180 s).
    QVERIFY2(TestClient::waitUntil([&] { return heldSeats() == 0; }, 8000), "holds outlived the window");
    QVERIFY(QDateTime::currentMSecsSinceEpoch() >= expires);
    QCOMPARE(
        m_db.scalar(QStringLiteral("SELECT count(*) FROM event_seats WHERE event_id = ? AND seat_index IN "
                                   "(10, 11, 12) AND state = 0"),
                    {Refusals})
            .toInt(),
        3);
    QCOMPARE(errorCode(a.client->request(MessageType::Hold, holdFields(Refusals, {20}))),
             int(ErrorCode::AdmissionExpired));
    QCOMPARE(errorCode(a.client->request(MessageType::QueueAdmit, eventField(Refusals, Key::Token, token))),
             int(ErrorCode::AdmissionExpired));
    // Queueing again does not buy a second window.
    QCOMPARE(
        errorCode(a.client->request(MessageType::QueueAdmit, eventField(Refusals, Key::Ticket, a.ticket))),
        int(ErrorCode::AdmissionExpired));
    // The clerk's hold of the counter was never touched.
    QCOMPARE(
        m_db.scalar(QStringLiteral("SELECT count(*) FROM event_seats WHERE event_id = ? AND seat_index IN "
                                   "(1900, 1901) AND state = 1"),
                    {Refusals})
            .toInt(),
        2);
}

void tst_WaitingRoom::token_survivesRestart()
{
    Buyer &b = m_runs[1][0];
    QVERIFY(b.admittedAtMs >= 0 || TestClient::waitUntil([&] { return b.admittedAtMs >= 0; }, 10000));
    const auto admit =
        b.client->request(MessageType::QueueAdmit, eventField(ShuffleRuns[1], Key::Ticket, b.ticket));
    QVERIFY2(admit && !admit->isError(), admit ? qPrintable(admit->errorMessage()) : "no reply");
    ++m_exchanges;
    const QString token = admit->result().value(Key::Token).toString();
    QCOMPARE(errorCode(b.client->request(MessageType::Hold, holdFields(ShuffleRuns[1], {100}))), 0);
    const QString session = b.client->token();

    QCOMPARE(m_server.terminate(), 0);
    QString error;
    QVERIFY2(m_server.restart(&error), qPrintable(error));
    TestClient again;
    QVERIFY2(again.open(m_server.url(), 10000, session), qPrintable(again.lastError()));
    // Nothing of the admission lives in the restarted node's memory: the token brings it.
    QCOMPARE(errorCode(again.request(MessageType::Hold, holdFields(ShuffleRuns[1], {101}))),
             int(ErrorCode::AdmissionRequired));
    const auto presented =
        again.request(MessageType::QueueAdmit, eventField(ShuffleRuns[1], Key::Token, token));
    QVERIFY2(presented && !presented->isError(),
             presented ? qPrintable(presented->errorMessage()) : "no reply");
    QCOMPARE(errorCode(again.request(MessageType::Hold, holdFields(ShuffleRuns[1], {101}))), 0);
}

void tst_WaitingRoom::noDatabaseRowPerWaitingBuyer()
{
    // 166 buyers joined; only the two that exchanged a ticket have a row. The node rows are
    // one per event and node (the restart made a second node).
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT count(*) FROM waiting_room_admissions")).toInt(),
             m_exchanges);
    QVERIFY(m_db.scalar(QStringLiteral("SELECT count(*) FROM waiting_room_nodes")).toInt() <= 2 * 4);
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT count(*) FROM waiting_rooms")).toInt(), 4);
    // The admission history is a row per step of the point, not per buyer.
    QVERIFY(m_db.scalar(QStringLiteral("SELECT count(*) FROM waiting_room_steps WHERE event_id = ?"), {Fifo})
                .toInt() < PerRun + Later);
}

QTEST_MAIN(tst_WaitingRoom)
#include "tst_waitingroom.moc"
