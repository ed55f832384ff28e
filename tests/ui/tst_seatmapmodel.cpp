#include "seatmap/seatmapmodel.h"

#include <QLocale>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace BoxOffice;
using BoxOffice::Shared::EventLayout;
using BoxOffice::Shared::SeatChange;
using BoxOffice::Shared::SeatState;
using BoxOffice::Ui::SeatMapModel;
using Shown = SeatMapModel::Display;
using Mark = SeatMapModel::Mark;

namespace {

/**
 * Stalls: row A seats 1–5 at y 4 (seat 0 accessible), row B seats 1–5 at y 5.5, both
 * Premium; Balcony: row A seats 1–4 at y 10, Standard. Seats 1.2 venue units apart.
 */
EventLayout smallTheatre()
{
    EventLayout layout;
    layout.eventId = 7;
    layout.eventName = QStringLiteral("Hamlet");
    layout.currency = QStringLiteral("EUR");
    layout.sections = {{10, QStringLiteral("Stalls")}, {11, QStringLiteral("Balcony")}};
    layout.categories = {{1, QStringLiteral("Premium"), QStringLiteral("#7c3aed"), 8900},
                         {2, QStringLiteral("Standard"), QStringLiteral("#2563eb"), 5950}};
    layout.rowLabels = {QStringLiteral("A"), QStringLiteral("B")};
    auto add = [&](quint16 section, quint16 row, int count, float y, quint8 category) {
        for (int k = 0; k < count; ++k) {
            EventLayout::Seat seat;
            seat.x = float(k * 1.2);
            seat.y = y;
            seat.section = section;
            seat.row = row;
            seat.number = quint16(k + 1);
            seat.category = category;
            layout.seats.append(seat);
        }
    };
    add(0, 0, 5, 4.0f, 0);  // seats 0–4
    add(0, 1, 5, 5.5f, 0);  // seats 5–9
    add(1, 0, 4, 10.0f, 1); // seats 10–13
    layout.seats[0].flags = EventLayout::Accessible;
    return layout;
}

QByteArray allAvailable(int n)
{
    return QByteArray(n, char(SeatState::Available));
}

// Venue coordinates are floats: 1.2f * 10 is not exactly 12.
bool near(const QRectF &a, const QRectF &b)
{
    return qAbs(a.left() - b.left()) < 1e-3 && qAbs(a.top() - b.top()) < 1e-3 &&
           qAbs(a.width() - b.width()) < 1e-3 && qAbs(a.height() - b.height()) < 1e-3;
}

QList<int> firstArgument(const QSignalSpy &spy, int index = 0)
{
    return spy.at(index).at(0).value<QList<int>>();
}

} // namespace

class tst_SeatMapModel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void setLayout_resetsStatesToBlockedAndClearsMarks();
    void setStates_wrongSize_isIgnored();
    void applyChanges_emitsOnlyChangedSeats();
    void applyChanges_outOfRangeSeats_areIgnored();
    void setMark_emitsChangedSeats_andSeatsMarkedAscending();
    void display_data();
    void display();
    void colour_categoryWhenAvailable_stateColourOtherwise();
    void displayColours_differFromEachOtherAndDemoCategories();
    void seatRect_isScaledAndCentred();
    void seatRect_denseRow_shrinksToSpacing();
    void seatAt_hitsSeatsOnly();
    void seatsIn_returnsIntersectingSeatsAscending();
    void seatName_and_price();
    void formatPrice_usesCurrencySymbol();
};

void tst_SeatMapModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_SeatMapModel::setLayout_resetsStatesToBlockedAndClearsMarks()
{
    SeatMapModel model;
    QVERIFY(!model.hasLayout());
    QCOMPARE(model.seatAt(QPointF(0, 0)), -1);
    QVERIFY(model.seatsIn(QRectF(-1000, -1000, 2000, 2000)).isEmpty());

    QSignalSpy layoutSpy(&model, &SeatMapModel::layoutReset);
    QSignalSpy statesSpy(&model, &SeatMapModel::statesReset);
    model.setLayout(smallTheatre());
    QCOMPARE(layoutSpy.size(), 1);
    QCOMPARE(statesSpy.size(), 1);
    QVERIFY(model.hasLayout());
    QVERIFY(!model.hasStates());
    QCOMPARE(model.seatCount(), 14);
    for (int i = 0; i < model.seatCount(); ++i) {
        QCOMPARE(model.state(i), SeatState::Blocked);
        QCOMPARE(model.display(i), Shown::Blocked);
    }

    model.setStates(allAvailable(14));
    model.setMark({1, 2}, Mark::Mine);
    model.setLayout(smallTheatre());
    QVERIFY(!model.hasStates());
    QVERIFY(model.seatsMarked(Mark::Mine).isEmpty());
    QCOMPARE(model.state(1), SeatState::Blocked);
}

void tst_SeatMapModel::setStates_wrongSize_isIgnored()
{
    SeatMapModel model;
    model.setLayout(smallTheatre());
    QSignalSpy statesSpy(&model, &SeatMapModel::statesReset);
    model.setStates(allAvailable(13));
    model.setStates(allAvailable(15));
    model.setStates(QByteArray());
    QCOMPARE(statesSpy.size(), 0);
    QVERIFY(!model.hasStates());
    QCOMPARE(model.state(0), SeatState::Blocked);

    QByteArray states = allAvailable(14);
    states[3] = char(SeatState::Sold);
    model.setStates(states);
    QCOMPARE(statesSpy.size(), 1);
    QVERIFY(model.hasStates());
    QCOMPARE(model.state(0), SeatState::Available);
    QCOMPARE(model.state(3), SeatState::Sold);
    // Out of range reads are safe.
    QCOMPARE(model.state(-1), SeatState::Blocked);
    QCOMPARE(model.state(14), SeatState::Blocked);
}

void tst_SeatMapModel::applyChanges_emitsOnlyChangedSeats()
{
    SeatMapModel model;
    model.setLayout(smallTheatre());
    model.setStates(allAvailable(14));
    QSignalSpy spy(&model, &SeatMapModel::seatsChanged);

    model.applyChanges({{5, SeatState::Sold},
                        {1, SeatState::Held},
                        {3, SeatState::Available}, // unchanged
                        {12, SeatState::Blocked}});
    QCOMPARE(spy.size(), 1);
    QCOMPARE(firstArgument(spy), QList<int>({5, 1, 12}));
    QCOMPARE(model.state(5), SeatState::Sold);
    QCOMPARE(model.state(1), SeatState::Held);
    QCOMPARE(model.state(12), SeatState::Blocked);

    // Nothing changes: no signal at all.
    model.applyChanges({{5, SeatState::Sold}, {3, SeatState::Available}});
    model.applyChanges({});
    QCOMPARE(spy.size(), 1);

    // A seat changing twice in one delta ends in its last state.
    model.applyChanges({{0, SeatState::Held}, {0, SeatState::Sold}});
    QCOMPARE(spy.size(), 2);
    QCOMPARE(model.state(0), SeatState::Sold);
}

void tst_SeatMapModel::applyChanges_outOfRangeSeats_areIgnored()
{
    SeatMapModel model;
    model.setLayout(smallTheatre());
    model.setStates(allAvailable(14));
    QSignalSpy spy(&model, &SeatMapModel::seatsChanged);

    model.applyChanges({{-1, SeatState::Sold}, {14, SeatState::Sold}, {100000, SeatState::Held}});
    QCOMPARE(spy.size(), 0);

    model.applyChanges({{14, SeatState::Sold}, {13, SeatState::Sold}, {SeatChange{2, SeatState(9)}}});
    QCOMPARE(spy.size(), 1);
    QCOMPARE(firstArgument(spy), QList<int>({13}));
    QCOMPARE(model.state(2), SeatState::Available);

    // Without a layout every delta is out of range.
    SeatMapModel empty;
    QSignalSpy emptySpy(&empty, &SeatMapModel::seatsChanged);
    empty.applyChanges({{0, SeatState::Sold}});
    QCOMPARE(emptySpy.size(), 0);
}

void tst_SeatMapModel::setMark_emitsChangedSeats_andSeatsMarkedAscending()
{
    SeatMapModel model;
    model.setLayout(smallTheatre());
    model.setStates(allAvailable(14));
    QSignalSpy spy(&model, &SeatMapModel::seatsChanged);

    model.setMark({9, 2, 40, -3}, Mark::Pending);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(firstArgument(spy), QList<int>({9, 2}));
    QCOMPARE(model.seatsMarked(Mark::Pending), QList<int>({2, 9}));

    model.setMark({2, 9}, Mark::Pending); // already so
    QCOMPARE(spy.size(), 1);

    model.setMark({9}, Mark::Mine);
    QCOMPARE(firstArgument(spy, 1), QList<int>({9}));
    QCOMPARE(model.seatsMarked(Mark::Pending), QList<int>({2}));
    QCOMPARE(model.seatsMarked(Mark::Mine), QList<int>({9}));
    QCOMPARE(model.mark(9), Mark::Mine);
    QCOMPARE(model.mark(99), Mark::None);

    model.setMark({2, 9}, Mark::None);
    QVERIFY(model.seatsMarked(Mark::Pending).isEmpty());
    QVERIFY(model.seatsMarked(Mark::Mine).isEmpty());
}

void tst_SeatMapModel::display_data()
{
    QTest::addColumn<SeatState>("state");
    QTest::addColumn<Mark>("mark");
    QTest::addColumn<Shown>("expected");

    QTest::newRow("available") << SeatState::Available << Mark::None << Shown::Available;
    QTest::newRow("held") << SeatState::Held << Mark::None << Shown::HeldByOthers;
    QTest::newRow("sold") << SeatState::Sold << Mark::None << Shown::Sold;
    QTest::newRow("blocked") << SeatState::Blocked << Mark::None << Shown::Blocked;
    // The hold request is on its way; the delta may or may not have shown it yet.
    QTest::newRow("available+pending") << SeatState::Available << Mark::Pending << Shown::Pending;
    QTest::newRow("held+pending") << SeatState::Held << Mark::Pending << Shown::Pending;
    QTest::newRow("available+mine") << SeatState::Available << Mark::Mine << Shown::Mine;
    QTest::newRow("held+mine") << SeatState::Held << Mark::Mine << Shown::Mine;
    // Sold and blocked are facts; a mark does not hide them.
    QTest::newRow("sold+mine") << SeatState::Sold << Mark::Mine << Shown::Sold;
    QTest::newRow("sold+pending") << SeatState::Sold << Mark::Pending << Shown::Sold;
    QTest::newRow("blocked+mine") << SeatState::Blocked << Mark::Mine << Shown::Blocked;
    QTest::newRow("blocked+pending") << SeatState::Blocked << Mark::Pending << Shown::Blocked;
}

void tst_SeatMapModel::display()
{
    QFETCH(SeatState, state);
    QFETCH(Mark, mark);
    QFETCH(Shown, expected);

    SeatMapModel model;
    model.setLayout(smallTheatre());
    model.setStates(allAvailable(14));
    model.applyChanges({{4, state}});
    model.setMark({4}, mark);
    QCOMPARE(model.display(4), expected);
    QCOMPARE(model.display(3), Shown::Available);
    QVERIFY(!SeatMapModel::displayName(expected).isEmpty());
}

void tst_SeatMapModel::colour_categoryWhenAvailable_stateColourOtherwise()
{
    SeatMapModel model;
    model.setLayout(smallTheatre());
    model.setStates(allAvailable(14));
    QCOMPARE(model.colour(0), QColor(0x7c, 0x3a, 0xed));
    QCOMPARE(model.colour(11), QColor(0x25, 0x63, 0xeb));
    QCOMPARE(model.categoryColour(11), QColor(0x25, 0x63, 0xeb));

    model.applyChanges({{0, SeatState::Sold}, {1, SeatState::Held}, {2, SeatState::Blocked}});
    model.setMark({3}, Mark::Mine);
    model.setMark({4}, Mark::Pending);
    QCOMPARE(model.colour(0), SeatMapModel::displayColour(Shown::Sold));
    QCOMPARE(model.colour(1), SeatMapModel::displayColour(Shown::HeldByOthers));
    QCOMPARE(model.colour(2), SeatMapModel::displayColour(Shown::Blocked));
    QCOMPARE(model.colour(3), SeatMapModel::displayColour(Shown::Mine));
    QCOMPARE(model.colour(4), SeatMapModel::displayColour(Shown::Pending));

    QVERIFY(model.isAccessible(0));
    QVERIFY(!model.isAccessible(1));
    QVERIFY(!model.isAccessible(-1));
}

void tst_SeatMapModel::displayColours_differFromEachOtherAndDemoCategories()
{
    QList<QColor> colours;
    for (const char *demo : {"#7c3aed", "#2563eb", "#0d9488", "#db2777", "#ea580c", "#ca8a04"})
        colours.append(QColor::fromString(QLatin1String(demo)));
    for (Shown d : {Shown::Pending, Shown::Mine, Shown::HeldByOthers, Shown::Sold, Shown::Blocked})
        colours.append(SeatMapModel::displayColour(d));
    for (qsizetype i = 0; i < colours.size(); ++i) {
        for (qsizetype j = i + 1; j < colours.size(); ++j) {
            const QColor &a = colours.at(i);
            const QColor &b = colours.at(j);
            const int distance =
                std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue());
            QVERIFY2(distance > 60, qPrintable(a.name() + QLatin1Char(' ') + b.name()));
        }
    }
}

void tst_SeatMapModel::seatRect_isScaledAndCentred()
{
    SeatMapModel model;
    model.setLayout(smallTheatre());
    // Seat 1: venue (1.2, 4) -> scene centre (12, 40), 10 wide.
    QVERIFY(near(model.seatRect(1), QRectF(7, 35, 10, 10)));
    QVERIFY(near(model.seatRect(10), QRectF(-5, 95, 10, 10)));
    QCOMPARE(model.seatRect(-1), QRectF());
    QVERIFY(near(model.bounds(), QRectF(-5, 35, 58, 70)));
}

void tst_SeatMapModel::seatRect_denseRow_shrinksToSpacing()
{
    // A stadium side stand: seats 0.6 apart along y, rows 1.2 apart along x.
    EventLayout layout = smallTheatre();
    for (int i = 0; i < 5; ++i) {
        layout.seats[i].x = 20.0f;
        layout.seats[i].y = float(i * 0.6);
    }
    SeatMapModel model;
    model.setLayout(layout);
    QVERIFY(near(model.seatRect(1), QRectF(195, 3, 10, 6)));
    QVERIFY(!model.seatRect(0).intersects(model.seatRect(1)));
    QCOMPARE(model.seatAt(QPointF(200, 7)), 1);
}

void tst_SeatMapModel::seatAt_hitsSeatsOnly()
{
    SeatMapModel model;
    model.setLayout(smallTheatre());
    QCOMPARE(model.seatAt(QPointF(12, 40)), 1);
    QCOMPARE(model.seatAt(QPointF(7.5, 35.5)), 1);
    QCOMPARE(model.seatAt(QPointF(-4, 44)), 0);
    QCOMPARE(model.seatAt(QPointF(48, 55)), 9); // row B seat 5: (48, 55)
    QCOMPARE(model.seatAt(QPointF(36, 100)), 13);
    QCOMPARE(model.seatAt(QPointF(6, 40)), -1);   // the gap between seats 0 and 1
    QCOMPARE(model.seatAt(QPointF(12, 47)), -1);  // between rows A and B
    QCOMPARE(model.seatAt(QPointF(43, 100)), -1); // right of the balcony's last seat
    QCOMPARE(model.seatAt(QPointF(-500, 40)), -1);
}

void tst_SeatMapModel::seatsIn_returnsIntersectingSeatsAscending()
{
    SeatMapModel model;
    model.setLayout(smallTheatre());
    QCOMPARE(model.seatsIn(QRectF(10, 38, 15, 4)), QList<int>({1, 2}));
    // Rows A and B, seats 2–3 of each, drawn from bottom right to top left.
    QCOMPARE(model.seatsIn(QRectF(QPointF(25, 57), QPointF(12, 38))), QList<int>({1, 2, 6, 7}));
    QCOMPARE(model.seatsIn(QRectF(-100, -100, 1000, 1000)),
             QList<int>({0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13}));
    QVERIFY(model.seatsIn(QRectF(0, 60, 40, 30)).isEmpty()); // between stalls and balcony
    QVERIFY(model.seatsIn(QRectF(1000, 1000, 10, 10)).isEmpty());
}

void tst_SeatMapModel::seatName_and_price()
{
    SeatMapModel model;
    model.setLayout(smallTheatre());
    QCOMPARE(model.seatName(1), QStringLiteral("Stalls, row A, seat 2"));
    QCOMPARE(model.seatName(9), QStringLiteral("Stalls, row B, seat 5"));
    QCOMPARE(model.seatName(10), QStringLiteral("Balcony, row A, seat 1"));
    QCOMPARE(model.seatName(14), QString());
    QCOMPARE(model.price(0), qint64(8900));
    QCOMPARE(model.price(12), qint64(5950));
    QCOMPARE(model.categoryName(12), QStringLiteral("Standard"));
    QCOMPARE(model.formatPrice(model.price(0)), QStringLiteral("€89.00"));
    QCOMPARE(model.formatPrice(model.price(12)), QStringLiteral("€59.50"));
}

void tst_SeatMapModel::formatPrice_usesCurrencySymbol()
{
    EventLayout layout = smallTheatre();
    SeatMapModel model;
    model.setLayout(layout);
    QCOMPARE(model.formatPrice(123456), QStringLiteral("€1,234.56"));
    QCOMPARE(model.formatPrice(29), QStringLiteral("€0.29"));
    QCOMPARE(model.formatPrice(0), QStringLiteral("€0.00"));

    layout.currency = QStringLiteral("USD");
    model.setLayout(layout);
    QCOMPARE(model.formatPrice(5900), QStringLiteral("$59.00"));
    layout.currency = QStringLiteral("GBP");
    model.setLayout(layout);
    QCOMPARE(model.formatPrice(5900), QStringLiteral("£59.00"));
    layout.currency = QStringLiteral("CHF");
    model.setLayout(layout);
    const QString chf = model.formatPrice(1250);
    QVERIFY2(chf.contains(QLatin1String("CHF")) && chf.contains(QLatin1String("12.50")), qPrintable(chf));

    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    layout.currency = QStringLiteral("EUR");
    model.setLayout(layout);
    const QString german = model.formatPrice(123456);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY2(german.contains(QLatin1String("1.234,56")) && german.contains(QStringLiteral("€")),
             qPrintable(german));
}

QTEST_GUILESS_MAIN(tst_SeatMapModel)
#include "tst_seatmapmodel.moc"
