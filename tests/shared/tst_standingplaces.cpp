// Issue 11: a standing area of capacity C is C seat numbers without a position. The event
// layout describes each area (GetLayout, LayoutChanged) and flags its places; the decoder
// refuses areas that do not match the flagged places; best available for seats never
// returns a place; places of an area are chosen among the free ones from a given start.

#include "domain/seatstate.h"
#include "seatmap/bestavailable.h"
#include "seatmap/seatlayout.h"

#include <QCborArray>
#include <QTest>

using namespace BoxOffice::Shared;

namespace {

// Ten seats in row A (numbers 1..10, category 0), then "Floor" (places 10..29, category 0,
// the same as the seats) and "Terrace" (30..34, category 1).
EventLayout sample()
{
    EventLayout l;
    l.eventId = 9;
    l.eventName = QStringLiteral("Open Air");
    l.currency = QStringLiteral("EUR");
    l.maxSeatsPerOrder = 10;
    l.sections = {{0, QStringLiteral("Park")}};
    l.categories = {{0, QStringLiteral("Standard"), QStringLiteral("#0d9488"), 2500},
                    {1, QStringLiteral("Terrace"), QStringLiteral("#7c3aed"), 4000}};
    l.rowLabels = {QStringLiteral("A"), QStringLiteral("Floor"), QStringLiteral("Terrace")};
    for (int i = 0; i < 10; ++i)
        l.seats.append({float(i), 5.0f, 0, 0, quint16(i + 1), 0, 0});
    for (int i = 0; i < 20; ++i) // the places: at the area's centre, never drawn as seats
        l.seats.append({0.0f, 0.5f, 0, 1, quint16(i + 1), 0, EventLayout::Standing});
    for (int i = 0; i < 5; ++i)
        l.seats.append({20.0f, 2.0f, 0, 2, quint16(i + 1), 1, EventLayout::Standing});
    l.standing = {{QStringLiteral("Floor"), 0, 0, 10, 20, {{-5, 0}, {5, 0}, {5, 1}, {-5, 1}}},
                  {QStringLiteral("Terrace"), 0, 1, 30, 5, {{18, 1}, {22, 1}, {20, 3}}}};
    return l;
}

QCborMap wire(const EventLayout &l)
{
    return QCborValue::fromCbor(encodeLayout(l).toCborValue().toCbor()).toMap();
}

} // namespace

class tst_StandingPlaces : public QObject
{
    Q_OBJECT
private slots:
    void layout_roundTrip_withAreas();
    void layout_withoutStandingKey_meansNone();
    void layout_areasNotMatchingPlaces_refused_data();
    void layout_areasNotMatchingPlaces_refused();
    void standingAreaOf_findsTheArea();
    void bestAvailableSeats_neverPlaces();
    void choosePlaces_freeOnesFromStart();
};

void tst_StandingPlaces::layout_roundTrip_withAreas()
{
    const EventLayout l = sample();
    QString error;
    const auto decoded = decodeLayout(wire(l), &error);
    QVERIFY2(decoded, qPrintable(error));
    QCOMPARE(decoded->standing.size(), 2);
    QCOMPARE(decoded->standing.at(1).outline.at(2), QPointF(20, 3));
    QVERIFY(*decoded == l);
}

void tst_StandingPlaces::layout_withoutStandingKey_meansNone()
{
    EventLayout l = sample();
    l.seats.resize(10);
    l.standing.clear();
    QCborMap m = wire(l);
    m.remove(QStringLiteral("standing"));
    const auto decoded = decodeLayout(m);
    QVERIFY(decoded);
    QVERIFY(decoded->standing.isEmpty());
    // Flagged places without the areas that own them: refused.
    QCborMap orphans = wire(sample());
    orphans.remove(QStringLiteral("standing"));
    QString error;
    QVERIFY(!decodeLayout(orphans, &error));
    QVERIFY2(error.contains(QStringLiteral("standing place")), qPrintable(error));
}

void tst_StandingPlaces::layout_areasNotMatchingPlaces_refused_data()
{
    QTest::addColumn<int>("area");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QCborValue>("value");
    QTest::newRow("first inside the seats") << 0 << QStringLiteral("first") << QCborValue(9);
    QTest::newRow("first past the places") << 0 << QStringLiteral("first") << QCborValue(11);
    QTest::newRow("overlapping the next") << 0 << QStringLiteral("n") << QCborValue(21);
    QTest::newRow("too short") << 0 << QStringLiteral("n") << QCborValue(19);
    QTest::newRow("beyond the layout") << 1 << QStringLiteral("n") << QCborValue(6);
    QTest::newRow("no capacity") << 1 << QStringLiteral("n") << QCborValue(0);
    QTest::newRow("unknown section") << 0 << QStringLiteral("section") << QCborValue(1);
    QTest::newRow("unknown category") << 1 << QStringLiteral("category") << QCborValue(2);
    QTest::newRow("name not text") << 0 << QStringLiteral("name") << QCborValue(3);
    QTest::newRow("odd outline") << 0 << QStringLiteral("outline") << QCborValue(QCborArray{1, 2, 3});
    QTest::newRow("outline not finite")
        << 1 << QStringLiteral("outline") << QCborValue(QCborArray{1, 2, qInf(), 4});
    QTest::newRow("outline not numbers")
        << 1 << QStringLiteral("outline") << QCborValue(QCborArray{1, 2, QStringLiteral("x"), 4});
}

void tst_StandingPlaces::layout_areasNotMatchingPlaces_refused()
{
    QFETCH(int, area);
    QFETCH(QString, key);
    QFETCH(QCborValue, value);
    QCborMap m = wire(sample());
    QCborArray areas = m.value(QStringLiteral("standing")).toArray();
    QCborMap a = areas.at(area).toMap();
    a.insert(key, value);
    areas[area] = a;
    m.insert(QStringLiteral("standing"), areas);
    QString error;
    QVERIFY(!decodeLayout(m, &error));
    QVERIFY(!error.isEmpty());
}

void tst_StandingPlaces::standingAreaOf_findsTheArea()
{
    const EventLayout l = sample();
    QCOMPARE(l.standingAreaOf(0), -1);
    QCOMPARE(l.standingAreaOf(9), -1);
    QCOMPARE(l.standingAreaOf(10), 0);
    QCOMPARE(l.standingAreaOf(29), 0);
    QCOMPARE(l.standingAreaOf(30), 1);
    QCOMPARE(l.standingAreaOf(34), 1);
    QCOMPARE(l.standingAreaOf(35), -1);
    QCOMPARE(l.standingAreaOf(-1), -1);
}

void tst_StandingPlaces::bestAvailableSeats_neverPlaces()
{
    const EventLayout l = sample();
    // The Floor's places share the seats' category and sit nearer the stage (0, 0).
    QByteArray states(l.seatCount(), char(SeatState::Available));
    const QList<int> four = chooseBestAvailable(l, states, 4, 0, -1);
    QCOMPARE(four.size(), 4);
    for (int s : four)
        QVERIFY(s < 10);
    // With the seats taken nothing fits, though 20 places of the category are free.
    for (int s = 0; s < 10; ++s)
        states[s] = char(SeatState::Sold);
    QVERIFY(chooseBestAvailable(l, states, 1, 0, -1).isEmpty());
    QVERIFY(chooseBestAvailable(l, states, 1, 1, -1).isEmpty()); // the Terrace's category: places only
    QCOMPARE(BestAvailableIndex(l).seats().size(), 10);
}

void tst_StandingPlaces::choosePlaces_freeOnesFromStart()
{
    const EventLayout l = sample();
    const EventLayout::StandingArea &floor = l.standing.at(0);
    QByteArray states(l.seatCount(), char(SeatState::Available));
    QCOMPARE(chooseStandingPlaces(floor, states, 3, 0), (QList<int>{10, 11, 12}));
    QCOMPARE(chooseStandingPlaces(floor, states, 3, 5), (QList<int>{15, 16, 17}));
    // From the end round to the start; ascending indexes.
    QCOMPARE(chooseStandingPlaces(floor, states, 3, 19), (QList<int>{10, 11, 29}));
    QCOMPARE(chooseStandingPlaces(floor, states, 2, 45), (QList<int>{15, 16})); // modulo capacity
    // Held, sold and excluded places are skipped; never a seat or another area's place.
    states[15] = char(SeatState::Held);
    states[16] = char(SeatState::Sold);
    QCOMPARE(chooseStandingPlaces(floor, states, 2, 5, {17}), (QList<int>{18, 19}));
    QCOMPARE(freeStandingPlaces(floor, states), 18);
    for (int s = 10; s < 30; ++s)
        states[s] = s == 22 || s == 27 ? char(SeatState::Available) : char(SeatState::Held);
    QCOMPARE(freeStandingPlaces(floor, states), 2);
    QCOMPARE(chooseStandingPlaces(floor, states, 2, 0), (QList<int>{22, 27}));
    QVERIFY(chooseStandingPlaces(floor, states, 3, 0).isEmpty()); // all-or-nothing
    QVERIFY(chooseStandingPlaces(floor, states, 0, 0).isEmpty());
    QCOMPARE(chooseStandingPlaces(l.standing.at(1), states, 5, 2), (QList<int>{30, 31, 32, 33, 34}));
}

QTEST_GUILESS_MAIN(tst_StandingPlaces)
#include "tst_standingplaces.moc"
