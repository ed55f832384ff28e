// The counter with keys only, end to end: the real boxoffice-server on the real PostgreSQL
// and the real MainWindow (offscreen), driven from its sign-in dialog by key events sent to
// whatever widget has the focus (QApplication::focusWidget()); the test never moves the
// focus itself. A clerk who has just signed in sells the two best seats for cash with
// Return, 2, Return, Return; then the next clerk at the same counter takes over with Switch
// Clerk, and the first clerk's hold stays theirs.

#include "paysimprocess.h"
#include "serverprocess.h"
#include "testaccounts.h"
#include "testdatabase.h"

#include "auth/signindialog.h"
#include "events/eventlistmodel.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/sessioncontrols.h"
#include "seatmap/seatmapmodel.h"
#include "selling/bestavailablebar.h"
#include "selling/cartmodel.h"
#include "selling/cartpanel.h"
#include "selling/sellingworkspace.h"

#include <QAction>
#include <QApplication>
#include <QCborArray>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace BoxOffice;
using namespace BoxOffice::Test;
using namespace BoxOffice::Ui;

namespace {
const QString Password = QStringLiteral("correct horse battery");
constexpr qint64 Theatre = 1;
constexpr qint64 PremiumMinor = 8900; // the theatre's best category
} // namespace

class tst_CounterKeys : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void newClerk_signsInAndSellsTwoBestSeats_withFourKeys();
    void switchClerk_nextClerkSignsIn_firstClerksHoldStaysTheirs();

private:
    /** Every cell of the column shows its whole text (with room for an icon). */
    static void verifyColumnFits(QTableView *view, int column);
    /** One key to the focused widget, counted. */
    void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    /** Each character a key press to the focused widget, counted. */
    void type(const QString &text);
    /** The window's sign-in dialog by keys: the user, Tab, the password, Return. */
    void signInByKeys(MainWindow &window, const QString &user);
    std::unique_ptr<MainWindow> windowWithSignInDialog();
    SignInDialog *dialogOf(MainWindow &window) const { return window.findChild<SignInDialog *>(); }

    TestDatabase m_db;
    ServerProcess m_server;
    PaysimProcess m_paysim;
    int m_keys = 0;
};

void tst_CounterKeys::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // settings stay out of the user's
    QString error;
    QVERIFY2(m_db.create(QStringLiteral("counterkeys"), &error), qPrintable(error));
    QVERIFY2(m_paysim.start(&error), qPrintable(error));
    QVERIFY2(m_server.start(
                 m_db,
                 {QStringLiteral("--load-demo"), QStringLiteral("--gateway-url"), m_paysim.url().toString()},
                 &error),
             qPrintable(error));
    QVERIFY(createStaffUser(m_db, QStringLiteral("dora"), QStringLiteral("clerk"), Password));
    QVERIFY(createStaffUser(m_db, QStringLiteral("emil"), QStringLiteral("clerk"), Password));
}

void tst_CounterKeys::cleanupTestCase()
{
    QCOMPARE(m_server.terminate(), 0);
}

void tst_CounterKeys::press(int key, Qt::KeyboardModifiers modifiers)
{
    QWidget *target = QApplication::focusWidget();
    QVERIFY2(target, "some widget has the keyboard focus");
    QTest::keyClick(target, Qt::Key(key), modifiers);
    ++m_keys;
}

void tst_CounterKeys::type(const QString &text)
{
    for (const QChar c : text) {
        QWidget *target = QApplication::focusWidget();
        QVERIFY2(target, "some widget has the keyboard focus");
        QTest::keyClick(target, c.toLatin1());
        ++m_keys;
    }
}

void tst_CounterKeys::verifyColumnFits(QTableView *view, int column)
{
    QAbstractItemModel *model = view->model();
    QVERIFY(model->rowCount() > 0);
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, column);
        const QString text = index.data().toString();
        const int needed = view->fontMetrics().horizontalAdvance(text) +
                           (index.data(Qt::DecorationRole).isValid() ? view->iconSize().width() + 8 : 0) + 14;
        QVERIFY2(view->visualRect(index).width() >= needed,
                 qPrintable(QStringLiteral("\"%1\" needs %2 px, has %3")
                                .arg(text)
                                .arg(needed)
                                .arg(view->visualRect(index).width())));
    }
}

std::unique_ptr<MainWindow> tst_CounterKeys::windowWithSignInDialog()
{
    // As the app starts: the window, then its sign-in dialog with the remembered server.
    auto window = std::make_unique<MainWindow>();
    window->resize(1120, 700); // the default size, where the texts must fit
    window->setPromptForSignIn(true);
    window->show();
    if (!QTest::qWaitForWindowActive(window.get()))
        return nullptr;
    window->showSignInDialog(QString(), m_server.url());
    return window;
}

void tst_CounterKeys::signInByKeys(MainWindow &window, const QString &user)
{
    QTRY_VERIFY(window.findChild<SignInDialog *>());
    SignInDialog *dialog = window.findChild<SignInDialog *>();
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(dialog->userField()));
    type(user);
    press(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(dialog->passwordField()));
    type(Password);
    press(Qt::Key_Return);
}

void tst_CounterKeys::newClerk_signsInAndSellsTwoBestSeats_withFourKeys()
{
    auto window = windowWithSignInDialog();
    QVERIFY(window);
    QSignalSpy listed(window->eventModel(), &EventListModel::refreshed);
    m_keys = 0;
    signInByKeys(*window, QStringLiteral("dora"));
    if (QTest::currentTestFailed())
        return;
    const int signInKeys = m_keys;
    QCOMPARE(signInKeys, 4 + 1 + int(Password.size()) + 1);
    QVERIFY(listed.wait(10000) || !listed.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!window->findChild<SignInDialog *>(), 5000);
    QCOMPARE(window->connection()->session().user, QStringLiteral("dora"));
    // The toolbar says who is signed in and offers the ways out.
    QVERIFY(window->sessionControls()->userLabel()->isVisible());
    QVERIFY(window->sessionControls()->userLabel()->text().contains(QStringLiteral("dora")));
    QVERIFY(window->sessionControls()->signOutAction()->isVisible());
    QVERIFY(window->sessionControls()->switchClerkAction()->isVisible());
    QVERIFY(!window->sessionControls()->signInAction()->isVisible());

    // The focus is where the sale's first key belongs: the list, on the theatre's row.
    QTRY_COMPARE_WITH_TIMEOUT(QApplication::focusWidget(), static_cast<QWidget *>(window->eventView()), 5000);
    QCOMPARE(window->eventView()->currentIndex().data(EventListModel::EventIdRole).toLongLong(), Theatre);
    for (const int column :
         {int(EventListModel::Name), int(EventListModel::Venue), int(EventListModel::ByCategory)})
        verifyColumnFits(window->eventView(), column);

    SellingWorkspace *selling = window->sellingWorkspace();
    QSignalSpy loaded(selling, &SellingWorkspace::eventLoaded);
    QSignalSpy held(selling, &SellingWorkspace::holdFinished);
    QSignalSpy sold(selling, &SellingWorkspace::saleFinished);
    m_keys = 0;

    press(Qt::Key_Return); // 1: the seat map
    QVERIFY(loaded.wait(10000));
    QVERIFY(loaded.first().at(1).toBool());
    QTRY_COMPARE(QApplication::focusWidget(),
                 static_cast<QWidget *>(selling->bestAvailableBar()->quantityBox()));
    press(Qt::Key_2);      // 2: two seats
    press(Qt::Key_Return); // 3: the best two, held
    QVERIFY(held.wait(10000));
    QVERIFY(held.first().at(0).toBool());
    QCOMPARE(selling->cart()->seatCount(), 2);
    const QList<int> seats = selling->cart()->holds().first().seats;
    verifyColumnFits(selling->cartPanel()->view(), CartModel::Seat);
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(selling->cartPanel()->sellButton()));
    press(Qt::Key_Return); // 4: sold, cash, the exact amount
    QVERIFY(sold.wait(10000));
    QVERIFY2(sold.first().at(0).toBool(), qPrintable(sold.first().at(1).toString()));
    QCOMPARE(m_keys, 4);

    // The database: one completed cash order by dora for exactly those two Premium seats,
    // both sold.
    const qint64 order = selling->lastOrder().value(Shared::Key::Order).toInteger();
    QVERIFY(order > 0);
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT created_by || '/' || state || '/' || total_minor FROM orders "
                                        "WHERE order_id = ? AND event_id = ?"),
                         {order, Theatre})
                 .toString(),
             QStringLiteral("dora/completed/%1").arg(2 * PremiumMinor));
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT string_agg(method || ':' || amount_minor, ',') FROM payments "
                                        "WHERE order_id = ? AND kind = 'payment'"),
                         {order})
                 .toString(),
             QStringLiteral("cash:%1").arg(2 * PremiumMinor));
    QStringList expected;
    for (const int s : seats)
        expected.append(QString::number(s));
    std::sort(expected.begin(), expected.end(),
              [](const QString &a, const QString &b) { return a.toInt() < b.toInt(); });
    QCOMPARE(
        m_db.scalar(QStringLiteral("SELECT string_agg(e.seat_index::text, ',' ORDER BY e.seat_index) "
                                   "FROM orders o CROSS JOIN LATERAL unnest(o.seats) AS s(seat) "
                                   "JOIN event_seats e ON e.event_id = o.event_id AND e.seat_index = s.seat "
                                   "WHERE o.order_id = ? AND e.state = 2"),
                    {order})
            .toString(),
        expected.join(u','));

    // Ready for the next customer: the quantity has the focus; Esc goes back to the list,
    // where Return opens the next sale again.
    QTRY_COMPARE(QApplication::focusWidget(),
                 static_cast<QWidget *>(selling->bestAvailableBar()->quantityBox()));
    press(Qt::Key_Escape);
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(window->eventView()));
    QVERIFY(window->eventView()->currentIndex().isValid());
}

void tst_CounterKeys::switchClerk_nextClerkSignsIn_firstClerksHoldStaysTheirs()
{
    auto window = windowWithSignInDialog();
    QVERIFY(window);
    signInByKeys(*window, QStringLiteral("dora"));
    if (QTest::currentTestFailed())
        return;
    QTRY_COMPARE_WITH_TIMEOUT(QApplication::focusWidget(), static_cast<QWidget *>(window->eventView()),
                              10000);

    // In the search field: a few letters of the name, Return opens the first match.
    SellingWorkspace *selling = window->sellingWorkspace();
    QSignalSpy loaded(selling, &SellingWorkspace::eventLoaded);
    QSignalSpy held(selling, &SellingWorkspace::holdFinished);
    press(Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(window->searchField()));
    type(QStringLiteral("haml"));
    press(Qt::Key_Return);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(selling->eventId(), Theatre);
    QTRY_COMPARE(QApplication::focusWidget(),
                 static_cast<QWidget *>(selling->bestAvailableBar()->quantityBox()));
    press(Qt::Key_2);
    press(Qt::Key_Return);
    QVERIFY(held.wait(10000));
    QVERIFY(held.first().at(0).toBool());
    const qint64 hold = selling->cart()->holds().first().id;
    const QList<int> seats = selling->cart()->holds().first().seats;

    // Switch Clerk by its shortcut: the dialog asks for the next clerk; dora's hold is named.
    press(Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(window->findChild<SignInDialog *>());
    SignInDialog *dialog = window->findChild<SignInDialog *>();
    QVERIFY(dialog->isSwitching());
    QVERIFY(dialog->userField()->text().isEmpty());
    QCOMPARE(window->connection()->session().user, QStringLiteral("dora")); // until emil signs in
    signInByKeys(*window, QStringLiteral("emil"));
    if (QTest::currentTestFailed())
        return;
    QTRY_COMPARE_WITH_TIMEOUT(window->connection()->session().user, QStringLiteral("emil"), 10000);
    QTRY_VERIFY(window->sessionControls()->userLabel()->text().contains(QStringLiteral("emil")));
    QTRY_COMPARE_WITH_TIMEOUT(QApplication::focusWidget(), static_cast<QWidget *>(window->eventView()),
                              10000);
    QCOMPARE(selling->cart()->seatCount(), 0); // emil's cart starts empty
    // Back on the list as after any sign-in: search usable, the Return row shown selected.
    QVERIFY(window->searchField()->isEnabled());
    QVERIFY(
        window->eventView()->selectionModel()->isRowSelected(window->eventView()->currentIndex().row(), {}));

    // The hold is still dora's, on her (signed out) session, not released and not emil's.
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT u.name FROM holds h JOIN sessions s ON h.owner = 's:' || "
                                        "s.session_id JOIN users u USING (user_id) WHERE h.event_id = ? AND "
                                        "h.hold_id = ? AND h.state = 0 AND h.expires_at > now()"),
                         {Theatre, hold})
                 .toString(),
             QStringLiteral("dora"));
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT count(*) FROM sessions s JOIN users u USING (user_id) WHERE "
                                        "u.name = 'dora' AND s.revoked_at IS NOT NULL"))
                 .toInt(),
             1); // the switch signed dora's session out (the first test's window never did)
    press(Qt::Key_Return);
    QVERIFY(loaded.wait(10000));
    for (const int seat : seats)
        QTRY_COMPARE(selling->seatMap()->display(seat), SeatMapModel::Display::HeldByOthers);
}

QTEST_MAIN(tst_CounterKeys)
#include "tst_counterkeys.moc"
