// Issue 11: a standing area on the clerk's seat map. Its places are seat numbers without a
// position: the map draws the area's outline with "N of M free" (updated by deltas), never
// the places as seats (no hit, no rubber band, no arrow key lands on one); a click on the
// area, or its entry in the best-available bar chosen with the keyboard, asks for N places
// of it; best available counts of the categories leave the places out.

#include "seatmap/seatlayout.h"
#include "seatmap/seatmapmodel.h"
#include "seatmap/seatmapview.h"
#include "seatmap/standingareaitem.h"
#include "selling/bestavailablebar.h"

#include <QComboBox>
#include <QGraphicsScene>
#include <QLocale>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

using namespace BoxOffice;
using BoxOffice::Shared::EventLayout;
using BoxOffice::Shared::SeatState;
using BoxOffice::Ui::BestAvailableBar;
using BoxOffice::Ui::SeatMapModel;
using BoxOffice::Ui::SeatMapView;
using BoxOffice::Ui::StandingAreaItem;

namespace {

constexpr int Seats = 20;    // one row, numbers 1..20, in front of the area
constexpr int Capacity = 50; // "Floor": places 20..69

EventLayout openAir()
{
    EventLayout l;
    l.eventId = 5;
    l.eventName = QStringLiteral("Open Air");
    l.currency = QStringLiteral("EUR");
    l.maxSeatsPerOrder = 8;
    l.sections = {{0, QStringLiteral("Park")}};
    l.categories = {{0, QStringLiteral("Seated"), QStringLiteral("#2563eb"), 4000},
                    {1, QStringLiteral("General"), QStringLiteral("#16a34a"), 2500}};
    l.rowLabels = {QStringLiteral("A"), QStringLiteral("Floor")};
    for (int i = 0; i < Seats; ++i)
        l.seats.append({float(i) - 10.0f, 2.0f, 0, 0, quint16(i + 1), 0, 0});
    // The places at the area's centre (as the server sends them): they must not be drawn there.
    for (int i = 0; i < Capacity; ++i)
        l.seats.append({0.0f, 10.0f, 0, 1, quint16(i + 1), 1, EventLayout::Standing});
    l.standing = {{QStringLiteral("Floor"), 0, 1, Seats, Capacity, {{-10, 5}, {10, 5}, {10, 15}, {-10, 15}}}};
    return l;
}

} // namespace

class tst_StandingArea : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void area_drawnWithFreeCount_placesNeverSeats();
    void deltas_updateTheFreeCount();
    void click_onArea_choosesItInTheBar();
    void keyboard_choosesAreaAndAsksForPlaces();

private:
    StandingAreaItem *areaItem() const;

    SeatMapModel *m_model = nullptr;
    SeatMapView *m_view = nullptr;
    BestAvailableBar *m_bar = nullptr;
};

void tst_StandingArea::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_StandingArea::init()
{
    m_model = new SeatMapModel;
    m_model->setLayout(openAir());
    m_model->setStates(QByteArray(m_model->seatCount(), char(SeatState::Available)));
    m_view = new SeatMapView;
    m_view->setModel(m_model);
    m_view->resize(800, 600);
    m_view->show();
    m_bar = new BestAvailableBar;
    m_bar->setSeatMap(m_model);
    m_bar->show();
    QObject::connect(m_view, &SeatMapView::standingAreaClicked, m_bar, &BestAvailableBar::chooseStandingArea);
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
}

void tst_StandingArea::cleanup()
{
    delete m_bar;
    delete m_view;
    delete m_model;
    m_bar = nullptr;
    m_view = nullptr;
    m_model = nullptr;
}

StandingAreaItem *tst_StandingArea::areaItem() const
{
    for (QGraphicsItem *item : m_view->scene()->items()) {
        if (auto *area = dynamic_cast<StandingAreaItem *>(item))
            return area;
    }
    return nullptr;
}

void tst_StandingArea::area_drawnWithFreeCount_placesNeverSeats()
{
    StandingAreaItem *area = areaItem();
    QVERIFY(area);
    QCOMPARE(area->area(), 0);
    QCOMPARE(area->shownFree(), Capacity);
    QCOMPARE(m_model->freePlaces(0), Capacity);
    // The outline is drawn and framed; the places are not seats anywhere on the map.
    const QPointF centre(0, 10 * SeatMapModel::Scale);
    QVERIFY(area->contains(centre));
    QVERIFY(m_model->bounds().contains(QPointF(-10, 15) * SeatMapModel::Scale - QPointF(0.1, 0.1)));
    QCOMPARE(m_model->seatAt(centre), -1);
    QVERIFY(m_model->seatsIn(m_model->bounds()).size() == Seats);
    for (int s = 0; s < m_model->seatCount(); ++s)
        QCOMPARE(m_model->isStandingPlace(s), s >= Seats);
    QCOMPARE(m_model->seatName(Seats + 4), QStringLiteral("Park, Floor (standing), place 5"));
    // Arrow keys walk the seats and never step onto a place.
    m_view->setFocus();
    m_view->setCurrentSeat(Seats - 1);
    for (int i = 0; i < 5; ++i) {
        QTest::keyClick(m_view, Qt::Key_Down);
        QVERIFY(m_view->currentSeat() < Seats);
        QTest::keyClick(m_view, Qt::Key_Right);
        QVERIFY(m_view->currentSeat() < Seats);
    }
}

void tst_StandingArea::deltas_updateTheFreeCount()
{
    m_model->applyChanges({{Seats, SeatState::Held}, {Seats + 7, SeatState::Sold}, {3, SeatState::Sold}});
    QCOMPARE(m_model->freePlaces(0), Capacity - 2);
    QCOMPARE(areaItem()->shownFree(), Capacity - 2);
    m_model->applyChanges({{Seats, SeatState::Available}});
    QCOMPARE(areaItem()->shownFree(), Capacity - 1);
    // The bar counts places for the area only: "General" has no seats, so 0 of it free.
    QCOMPARE(m_bar->categoryBox()->count(), 3);
    QTRY_VERIFY(m_bar->categoryBox()->itemText(1).contains(QStringLiteral("0 free")));
    QTRY_VERIFY(m_bar->categoryBox()->itemText(2).contains(QStringLiteral("49 of 50 free")));
    QVERIFY(m_bar->categoryBox()->itemText(0).contains(QStringLiteral("19 free")));
}

void tst_StandingArea::click_onArea_choosesItInTheBar()
{
    QSignalSpy clicked(m_view, &SeatMapView::standingAreaClicked);
    QSignalSpy seat(m_view, &SeatMapView::seatClicked);
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {},
                      m_view->mapFromScene(QPointF(3, 12) * SeatMapModel::Scale));
    QCOMPARE(clicked.size(), 1);
    QCOMPARE(clicked.at(0).at(0).toInt(), 0);
    QCOMPARE(seat.size(), 0);
    QCOMPARE(m_bar->standingArea(), 0);
    QCOMPARE(m_bar->categoryId(), -1);
    QSignalSpy requested(m_bar, &BestAvailableBar::requested);
    QTest::keyClick(m_bar->quantityBox(), Qt::Key_3);
    QTest::keyClick(m_bar->quantityBox(), Qt::Key_Return);
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.at(0), (QList<QVariant>{3, -1, -1, 0}));
}

void tst_StandingArea::keyboard_choosesAreaAndAsksForPlaces()
{
    QSignalSpy requested(m_bar, &BestAvailableBar::requested);
    // A category of seats first: no area.
    m_bar->categoryBox()->setFocus();
    QCOMPARE(m_bar->categoryBox()->currentIndex(), 0);
    QTest::keyClick(m_bar->categoryBox(), Qt::Key_Return);
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.at(0).at(3).toInt(), -1);
    QCOMPARE(requested.at(0).at(1).toInt(), 0);
    // Down twice: past "General" to "Floor (standing)"; the section is then not asked.
    QTest::keyClick(m_bar->categoryBox(), Qt::Key_Down);
    QTest::keyClick(m_bar->categoryBox(), Qt::Key_Down);
    QCOMPARE(m_bar->standingArea(), 0);
    QVERIFY(!m_bar->sectionBox()->isEnabled());
    m_bar->quantityBox()->setValue(4);
    QTest::keyClick(m_bar->categoryBox(), Qt::Key_Return);
    QCOMPARE(requested.size(), 2);
    QCOMPARE(requested.at(1), (QList<QVariant>{4, -1, -1, 0}));
    QTest::keyClick(m_bar->categoryBox(), Qt::Key_Up);
    QVERIFY(m_bar->sectionBox()->isEnabled());
}

QTEST_MAIN(tst_StandingArea)
#include "tst_standingarea.moc"
