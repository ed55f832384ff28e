// The counter workflow in the real main window and selling workspace, against a protocol
// server faked in the test process: the keyboard sale from the event list, a click hold
// that loses the race, the rubber band, the cart's countdown and Extend, and a dropped
// connection that keeps the cart.

#include "fakeserver.h"

#include "events/eventlistmodel.h"
#include "checkin/scanpanel.h"
#include "mainwindow/mainwindow.h"
#include "orders/orderworkspace.h"
#include "seatmap/seatlayout.h"
#include "seatmap/seatmapmodel.h"
#include "seatmap/seatmapview.h"
#include "selling/bestavailablebar.h"
#include "selling/cartmodel.h"
#include "selling/cartpanel.h"
#include "selling/paymentpanel.h"
#include "selling/sellingworkspace.h"

#include <QApplication>
#include <QCborArray>
#include <QDateTime>
#include <QFile>
#include <QLabel>
#include <QTemporaryDir>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace BoxOffice;
using namespace BoxOffice::Ui;
using BoxOffice::Tests::FakeServer;
using Shared::Frame;
using Shared::MessageType;
namespace Key = Shared::Key;

namespace {

constexpr qint64 EventId = 1;
constexpr int TtlS = 180;

// Two sections of five rows of ten seats; seat i is section i / 50, row (i % 50) / 10.
Shared::EventLayout smallTheatre()
{
    Shared::EventLayout l;
    l.eventId = EventId;
    l.eventName = QStringLiteral("Hamlet");
    l.venueName = QStringLiteral("Grand Theatre");
    l.currency = QStringLiteral("EUR");
    l.holdTtlS = TtlS;
    l.holdMaxS = 600;
    l.maxSeatsPerOrder = 8;
    l.sections = {{0, QStringLiteral("Stalls")}, {1, QStringLiteral("Circle")}};
    l.categories = {{0, QStringLiteral("Premium"), QStringLiteral("#7c3aed"), 5000},
                    {1, QStringLiteral("Standard"), QStringLiteral("#2563eb"), 3000}};
    l.rowLabels = {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D"),
                   QStringLiteral("E")};
    for (int section = 0; section < 2; ++section) {
        for (int row = 0; row < 5; ++row) {
            for (int n = 0; n < 10; ++n) {
                Shared::EventLayout::Seat s;
                s.x = float((n - 4.5) * 1.2);
                s.y = float(10 + section * 10 + row * 1.5);
                s.section = quint16(section);
                s.row = quint16(row);
                s.number = quint16(n + 1);
                s.category = quint8(section == 0 && row < 2 ? 0 : 1);
                l.seats.append(s);
            }
        }
    }
    return l;
}

QCborArray oneEvent()
{
    QCborMap e;
    e.insert(Key::Id, EventId);
    e.insert(Key::Name, QStringLiteral("Hamlet"));
    e.insert(Key::Venue, QStringLiteral("Grand Theatre"));
    e.insert(Key::Starts, QDateTime::currentDateTimeUtc().addDays(3).toMSecsSinceEpoch());
    e.insert(Key::SeatCount, 100);
    e.insert(Key::Available, 100);
    e.insert(Key::Held, 0);
    e.insert(Key::Sold, 0);
    e.insert(Key::Blocked, 0);
    e.insert(Key::MaxSeats, 8);
    e.insert(Key::Currency, QStringLiteral("EUR"));
    e.insert(Key::Categories, QCborArray{QCborMap{{Key::Id, 0},
                                                  {Key::Name, QStringLiteral("Premium")},
                                                  {Key::Price, 5000},
                                                  {Key::Available, 20}},
                                         QCborMap{{Key::Id, 1},
                                                  {Key::Name, QStringLiteral("Standard")},
                                                  {Key::Price, 3000},
                                                  {Key::Available, 80}}});
    return QCborArray{e};
}

QCborArray toArray(const QList<int> &seats)
{
    QCborArray a;
    for (int s : seats)
        a.append(s);
    return a;
}

} // namespace

class tst_SellingWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void keyboardSale_twoBestSeatsInFourPresses();
    void clickedSeatTakenMeanwhile_droppedWithNotice();
    void clickOwnSeat_releasesIt();
    void rubberBand_holdsTheFreeSeatsInsideInOneHold();
    void extend_updatesTheCountdown();
    void cartCountdown_warnsFromThirtySeconds();
    void droppedConnection_keepsCartAndReloadsMap();
    void withoutClerkRole_mapIsReadOnly();
    void cashTendered_showsChangeAndSendsIt();
    void declinedPayment_keepsCartAndOrder_retryIsANewPayment();
    void compNeedsTheRoleAndAReason();
    void checkInWorkspace_forClerks();
    void exchangeMode_swapsTheTicketForTheHeldSeat();

private:
    QList<QByteArray> handle(const Frame &request);
    bool openSignedIn(const QString &user = QStringLiteral("clerk"),
                      const QString &password = QStringLiteral("clerk-password"));
    bool openEvent();
    QList<Frame> requestsOf(MessageType type) const;

    FakeServer *m_server = nullptr;
    MainWindow *m_window = nullptr;
    QByteArray m_states;
    qint64 m_nextHold = 100;
    QList<int> m_bestSeats{5, 4};
    bool m_refuseHolds = false;
    int m_declinePayments = 0;
    QCborArray m_orderHolds;
    qint64 m_serverSkewMs = 0;
};

void tst_SellingWorkspace::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_SellingWorkspace::init()
{
    m_server = new FakeServer(this);
    m_server->events = oneEvent();
    m_server->handler = [this](const Frame &request) { return handle(request); };
    QVERIFY(m_server->listen());
    m_states = QByteArray(100, char(Shared::SeatState::Available));
    m_states[90] = char(Shared::SeatState::Sold);
    m_refuseHolds = false;
    m_declinePayments = 0;
    m_serverSkewMs = 0;
    m_window = new MainWindow;
    m_window->resize(1280, 800);
}

void tst_SellingWorkspace::cleanup()
{
    delete m_window;
    m_window = nullptr;
    delete m_server;
    m_server = nullptr;
}

QList<QByteArray> tst_SellingWorkspace::handle(const Frame &request)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch() + m_serverSkewMs;
    auto holdResult = [&](const QList<int> &seats) {
        QCborMap r;
        r.insert(Key::Hold, ++m_nextHold);
        r.insert(Key::Event, EventId);
        r.insert(Key::Seats, toArray(seats));
        r.insert(Key::Expires, now + TtlS * 1000);
        r.insert(Key::MaxExpires, now + 600 * 1000);
        return Shared::encodeResult(request.type, request.id, r);
    };
    switch (request.type) {
    case MessageType::GetLayout:
        return {Shared::encodeResult(request.type, request.id, Shared::encodeLayout(smallTheatre()))};
    case MessageType::Subscribe: {
        QCborMap r{{Key::Event, EventId}, {Key::SeatCount, 100}};
        QCborMap snapshot{{Key::Event, EventId},
                          {Key::SeatCount, 100},
                          {Key::States, Shared::encodeSnapshotStates(m_states)}};
        return {Shared::encodeResult(request.type, request.id, r),
                Shared::encodePush(MessageType::Snapshot, snapshot)};
    }
    case MessageType::Hold: {
        QList<int> seats;
        for (const QCborValue &v : request.body.value(Key::Seats).toArray())
            seats.append(int(v.toInteger()));
        if (m_refuseHolds) {
            // Somebody else was faster: their delta arrives, then our refusal.
            QList<Shared::SeatChange> changes;
            for (int s : seats)
                changes.append({s, Shared::SeatState::Sold});
            const QCborMap delta{{Key::Event, EventId}, {Key::Changes, Shared::encodeDelta(changes)}};
            return {Shared::encodePush(MessageType::Delta, delta),
                    Shared::encodeError(request.type, request.id, Shared::ErrorCode::SeatUnavailable,
                                        QStringLiteral("taken"))};
        }
        for (int s : seats)
            m_states[s] = char(Shared::SeatState::Held);
        return {holdResult(seats)};
    }
    case MessageType::BestAvailable:
        for (int s : m_bestSeats)
            m_states[s] = char(Shared::SeatState::Held);
        return {holdResult(m_bestSeats)};
    case MessageType::Extend: {
        QCborMap r{{Key::Hold, request.body.value(Key::Hold)},
                   {Key::Expires, now + TtlS * 1000},
                   {Key::MaxExpires, now + 600 * 1000}};
        return {Shared::encodeResult(request.type, request.id, r)};
    }
    case MessageType::Release:
        return {
            Shared::encodeResult(request.type, request.id,
                                 QCborMap{{Key::Hold, request.body.value(Key::Hold)}, {Key::Released, 1}})};
    case MessageType::CreateOrder: {
        m_orderHolds = request.body.value(Key::Holds).toArray();
        return {Shared::encodeResult(
            request.type, request.id,
            QCborMap{
                {Key::Order, 77},
                {Key::OrderNumber, QStringLiteral("K7F3-Q9XA")},
                {Key::State, QStringLiteral("pending")},
                {Key::Total, 10000},
                {Key::Currency, QStringLiteral("EUR")},
                {Key::Card, QCborMap{{Key::TokenizeUrl, QStringLiteral("http://127.0.0.1:9/v1/tokens")}}}})};
    }
    case MessageType::PayOrder: {
        if (m_declinePayments > 0) {
            --m_declinePayments;
            return {Shared::encodeError(request.type, request.id, Shared::ErrorCode::PaymentDeclined,
                                        QStringLiteral("card_declined"))};
        }
        const qint64 tendered = request.body.value(Key::Tendered).toInteger();
        QCborArray tickets;
        for (int i = 0; i < 2; ++i)
            tickets.append(QCborMap{{Key::Serial, 500 + i},
                                    {Key::Seat, m_bestSeats.value(i)},
                                    {Key::Code, QStringLiteral("CODE%1").arg(i)},
                                    {Key::Price, 5000}});
        QCborMap result{{Key::Order, 77},
                        {Key::OrderNumber, QStringLiteral("K7F3-Q9XA")},
                        {Key::State, QStringLiteral("completed")},
                        {Key::Total, 10000},
                        {Key::Currency, QStringLiteral("EUR")},
                        {Key::Tickets, tickets}};
        if (request.body.value(Key::Method).toString() == QLatin1String("cash"))
            result.insert(Key::ChangeDue, tendered - 10000);
        return {Shared::encodeResult(request.type, request.id, result)};
    }
    case MessageType::ExchangeTicket: {
        const QCborMap newTicket{{Key::Serial, 901},
                                 {Key::Seat, 60},
                                 {Key::Price, 3000},
                                 {Key::Section, QStringLiteral("Circle")},
                                 {Key::Row, QStringLiteral("B")},
                                 {Key::SeatNumber, 1},
                                 {Key::Code, QStringLiteral("NEWCODE")}};
        return {Shared::encodeResult(request.type, request.id,
                                     QCborMap{{Key::Order, 77},
                                              {Key::OrderNumber, QStringLiteral("K7F3-Q9XA")},
                                              {Key::Ticket, request.body.value(Key::Ticket)},
                                              {Key::NewTicket, newTicket},
                                              {Key::Difference, -2000},
                                              {Key::Currency, QStringLiteral("EUR")}})};
    }
    case MessageType::CancelOrder:
        return {Shared::encodeResult(request.type, request.id, QCborMap{{Key::Order, 77}})};
    case MessageType::Unsubscribe:
        return {Shared::encodeResult(request.type, request.id, QCborMap{{Key::Event, EventId}})};
    default:
        return {};
    }
}

QList<Frame> tst_SellingWorkspace::requestsOf(MessageType type) const
{
    QList<Frame> out;
    for (const Frame &f : m_server->received) {
        if (f.type == type)
            out.append(f);
    }
    return out;
}

bool tst_SellingWorkspace::openSignedIn(const QString &user, const QString &password)
{
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window))
        return false;
    QSignalSpy signedIn(m_window, &MainWindow::signInFinished);
    QSignalSpy listed(m_window->eventModel(), &EventListModel::refreshed);
    m_window->signIn(m_server->url(), user, password);
    if (!signedIn.wait(5000) || !signedIn.first().at(0).toBool())
        return false;
    return !listed.isEmpty() || listed.wait(5000);
}

bool tst_SellingWorkspace::openEvent()
{
    QSignalSpy loaded(m_window->sellingWorkspace(), &SellingWorkspace::eventLoaded);
    m_window->openEvent(EventId);
    return loaded.wait(5000) && loaded.first().at(1).toBool();
}

void tst_SellingWorkspace::keyboardSale_twoBestSeatsInFourPresses()
{
    QVERIFY(openSignedIn());
    QTableView *events = m_window->eventView();
    // Just signed in: the list has the focus (the test does not put it there).
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(events));
    QVERIFY(events->currentIndex().isValid()); // the first row is current from the start
    SellingWorkspace *selling = m_window->sellingWorkspace();
    QSignalSpy loaded(selling, &SellingWorkspace::eventLoaded);
    QSignalSpy held(selling, &SellingWorkspace::holdFinished);
    QSignalSpy sold(selling, &SellingWorkspace::saleFinished);
    int presses = 0;
    auto press = [&presses](Qt::Key key) {
        QWidget *target = QApplication::focusWidget();
        QVERIFY(target);
        QTest::keyClick(target, key);
        ++presses;
    };

    press(Qt::Key_Return); // 1: open the seat map
    QVERIFY(loaded.wait(5000));
    QCOMPARE(QApplication::focusWidget(), selling->bestAvailableBar()->quantityBox());
    press(Qt::Key_2);      // 2: two seats
    press(Qt::Key_Return); // 3: best available
    QVERIFY(held.wait(5000));
    QVERIFY(held.first().at(0).toBool());
    QCOMPARE(selling->cart()->seatCount(), 2);
    QCOMPARE(selling->cart()->total(), 10000);
    QCOMPARE(QApplication::focusWidget(), selling->cartPanel()->sellButton());
    press(Qt::Key_Return); // 4: sell
    QVERIFY(sold.wait(5000));
    QVERIFY2(sold.first().at(0).toBool(), qPrintable(sold.first().at(1).toString()));

    QVERIFY(presses <= 8);
    QCOMPARE(presses, 4);
    const QList<Frame> asks = requestsOf(MessageType::BestAvailable);
    QCOMPARE(asks.size(), 1);
    QCOMPARE(asks.first().body.value(Key::Count).toInteger(), 2);
    QCOMPARE(asks.first().body.value(Key::Category).toInteger(), 0);
    QVERIFY(!asks.first().body.contains(Key::Section));
    const QList<Frame> orders = requestsOf(MessageType::CreateOrder);
    QCOMPARE(orders.size(), 1);
    QCOMPARE(orders.first().body.value(Key::Holds).toArray(), QCborArray{m_nextHold});
    const QList<Frame> payments = requestsOf(MessageType::PayOrder);
    QCOMPARE(payments.size(), 1);
    QCOMPARE(payments.first().body.value(Key::Order).toInteger(), 77);
    QCOMPARE(payments.first().body.value(Key::Method).toString(), QStringLiteral("cash"));
    QCOMPARE(payments.first().body.value(Key::Tendered).toInteger(), 10000); // exact by default
    QVERIFY(payments.first().body.value(Key::PaymentKey).toString().size() >= 16);
    QCOMPARE(selling->cart()->seatCount(), 0);
    QVERIFY2(selling->notice().contains(QStringLiteral("K7F3-Q9XA")), qPrintable(selling->notice()));
    QCOMPARE(selling->lastOrder().value(Key::Tickets).toArray().size(), 2);

    // The tickets of that order, as PDF (Ctrl+Shift+S asks where; here the file is given).
    const QList<TicketData> tickets = selling->lastOrderTickets();
    QCOMPARE(tickets.size(), 2);
    QCOMPARE(tickets.first().orderNumber, QStringLiteral("K7F3-Q9XA"));
    QCOMPARE(tickets.first().section, QStringLiteral("Stalls")); // labels from the map
    QCOMPARE(tickets.first().row, QStringLiteral("A"));
    QCOMPARE(tickets.first().seat, QStringLiteral("6"));
    QCOMPARE(tickets.first().code, QStringLiteral("CODE0"));
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("tickets.pdf"));
    QVERIFY(selling->saveLastOrderPdf(pdf));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    QVERIFY(file.size() > 2000);
    // Ready for the next customer.
    QCOMPARE(QApplication::focusWidget(), selling->bestAvailableBar()->quantityBox());
}

void tst_SellingWorkspace::clickedSeatTakenMeanwhile_droppedWithNotice()
{
    QVERIFY(openSignedIn());
    QVERIFY(openEvent());
    SellingWorkspace *selling = m_window->sellingWorkspace();
    QSignalSpy held(selling, &SellingWorkspace::holdFinished);
    m_refuseHolds = true;
    const int seat = 12; // Stalls, row B, seat 3
    SeatMapView *view = selling->seatMapView();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, view->seatViewportPos(seat));
    QCOMPARE(selling->seatMap()->mark(seat), SeatMapModel::Mark::Pending);
    QVERIFY(held.wait(5000));
    QVERIFY(!held.first().at(0).toBool());
    QCOMPARE(selling->seatMap()->mark(seat), SeatMapModel::Mark::None);
    QCOMPARE(selling->seatMap()->display(seat), SeatMapModel::Display::Sold);
    QCOMPARE(selling->cart()->seatCount(), 0);
    QVERIFY2(selling->notice().contains(selling->seatMap()->seatName(seat)), qPrintable(selling->notice()));
    QVERIFY(selling->findChild<QWidget *>(QStringLiteral("sellingNotice"))->isVisible());
}

void tst_SellingWorkspace::clickOwnSeat_releasesIt()
{
    QVERIFY(openSignedIn());
    QVERIFY(openEvent());
    SellingWorkspace *selling = m_window->sellingWorkspace();
    SeatMapView *view = selling->seatMapView();
    QSignalSpy held(selling, &SellingWorkspace::holdFinished);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, view->seatViewportPos(3));
    QVERIFY(held.wait(5000));
    QCOMPARE(selling->cart()->seatCount(), 1);
    QCOMPARE(selling->seatMap()->mark(3), SeatMapModel::Mark::Mine);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, view->seatViewportPos(3));
    QTRY_COMPARE(selling->cart()->seatCount(), 0);
    QCOMPARE(selling->seatMap()->mark(3), SeatMapModel::Mark::None);
    QCOMPARE(requestsOf(MessageType::Release).size(), 1);
}

void tst_SellingWorkspace::rubberBand_holdsTheFreeSeatsInsideInOneHold()
{
    m_states[52] = char(Shared::SeatState::Sold); // Circle row A seat 3: inside, not free
    QVERIFY(openSignedIn());
    QVERIFY(openEvent());
    SellingWorkspace *selling = m_window->sellingWorkspace();
    SeatMapView *view = selling->seatMapView();
    QSignalSpy held(selling, &SellingWorkspace::holdFinished);
    // Around Circle row A seats 1-4 (50..53): from above-left of 50 to below-right of 53.
    const QPoint first = view->seatViewportPos(50);
    const QPoint last = view->seatViewportPos(53);
    const int pad = std::max(2, (view->seatViewportPos(51).x() - first.x()) / 3);
    const QPoint from(first.x() - pad, first.y() - pad);
    const QPoint to(last.x() + pad, last.y() + pad);
    QTest::mousePress(view->viewport(), Qt::LeftButton, Qt::NoModifier, from);
    QTest::mouseMove(view->viewport(), (from + to) / 2);
    QTest::mouseMove(view->viewport(), to);
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, Qt::NoModifier, to);
    QVERIFY(held.wait(5000));
    const QList<Frame> holds = requestsOf(MessageType::Hold);
    QCOMPARE(holds.size(), 1);
    QCOMPARE(holds.first().body.value(Key::Seats).toArray(), toArray({50, 51, 53}));
    QCOMPARE(selling->cart()->seatCount(), 3);
}

void tst_SellingWorkspace::extend_updatesTheCountdown()
{
    QVERIFY(openSignedIn());
    QVERIFY(openEvent());
    SellingWorkspace *selling = m_window->sellingWorkspace();
    selling->bestAvailableBar()->focusQuantity();
    QSignalSpy held(selling, &SellingWorkspace::holdFinished);
    QTest::keyClick(selling->bestAvailableBar()->quantityBox(), Qt::Key_Return);
    QVERIFY(held.wait(5000));
    const QDateTime before = selling->cart()->holds().first().expires;
    QTest::qWait(1100);
    QVERIFY(selling->cartPanel()->extendButton()->isEnabled());
    QTest::keyClick(selling->cartPanel()->sellButton(), Qt::Key_E, Qt::ControlModifier);
    QTRY_COMPARE(requestsOf(MessageType::Extend).size(), 1);
    QTRY_VERIFY(selling->cart()->holds().first().expires > before.addMSecs(500));
    QVERIFY(selling->cartPanel()->secondsLeft() > TtlS - 5);
}

void tst_SellingWorkspace::cartCountdown_warnsFromThirtySeconds()
{
    // On the panel itself: the workspace takes the database's clock from each hold.
    SeatMapModel seatMap;
    seatMap.setLayout(smallTheatre());
    CartModel cart;
    cart.setSeatMap(&seatMap);
    CartPanel panel(&cart);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QCOMPARE(panel.secondsLeft(), -1);
    QVERIFY(!panel.sellButton()->isEnabled());

    const QDateTime now = QDateTime::currentDateTimeUtc();
    cart.addHold({1, {0, 1}, now.addSecs(100), now.addSecs(500), false});
    QVERIFY(!panel.isWarning());
    QVERIFY(panel.sellButton()->isEnabled());
    QVERIFY(panel.countdownLabel()->text().contains(QStringLiteral("1:4")));
    QCOMPARE(cart.total(), 10000);

    cart.updateExpiry(1, now.addSecs(25), now.addSecs(25));
    QVERIFY(panel.isWarning());
    QVERIFY(!panel.extendButton()->isEnabled()); // at its maximum
    QSignalSpy expired(&panel, &CartPanel::expired);
    cart.updateExpiry(1, now.addMSecs(300), now.addMSecs(300));
    QVERIFY(expired.wait(2000));
}

void tst_SellingWorkspace::droppedConnection_keepsCartAndReloadsMap()
{
    QVERIFY(openSignedIn());
    m_window->connection()->setReconnectDelays(50, 200);
    QVERIFY(openEvent());
    SellingWorkspace *selling = m_window->sellingWorkspace();
    SeatMapView *view = selling->seatMapView();
    QSignalSpy held(selling, &SellingWorkspace::holdFinished);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, view->seatViewportPos(7));
    QVERIFY(held.wait(5000));
    QCOMPARE(selling->cart()->seatCount(), 1);

    const int subscribes = int(requestsOf(MessageType::Subscribe).size());
    m_states[8] = char(Shared::SeatState::Sold); // changed while the clerk was away
    m_server->dropClients();
    QTRY_COMPARE_WITH_TIMEOUT(m_window->connection()->state(), ServerConnection::State::Connected, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(int(requestsOf(MessageType::Subscribe).size()), subscribes + 1, 5000);
    QTRY_COMPARE(selling->seatMap()->display(8), SeatMapModel::Display::Sold);
    QCOMPARE(selling->cart()->seatCount(), 1);
    QCOMPARE(selling->seatMap()->mark(7), SeatMapModel::Mark::Mine);
    QVERIFY(m_window->sellingWorkspace()->isVisible());
}

void tst_SellingWorkspace::withoutClerkRole_mapIsReadOnly()
{
    m_server->accounts.insert(QStringLiteral("olga"),
                              {QStringLiteral("olga-password"), {QStringLiteral("organizer")}});
    QVERIFY(openSignedIn(QStringLiteral("olga"), QStringLiteral("olga-password")));
    QVERIFY(openEvent());
    SellingWorkspace *selling = m_window->sellingWorkspace();
    QVERIFY(!selling->canSell());
    QVERIFY(!selling->cartPanel()->isVisible());
    QVERIFY(!selling->bestAvailableBar()->isVisible());
    SeatMapView *view = selling->seatMapView();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, view->seatViewportPos(3));
    QTest::qWait(100);
    QCOMPARE(requestsOf(MessageType::Hold).size(), 0);
}

void tst_SellingWorkspace::cashTendered_showsChangeAndSendsIt()
{
    QVERIFY(openSignedIn());
    QVERIFY(openEvent());
    SellingWorkspace *selling = m_window->sellingWorkspace();
    QSignalSpy held(selling, &SellingWorkspace::holdFinished);
    selling->requestBestAvailable(2, 0, -1);
    QVERIFY(held.wait(5000));
    PaymentPanel *payment = selling->cartPanel()->paymentPanel();
    QCOMPARE(payment->method(), PaymentPanel::Method::Cash);
    QTest::keyClicks(payment->tenderedField(), QStringLiteral("120"));
    QCOMPARE(payment->changeLabel()->text(), QString::fromUtf8("€20.00"));
    payment->tenderedField()->setText(QStringLiteral("90"));
    QVERIFY(!payment->validationError().isEmpty()); // less than the total
    QSignalSpy sold(selling, &SellingWorkspace::saleFinished);
    selling->sell();
    QVERIFY(!sold.isEmpty() && !sold.first().at(0).toBool());
    QCOMPARE(requestsOf(MessageType::CreateOrder).size(), 0); // refused before asking anyone
    payment->tenderedField()->setText(QStringLiteral("120.00"));
    payment->customerNameField()->setText(QStringLiteral("  Ada   Lovelace "));
    payment->customerPhoneField()->setText(QStringLiteral("+44 20 7946 0000"));
    sold.clear();
    selling->sell();
    QVERIFY(sold.wait(5000));
    QVERIFY(sold.first().at(0).toBool());
    QCOMPARE(requestsOf(MessageType::PayOrder).first().body.value(Key::Tendered).toInteger(), 12000);
    const QCborMap customer = requestsOf(MessageType::CreateOrder).first().body.value(Key::Customer).toMap();
    QCOMPARE(customer.value(Key::Name).toString(), QStringLiteral("Ada Lovelace"));
    QCOMPARE(customer.value(Key::Phone).toString(), QStringLiteral("+44 20 7946 0000"));
    QCOMPARE(customer.value(Key::Email).toString(), QString());
    QVERIFY(payment->customerNameField()->text().isEmpty()); // cleared for the next customer
    QVERIFY2(selling->notice().contains(QString::fromUtf8("€20.00")), qPrintable(selling->notice()));
    QVERIFY(payment->tenderedField()->text().isEmpty());

    // The receipt says what was bought, paid and given back.
    const ReceiptData receipt = selling->lastReceipt();
    QCOMPARE(receipt.orderNumber, QStringLiteral("K7F3-Q9XA"));
    QCOMPARE(receipt.method, QStringLiteral("cash"));
    QCOMPARE(receipt.tenderedMinor, 12000);
    QCOMPARE(receipt.changeMinor, 2000);
    QCOMPARE(receipt.lines.size(), 2);
    const QString html = ReceiptDocument(receipt).html();
    for (const QString &expected :
         {QStringLiteral("K7F3-Q9XA"), QString::fromUtf8("€100.00"), QString::fromUtf8("€120.00"),
          QString::fromUtf8("€20.00"), QStringLiteral("Cash")})
        QVERIFY2(html.contains(expected), qPrintable(expected));
    QTemporaryDir dir;
    QVERIFY(selling->saveLastReceiptPdf(dir.filePath(QStringLiteral("receipt.pdf"))));
    QFile file(dir.filePath(QStringLiteral("receipt.pdf")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
}

void tst_SellingWorkspace::declinedPayment_keepsCartAndOrder_retryIsANewPayment()
{
    QVERIFY(openSignedIn());
    QVERIFY(openEvent());
    SellingWorkspace *selling = m_window->sellingWorkspace();
    QSignalSpy held(selling, &SellingWorkspace::holdFinished);
    selling->requestBestAvailable(2, 0, -1);
    QVERIFY(held.wait(5000));
    m_declinePayments = 1;
    QSignalSpy sold(selling, &SellingWorkspace::saleFinished);
    selling->sell();
    QVERIFY(sold.wait(5000));
    QVERIFY(!sold.first().at(0).toBool());
    QCOMPARE(selling->cart()->seatCount(), 2); // the seats stay held for another try
    QVERIFY(selling->cartPanel()->sellButton()->isEnabled());
    sold.clear();
    selling->sell();
    QVERIFY(sold.wait(5000));
    QVERIFY(sold.first().at(0).toBool());
    QCOMPARE(requestsOf(MessageType::CreateOrder).size(), 1); // the same order
    const QList<Frame> payments = requestsOf(MessageType::PayOrder);
    QCOMPARE(payments.size(), 2);
    QVERIFY(payments.at(0).body.value(Key::PaymentKey) != payments.at(1).body.value(Key::PaymentKey));
}

void tst_SellingWorkspace::compNeedsTheRoleAndAReason()
{
    QVERIFY(openSignedIn()); // a clerk: no complimentary tickets
    QVERIFY(openEvent());
    PaymentPanel *payment = m_window->sellingWorkspace()->cartPanel()->paymentPanel();
    QVERIFY(!payment->isCompAllowed());
    payment->setMethod(PaymentPanel::Method::Comp);
    QCOMPARE(payment->method(), PaymentPanel::Method::Cash);

    m_server->accounts.insert(QStringLiteral("boss"), {QStringLiteral("boss-password"),
                                                       {QStringLiteral("clerk"), QStringLiteral("admin")}});
    delete m_window;
    m_window = new MainWindow;
    m_window->resize(1280, 800);
    QVERIFY(openSignedIn(QStringLiteral("boss"), QStringLiteral("boss-password")));
    QVERIFY(openEvent());
    SellingWorkspace *selling = m_window->sellingWorkspace();
    payment = selling->cartPanel()->paymentPanel();
    QVERIFY(payment->isCompAllowed());
    QSignalSpy held(selling, &SellingWorkspace::holdFinished);
    selling->requestBestAvailable(2, 0, -1);
    QVERIFY(held.wait(5000));
    m_window->activateWindow(); // shortcuts go to the active window
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    QTest::keyClick(selling->cartPanel()->sellButton(), Qt::Key_F4);
    QTRY_COMPARE(payment->method(), PaymentPanel::Method::Comp); // a shortcut animates the click
    QVERIFY(!payment->validationError().isEmpty());
    payment->reasonField()->setText(QStringLiteral("Press night"));
    QSignalSpy sold(selling, &SellingWorkspace::saleFinished);
    selling->sell();
    QVERIFY(sold.wait(5000));
    const Frame pay = requestsOf(MessageType::PayOrder).first();
    QCOMPARE(pay.body.value(Key::Method).toString(), QStringLiteral("comp"));
    QCOMPARE(pay.body.value(Key::Reason).toString(), QStringLiteral("Press night"));
}

void tst_SellingWorkspace::checkInWorkspace_forClerks()
{
    QVERIFY(openSignedIn());
    QVERIFY(m_window->isCheckInAvailable());
    QVERIFY(m_window->workspaces()->tabBar()->isVisible());
    m_window->showCheckIn();
    QCOMPARE(m_window->workspaces()->currentWidget(), m_window->scanPanel());
    QCOMPARE(QApplication::focusWidget(), m_window->scanPanel()->codeEdit());
    QVERIFY(m_window->isOrderWorkspaceAvailable());
    m_window->showOrders();
    QVERIFY(m_window->orderWorkspace()->isVisible());
    // Exchange… in an order continues on the seat map of the ticket's event.
    QSignalSpy loaded(m_window->sellingWorkspace(), &SellingWorkspace::eventLoaded);
    emit m_window->orderWorkspace()->exchangeRequested(900, EventId);
    QVERIFY(loaded.wait(5000));
    QCOMPARE(m_window->workspaces()->currentIndex(), 0);
    QCOMPARE(m_window->sellingWorkspace()->exchangingTicket(), 900);
    // Looking elsewhere for the new seat keeps the exchange: back to the list and in again.
    QTest::keyClick(m_window->sellingWorkspace(), Qt::Key_Escape);
    QTRY_COMPARE(m_window->sellingWorkspace()->eventId(), 0);
    QSignalSpy again(m_window->sellingWorkspace(), &SellingWorkspace::eventLoaded);
    m_window->openEvent(EventId);
    QVERIFY(again.wait(5000));
    QCOMPARE(m_window->sellingWorkspace()->exchangingTicket(), 900);

    m_server->accounts.insert(QStringLiteral("olga"),
                              {QStringLiteral("olga-password"), {QStringLiteral("organizer")}});
    delete m_window;
    m_window = new MainWindow;
    QVERIFY(openSignedIn(QStringLiteral("olga"), QStringLiteral("olga-password")));
    QVERIFY(!m_window->isCheckInAvailable());
    QVERIFY(!m_window->isOrderWorkspaceAvailable());
    m_window->showCheckIn();
    QCOMPARE(m_window->workspaces()->currentIndex(), 0);
}

void tst_SellingWorkspace::exchangeMode_swapsTheTicketForTheHeldSeat()
{
    QVERIFY(openSignedIn());
    QVERIFY(openEvent());
    SellingWorkspace *selling = m_window->sellingWorkspace();
    selling->startExchange(900);
    QVERIFY(selling->cartPanel()->sellButton()->text().contains(QStringLiteral("xchange")));
    SeatMapView *view = selling->seatMapView();
    QSignalSpy held(selling, &SellingWorkspace::holdFinished);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, view->seatViewportPos(60));
    QVERIFY(held.wait(5000));
    QSignalSpy done(selling, &SellingWorkspace::saleFinished);
    QTest::mouseClick(selling->cartPanel()->sellButton(), Qt::LeftButton);
    QVERIFY(done.wait(5000));
    QVERIFY2(done.first().at(0).toBool(), qPrintable(done.first().at(1).toString()));
    const QList<Frame> exchanges = requestsOf(MessageType::ExchangeTicket);
    QCOMPARE(exchanges.size(), 1);
    QCOMPARE(exchanges.first().body.value(Key::Ticket).toInteger(), 900);
    QCOMPARE(exchanges.first().body.value(Key::Hold).toInteger(), m_nextHold);
    QCOMPARE(requestsOf(MessageType::CreateOrder).size(), 0); // not a sale
    QCOMPARE(selling->exchangingTicket(), 0);
    QCOMPARE(selling->cart()->seatCount(), 0);
    QVERIFY2(selling->notice().contains(QString::fromUtf8("€20.00")), qPrintable(selling->notice()));
    QCOMPARE(selling->lastOrderTickets().size(), 1); // the new ticket, ready to print
    QCOMPARE(selling->lastOrderTickets().first().code, QStringLiteral("NEWCODE"));
}

QTEST_MAIN(tst_SellingWorkspace)
#include "tst_sellingworkspace.moc"
