// The Orders workspace against a protocol server faked in the test process: a search, an
// order's details, a partial refund, and a cash shift opened and closed (German amounts).

#include "fakeserver.h"

#include "app/money.h"
#include "net/serverconnection.h"
#include "orders/ordersearchmodel.h"
#include "orders/orderticketmodel.h"
#include "orders/orderworkspace.h"

#include <QCborArray>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTest>

using namespace BoxOffice;
using namespace BoxOffice::Ui;
using BoxOffice::Tests::FakeServer;
using Shared::Frame;
using Shared::MessageType;
namespace Key = Shared::Key;

namespace {

constexpr qint64 OrderId = 42;
constexpr qint64 EventId = 7;
const qint64 Created = QDateTime(QDate(2030, 3, 1), QTime(19, 5), QTimeZone::utc()).toMSecsSinceEpoch();

QCborMap ticket(qint64 serial, int seat, int number, const QString &state)
{
    QCborMap t;
    t.insert(Key::Serial, serial);
    t.insert(Key::Seat, seat);
    t.insert(Key::Price, 4500);
    t.insert(Key::State, state);
    t.insert(Key::Section, QStringLiteral("Stalls"));
    t.insert(Key::Row, QStringLiteral("C"));
    t.insert(Key::SeatNumber, number);
    t.insert(Key::Code, QString(136, QLatin1Char('A')));
    return t;
}

QCborMap customer()
{
    QCborMap c;
    c.insert(Key::Name, QStringLiteral("Ada Lovelace"));
    c.insert(Key::Email, QStringLiteral("ada@example.org"));
    c.insert(Key::Phone, QCborValue(nullptr));
    return c;
}

QCborMap foundOrder()
{
    QCborMap o;
    o.insert(Key::Order, OrderId);
    o.insert(Key::OrderNumber, QStringLiteral("7K3M-9QXZ"));
    o.insert(Key::State, QStringLiteral("completed"));
    o.insert(Key::Event, EventId);
    o.insert(Key::EventName, QStringLiteral("Hamlet"));
    o.insert(Key::Customer, customer());
    o.insert(Key::Total, 13500);
    o.insert(Key::Currency, QStringLiteral("EUR"));
    o.insert(Key::Created, Created);
    o.insert(Key::Seats, QCborArray{3, 4, 5});
    return o;
}

QCborMap fullOrder(const QString &state, const QString &secondTicket)
{
    QCborMap o;
    o.insert(Key::Order, OrderId);
    o.insert(Key::OrderNumber, QStringLiteral("7K3M-9QXZ"));
    o.insert(Key::State, state);
    o.insert(Key::Event, EventId);
    o.insert(Key::Total, 13500);
    o.insert(Key::Currency, QStringLiteral("EUR"));
    o.insert(Key::Actor, QStringLiteral("clerk"));
    o.insert(Key::Created, Created);
    o.insert(Key::Updated, Created);
    o.insert(Key::Customer, customer());
    o.insert(Key::Tickets,
             QCborArray{ticket(1001, 3, 4, QStringLiteral("valid")), ticket(1002, 4, 5, secondTicket),
                        ticket(1003, 5, 6, QStringLiteral("exchanged"))});
    QCborMap payment;
    payment.insert(Key::Payment, 9);
    payment.insert(Key::Method, QStringLiteral("cash"));
    payment.insert(Key::Kind, QStringLiteral("sale"));
    payment.insert(Key::Amount, 13500);
    payment.insert(Key::Currency, QStringLiteral("EUR"));
    payment.insert(Key::State, QStringLiteral("captured"));
    payment.insert(Key::Tendered, 15000);
    payment.insert(Key::ChangeDue, 1500);
    payment.insert(Key::Actor, QStringLiteral("clerk"));
    payment.insert(Key::Created, Created);
    payment.insert(Key::Updated, Created);
    o.insert(Key::Payments, QCborArray{payment});
    QCborMap audit;
    audit.insert(Key::Time, Created);
    audit.insert(Key::Actor, QStringLiteral("clerk"));
    audit.insert(Key::Roles, QStringLiteral("clerk"));
    audit.insert(Key::Action, QStringLiteral("order.pay"));
    audit.insert(Key::Before, QCborValue(nullptr));
    audit.insert(Key::After, QStringLiteral("{\"state\":\"completed\"}"));
    o.insert(Key::History, QCborArray{audit});
    return o;
}

QCborMap shiftMap(bool closed, qint64 counted)
{
    QCborMap s;
    s.insert(Key::Shift, 5);
    s.insert(Key::User, QStringLiteral("clerk"));
    s.insert(Key::Opened, Created);
    s.insert(Key::Closed, closed ? QCborValue(Created + 3600000) : QCborValue(nullptr));
    s.insert(Key::Float, 15000);
    s.insert(Key::Currency, QStringLiteral("EUR"));
    s.insert(Key::CashIn, 110000);
    s.insert(Key::CashOut, 0);
    s.insert(Key::Expected, 125000);
    s.insert(Key::Counted, closed ? QCborValue(counted) : QCborValue(nullptr));
    s.insert(Key::Difference, closed ? QCborValue(counted - 125000) : QCborValue(nullptr));
    QCborMap cash;
    cash.insert(Key::Method, QStringLiteral("cash"));
    cash.insert(Key::Count, 3);
    cash.insert(Key::Amount, 110000);
    cash.insert(Key::Refunds, 0);
    cash.insert(QStringLiteral("refunded"), 0);
    s.insert(Key::ByMethod, QCborArray{cash});
    return s;
}

// A clerk session on a fake server that requires one, as the real server does, answering the
// order and shift messages like the real server.
struct SignedIn
{
    FakeServer server;
    ServerConnection connection;
    bool refunded = false;
    bool shiftOpen = false;

    bool start()
    {
        server.requireSession = true;
        server.handler = [this](const Frame &f) -> QList<QByteArray> {
            switch (f.type) {
            case MessageType::FindOrders: {
                QCborMap r;
                r.insert(Key::Orders, QCborArray{foundOrder()});
                return {Shared::encodeResult(f.type, f.id, r)};
            }
            case MessageType::GetOrder:
                return {Shared::encodeResult(
                    f.type, f.id,
                    refunded ? fullOrder(QStringLiteral("partially_refunded"), QStringLiteral("refunded"))
                             : fullOrder(QStringLiteral("completed"), QStringLiteral("valid")))};
            case MessageType::RefundOrder: {
                refunded = true;
                QCborMap row;
                row.insert(Key::Payment, 10);
                row.insert(Key::Method, QStringLiteral("cash"));
                row.insert(Key::Amount, 4500);
                row.insert(Key::State, QStringLiteral("refunded"));
                QCborMap r;
                r.insert(Key::Order, OrderId);
                r.insert(Key::State, QStringLiteral("partially_refunded"));
                r.insert(Key::Amount, 4500);
                r.insert(Key::Currency, QStringLiteral("EUR"));
                r.insert(Key::Tickets, f.body.value(Key::Tickets));
                r.insert(Key::Refunds, QCborArray{row});
                r.insert(Key::Replay, false);
                return {Shared::encodeResult(f.type, f.id, r)};
            }
            case MessageType::GetShift: {
                if (shiftOpen)
                    return {Shared::encodeResult(f.type, f.id, shiftMap(false, 0))};
                QCborMap none;
                none.insert(Key::Shift, QCborValue(nullptr));
                return {Shared::encodeResult(f.type, f.id, none)};
            }
            case MessageType::OpenShift: {
                shiftOpen = true;
                QCborMap s = shiftMap(false, 0);
                s.insert(Key::Float, f.body.value(Key::Float));
                return {Shared::encodeResult(f.type, f.id, s)};
            }
            case MessageType::CloseShift:
                shiftOpen = false;
                return {Shared::encodeResult(
                    f.type, f.id, shiftMap(true, Shared::cborInteger(f.body.value(Key::Counted))))};
            default:
                return {};
            }
        };
        if (!server.listen())
            return false;
        connection.open(server.url());
        if (!QTest::qWaitFor([&] { return connection.state() == ServerConnection::State::Connected; }, 5000))
            return false;
        connection.signIn(QStringLiteral("clerk"), QStringLiteral("clerk-password"), {});
        return QTest::qWaitFor([&] { return connection.isSignedIn(); }, 5000);
    }
};

} // namespace

class tst_OrderWorkspace final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void models();
    void searchSelectAndRefund();
    void shiftOpenAndClose();
    void shortcutsInTooltips();
};

void tst_OrderWorkspace::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_OrderWorkspace::cleanup()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_OrderWorkspace::models()
{
    OrderSearchModel found;
    found.setOrders(QCborArray{foundOrder(), QCborMap()}); // a row without an id is dropped
    QCOMPARE(found.rowCount(), 1);
    QCOMPARE(found.index(0, OrderSearchModel::Number).data().toString(), QStringLiteral("7K3M-9QXZ"));
    QCOMPARE(found.index(0, OrderSearchModel::Customer).data().toString(),
             QStringLiteral("Ada Lovelace, ada@example.org"));
    QCOMPARE(found.index(0, OrderSearchModel::Total).data().toString(),
             formatMoney(13500, QStringLiteral("EUR")));
    QCOMPARE(found.index(0, OrderSearchModel::State).data().toString(), QStringLiteral("Completed"));

    OrderTicketModel tickets;
    const QCborMap order = fullOrder(QStringLiteral("completed"), QStringLiteral("admitted"));
    tickets.setTickets(order.value(Key::Tickets).toArray(), QStringLiteral("EUR"));
    QCOMPARE(tickets.rowCount(), 3);
    QVERIFY(tickets.flags(tickets.index(0, 0)) & Qt::ItemIsUserCheckable);
    QVERIFY(!(tickets.flags(tickets.index(1, 0)) & Qt::ItemIsUserCheckable)); // admitted
    QCOMPARE(tickets.index(1, OrderTicketModel::State).data().toString(), QStringLiteral("Admitted"));
    QCOMPARE(tickets.index(2, OrderTicketModel::State).data().toString(), QStringLiteral("Exchanged"));
    QVERIFY(!tickets.setChecked(1002, true));
    QVERIFY(tickets.setChecked(1001, true));
    QCOMPARE(tickets.checkedSerials(), QList<qint64>{1001});
    QCOMPARE(tickets.validSerials(), QList<qint64>{1001});
    QCOMPARE(tickets.priceOf({1001, 1002}), 9000);
}

void tst_OrderWorkspace::searchSelectAndRefund()
{
    SignedIn env;
    QVERIFY(env.start());
    OrderWorkspace workspace(&env.connection, nullptr);
    QStringList questions;
    workspace.setConfirm([&](const QString &, const QString &text) {
        questions << text;
        return true;
    });
    workspace.show();

    QTest::keyClicks(workspace.searchField(), QStringLiteral("lovelace"));
    QTest::keyClick(workspace.searchField(), Qt::Key_Return);
    QTRY_COMPARE(workspace.results()->rowCount(), 1);
    QCOMPARE(env.server.lastOf(MessageType::FindOrders).body.value(Key::Query).toString(),
             QStringLiteral("lovelace"));

    // One result is opened at once; selecting it again (or another) sends GetOrder.
    workspace.resultsView()->selectRow(0);
    QTRY_COMPARE(workspace.orderId(), OrderId);
    QCOMPARE(env.server.lastOf(MessageType::GetOrder).body.value(Key::Order).toInteger(), OrderId);
    QCOMPARE(workspace.tickets()->rowCount(), 3);
    QCOMPARE(workspace.historyTable()->rowCount(), 1);
    QCOMPARE(workspace.historyTable()->item(0, 1)->text(), QStringLiteral("clerk"));
    QCOMPARE(workspace.historyTable()->item(0, 2)->text(), QStringLiteral("order.pay"));
    QCOMPARE(workspace.paymentsTable()->rowCount(), 1);
    QVERIFY(workspace.customerLabel()->text().contains(QStringLiteral("Ada Lovelace")));
    QVERIFY(workspace.orderLabel()->text().contains(QStringLiteral("Hamlet")));
    QCOMPARE(workspace.printableTickets().size(), 2); // the exchanged one is not printed

    QTemporaryDir dir;
    QVERIFY(workspace.saveTicketsPdf(dir.filePath(QStringLiteral("t.pdf"))));

    QVERIFY(!workspace.refundSelectedAction()->isEnabled()); // nothing checked yet
    QVERIFY(workspace.tickets()->setChecked(1002, true));
    QVERIFY(workspace.refundSelectedAction()->isEnabled());
    QSignalSpy finished(&workspace, &OrderWorkspace::refundFinished);
    workspace.refundSelectedAction()->trigger();
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(finished.at(0).at(0).toBool());
    QCOMPARE(questions.size(), 1);
    QVERIFY(questions.first().contains(formatMoney(4500, QStringLiteral("EUR"))));

    const Frame refund = env.server.lastOf(MessageType::RefundOrder);
    QCOMPARE(refund.body.value(Key::Order).toInteger(), OrderId);
    QCOMPARE(refund.body.value(Key::Tickets).toArray(), QCborArray{1002});
    const QString key = refund.body.value(Key::PaymentKey).toString();
    QVERIFY(key.size() >= 16 && key.size() <= 64);
    QVERIFY(workspace.noticeLabel()->text().contains(formatMoney(4500, QStringLiteral("EUR"))));
    QVERIFY(workspace.noticeLabel()->text().contains(QStringLiteral("cash")));
    // The details reload: the ticket is refunded now.
    QTRY_COMPARE(workspace.tickets()->tickets().at(1).state, QStringLiteral("refunded"));
    QCOMPARE(workspace.tickets()->checkedSerials(), QList<qint64>{});

    // Exchange starts from the seat map: only a signal for the integrator.
    QSignalSpy exchange(&workspace, &OrderWorkspace::exchangeRequested);
    workspace.ticketsView()->setCurrentIndex(workspace.tickets()->index(0, 0));
    QVERIFY(workspace.exchangeAction()->isEnabled());
    workspace.exchangeAction()->trigger();
    QCOMPARE(exchange.size(), 1);
    QCOMPARE(exchange.at(0).at(0).toLongLong(), 1001);
    QCOMPARE(exchange.at(0).at(1).toLongLong(), EventId);
}

void tst_OrderWorkspace::shiftOpenAndClose()
{
    SignedIn env;
    QVERIFY(env.start());
    OrderWorkspace workspace(&env.connection, nullptr);
    workspace.setShowShiftReport(false);
    QStringList answers{QStringLiteral("150")};
    workspace.setAmountPrompt([&](const QString &, const QString &) -> std::optional<QString> {
        if (answers.isEmpty())
            return std::nullopt;
        return answers.takeFirst();
    });
    workspace.show();
    QTRY_VERIFY(workspace.openShiftAction()->isEnabled());
    QVERIFY(workspace.shiftLabel()->text().contains(QStringLiteral("No open shift")));

    workspace.openShiftAction()->trigger();
    QTRY_VERIFY(!workspace.shift().isEmpty());
    QCOMPARE(env.server.lastOf(MessageType::OpenShift).body.value(Key::Float).toInteger(), 15000);
    QVERIFY(workspace.closeShiftAction()->isEnabled());
    QVERIFY(workspace.shiftLabel()->text().contains(formatMoney(125000, QStringLiteral("EUR"))));

    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    answers << QStringLiteral("1234,50");
    QSignalSpy changed(&workspace, &OrderWorkspace::shiftChanged);
    workspace.closeShiftAction()->trigger();
    QTRY_VERIFY(!workspace.lastClosedShift().isEmpty());
    QCOMPARE(env.server.lastOf(MessageType::CloseShift).body.value(Key::Counted).toInteger(), 123450);
    const QString difference = formatMoney(123450 - 125000, QStringLiteral("EUR"));
    QVERIFY2(workspace.shiftLabel()->text().contains(difference), qPrintable(workspace.shiftLabel()->text()));
    QVERIFY(workspace.noticeLabel()->text().contains(difference));
    QVERIFY(workspace.lastShiftReportHtml().contains(difference.toHtmlEscaped()));
    QVERIFY(workspace.shift().isEmpty());
    QVERIFY(workspace.openShiftAction()->isEnabled());
}

void tst_OrderWorkspace::shortcutsInTooltips()
{
    ServerConnection connection;
    OrderWorkspace workspace(&connection, nullptr);
    const QList<QAction *> actions{workspace.searchAction(),      workspace.refundSelectedAction(),
                                   workspace.refundOrderAction(), workspace.printAction(),
                                   workspace.pdfAction(),         workspace.exchangeAction(),
                                   workspace.openShiftAction(),   workspace.closeShiftAction()};
    QSet<QString> keys;
    for (QAction *a : actions) {
        QVERIFY(!a->shortcut().isEmpty());
        QCOMPARE(a->shortcutContext(), Qt::WidgetWithChildrenShortcut);
        const QString key = a->shortcut().toString(QKeySequence::NativeText);
        QVERIFY2(a->toolTip().contains(key), qPrintable(a->toolTip()));
        keys.insert(key);
        // MainWindow's window-wide shortcuts must not be taken twice.
        QVERIFY(a->shortcut() != QKeySequence(QKeySequence::Find));
        for (const QKeySequence &refresh : QKeySequence::keyBindings(QKeySequence::Refresh))
            QVERIFY(a->shortcut() != refresh);
    }
    QCOMPARE(keys.size(), actions.size());
}

QTEST_MAIN(tst_OrderWorkspace)
#include "tst_orderworkspace.moc"
