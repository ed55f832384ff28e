#include "fakeserver.h"

#include "events/eventlistmodel.h"
#include "mainwindow/connectdialog.h"
#include "mainwindow/mainwindow.h"

#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

using namespace BoxOffice;
using BoxOffice::Tests::FakeServer;
using BoxOffice::Ui::ConnectDialog;
using BoxOffice::Ui::MainWindow;
using BoxOffice::Ui::ServerConnection;

class tst_MainWindow final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void connect_showsEventsAndNode();
    void search_filtersByName();
    void noServer_showsDisconnectedPage();
    void geometry_savedInSettings();
    void connectDialog_parsesAddresses();
};

namespace {
QString statusText(const MainWindow &window)
{
    QStringList texts;
    const QList<QLabel *> labels = window.statusBar()->findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        if (label->isVisible())
            texts << label->text();
    }
    return texts.join(u'|');
}
} // namespace

void tst_MainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("BoxOfficeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    QSettings().clear();
}

void tst_MainWindow::connect_showsEventsAndNode()
{
    FakeServer server;
    QVERIFY(server.listen());
    MainWindow window;
    window.show();
    window.signIn(server.url(), QStringLiteral("clerk"), QStringLiteral("clerk-password"));
    QTRY_COMPARE(window.eventModel()->rowCount(), 3);
    QCOMPARE(window.connection()->state(), ServerConnection::State::Connected);

    auto *stack = window.findChild<QStackedWidget *>(QStringLiteral("eventStack"));
    QVERIFY(stack);
    QCOMPARE(stack->currentWidget(), window.eventView());
    QVERIFY(window.eventView()->isVisible());
    const QString status = statusText(window);
    QVERIFY2(status.contains(QStringLiteral("Connected to")), qPrintable(status));
    QVERIFY2(status.contains(QStringLiteral("test-node")), qPrintable(status));
    QVERIFY2(status.contains(QStringLiteral("3 event")), qPrintable(status));
    // Sorted by date by default.
    QCOMPARE(window.eventProxyModel()->index(0, 0).data().toString(), QStringLiteral("Swan Lake"));
}

void tst_MainWindow::search_filtersByName()
{
    FakeServer server;
    QVERIFY(server.listen());
    MainWindow window;
    window.show();
    window.signIn(server.url(), QStringLiteral("clerk"), QStringLiteral("clerk-password"));
    QTRY_COMPARE(window.eventModel()->rowCount(), 3);

    QTest::keyClicks(window.searchField(), QStringLiteral("JAZZ"));
    QCOMPARE(window.eventProxyModel()->rowCount(), 1);
    QCOMPARE(window.eventProxyModel()->index(0, 0).data().toString(), QStringLiteral("Jazz Night"));
    QVERIFY2(statusText(window).contains(QStringLiteral("1 of 3 event")), qPrintable(statusText(window)));
    window.searchField()->clear();
    QCOMPARE(window.eventProxyModel()->rowCount(), 3);

    // The search leads into the list: the first match is current, Down moves there.
    QTest::keyClicks(window.searchField(), QStringLiteral("night"));
    QCOMPARE(window.eventView()->currentIndex().data().toString(), QStringLiteral("Jazz Night"));
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.searchField()->setFocus();
    QTest::keyClick(window.searchField(), Qt::Key_Down);
    QVERIFY(window.eventView()->hasFocus());
    QCOMPARE(window.eventView()->currentIndex().data().toString(), QStringLiteral("Jazz Night"));
}

void tst_MainWindow::noServer_showsDisconnectedPage()
{
    quint16 freePort = 0;
    {
        FakeServer probe; // find a port that nobody listens on any more
        QVERIFY(probe.listen());
        freePort = probe.port();
    }
    MainWindow window;
    window.show();
    window.connectToServer(QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(freePort)));
    QTRY_VERIFY(window.connection()->reconnectRemaining() >= 0);
    QCOMPARE(window.connection()->state(), ServerConnection::State::Disconnected);

    auto *stack = window.findChild<QStackedWidget *>(QStringLiteral("eventStack"));
    QVERIFY(stack);
    QVERIFY(stack->currentWidget() != window.eventView());
    auto *title = window.findChild<QLabel *>(QStringLiteral("placeholderTitle"));
    QVERIFY(title);
    QCOMPARE(title->text(), QStringLiteral("Not connected"));
    QVERIFY2(statusText(window).contains(QStringLiteral("Disconnected")), qPrintable(statusText(window)));
}

void tst_MainWindow::geometry_savedInSettings()
{
    {
        MainWindow window;
        window.show();
        window.resize(900, 600);
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.close();
    }
    QVERIFY(!QSettings().value(QStringLiteral("mainWindow/geometry")).toByteArray().isEmpty());
    MainWindow restored;
    QCOMPARE(restored.size(), QSize(900, 600));
}

void tst_MainWindow::connectDialog_parsesAddresses()
{
    QCOMPARE(ConnectDialog::parseServerUrl(QStringLiteral("ws://127.0.0.1:8080")),
             QUrl(QStringLiteral("ws://127.0.0.1:8080")));
    QCOMPARE(ConnectDialog::parseServerUrl(QStringLiteral("  example.org:9000 ")),
             QUrl(QStringLiteral("ws://example.org:9000")));
    QCOMPARE(ConnectDialog::parseServerUrl(QStringLiteral("wss://box.example.org")),
             QUrl(QStringLiteral("wss://box.example.org")));
    QVERIFY(!ConnectDialog::parseServerUrl(QStringLiteral("http://example.org")).isValid());
    QVERIFY(!ConnectDialog::parseServerUrl(QString()).isValid());
    QVERIFY(!ConnectDialog::parseServerUrl(QStringLiteral("ws://")).isValid());
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
