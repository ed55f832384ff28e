#include "demolayouts.h"

#include "seatmap/seatmaplegend.h"
#include "seatmap/seatmapmodel.h"
#include "seatmap/seatmapview.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHelpEvent>
#include <QLabel>
#include <QLocale>
#include <QRandomGenerator>
#include <QScreen>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QTest>
#include <QToolTip>
#include <QWheelEvent>

using namespace BoxOffice;
using BoxOffice::Shared::EventLayout;
using BoxOffice::Shared::SeatState;
using BoxOffice::Ui::SeatMapLegend;
using BoxOffice::Ui::SeatMapModel;
using BoxOffice::Ui::SeatMapView;
using Mark = SeatMapModel::Mark;

namespace {

constexpr int StallsRows = 8;
constexpr int StallsPerRow = 20;
constexpr int BalconyRows = 4;
constexpr int BalconyPerRow = 16;
constexpr int BalconyFirst = StallsRows * StallsPerRow; // 160

int stalls(int row, int seat)
{
    return row * StallsPerRow + seat;
}

int balcony(int row, int seat)
{
    return BalconyFirst + row * BalconyPerRow + seat;
}

/**
 * A synthetic theatre: the stage at (0, 0); Stalls 8 rows of 20 seats from y 4 (rows A–D
 * Premium, E–H Standard, the outer seats of row A accessible); Balcony 4 rows of 16 from
 * y 20, Economy. Seats 1.2 apart, rows 1.5 apart, numbered from the left.
 */
EventLayout theatre()
{
    EventLayout layout;
    layout.eventId = 1;
    layout.eventName = QStringLiteral("Hamlet");
    layout.venueName = QStringLiteral("Test Theatre");
    layout.currency = QStringLiteral("EUR");
    layout.sections = {{0, QStringLiteral("Stalls")}, {1, QStringLiteral("Balcony")}};
    layout.categories = {{0, QStringLiteral("Premium"), QStringLiteral("#7c3aed"), 8900},
                         {1, QStringLiteral("Standard"), QStringLiteral("#2563eb"), 5900},
                         {2, QStringLiteral("Economy"), QStringLiteral("#0d9488"), 2900}};
    for (int r = 0; r < StallsRows; ++r)
        layout.rowLabels.append(QString(QChar(u'A' + r)));
    auto addSection = [&](quint16 section, int rows, int perRow, float y0, auto category) {
        for (int r = 0; r < rows; ++r) {
            for (int k = 0; k < perRow; ++k) {
                EventLayout::Seat seat;
                seat.x = float((k - (perRow - 1) / 2.0) * 1.2);
                seat.y = float(y0 + r * 1.5);
                seat.section = section;
                seat.row = quint16(r);
                seat.number = quint16(k + 1);
                seat.category = quint8(category(r));
                seat.flags =
                    section == 0 && r == 0 && (k == 0 || k == perRow - 1) ? EventLayout::Accessible : 0;
                layout.seats.append(seat);
            }
        }
    };
    addSection(0, StallsRows, StallsPerRow, 4.0f, [](int r) { return r < 4 ? 0 : 1; });
    addSection(1, BalconyRows, BalconyPerRow, 20.0f, [](int) { return 2; });
    return layout;
}

EventLayout stadium()
{
    return BoxOffice::Tests::demoStadium();
}

/** The pixels actually painted into the window's backing store (not a fresh render). */
QImage windowPixels(QWidget &window)
{
    QImage image = window.screen()->grabWindow(window.winId()).toImage();
    if (image.isNull())
        image = window.grab().toImage();
    return image;
}

bool saveScreenshots()
{
    return qEnvironmentVariableIsSet("BOXOFFICE_SAVE_SCREENSHOTS");
}

} // namespace

class tst_SeatMapView final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void fitToWindow_showsWholeLayout();
    void fitToWindow_framesSeatsAndStageTightly();
    void click_onSeat_emitsSeatClicked();
    void click_onEmptySpace_emitsNothing();
    void drag_selectsAvailableSeatsInRubberBand();
    void drag_withMiddleButton_pans();
    void wheel_zoomsAroundMouse();
    void keys_zoomAndFit();
    void arrows_moveCurrentSeat();
    void spaceAndReturn_clickCurrentSeat();
    void delta_repaintsChangedSeatsOnly();
    void toolTip_namesSeatRowAndPrice();
    void stadium_drawsTilesNotSeats();
    void legend_listsCategoriesAndStates();

private:
    SeatMapModel *m_model = nullptr;
    SeatMapView *m_view = nullptr;
};

void tst_SeatMapView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_SeatMapView::init()
{
    m_model = new SeatMapModel;
    m_model->setLayout(theatre());
    m_model->setStates(QByteArray(m_model->seatCount(), char(SeatState::Available)));
    m_view = new SeatMapView;
    m_view->setModel(m_model);
    m_view->resize(800, 600);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
}

void tst_SeatMapView::cleanup()
{
    delete m_view;
    m_view = nullptr;
    delete m_model;
    m_model = nullptr;
}

void tst_SeatMapView::fitToWindow_showsWholeLayout()
{
    const QRect viewport = m_view->viewport()->rect();
    auto visible = [&] { return viewport.contains(m_view->mapFromScene(m_model->bounds()).boundingRect()); };
    QVERIFY(visible());
    const double fitted = m_view->zoom();
    QVERIFY(fitted > 1.5); // 800x600 for a 25 x 25 m theatre: seats are ~20 px

    QSignalSpy zoomSpy(m_view, &SeatMapView::zoomChanged);
    m_view->setZoom(fitted * 3, m_model->seatRect(stalls(0, 0)).center());
    QCOMPARE(zoomSpy.size(), 1);
    QVERIFY(!visible());
    m_view->fitToWindow();
    QVERIFY(visible());
    QVERIFY(qAbs(m_view->zoom() - fitted) < 1e-9);

    // The window grows: a fitted map follows it.
    m_view->resize(1000, 800);
    QTRY_VERIFY(m_view->zoom() > fitted);
    QVERIFY(m_view->viewport()->rect().contains(m_view->mapFromScene(m_model->bounds()).boundingRect()));

    // Zoom stays within limits.
    m_view->setZoom(1000, QPointF());
    QCOMPARE(m_view->zoom(), 8.0);
    m_view->setZoom(0.0001, QPointF());
    QVERIFY(m_view->zoom() > 0.5);
}

void tst_SeatMapView::click_onSeat_emitsSeatClicked()
{
    QSignalSpy spy(m_view, &SeatMapView::seatClicked);
    for (int seat : {stalls(0, 0), stalls(3, 7), stalls(7, 19), balcony(2, 5)}) {
        QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, m_view->seatViewportPos(seat));
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.takeFirst().at(0).toInt(), seat);
        QCOMPARE(m_view->currentSeat(), seat);
    }
    // A seat's edge counts too.
    const QPoint edge = m_view->mapFromScene(m_model->seatRect(stalls(2, 2)).topLeft() + QPointF(1, 1));
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, edge);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.takeFirst().at(0).toInt(), stalls(2, 2));

    // A sold seat is still clicked: the workspace decides what a click on it means.
    m_model->applyChanges({{stalls(1, 1), SeatState::Sold}});
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, m_view->seatViewportPos(stalls(1, 1)));
    QCOMPARE(spy.size(), 1);
}

void tst_SeatMapView::click_onEmptySpace_emitsNothing()
{
    QSignalSpy spy(m_view, &SeatMapView::seatClicked);
    QSignalSpy selected(m_view, &SeatMapView::seatsSelected);
    // Between the Stalls (last row at y 14.5) and the Balcony (y 20), on the stage, and
    // between two seats of a row.
    const QPointF gap =
        (m_model->seatRect(stalls(0, 3)).center() + m_model->seatRect(stalls(0, 4)).center()) / 2;
    for (const QPointF &scene : {QPointF(0, 170), QPointF(0, 0), gap}) {
        QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, m_view->mapFromScene(scene));
    }
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, QPoint(2, 2));
    QCOMPARE(spy.size(), 0);
    QCOMPARE(selected.size(), 0);
    QCOMPARE(m_view->currentSeat(), -1);
}

void tst_SeatMapView::drag_selectsAvailableSeatsInRubberBand()
{
    // Rows A and B, seats 1-5; seat B2 sold, B3 blocked, B4 held by someone else, A5 mine.
    m_model->applyChanges({{stalls(1, 1), SeatState::Sold},
                           {stalls(1, 2), SeatState::Blocked},
                           {stalls(1, 3), SeatState::Held},
                           {stalls(0, 4), SeatState::Held}});
    m_model->setMark({stalls(0, 4)}, Mark::Mine);

    QSignalSpy selected(m_view, &SeatMapView::seatsSelected);
    QSignalSpy clicked(m_view, &SeatMapView::seatClicked);
    // From the centre of B5 to the centre of A1: drawn backwards, starting on a seat.
    const QPoint from = m_view->seatViewportPos(stalls(1, 4));
    const QPoint to = m_view->seatViewportPos(stalls(0, 0));
    QTest::mousePress(m_view->viewport(), Qt::LeftButton, {}, from);
    QTest::mouseMove(m_view->viewport(), from + QPoint(-10, -3));
    QTest::mouseMove(m_view->viewport(), (from + to) / 2);
    QTest::mouseMove(m_view->viewport(), to);
    QTest::mouseRelease(m_view->viewport(), Qt::LeftButton, {}, to);

    QCOMPARE(clicked.size(), 0);
    QCOMPARE(selected.size(), 1);
    const QList<int> seats = selected.at(0).at(0).value<QList<int>>();
    QCOMPARE(seats, QList<int>({stalls(0, 0), stalls(0, 1), stalls(0, 2), stalls(0, 3), stalls(1, 0),
                                stalls(1, 4)}));

    // A band over nothing available selects nothing.
    const QPoint empty = m_view->mapFromScene(QPointF(0, 170));
    QTest::mousePress(m_view->viewport(), Qt::LeftButton, {}, empty);
    QTest::mouseMove(m_view->viewport(), empty + QPoint(30, 10));
    QTest::mouseRelease(m_view->viewport(), Qt::LeftButton, {}, empty + QPoint(30, 10));
    QCOMPARE(selected.size(), 1);
    QCOMPARE(clicked.size(), 0);
}

void tst_SeatMapView::drag_withMiddleButton_pans()
{
    m_view->setZoom(m_view->zoom() * 4, m_model->bounds().center());
    const QPointF before = m_view->mapToScene(m_view->viewport()->rect().center());
    const QPoint start(400, 300);
    QTest::mousePress(m_view->viewport(), Qt::MiddleButton, {}, start);
    QTest::mouseMove(m_view->viewport(), start + QPoint(20, 10));
    QTest::mouseMove(m_view->viewport(), start + QPoint(60, 40));
    QTest::mouseRelease(m_view->viewport(), Qt::MiddleButton, {}, start + QPoint(60, 40));
    const QPointF after = m_view->mapToScene(m_view->viewport()->rect().center());
    const QPointF moved = (before - after) * m_view->zoom();
    QVERIFY2(qAbs(moved.x() - 60) <= 2 && qAbs(moved.y() - 40) <= 2,
             qPrintable(QStringLiteral("%1 %2").arg(moved.x()).arg(moved.y())));
}

void tst_SeatMapView::wheel_zoomsAroundMouse()
{
    // Zoomed in first so that the scene is larger than the window in both directions.
    m_view->setZoom(m_view->zoom() * 2, m_model->bounds().center());
    const double start = m_view->zoom();
    const QPoint mouse = m_view->seatViewportPos(stalls(2, 5));
    const QPointF underMouse = m_view->mapToScene(mouse);

    auto wheel = [&](int delta) {
        QWheelEvent event(QPointF(mouse), QPointF(m_view->viewport()->mapToGlobal(mouse)), QPoint(),
                          QPoint(0, delta), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(m_view->viewport(), &event);
    };
    wheel(120);
    QVERIFY2(m_view->zoom() > start * 1.1, qPrintable(QString::number(m_view->zoom() / start)));
    const QPointF shift = (m_view->mapToScene(mouse) - underMouse) * m_view->zoom();
    QVERIFY2(qAbs(shift.x()) <= 2 && qAbs(shift.y()) <= 2,
             qPrintable(QStringLiteral("%1 %2").arg(shift.x()).arg(shift.y())));
    QCOMPARE(m_model->seatAt(m_view->mapToScene(mouse)), stalls(2, 5));

    wheel(-120);
    wheel(-120);
    QVERIFY(m_view->zoom() < start);
}

void tst_SeatMapView::keys_zoomAndFit()
{
    const double fitted = m_view->zoom();
    QTest::keyClick(m_view, Qt::Key_Plus);
    QVERIFY(m_view->zoom() > fitted * 1.2);
    QTest::keyClick(m_view, Qt::Key_Plus);
    QTest::keyClick(m_view, Qt::Key_Minus);
    QVERIFY(m_view->zoom() > fitted * 1.2);
    QTest::keyClick(m_view, Qt::Key_0);
    QVERIFY(qAbs(m_view->zoom() - fitted) < 1e-9);
}

void tst_SeatMapView::arrows_moveCurrentSeat()
{
    QCOMPARE(m_view->currentSeat(), -1);
    QSignalSpy spy(m_view, &SeatMapView::currentSeatChanged);
    // The first key press picks the seat nearest the stage: the middle of row A.
    QTest::keyClick(m_view, Qt::Key_Down);
    QCOMPARE(m_view->currentSeat(), stalls(0, 9));
    QCOMPARE(spy.size(), 1);
    QTest::keyClick(m_view, Qt::Key_Right);
    QCOMPARE(m_view->currentSeat(), stalls(0, 10));
    QTest::keyClick(m_view, Qt::Key_Left);
    QTest::keyClick(m_view, Qt::Key_Left);
    QCOMPARE(m_view->currentSeat(), stalls(0, 8));
    QTest::keyClick(m_view, Qt::Key_Down);
    QCOMPARE(m_view->currentSeat(), stalls(1, 8));
    QTest::keyClick(m_view, Qt::Key_Up);
    QTest::keyClick(m_view, Qt::Key_Up); // nothing above row A but the stage
    QCOMPARE(m_view->currentSeat(), stalls(0, 8));

    // Along the row to its end, and no further.
    m_view->setCurrentSeat(stalls(0, 18));
    QTest::keyClick(m_view, Qt::Key_Right);
    QCOMPARE(m_view->currentSeat(), stalls(0, 19));
    QTest::keyClick(m_view, Qt::Key_Right);
    QCOMPARE(m_view->currentSeat(), stalls(0, 19));

    // Down from the last row of the Stalls: the nearest Balcony seat below (x -1.8).
    m_view->setCurrentSeat(stalls(7, 8));
    QTest::keyClick(m_view, Qt::Key_Down);
    QCOMPARE(m_view->currentSeat(), balcony(0, 6));
    QTest::keyClick(m_view, Qt::Key_Up);
    QCOMPARE(m_view->currentSeat(), stalls(7, 8));

    // Zoomed in, moving keeps the current seat visible.
    m_view->setZoom(8, m_model->seatRect(stalls(0, 0)).center());
    m_view->setCurrentSeat(stalls(0, 0));
    for (int i = 0; i < 19; ++i)
        QTest::keyClick(m_view, Qt::Key_Right);
    QCOMPARE(m_view->currentSeat(), stalls(0, 19));
    QVERIFY(m_view->viewport()->rect().contains(m_view->seatViewportPos(stalls(0, 19))));
}

void tst_SeatMapView::spaceAndReturn_clickCurrentSeat()
{
    QSignalSpy spy(m_view, &SeatMapView::seatClicked);
    QTest::keyClick(m_view, Qt::Key_Space); // no current seat yet
    QCOMPARE(spy.size(), 0);
    m_view->setCurrentSeat(balcony(1, 3));
    QTest::keyClick(m_view, Qt::Key_Space);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).toInt(), balcony(1, 3));
    QTest::keyClick(m_view, Qt::Key_Right);
    QTest::keyClick(m_view, Qt::Key_Return);
    QCOMPARE(spy.size(), 2);
    QCOMPARE(spy.at(1).at(0).toInt(), balcony(1, 4));
}

void tst_SeatMapView::delta_repaintsChangedSeatsOnly()
{
    const int changed = stalls(2, 6);
    const int far = balcony(3, 15);
    auto pixel = [&](const QImage &image, int seat) {
        return QColor(image.pixel(m_view->viewport()->mapTo(m_view, m_view->seatViewportPos(seat))));
    };
    QTest::qWait(50);
    const QImage before = windowPixels(*m_view);
    QCOMPARE(pixel(before, changed), QColor(0x7c, 0x3a, 0xed));
    QCOMPARE(pixel(before, far), QColor(0x0d, 0x94, 0x88));

    // Record what the view repaints.
    struct PaintSpy : QObject
    {
        QRegion region;
        bool eventFilter(QObject *, QEvent *event) override
        {
            if (event->type() == QEvent::Paint)
                region += static_cast<QPaintEvent *>(event)->region();
            return false;
        }
    } paints;
    m_view->viewport()->installEventFilter(&paints);

    m_model->applyChanges({{changed, SeatState::Sold}});
    QTRY_VERIFY(!paints.region.isEmpty());
    const QImage after = windowPixels(*m_view);
    QCOMPARE(pixel(after, changed), SeatMapModel::displayColour(SeatMapModel::Display::Sold));
    QCOMPARE(pixel(after, far), QColor(0x0d, 0x94, 0x88));
    // Only around the changed seat: not the far seat, and a small part of the window.
    QVERIFY(paints.region.contains(m_view->seatViewportPos(changed)));
    QVERIFY(!paints.region.contains(m_view->seatViewportPos(far)));
    const QRect painted = paints.region.boundingRect();
    QVERIFY2(painted.width() * painted.height() < 60 * 60,
             qPrintable(QStringLiteral("%1x%2").arg(painted.width()).arg(painted.height())));

    // Marks repaint the same way.
    paints.region = QRegion();
    m_model->setMark({far}, Mark::Mine);
    QTRY_VERIFY(!paints.region.isEmpty());
    // Off the seat's centre, which the white check mark crosses.
    const QRectF farRect = m_model->seatRect(far);
    const QPoint offCentre =
        m_view->mapFromScene(farRect.topLeft() + QPointF(farRect.width() * 0.3, farRect.height() * 0.25));
    QCOMPARE(QColor(windowPixels(*m_view).pixel(m_view->viewport()->mapTo(m_view, offCentre))),
             SeatMapModel::displayColour(SeatMapModel::Display::Mine));
    m_view->viewport()->removeEventFilter(&paints);

    if (saveScreenshots()) {
        // A lively theatre, zoomed in on the Stalls, for people to look at.
        QList<Shared::SeatChange> changes;
        for (int seat = 0; seat < m_model->seatCount(); seat += 1) {
            const int h = (seat * 7919) % 13;
            if (h < 3)
                changes.append({seat, SeatState::Sold});
            else if (h == 3)
                changes.append({seat, SeatState::Held});
            else if (h == 4 && seat > 100)
                changes.append({seat, SeatState::Blocked});
        }
        m_model->applyChanges(changes);
        m_model->setMark({stalls(3, 9), stalls(3, 10)}, Mark::Mine);
        m_model->setMark({stalls(4, 12), stalls(4, 13)}, Mark::Pending);
        m_view->setCurrentSeat(stalls(2, 4));
        QWidget window;
        auto *layout = new QHBoxLayout(&window);
        m_view->setParent(&window);
        layout->addWidget(m_view, 1);
        auto *legend = new SeatMapLegend(&window);
        legend->setModel(m_model);
        layout->addWidget(legend);
        window.resize(1000, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        m_view->setZoom(3.2, m_model->seatRect(stalls(3, 10)).center());
        m_view->centerOn(m_model->seatRect(stalls(3, 10)).center());
        QVERIFY(window.grab().save(QStringLiteral("/tmp/seatmap-theatre.png")));
        m_view->fitToWindow();
        QVERIFY(window.grab().save(QStringLiteral("/tmp/seatmap-theatre-fit.png")));
        m_view->setParent(nullptr);
    }
}

void tst_SeatMapView::fitToWindow_framesSeatsAndStageTightly()
{
    // The stage point far in front of the seats (best available measures from there): Fit
    // still gives the seats nearly the whole pane, with the stage drawn just in front.
    EventLayout layout = theatre();
    layout.stageY = -40;
    m_model->setLayout(layout);
    m_model->setStates(QByteArray(m_model->seatCount(), char(SeatState::Available)));
    m_view->fitToWindow();
    const QRect viewport = m_view->viewport()->rect();
    const QRect seats = m_view->mapFromScene(m_model->bounds()).boundingRect();
    QVERIFY(viewport.contains(seats));
    const double widthShare = double(seats.width()) / viewport.width();
    const double heightShare = double(seats.height()) / viewport.height();
    QVERIFY2(std::max(widthShare, heightShare) > 0.8,
             qPrintable(QStringLiteral("seats take %1 x %2 of the pane").arg(widthShare).arg(heightShare)));
    QList<QGraphicsItem *> items = m_view->scene()->items();
    QRectF stage;
    for (QGraphicsItem *item : items) {
        if (item->zValue() < 0)
            stage = item->sceneBoundingRect();
    }
    QVERIFY(!stage.isEmpty());
    QVERIFY(stage.bottom() < m_model->bounds().top()); // in front of the seats, above them
    QVERIFY(m_model->bounds().top() - stage.bottom() < m_model->bounds().height() * 0.1);
    QVERIFY(viewport.contains(m_view->mapFromScene(stage).boundingRect()));
}

void tst_SeatMapView::toolTip_namesSeatRowAndPrice()
{
    const int seat = stalls(2, 6);
    const QString text = m_view->seatToolTip(seat);
    QVERIFY2(text.contains(QLatin1String("Stalls")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("row C")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("seat 7")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("€89.00")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Premium")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Available")), qPrintable(text));
    m_model->applyChanges({{seat, SeatState::Held}});
    QVERIFY(m_view->seatToolTip(seat).contains(QLatin1String("Held by others")));
    QVERIFY(m_view->seatToolTip(-1).isEmpty());

    // The help event the application sends on hover shows the same text.
    const QPoint pos = m_view->seatViewportPos(balcony(0, 0));
    QHelpEvent help(QEvent::ToolTip, pos, m_view->viewport()->mapToGlobal(pos));
    QApplication::sendEvent(m_view->viewport(), &help);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY2(QToolTip::text().contains(QLatin1String("Balcony, row A, seat 1")),
             qPrintable(QToolTip::text()));
    QVERIFY(QToolTip::text().contains(QStringLiteral("€29.00")));
    QToolTip::hideText();
}

void tst_SeatMapView::stadium_drawsTilesNotSeats()
{
    SeatMapModel model;
    model.setLayout(stadium());
    QByteArray states(model.seatCount(), char(SeatState::Available));
    QRandomGenerator random(7);
    for (int i = 0; i < states.size(); ++i) {
        const int h = int(random.bounded(10));
        if (h < 2)
            states[i] = char(SeatState::Sold);
        else if (h == 2)
            states[i] = char(SeatState::Held);
    }
    model.setStates(states);
    QCOMPARE(model.seatCount(), 50000);
    m_view->setModel(&model);
    m_view->resize(1280, 800);
    QVERIFY(m_view->tileCount() > 10);
    QVERIFY(m_view->tileCount() < 200);
    QTRY_VERIFY(m_view->viewport()->rect().contains(m_view->mapFromScene(model.bounds()).boundingRect()));
    // Every stand's seats are where the view says they are.
    for (int seat : {0, 12345, 25000, 49999})
        QCOMPARE(model.seatAt(m_view->mapToScene(m_view->seatViewportPos(seat))), seat);
    if (saveScreenshots()) {
        m_view->viewport()->repaint();
        QVERIFY(m_view->grab().save(QStringLiteral("/tmp/seatmap-stadium.png")));
        m_view->setZoom(1.5, model.seatRect(0).center());
        m_view->centerOn(model.seatRect(0).center());
        QVERIFY(m_view->grab().save(QStringLiteral("/tmp/seatmap-stadium-zoom.png")));
    }
    m_view->setModel(m_model);
}

void tst_SeatMapView::legend_listsCategoriesAndStates()
{
    SeatMapLegend legend;
    legend.setModel(m_model);
    auto texts = [&] {
        QStringList list;
        for (const QLabel *label : legend.findChildren<QLabel *>())
            list.append(label->text());
        return list;
    };
    QStringList list = texts();
    for (const char *expected : {"Premium · €89.00", "Standard · €59.00", "Economy · €29.00", "Held by me",
                                 "Being held", "Held by others", "Sold", "Blocked", "Wheelchair accessible"})
        QVERIFY2(list.contains(QString::fromUtf8(expected)), expected);

    EventLayout other = theatre();
    other.categories[0].name = QStringLiteral("Royal box");
    m_model->setLayout(other);
    list = texts();
    QVERIFY(list.contains(QString::fromUtf8("Royal box · €89.00")));
    QVERIFY(!list.contains(QString::fromUtf8("Premium · €89.00")));
}

QTEST_MAIN(tst_SeatMapView)
#include "tst_seatmapview.moc"
