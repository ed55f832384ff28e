// Issue 11: standing (general admission) areas sold as places, through the same inventory,
// holds and deltas as seats, against two real server nodes on one real PostgreSQL. A venue
// gets version 1 (16 seats) and version 2 (the same seats and "Lawn", 150 places); an event
// on version 1 moves onto version 2 (refused before migration 019) while watchers on both
// nodes look on: each gets the new layout and a snapshot of 166 seats and places. Places
// are then held, released, sold at the counter and admitted like seats; best available for
// seats never hands one out; buyers racing for the last places never get more than the
// capacity between them; a move is still refused while anything is held or sold.

#include "layout/layoutcodec.h"
#include "seatmap/seatlayout.h"
#include "../shared/layoutsamples.h"
#include "serverprocess.h"
#include "testaccounts.h"
#include "testclient.h"
#include "testdatabase.h"

#include <QCborArray>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

#include <memory>
#include <vector>

using namespace BoxOffice::Shared;
using namespace BoxOffice::Test;
using BoxOffice::Tests::sampleLayout;

namespace {
const QString Password = QStringLiteral("standing places password");
constexpr int Seats = 16;     // sampleLayout()'s seats: indexes 0..15
constexpr int Capacity = 150; // its standing area "Lawn": places 16..165
constexpr int MaxPerOrder = 10;

QCborMap fields(std::initializer_list<std::pair<QString, QCborValue>> list)
{
    QCborMap m;
    for (const auto &[k, v] : list)
        m.insert(k, v);
    return m;
}

QList<int> seatsOf(const Frame &reply)
{
    QList<int> seats;
    for (const QCborValue &v : reply.result().value(Key::Seats).toArray())
        seats.append(int(v.toInteger()));
    return seats;
}
} // namespace

class tst_Standing : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void moveOntoStandingVersion_allowed_seenLiveOnBothNodes();
    void bestAvailableSeats_neverStandingPlaces();
    void places_heldReleasedSoldAndAdmitted_likeSeats();
    void concurrentBuyers_lastPlaces_neverMoreThanCapacity();
    void moveRefused_whilePlacesHeldOrSold();
    void moveWithoutNotification_caughtByCatalogRefresh();

private:
    std::optional<Frame> standing(TestClient &c, int count, int area = 0);
    qint64 count(const QString &sql, const QVariantList &binds = {});
    int takenPlaces();

    TestDatabase m_db;
    ServerProcess m_nodeA;
    ServerProcess m_nodeB;
    TestClient m_organizer; // on A
    TestClient m_clerk;     // on B
    TestClient m_watcherA;
    TestClient m_watcherB;
    qint64 m_venue = 0;
    qint64 m_event = 0;
    qint64 m_layout1 = 0;
    int m_key = 0;
};

std::optional<Frame> tst_Standing::standing(TestClient &c, int n, int area)
{
    return c.request(MessageType::BestAvailable,
                     fields({{Key::Event, m_event}, {Key::Count, n}, {Key::Standing, area}}), 20000);
}

qint64 tst_Standing::count(const QString &sql, const QVariantList &binds)
{
    return m_db.scalar(sql, binds).toLongLong();
}

int tst_Standing::takenPlaces()
{
    return int(count(QStringLiteral("SELECT count(*) FROM event_seats WHERE event_id = ? AND seat_index >= ?"
                                    " AND state <> 0"),
                     {m_event, Seats}));
}

void tst_Standing::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QString error;
    QVERIFY2(m_db.create(QStringLiteral("standing"), &error), qPrintable(error));
    QVERIFY2(m_nodeA.start(m_db,
                           {QStringLiteral("--load-demo"), QStringLiteral("--node"), QStringLiteral("A")},
                           &error),
             qPrintable(error));
    QVERIFY2(m_nodeB.start(m_db,
                           {QStringLiteral("--load-demo"), QStringLiteral("--node"), QStringLiteral("B")},
                           &error),
             qPrintable(error));
    QVERIFY(createStaffUser(m_db, QStringLiteral("organizer1"), QStringLiteral("organizer"), Password));
    QVERIFY(createStaffUser(m_db, QStringLiteral("clerk1"), QStringLiteral("clerk"), Password));
    QVERIFY2(m_organizer.openWithoutSession(m_nodeA.url()), qPrintable(m_organizer.lastError()));
    QVERIFY2(m_organizer.signIn(QStringLiteral("organizer1"), Password), qPrintable(m_organizer.lastError()));
    QVERIFY2(m_clerk.openWithoutSession(m_nodeB.url()), qPrintable(m_clerk.lastError()));
    QVERIFY2(m_clerk.signIn(QStringLiteral("clerk1"), Password), qPrintable(m_clerk.lastError()));

    // Version 1: the seats only; version 2: the seats and the Lawn.
    const auto created =
        m_organizer.request(MessageType::CreateVenue, fields({{Key::Name, QStringLiteral("Open Air Park")}}));
    QVERIFY(created && !created->isError());
    m_venue = created->result().value(Key::Venue).toInteger();
    LayoutDocument seatsOnly = sampleLayout();
    seatsOnly.standingAreas.clear();
    qint64 &layout1 = m_layout1;
    for (int revision = 0; revision < 2; ++revision) {
        const auto saved = m_organizer.request(
            MessageType::SaveDraft,
            fields({{Key::Venue, m_venue},
                    {Key::Revision, revision},
                    {Key::Document, encodeLayoutWire(revision == 0 ? seatsOnly : sampleLayout())}}),
            30000);
        QVERIFY2(saved && !saved->isError(), saved ? qPrintable(saved->errorMessage()) : "no reply");
        const auto published = m_organizer.request(
            MessageType::PublishDraft, fields({{Key::Venue, m_venue}, {Key::Revision, revision + 1}}), 30000);
        QVERIFY2(published && !published->isError(), published ? qPrintable(published->errorMessage()) : "");
        if (revision == 0)
            layout1 = published->result().value(Key::Layout).toInteger();
    }
    // An event on version 1, priced (events are made in SQL until issue 12).
    m_event = count(QStringLiteral("INSERT INTO events (venue_id, layout_id, name, starts_at, onsale_from,"
                                   " onsale_until, hold_ttl_s, hold_max_s, max_seats_per_order, currency,"
                                   " seat_count) VALUES (?, ?, 'Summer Night', now() + interval '30 days',"
                                   " now() - interval '1 day', now() + interval '29 days', 180, 600, ?,"
                                   " 'EUR', ?) RETURNING event_id"),
                    {m_venue, layout1, MaxPerOrder, Seats});
    QVERIFY(m_event > 0);
    QVERIFY(m_db.exec(QStringLiteral("INSERT INTO event_seats (event_id, seat_index)"
                                     " SELECT ?, i FROM generate_series(0, ?) AS i"),
                      {m_event, Seats - 1}));
    QVERIFY(m_db.exec(QStringLiteral("INSERT INTO event_prices (event_id, category_id, price_minor)"
                                     " VALUES (?, 0, 4500), (?, 2, 2500)"),
                      {m_event, m_event}));
    // The nodes read events at start and every 5 s: wait until both know this one.
    for (ServerProcess *node : {&m_nodeA, &m_nodeB}) {
        TestClient probe;
        QVERIFY2(probe.open(node->url()), qPrintable(probe.lastError()));
        QVERIFY(TestClient::waitUntil(
            [&] {
                const auto r = probe.request(MessageType::Subscribe, fields({{Key::Event, m_event}}));
                return r && !r->isError();
            },
            15000));
    }
}

void tst_Standing::cleanupTestCase()
{
    QCOMPARE(m_nodeA.terminate(), 0);
    QCOMPARE(m_nodeB.terminate(), 0);
}

void tst_Standing::moveOntoStandingVersion_allowed_seenLiveOnBothNodes()
{
    for (TestClient *w : {&m_watcherA, &m_watcherB}) {
        QVERIFY2(w->open(w == &m_watcherA ? m_nodeA.url() : m_nodeB.url()), qPrintable(w->lastError()));
        const auto sub = w->request(MessageType::Subscribe, fields({{Key::Event, m_event}}));
        QVERIFY(sub && !sub->isError());
        QVERIFY(TestClient::waitUntil([&] { return w->hasSnapshot(m_event); }, 10000));
        QCOMPARE(w->seatStates(m_event).size(), Seats);
        const auto layout = w->request(MessageType::GetLayout, fields({{Key::Event, m_event}}));
        QVERIFY(layout && !layout->isError());
        QCOMPARE(layout->result().value(Key::SeatCount).toInteger(), Seats);
    }

    // Refused before migration 019 (StandingNotSellable); allowed now, through node A.
    const auto moved = m_organizer.request(MessageType::MoveEventLayout,
                                           fields({{Key::Event, m_event}, {Key::LayoutVersion, 2}}), 30000);
    QVERIFY(moved);
    QVERIFY2(!moved->isError(), qPrintable(moved->errorMessage()));
    QCOMPARE(moved->result().value(Key::SeatCount).toInteger(), Seats + Capacity);
    QCOMPARE(
        count(QStringLiteral("SELECT count(*) FROM event_seats WHERE event_id = ? AND state = 0"), {m_event}),
        Seats + Capacity);

    // Each watcher, on either node, gets the new layout pushed and then the new seat map.
    for (TestClient *w : {&m_watcherA, &m_watcherB}) {
        QVERIFY2(
            TestClient::waitUntil([&] { return w->seatStates(m_event).size() == Seats + Capacity; }, 10000),
            w == &m_watcherA ? "node A: no snapshot of the new seats"
                             : "node B: no snapshot of the new seats");
        QCOMPARE(w->seatStates(m_event), QByteArray(Seats + Capacity, char(0)));
        const Frame *pushed = nullptr;
        for (const Frame &p : w->pushes()) {
            if (p.type == MessageType::LayoutChanged)
                pushed = &p;
        }
        QVERIFY2(pushed, "no LayoutChanged push");
        QString error;
        const auto layout = decodeLayout(pushed->body, &error);
        QVERIFY2(layout, qPrintable(error));
        QCOMPARE(layout->eventId, m_event);
        QCOMPARE(layout->seatCount(), Seats + Capacity);
        QCOMPARE(layout->standing.size(), 1);
        const EventLayout::StandingArea &lawn = layout->standing.at(0);
        QCOMPARE(lawn.name, QStringLiteral("Lawn"));
        QCOMPARE(lawn.first, Seats);
        QCOMPARE(lawn.capacity, Capacity);
        QCOMPARE(lawn.outline.size(), 4);
        QCOMPARE(lawn.outline.at(2), QPointF(40, 10));
        QCOMPARE(layout->sections.at(lawn.section).name, QStringLiteral("Garden"));
        QCOMPARE(layout->categories.at(lawn.category).id, 2);
        for (int s = 0; s < layout->seatCount(); ++s) {
            QCOMPARE(bool(layout->seats.at(s).flags & EventLayout::Standing), s >= Seats);
            QCOMPARE(layout->standingAreaOf(s), s >= Seats ? 0 : -1);
        }
        QCOMPARE(layout->seats.at(Seats).number, 1);
        QCOMPARE(layout->seats.last().number, Capacity);
        QCOMPARE(layout->seats.last().x, 35.0f); // a place is drawn at its area's centre
        // GetLayout on that node answers the same.
        const auto got = w->request(MessageType::GetLayout, fields({{Key::Event, m_event}}));
        QVERIFY(got && !got->isError());
        QCOMPARE(decodeLayout(got->result()), layout);
    }
}

void tst_Standing::bestAvailableSeats_neverStandingPlaces()
{
    // Category 2 ("Back") has 10 seats and the Lawn's 150 places: seats run out first.
    QList<qint64> holds;
    QSet<int> got;
    for (int i = 0; i < 12; ++i) {
        const auto r = m_clerk.request(MessageType::BestAvailable,
                                       fields({{Key::Event, m_event}, {Key::Count, 1}, {Key::Category, 2}}));
        QVERIFY(r);
        if (r->isError()) {
            QCOMPARE(r->errorCode(), ErrorCode::SeatUnavailable);
            break;
        }
        holds.append(r->result().value(Key::Hold).toInteger());
        for (int s : seatsOf(*r)) {
            QVERIFY2(s < Seats, qPrintable(QStringLiteral("best available gave place %1 as a seat").arg(s)));
            got.insert(s);
        }
    }
    QCOMPARE(got.size(), 10);
    QCOMPARE(takenPlaces(), 0);
    for (qint64 h : holds) {
        const auto r = m_clerk.request(MessageType::Release, fields({{Key::Event, m_event}, {Key::Hold, h}}));
        QVERIFY(r && !r->isError());
    }
}

void tst_Standing::places_heldReleasedSoldAndAdmitted_likeSeats()
{
    // An area that does not exist, and a count above the per-order limit: refused.
    const auto none = standing(m_clerk, 1, 5);
    QVERIFY(none && none->isError());
    QCOMPARE(none->errorCode(), ErrorCode::BadField);
    const auto tooMany = standing(m_clerk, MaxPerOrder + 1);
    QVERIFY(tooMany && tooMany->isError());
    QCOMPARE(tooMany->errorCode(), ErrorCode::TooManySeats);

    // Three places through node B; the watcher on node A sees them held, then free again.
    const auto held = standing(m_clerk, 3);
    QVERIFY(held);
    QVERIFY2(!held->isError(), qPrintable(held->errorMessage()));
    const QList<int> places = seatsOf(*held);
    QCOMPARE(places.size(), 3);
    for (int p : places)
        QVERIFY(p >= Seats && p < Seats + Capacity);
    QCOMPARE(QSet<int>(places.cbegin(), places.cend()).size(), 3);
    QCOMPARE(takenPlaces(), 3);
    QVERIFY(TestClient::waitUntil(
        [&] {
            const QByteArray s = m_watcherA.seatStates(m_event);
            return std::all_of(places.cbegin(), places.cend(), [&](int p) { return s.at(p) == 1; });
        },
        5000));
    const auto released = m_clerk.request(
        MessageType::Release, fields({{Key::Event, m_event}, {Key::Hold, held->result().value(Key::Hold)}}));
    QVERIFY(released && !released->isError());
    QCOMPARE(released->result().value(Key::Released).toInteger(), 3);
    QVERIFY(
        TestClient::waitUntil([&] { return m_watcherA.seatStates(m_event) == QByteArray(166, 0); }, 5000));

    // Held by index like a seat, ordered and paid in cash at the counter.
    const auto byIndex =
        m_clerk.request(MessageType::Hold, fields({{Key::Event, m_event}, {Key::Seats, QCborArray{20, 21}}}));
    QVERIFY2(byIndex && !byIndex->isError(), byIndex ? qPrintable(byIndex->errorMessage()) : "");
    const auto order = m_clerk.request(
        MessageType::CreateOrder,
        fields({{Key::Event, m_event}, {Key::Holds, QCborArray{byIndex->result().value(Key::Hold)}}}));
    QVERIFY2(order && !order->isError(), order ? qPrintable(order->errorMessage()) : "");
    QCOMPARE(order->result().value(Key::Total).toInteger(), 2 * 2500);
    const QCborMap firstSeat = order->result().value(Key::Seats).toArray().at(0).toMap();
    QCOMPARE(firstSeat.value(Key::Row).toString(), QStringLiteral("Lawn"));
    QCOMPARE(firstSeat.value(Key::Section).toString(), QStringLiteral("Garden"));
    QCOMPARE(firstSeat.value(Key::SeatNumber).toInteger(), 20 - Seats + 1);
    QVERIFY(firstSeat.value(Key::Standing).toBool());
    const auto paid = m_clerk.request(
        MessageType::PayOrder,
        fields(
            {{Key::Order, order->result().value(Key::Order)},
             {Key::PaymentKey, QStringLiteral("standing-test-key-%1").arg(++m_key, 4, 10, QLatin1Char('0'))},
             {Key::Method, QStringLiteral("cash")},
             {Key::Tendered, 10000}}),
        20000);
    QVERIFY2(paid && !paid->isError(), paid ? qPrintable(paid->errorMessage()) : "");
    const QCborArray tickets = paid->result().value(Key::Tickets).toArray();
    QCOMPARE(tickets.size(), 2);
    QVERIFY(tickets.at(0).toMap().value(Key::Standing).toBool());
    QCOMPARE(tickets.at(0).toMap().value(Key::Row).toString(), QStringLiteral("Lawn"));
    QCOMPARE(
        count(QStringLiteral("SELECT count(*) FROM event_seats WHERE event_id = ? AND seat_index IN (20, 21)"
                             " AND state = 2"),
              {m_event}),
        2);
    QVERIFY(TestClient::waitUntil(
        [&] {
            const QByteArray s = m_watcherA.seatStates(m_event);
            return s.at(20) == 2 && s.at(21) == 2;
        },
        5000));

    // A sold place is no longer free for anyone, and its ticket admits once, naming the area.
    const auto taken =
        m_clerk.request(MessageType::Hold, fields({{Key::Event, m_event}, {Key::Seats, QCborArray{21}}}));
    QVERIFY(taken && taken->isError());
    QCOMPARE(taken->errorCode(), ErrorCode::SeatUnavailable);
    TestClient door;
    QVERIFY2(door.openWithoutSession(m_nodeA.url()), qPrintable(door.lastError()));
    QVERIFY2(door.signIn(QStringLiteral("clerk1"), Password), qPrintable(door.lastError()));
    const QString code = tickets.at(0).toMap().value(Key::Code).toString();
    const auto admitted = door.request(MessageType::CheckIn,
                                       fields({{Key::Code, code}, {Key::Gate, QStringLiteral("Gate 1")}}));
    QVERIFY2(admitted && !admitted->isError(), admitted ? qPrintable(admitted->errorMessage()) : "");
    QVERIFY(admitted->result().value(Key::Admitted).toBool());
    QVERIFY(admitted->result().value(Key::Standing).toBool());
    QCOMPARE(admitted->result().value(Key::Row).toString(), QStringLiteral("Lawn"));
    const auto again = door.request(MessageType::CheckIn,
                                    fields({{Key::Code, code}, {Key::Gate, QStringLiteral("Gate 2")}}));
    QVERIFY(again && again->isError());
    QCOMPARE(again->errorCode(), ErrorCode::TicketAlreadyAdmitted);

    // A buyer's cap (the event's 10 per order) counts places like seats: 8 held, 3 more refused.
    TestClient buyer;
    QVERIFY2(buyer.open(m_nodeA.url()), qPrintable(buyer.lastError()));
    const auto eight = standing(buyer, 8);
    QVERIFY2(eight && !eight->isError(), eight ? qPrintable(eight->errorMessage()) : "");
    const auto over = standing(buyer, 3);
    QVERIFY(over && over->isError());
    QCOMPARE(over->errorCode(), ErrorCode::HoldLimit);
    QCOMPARE(over->body.value(Key::Held).toInteger(), 8);
    QCOMPARE(over->body.value(Key::Limit).toInteger(), MaxPerOrder);
    const auto freed = buyer.request(
        MessageType::Release, fields({{Key::Event, m_event}, {Key::Hold, eight->result().value(Key::Hold)}}));
    QVERIFY(freed && !freed->isError());
    QCOMPARE(takenPlaces(), 2);
}

void tst_Standing::concurrentBuyers_lastPlaces_neverMoreThanCapacity()
{
    const int freeBefore = Capacity - takenPlaces();
    QVERIFY(freeBefore > 100);
    // 24 buyers ask 8 places each, all at once: 192 asked, fewer free.
    constexpr int Buyers = 24, Each = 8;
    std::vector<std::unique_ptr<TestClient>> buyers;
    for (int i = 0; i < Buyers; ++i) {
        auto c = std::make_unique<TestClient>();
        QVERIFY2(c->open(i % 2 ? m_nodeA.url() : m_nodeB.url()), qPrintable(c->lastError()));
        buyers.push_back(std::move(c));
    }
    QList<qint64> ids;
    for (auto &b : buyers)
        ids.append(b->send(MessageType::BestAvailable,
                           fields({{Key::Event, m_event}, {Key::Count, Each}, {Key::Standing, 0}})));
    QSet<int> granted;
    int winners = 0;
    for (int i = 0; i < Buyers; ++i) {
        const auto r = buyers[size_t(i)]->waitReply(ids.at(i), 30000);
        QVERIFY2(r, "no reply to BestAvailable");
        if (r->isError()) {
            QVERIFY2(r->errorCode() == ErrorCode::SeatUnavailable, qPrintable(r->errorMessage()));
            continue;
        }
        ++winners;
        const QList<int> places = seatsOf(*r);
        QCOMPARE(places.size(), Each);
        for (int p : places) {
            QVERIFY(p >= Seats && p < Seats + Capacity);
            QVERIFY2(!granted.contains(p), qPrintable(QStringLiteral("place %1 granted twice").arg(p)));
            granted.insert(p);
        }
    }
    qInfo("%d of %d buyers got %d places each; %d were free", winners, Buyers, Each, freeBefore);
    QVERIFY(winners * Each <= freeBefore);
    QVERIFY2(winners * Each >= freeBefore / 2, qPrintable(QStringLiteral("only %1 winners").arg(winners)));
    QCOMPARE(takenPlaces(), Capacity - freeBefore + int(granted.size()));

    // Fresh buyers on both nodes, again all at once, 1 or 2 places each, until none is left.
    int rounds = 0;
    while (takenPlaces() < Capacity && rounds++ < 10) {
        std::vector<std::unique_ptr<TestClient>> late;
        QList<qint64> lateIds;
        for (int i = 0; i < 16; ++i) {
            auto c = std::make_unique<TestClient>();
            QVERIFY2(c->open(i % 2 ? m_nodeA.url() : m_nodeB.url()), qPrintable(c->lastError()));
            lateIds.append(
                c->send(MessageType::BestAvailable,
                        fields({{Key::Event, m_event}, {Key::Count, 1 + i % 2}, {Key::Standing, 0}})));
            late.push_back(std::move(c));
        }
        for (int i = 0; i < 16; ++i) {
            const auto r = late[size_t(i)]->waitReply(lateIds.at(i), 30000);
            QVERIFY(r);
            if (r->isError()) {
                QVERIFY2(r->errorCode() == ErrorCode::SeatUnavailable, qPrintable(r->errorMessage()));
                continue;
            }
            for (int p : seatsOf(*r)) {
                QVERIFY(p >= Seats && p < Seats + Capacity);
                QVERIFY2(!granted.contains(p), qPrintable(QStringLiteral("place %1 granted twice").arg(p)));
                granted.insert(p);
            }
        }
        QVERIFY(takenPlaces() <= Capacity);
    }
    QCOMPARE(takenPlaces(), Capacity);
    QCOMPARE(int(granted.size()), freeBefore);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM event_seats WHERE event_id = ? AND seat_index < ?"
                                  " AND state <> 0"),
                   {m_event, Seats}),
             0);
    // Sold out: the next buyer is told so, and the watchers show every place taken.
    TestClient last;
    QVERIFY2(last.open(m_nodeA.url()), qPrintable(last.lastError()));
    QVERIFY(TestClient::waitUntil(
        [&] {
            const auto r = standing(last, 1);
            return r && r->isError() && r->errorCode() == ErrorCode::SeatUnavailable &&
                   r->errorMessage().startsWith(QStringLiteral("0 of 150 places free in Lawn"));
        },
        5000));
    for (TestClient *w : {&m_watcherA, &m_watcherB}) {
        QVERIFY(TestClient::waitUntil(
            [&] {
                const QByteArray s = w->seatStates(m_event);
                return s.size() == Seats + Capacity && !s.mid(Seats).contains(char(0));
            },
            5000));
    }
}

void tst_Standing::moveRefused_whilePlacesHeldOrSold()
{
    // Version 3, equal to version 2: the event holds and sells places, so it may not move.
    const auto published = m_organizer.request(MessageType::PublishDraft,
                                               fields({{Key::Venue, m_venue}, {Key::Revision, 2}}), 30000);
    QVERIFY2(published && !published->isError(), published ? qPrintable(published->errorMessage()) : "");
    const qint64 layout2 =
        count(QStringLiteral("SELECT layout_id FROM events WHERE event_id = ?"), {m_event});
    const auto refused = m_organizer.request(MessageType::MoveEventLayout,
                                             fields({{Key::Event, m_event}, {Key::LayoutVersion, 3}}), 30000);
    QVERIFY(refused && refused->isError());
    QCOMPARE(refused->errorCode(), ErrorCode::EventLayoutBusy);
    QCOMPARE(count(QStringLiteral("SELECT layout_id FROM events WHERE event_id = ?"), {m_event}), layout2);
    QCOMPARE(takenPlaces(), Capacity);
}

void tst_Standing::moveWithoutNotification_caughtByCatalogRefresh()
{
    // An event on version 1 moved behind the nodes' backs (as if its notification was lost
    // while their listeners reconnected): each node's catalog refresh (every 5 s) sees the
    // seat count change and reloads and pushes the event like a notified move.
    const qint64 event =
        count(QStringLiteral("INSERT INTO events (venue_id, layout_id, name, starts_at,"
                             " onsale_from, onsale_until, hold_ttl_s, hold_max_s,"
                             " max_seats_per_order, currency, seat_count) VALUES (?, ?,"
                             " 'Matinee', now() + interval '31 days', now() - interval '1 day',"
                             " now() + interval '30 days', 180, 600, 10, 'EUR', ?)"
                             " RETURNING event_id"),
              {m_venue, m_layout1, Seats});
    QVERIFY(m_db.exec(QStringLiteral("INSERT INTO event_seats (event_id, seat_index)"
                                     " SELECT ?, i FROM generate_series(0, ?) AS i"),
                      {event, Seats - 1}));
    for (TestClient *w : {&m_watcherA, &m_watcherB}) {
        QVERIFY(TestClient::waitUntil(
            [&] {
                const auto r = w->request(MessageType::Subscribe, fields({{Key::Event, event}}));
                return r && !r->isError();
            },
            15000));
        QVERIFY(TestClient::waitUntil([&] { return w->seatStates(event).size() == Seats; }, 10000));
    }
    const qint64 layout2 = count(QStringLiteral("SELECT layout_id FROM layout_versions WHERE venue_id = ?"
                                                " AND version = 2"),
                                 {m_venue});
    QVERIFY(m_db.exec(QStringLiteral("INSERT INTO event_seats (event_id, seat_index)"
                                     " SELECT ?, ? + i FROM generate_series(0, ?) AS i"),
                      {event, Seats, Capacity - 1}));
    QVERIFY(m_db.exec(QStringLiteral("UPDATE events SET layout_id = ?, seat_count = ? WHERE event_id = ?"),
                      {layout2, Seats + Capacity, event}));
    for (TestClient *w : {&m_watcherA, &m_watcherB}) {
        QVERIFY2(
            TestClient::waitUntil([&] { return w->seatStates(event).size() == Seats + Capacity; }, 15000),
            w == &m_watcherA ? "node A did not catch the move" : "node B did not catch the move");
        const auto layout = w->request(MessageType::GetLayout, fields({{Key::Event, event}}));
        QVERIFY(layout && !layout->isError());
        QCOMPARE(decodeLayout(layout->result())->standing.size(), 1);
    }
}

QTEST_GUILESS_MAIN(tst_Standing)
#include "tst_standing.moc"
