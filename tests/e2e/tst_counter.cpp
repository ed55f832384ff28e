// The counter end to end: the real boxoffice-server on the real PostgreSQL, and two real
// client main windows (offscreen) signed in as two clerks. The first opens the theatre from
// the event list with Return, holds two seats by clicking them on the seat map and sells
// them with the Sell button; the second, watching the same map, sees them sold. Then a hold
// that expires on the server leaves the first clerk's cart with a notice, and the seat shows
// as somebody else's once an online buyer takes it.

#include "paysimprocess.h"
#include "serverprocess.h"
#include "testaccounts.h"
#include "testclient.h"
#include "testdatabase.h"

#include "checkin/scanpanel.h"
#include "events/eventlistmodel.h"
#include "mainwindow/mainwindow.h"
#include "orders/orderticketmodel.h"
#include "orders/orderworkspace.h"
#include "seatmap/seatmapmodel.h"
#include "seatmap/seatmapview.h"
#include "selling/cartmodel.h"
#include "selling/cartpanel.h"
#include "selling/paymentpanel.h"
#include "selling/sellingworkspace.h"

#include <QApplication>
#include <QDate>
#include <QFile>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTemporaryDir>
#include <QCborArray>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace BoxOffice;
using namespace BoxOffice::Test;
using namespace BoxOffice::Ui;
using Shared::SeatState;

namespace {
const QString Password = QStringLiteral("correct horse battery");
constexpr qint64 Theatre = 1;
} // namespace

class tst_Counter : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void clerkSellsTwoSeatsByClicking_otherClerkSeesThemSold();
    void expiredHoldTakenBySomeoneElse_leavesCartWithNotice();
    void cardSale_throughTheGateway_ticketsPrintAndAdmitOnce();
    void orderDesk_shiftCompCashLookupRefundExchange();

private:
    std::unique_ptr<MainWindow> signedInWindow(const QString &user);
    void openTheatre(MainWindow &window);
    void clickSeat(MainWindow &window, int seat);

    TestDatabase m_db;
    ServerProcess m_server;
    PaysimProcess m_paysim;
};

void tst_Counter::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // window state and pins stay out of the user's settings
    QString error;
    QVERIFY2(m_db.create(QStringLiteral("counter"), &error), qPrintable(error));
    QVERIFY2(m_paysim.start(&error), qPrintable(error));
    QVERIFY2(m_server.start(
                 m_db,
                 {QStringLiteral("--load-demo"), QStringLiteral("--gateway-url"), m_paysim.url().toString()},
                 &error),
             qPrintable(error));
    QVERIFY(createStaffUser(m_db, QStringLiteral("anna"), QStringLiteral("clerk"), Password));
    QVERIFY(createStaffUser(m_db, QStringLiteral("bert"), QStringLiteral("clerk"), Password));
    QVERIFY(createStaffUser(m_db, QStringLiteral("carla"), QStringLiteral("clerk,admin"), Password));
}

void tst_Counter::cleanupTestCase()
{
    QCOMPARE(m_server.terminate(), 0);
}

std::unique_ptr<MainWindow> tst_Counter::signedInWindow(const QString &user)
{
    auto window = std::make_unique<MainWindow>();
    window->resize(1280, 800);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    QSignalSpy signedIn(window.get(), &MainWindow::signInFinished);
    QSignalSpy listed(window->eventModel(), &EventListModel::refreshed);
    window->signIn(m_server.url(), user, Password);
    if (!signedIn.wait(10000) || !signedIn.first().at(0).toBool())
        return nullptr;
    if (listed.isEmpty() && !listed.wait(10000))
        return nullptr;
    return window;
}

void tst_Counter::openTheatre(MainWindow &window)
{
    // Select the theatre's row and press Return, as the clerk does.
    QTableView *events = window.eventView();
    QSortFilterProxyModel *proxy = window.eventProxyModel();
    QModelIndex row;
    for (int r = 0; r < proxy->rowCount(); ++r) {
        if (proxy->index(r, 0).data(EventListModel::EventIdRole).toLongLong() == Theatre)
            row = proxy->index(r, 0);
    }
    QVERIFY(row.isValid());
    // The clerk works in this window: activated, or Return goes to the other clerk's list
    // (it has the focus since its sign-in).
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    events->setFocus();
    events->setCurrentIndex(row);
    QSignalSpy loaded(window.sellingWorkspace(), &SellingWorkspace::eventLoaded);
    QTest::keyClick(events, Qt::Key_Return);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(loaded.first().at(0).toLongLong(), Theatre);
    QVERIFY(loaded.first().at(1).toBool());
    QCOMPARE(window.sellingWorkspace()->seatMap()->seatCount(), 2000);
    QTRY_VERIFY(window.sellingWorkspace()->seatMapView()->isVisible());
}

void tst_Counter::clickSeat(MainWindow &window, int seat)
{
    SeatMapView *view = window.sellingWorkspace()->seatMapView();
    const QPoint pos = view->seatViewportPos(seat);
    QVERIFY2(view->viewport()->rect().contains(pos), "the seat is on screen");
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, pos);
}

void tst_Counter::clerkSellsTwoSeatsByClicking_otherClerkSeesThemSold()
{
    auto anna = signedInWindow(QStringLiteral("anna"));
    QVERIFY(anna);
    auto bert = signedInWindow(QStringLiteral("bert"));
    QVERIFY(bert);
    openTheatre(*anna);
    if (QTest::currentTestFailed())
        return;
    openTheatre(*bert);
    if (QTest::currentTestFailed())
        return;

    SellingWorkspace *a = anna->sellingWorkspace();
    SellingWorkspace *b = bert->sellingWorkspace();
    // Stalls row A, seats 25 and 26: the middle of the front row.
    const QList<int> seats{24, 25};
    for (int seat : seats)
        QCOMPARE(b->seatMap()->state(seat), SeatState::Available);

    QSignalSpy held(a, &SellingWorkspace::holdFinished);
    for (int seat : seats) {
        clickSeat(*anna, seat);
        if (QTest::currentTestFailed())
            return;
    }
    QTRY_COMPARE_WITH_TIMEOUT(held.size(), 2, 10000);
    QVERIFY(held.at(0).at(0).toBool());
    QVERIFY(held.at(1).at(0).toBool());
    QCOMPARE(a->cart()->seatCount(), 2);
    QCOMPARE(a->cart()->total(), 2 * 8900); // Premium
    for (int seat : seats)
        QCOMPARE(a->seatMap()->display(seat), SeatMapModel::Display::Mine);
    // The other clerk sees them held by someone else, live.
    for (int seat : seats)
        QTRY_COMPARE_WITH_TIMEOUT(b->seatMap()->display(seat), SeatMapModel::Display::HeldByOthers, 5000);

    // Bert clicks one of them: refused without asking the server, Anna keeps it.
    clickSeat(*bert, 24);
    QVERIFY(b->notice().contains(b->seatMap()->seatName(24)));
    QCOMPARE(b->cart()->seatCount(), 0);

    QSignalSpy sold(a, &SellingWorkspace::saleFinished);
    QPushButton *sell = a->cartPanel()->sellButton();
    QVERIFY(sell->isEnabled());
    QTest::mouseClick(sell, Qt::LeftButton);
    QVERIFY(sold.wait(10000));
    QVERIFY2(sold.first().at(0).toBool(), qPrintable(sold.first().at(1).toString()));
    QCOMPARE(a->cart()->seatCount(), 0);

    for (int seat : seats) {
        QTRY_COMPARE_WITH_TIMEOUT(b->seatMap()->display(seat), SeatMapModel::Display::Sold, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(a->seatMap()->display(seat), SeatMapModel::Display::Sold, 5000);
    }
    // And the database agrees: a click is a hold, so two sales, of exactly those seats.
    QCOMPARE(
        m_db.scalar(QStringLiteral("SELECT string_agg(s::text, ',' ORDER BY s) FROM sales, unnest(seats) s "
                                   "WHERE event_id = ?"),
                    {Theatre})
            .toString(),
        QStringLiteral("24,25"));
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT count(*) FROM event_seats WHERE event_id = ? AND state = 2"),
                         {Theatre})
                 .toInt(),
             2);
    // Bert's map shows the sold colour where the seats are drawn.
    QApplication::processEvents();
    const QImage image = b->seatMapView()->viewport()->grab().toImage();
    const QPoint p = b->seatMapView()->seatViewportPos(24) * image.devicePixelRatio();
    QCOMPARE(QColor(image.pixel(p)).rgb(), SeatMapModel::displayColour(SeatMapModel::Display::Sold).rgb());
}

void tst_Counter::expiredHoldTakenBySomeoneElse_leavesCartWithNotice()
{
    auto anna = signedInWindow(QStringLiteral("anna"));
    QVERIFY(anna);
    openTheatre(*anna);
    if (QTest::currentTestFailed())
        return;
    SellingWorkspace *a = anna->sellingWorkspace();
    const int seat = 30; // Stalls row A, seat 31
    QSignalSpy held(a, &SellingWorkspace::holdFinished);
    clickSeat(*anna, seat);
    QVERIFY(held.wait(10000));
    QVERIFY(held.first().at(0).toBool());
    QCOMPARE(a->cart()->seatCount(), 1);
    const qint64 hold = a->cart()->holds().first().id;

    // Time travel: the hold ran out (the database's clock decides), the sweeper frees the
    // seat, and then an online buyer takes it.
    QVERIFY(m_db.exec(QStringLiteral("UPDATE holds SET expires_at = now() - interval '1 second' "
                                     "WHERE event_id = ? AND hold_id = ?"),
                      {Theatre, hold}));
    QVERIFY(m_db.exec(QStringLiteral("UPDATE event_seats SET hold_expires = now() - interval '1 second' "
                                     "WHERE event_id = ? AND hold_id = ?"),
                      {Theatre, hold}));
    QSignalSpy notices(a, &SellingWorkspace::noticeShown);
    // The sweeper frees it; the delta reaches Anna's map and the seat leaves her cart.
    QTRY_COMPARE_WITH_TIMEOUT(a->cart()->seatCount(), 0, 5000);
    QVERIFY(!notices.isEmpty());
    QVERIFY2(a->notice().contains(a->seatMap()->seatName(seat)), qPrintable(a->notice()));
    QCOMPARE(a->seatMap()->mark(seat), SeatMapModel::Mark::None);

    TestClient buyer;
    QVERIFY2(buyer.open(m_server.url()), qPrintable(buyer.lastError()));
    QCborMap fields;
    fields.insert(Shared::Key::Event, Theatre);
    fields.insert(Shared::Key::Seats, QCborArray{seat});
    const auto reply = buyer.request(Shared::MessageType::Hold, fields);
    QVERIFY(reply);
    QVERIFY2(!reply->isError(), qPrintable(reply->errorMessage()));
    QTRY_COMPARE_WITH_TIMEOUT(a->seatMap()->display(seat), SeatMapModel::Display::HeldByOthers, 5000);
    QCOMPARE(a->cart()->seatCount(), 0);
}
void tst_Counter::cardSale_throughTheGateway_ticketsPrintAndAdmitOnce()
{
    auto anna = signedInWindow(QStringLiteral("anna"));
    QVERIFY(anna);
    openTheatre(*anna);
    if (QTest::currentTestFailed())
        return;
    SellingWorkspace *a = anna->sellingWorkspace();
    const QJsonObject before = m_paysim.stats();

    // Best available, 2 seats in Premium; then a declined card, then a good one.
    QSignalSpy held(a, &SellingWorkspace::holdFinished);
    a->requestBestAvailable(2, 0, -1);
    QVERIFY(held.wait(10000));
    QVERIFY(held.first().at(0).toBool());
    QCOMPARE(a->cart()->seatCount(), 2);
    const QList<int> seats = a->cart()->holds().first().seats;

    PaymentPanel *payment = a->cartPanel()->paymentPanel();
    payment->setMethod(PaymentPanel::Method::Card);
    QTest::keyClicks(payment->cardNumberField(), QStringLiteral("4000 0000 0000 0002"));
    QTest::keyClicks(payment->cardExpiryField(),
                     QStringLiteral("12/%1").arg(QDate::currentDate().year() % 100 + 3));
    QTest::keyClicks(payment->cardCvcField(), QStringLiteral("123"));
    QSignalSpy sold(a, &SellingWorkspace::saleFinished);
    QTest::mouseClick(a->cartPanel()->sellButton(), Qt::LeftButton);
    QVERIFY(sold.wait(15000));
    QVERIFY(!sold.first().at(0).toBool());
    QCOMPARE(a->cart()->seatCount(), 2);                   // still held for another card
    QVERIFY(payment->cardNumberField()->text().isEmpty()); // the number is not kept

    QTest::keyClicks(payment->cardNumberField(), QStringLiteral("4242 4242 4242 4242"));
    QTest::keyClicks(payment->cardExpiryField(),
                     QStringLiteral("12/%1").arg(QDate::currentDate().year() % 100 + 3));
    QTest::keyClicks(payment->cardCvcField(), QStringLiteral("123"));
    sold.clear();
    QTest::mouseClick(a->cartPanel()->sellButton(), Qt::LeftButton);
    QVERIFY(sold.wait(15000));
    QVERIFY2(sold.first().at(0).toBool(), qPrintable(sold.first().at(1).toString()));
    QCOMPARE(a->cart()->seatCount(), 0);

    // Charged once, captured, and the seats sold with a ticket each.
    const QJsonObject after = m_paysim.stats();
    QCOMPARE(after.value(QStringLiteral("captures")).toInt() -
                 before.value(QStringLiteral("captures")).toInt(),
             1);
    QCOMPARE(after.value(QStringLiteral("authorizations")).toInt() -
                 before.value(QStringLiteral("authorizations")).toInt(),
             1);
    const qint64 order = a->lastOrder().value(Shared::Key::Order).toInteger();
    QCOMPARE(
        m_db.scalar(QStringLiteral("SELECT o.state || '/' || p.state FROM orders o JOIN payments p USING "
                                   "(order_id) WHERE o.order_id = ? AND p.method = 'card' AND p.state = "
                                   "'captured'"),
                    {order})
            .toString(),
        QStringLiteral("completed/captured"));
    for (int seat : seats)
        QTRY_COMPARE_WITH_TIMEOUT(a->seatMap()->display(seat), SeatMapModel::Display::Sold, 5000);

    // The tickets print: a PDF with a page per ticket.
    const QList<TicketData> tickets = a->lastOrderTickets();
    QCOMPARE(tickets.size(), 2);
    QCOMPARE(tickets.first().code.size(), 136);
    QTemporaryDir dir;
    QVERIFY(a->saveLastOrderPdf(dir.filePath(QStringLiteral("t.pdf"))));
    QFile pdf(dir.filePath(QStringLiteral("t.pdf")));
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5) == "%PDF-");

    // At the door: the first scan admits, the second says when and where.
    auto bert = signedInWindow(QStringLiteral("bert"));
    QVERIFY(bert);
    bert->showCheckIn();
    ScanPanel *scan = bert->scanPanel();
    scan->setGate(QStringLiteral("North"));
    QSignalSpy scanned(scan, &ScanPanel::scanned);
    QTest::keyClicks(scan->codeEdit(), tickets.first().code);
    QTest::keyClick(scan->codeEdit(), Qt::Key_Return);
    QVERIFY(scanned.wait(10000));
    QCOMPARE(scanned.first().at(0).value<ScanPanel::Outcome>(), ScanPanel::Outcome::Admitted);
    QTest::keyClicks(scan->codeEdit(), tickets.first().code);
    QTest::keyClick(scan->codeEdit(), Qt::Key_Return);
    QVERIFY(scanned.wait(10000));
    QVERIFY(scanned.at(1).at(0).value<ScanPanel::Outcome>() != ScanPanel::Outcome::Admitted);
    QVERIFY2(scanned.at(1).at(1).toString().contains(QStringLiteral("North")),
             qPrintable(scanned.at(1).at(1).toString()));
    QCOMPARE(
        m_db.scalar(QStringLiteral("SELECT count(*) FROM tickets WHERE admitted_at IS NOT NULL")).toInt(), 1);
}

void tst_Counter::orderDesk_shiftCompCashLookupRefundExchange()
{
    auto carla = signedInWindow(QStringLiteral("carla")); // a clerk who may also give comps
    QVERIFY(carla);
    OrderWorkspace *desk = carla->orderWorkspace();
    desk->setConfirm([](const QString &, const QString &) { return true; });
    desk->setShowShiftReport(false);
    QString nextAmount;
    desk->setAmountPrompt(
        [&nextAmount](const QString &, const QString &) { return std::optional(nextAmount); });

    // Open the shift with a float of 100.00.
    carla->showOrders();
    QSignalSpy shiftChanged(desk, &OrderWorkspace::shiftChanged);
    nextAmount = QStringLiteral("100");
    desk->openShift();
    QTRY_VERIFY_WITH_TIMEOUT(!desk->shift().isEmpty(), 10000);

    // A complimentary seat with a reason, then a cash sale of another.
    openTheatre(*carla);
    if (QTest::currentTestFailed())
        return;
    SellingWorkspace *selling = carla->sellingWorkspace();
    PaymentPanel *payment = selling->cartPanel()->paymentPanel();
    QVERIFY(payment->isCompAllowed());
    QSignalSpy held(selling, &SellingWorkspace::holdFinished);
    QSignalSpy sold(selling, &SellingWorkspace::saleFinished);
    selling->requestBestAvailable(1, 2, -1); // Economy
    QVERIFY(held.wait(10000));
    payment->setMethod(PaymentPanel::Method::Comp);
    payment->reasonField()->setText(QStringLiteral("Press night"));
    QTest::mouseClick(selling->cartPanel()->sellButton(), Qt::LeftButton);
    QVERIFY(sold.wait(10000));
    QVERIFY2(sold.first().at(0).toBool(), qPrintable(sold.first().at(1).toString()));
    const QString compNumber = selling->lastOrder().value(Shared::Key::OrderNumber).toString();
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT reason FROM payments WHERE order_id = ? AND method = 'comp'"),
                         {selling->lastOrder().value(Shared::Key::Order).toInteger()})
                 .toString(),
             QStringLiteral("Press night"));

    held.clear();
    sold.clear();
    selling->requestBestAvailable(1, 2, -1);
    QVERIFY(held.wait(10000));
    const int seat = selling->cart()->holds().first().seats.first();
    payment->setMethod(PaymentPanel::Method::Cash);
    payment->tenderedField()->setText(QStringLiteral("50"));
    payment->customerNameField()->setText(QStringLiteral("Grace Hopper"));
    QTest::mouseClick(selling->cartPanel()->sellButton(), Qt::LeftButton);
    QVERIFY(sold.wait(10000));
    QVERIFY2(sold.first().at(0).toBool(), qPrintable(sold.first().at(1).toString()));
    QVERIFY2(selling->notice().contains(QStringLiteral("21")),
             qPrintable(selling->notice())); // €21.00 change
    const QString number = selling->lastOrder().value(Shared::Key::OrderNumber).toString();
    QTRY_COMPARE_WITH_TIMEOUT(selling->seatMap()->display(seat), SeatMapModel::Display::Sold, 5000);

    // Look the order up by the customer's name and refund it whole: the seat is free again.
    carla->showOrders();
    QSignalSpy loaded(desk, &OrderWorkspace::orderLoaded);
    desk->searchField()->setText(QStringLiteral("hopper"));
    desk->search(desk->searchField()->text());
    QVERIFY(loaded.wait(10000));
    QCOMPARE(desk->order().value(Shared::Key::OrderNumber).toString(), number);
    QSignalSpy refunded(desk, &OrderWorkspace::refundFinished);
    desk->refundWholeOrder();
    QVERIFY(refunded.wait(10000));
    QVERIFY2(refunded.first().at(0).toBool(), qPrintable(refunded.first().at(1).toString()));
    QTRY_COMPARE_WITH_TIMEOUT(selling->seatMap()->display(seat), SeatMapModel::Display::Available, 2000);

    // Exchange: the comp ticket's order, its ticket selected, Exchange… opens the seat map in
    // exchange mode; the clerk holds a Premium seat and presses Exchange (the difference in cash).
    desk->search(compNumber);
    // The refund above reloads the refunded order too: wait for the comp order itself, not
    // just any orderLoaded (a late reload of the refunded one has no valid ticket).
    QTRY_COMPARE_WITH_TIMEOUT(desk->order().value(Shared::Key::OrderNumber).toString(), compNumber, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(desk->tickets()->tickets().size(), 1, 5000);
    desk->ticketsView()->setCurrentIndex(desk->tickets()->index(0, 0));
    const qint64 oldSerial = desk->tickets()->tickets().first().serial;
    QSignalSpy exchangeOpened(selling, &SellingWorkspace::eventLoaded);
    desk->requestExchange();
    QVERIFY2(exchangeOpened.wait(10000),
             qPrintable(desk->noticeLabel()->text() + QStringLiteral(" | ") + selling->notice()));
    QCOMPARE(selling->exchangingTicket(), oldSerial);
    held.clear();
    selling->requestBestAvailable(1, 0, -1); // Premium
    QVERIFY(held.wait(10000));
    sold.clear();
    QTest::mouseClick(selling->cartPanel()->sellButton(), Qt::LeftButton);
    QVERIFY(sold.wait(10000));
    QVERIFY2(sold.first().at(0).toBool(), qPrintable(sold.first().at(1).toString()));
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT state FROM tickets WHERE serial = ?"), {oldSerial}).toInt(),
             2);
    QCOMPARE(selling->lastOrderTickets().size(), 1); // the new ticket, ready to print

    // Close the shift: float 100 + 29 cash − 29 refunded + the exchange's difference paid in
    // cash (Premium 89 − Economy's 0 paid for a comp: the server decides) = expected.
    carla->showOrders();
    nextAmount = QStringLiteral("100.00");
    desk->closeShift();
    QTRY_VERIFY_WITH_TIMEOUT(!desk->lastClosedShift().isEmpty(), 10000);
    const QCborMap report = desk->lastClosedShift();
    const qint64 expected = report.value(Shared::Key::Expected).toInteger();
    QVERIFY2(expected >= 10000, qPrintable(QString::number(expected)));
    QCOMPARE(report.value(Shared::Key::Difference).toInteger(), 10000 - expected);
}

QTEST_MAIN(tst_Counter)
#include "tst_counter.moc"
