#include "fakeserver.h"

#include "admin/adminworkspace.h"
#include "auth/signindialog.h"
#include "events/eventlistmodel.h"
#include "mainwindow/mainwindow.h"
#include "net/errortext.h"
#include "net/serverconnection.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>

using namespace BoxOffice;
using BoxOffice::Shared::ErrorCode;
using BoxOffice::Shared::Frame;
using BoxOffice::Shared::MessageType;
using BoxOffice::Tests::FakeServer;
using BoxOffice::Ui::MainWindow;
using BoxOffice::Ui::ServerConnection;
using BoxOffice::Ui::SignInDialog;
using State = BoxOffice::Ui::ServerConnection::State;
namespace Key = BoxOffice::Shared::Key;

class tst_SignIn final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void signIn_keepsTokenAndRoles();
    void signIn_wrongPassword_translatedError();
    void drop_resumesSessionWithToken();
    void drop_expiredSession_reportsLost();
    void signOut_forgetsToken();
    void tokenNeverWrittenToSettings();
    void dialog_signsInAndRemembersServer();
    void dialog_showsErrorAndStaysOpen();
    void dialog_unreachableServer_showsError();
    void mainWindow_clerkSeesCounterWorkspacesNotAdministration();
    void mainWindow_adminGetsAdministration();
    void mainWindow_signOutClearsWorkspace();
    void errorText_sessionCodes();
};

namespace {
bool waitForState(ServerConnection &connection, State state, int timeoutMs = 5000)
{
    return QTest::qWaitFor([&] { return connection.state() == state; }, timeoutMs);
}

// Signs in on an open connection and waits for the reply.
Frame signIn(ServerConnection &connection, const QString &user, const QString &password)
{
    Frame result;
    bool done = false;
    connection.signIn(user, password, [&](const Frame &reply) {
        result = reply;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 5000))
        qWarning("SignIn got no reply");
    return result;
}

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

void tst_SignIn::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("BoxOfficeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_signin"));
    QSettings().clear();
}

void tst_SignIn::signIn_keepsTokenAndRoles()
{
    FakeServer server;
    server.requireSession = true;
    QVERIFY(server.listen());
    ServerConnection connection;
    QSignalSpy changed(&connection, &ServerConnection::sessionChanged);
    connection.open(server.url());
    QVERIFY(waitForState(connection, State::Connected));
    QVERIFY(!connection.isSignedIn());

    const Frame reply = signIn(connection, QStringLiteral("admin"), QStringLiteral("admin-password"));
    QVERIFY2(!reply.isError(), qPrintable(reply.errorMessage()));
    const Frame sent = server.lastOf(MessageType::SignIn);
    QCOMPARE(sent.body.value(Key::User).toString(), QStringLiteral("admin"));
    QCOMPARE(sent.body.value(Key::Password).toString(), QStringLiteral("admin-password"));
    QVERIFY(connection.isSignedIn());
    QCOMPARE(connection.session().user, QStringLiteral("admin"));
    QCOMPARE(connection.session().roles, QStringList({QStringLiteral("admin"), QStringLiteral("clerk")}));
    QVERIFY(connection.session().hasRole(QStringLiteral("admin")));
    QVERIFY(connection.session().expires.isValid());
    QCOMPARE(changed.size(), 1);
}

void tst_SignIn::signIn_wrongPassword_translatedError()
{
    FakeServer server;
    QVERIFY(server.listen());
    ServerConnection connection;
    connection.open(server.url());
    QVERIFY(waitForState(connection, State::Connected));
    const Frame reply = signIn(connection, QStringLiteral("clerk"), QStringLiteral("nope"));
    QVERIFY(reply.isError());
    QCOMPARE(reply.errorCode(), ErrorCode::SignInFailed);
    QVERIFY(!connection.isSignedIn());
    QVERIFY(Ui::ErrorText::describe(reply.errorCode()).startsWith(QStringLiteral("Sign-in failed")));
}

void tst_SignIn::drop_resumesSessionWithToken()
{
    FakeServer server;
    server.requireSession = true;
    QVERIFY(server.listen());
    ServerConnection connection;
    connection.setReconnectDelays(20, 100);
    connection.open(server.url());
    QVERIFY(waitForState(connection, State::Connected));
    QVERIFY(!signIn(connection, QStringLiteral("clerk"), QStringLiteral("clerk-password")).isError());
    const QString token = server.issuedTokens.constLast();

    // A subscription made in the session is renewed after the resume, not before it.
    bool subscribed = false;
    QCborMap fields;
    fields.insert(Key::Event, 1);
    connection.request(MessageType::Subscribe, fields, [&](const Frame &r) { subscribed = !r.isError(); });
    QTRY_VERIFY(subscribed);

    server.received.clear();
    server.dropClients();
    QTRY_COMPARE(connection.state(), State::Disconnected);
    QVERIFY(waitForState(connection, State::Connected));
    QVERIFY(connection.isSignedIn());

    QList<MessageType> order;
    for (const Frame &frame : std::as_const(server.received))
        order.append(frame.type);
    QTRY_COMPARE(server.received.size(), 3);
    order.clear();
    for (const Frame &frame : std::as_const(server.received))
        order.append(frame.type);
    QCOMPARE(order, (QList<MessageType>{MessageType::Hello, MessageType::SignIn, MessageType::Subscribe}));
    const Frame resume = server.received.at(1);
    QCOMPARE(resume.body.value(Key::Token).toString(), token);
    QVERIFY(!resume.body.contains(Key::Password));
    QCOMPARE(server.issuedTokens.size(), 1); // resumed, not a new session
}

void tst_SignIn::drop_expiredSession_reportsLost()
{
    FakeServer server;
    server.requireSession = true;
    QVERIFY(server.listen());
    ServerConnection connection;
    connection.setReconnectDelays(20, 100);
    connection.open(server.url());
    QVERIFY(waitForState(connection, State::Connected));
    QVERIFY(!signIn(connection, QStringLiteral("clerk"), QStringLiteral("clerk-password")).isError());
    QSignalSpy lost(&connection, &ServerConnection::sessionLost);

    server.expireSessions();
    server.dropClients();
    QTRY_COMPARE(lost.size(), 1);
    QCOMPARE(lost.at(0).at(0).toString(), Ui::ErrorText::describe(ErrorCode::SessionExpired));
    QVERIFY(!connection.isSignedIn());
    QVERIFY(waitForState(connection, State::Connected)); // connected, waiting for a sign-in
}

void tst_SignIn::signOut_forgetsToken()
{
    FakeServer server;
    server.requireSession = true;
    QVERIFY(server.listen());
    ServerConnection connection;
    connection.setReconnectDelays(20, 100);
    connection.open(server.url());
    QVERIFY(waitForState(connection, State::Connected));
    QVERIFY(!signIn(connection, QStringLiteral("clerk"), QStringLiteral("clerk-password")).isError());

    connection.signOut();
    QVERIFY(!connection.isSignedIn());
    QTRY_VERIFY(!server.lastOf(MessageType::SignOut).body.isEmpty());

    // After a drop there is nothing to resume.
    server.received.clear();
    server.dropClients();
    QTRY_COMPARE(connection.state(), State::Disconnected);
    QVERIFY(waitForState(connection, State::Connected));
    QTest::qWait(50);
    QCOMPARE(server.received.size(), 1);
    QCOMPARE(server.received.first().type, MessageType::Hello);
}

void tst_SignIn::tokenNeverWrittenToSettings()
{
    FakeServer server;
    QVERIFY(server.listen());
    MainWindow window;
    window.signIn(server.url(), QStringLiteral("clerk"), QStringLiteral("clerk-password"));
    QTRY_VERIFY(window.connection()->isSignedIn());
    window.close(); // saves the window's settings
    QSettings settings;
    settings.sync();
    const QString token = server.issuedTokens.constLast();
    for (const QString &key : settings.allKeys()) {
        const QString value =
            settings.value(key).toString() + QString::fromLatin1(settings.value(key).toByteArray());
        QVERIFY2(!value.contains(token), qPrintable(key));
        QVERIFY2(!value.contains(QStringLiteral("clerk-password")), qPrintable(key));
    }
}

void tst_SignIn::dialog_signsInAndRemembersServer()
{
    FakeServer server;
    server.requireSession = true;
    QVERIFY(server.listen());
    MainWindow window;
    window.show();
    window.showSignInDialog(QString(), server.url());
    auto *dialog = window.findChild<SignInDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QCOMPARE(dialog->server(), server.url());
    QVERIFY(!dialog->signInButton()->isEnabled());

    QTest::keyClicks(dialog->userField(), QStringLiteral("clerk"));
    QTest::keyClicks(dialog->passwordField(), QStringLiteral("clerk-password"));
    QVERIFY(dialog->signInButton()->isEnabled());
    QSignalSpy finished(dialog, &SignInDialog::attemptFinished);
    QTest::keyClick(dialog->passwordField(), Qt::Key_Return);
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    QTRY_VERIFY(!window.findChild<SignInDialog *>());

    QVERIFY(window.connection()->isSignedIn());
    QTRY_COMPARE(window.eventModel()->rowCount(), 3);
    QVERIFY2(statusText(window).contains(QStringLiteral("Signed in as clerk · Clerk")),
             qPrintable(statusText(window)));
    QCOMPARE(QSettings().value(QStringLiteral("connection/lastServer")).toString(), server.url().toString());
}

void tst_SignIn::dialog_showsErrorAndStaysOpen()
{
    FakeServer server;
    QVERIFY(server.listen());
    ServerConnection connection;
    SignInDialog dialog(&connection);
    dialog.setServer(server.url());
    dialog.setUserName(QStringLiteral("clerk"));
    dialog.passwordField()->setText(QStringLiteral("wrong"));
    dialog.show();
    QSignalSpy finished(&dialog, &SignInDialog::attemptFinished);
    dialog.attemptSignIn();
    QVERIFY(dialog.isBusy());
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.errorLabel()->isVisible());
    QCOMPARE(dialog.errorLabel()->text(), Ui::ErrorText::describe(ErrorCode::SignInFailed));
    QVERIFY(dialog.passwordField()->text().isEmpty()); // never left lying in the field
    QVERIFY(!dialog.isBusy());
}

void tst_SignIn::dialog_unreachableServer_showsError()
{
    quint16 freePort = 0;
    {
        FakeServer probe;
        QVERIFY(probe.listen());
        freePort = probe.port();
    }
    ServerConnection connection;
    SignInDialog dialog(&connection);
    dialog.setServer(QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(freePort)));
    dialog.setUserName(QStringLiteral("clerk"));
    dialog.passwordField()->setText(QStringLiteral("clerk-password"));
    QSignalSpy finished(&dialog, &SignInDialog::attemptFinished);
    dialog.attemptSignIn();
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(dialog.errorLabel()->text().startsWith(QStringLiteral("Could not connect")));
    QCOMPARE(connection.state(), State::Disconnected);
    QVERIFY(connection.reconnectRemaining() < 0); // no retrying behind the user's back
}

void tst_SignIn::mainWindow_clerkSeesCounterWorkspacesNotAdministration()
{
    FakeServer server;
    server.requireSession = true;
    QVERIFY(server.listen());
    MainWindow window;
    window.show();
    window.signIn(server.url(), QStringLiteral("clerk"), QStringLiteral("clerk-password"));
    QTRY_COMPARE(window.eventModel()->rowCount(), 3);
    QVERIFY(!window.isAdminWorkspaceAvailable());
    QVERIFY(!window.workspaces()->isTabVisible(1));
    // Events, check-in at the door and orders: the counter's three.
    QVERIFY(window.workspaces()->isTabVisible(2));
    QVERIFY(window.workspaces()->isTabVisible(3));
    QVERIFY(window.workspaces()->tabBar()->isVisible());
    window.showAdminWorkspace();
    QCOMPARE(window.workspaces()->currentIndex(), 0);
}

void tst_SignIn::mainWindow_adminGetsAdministration()
{
    FakeServer server;
    server.requireSession = true;
    QVERIFY(server.listen());
    MainWindow window;
    window.show();
    QSignalSpy finished(&window, &MainWindow::signInFinished);
    window.signIn(server.url(), QStringLiteral("admin"), QStringLiteral("admin-password"));
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(finished.at(0).at(0).toBool());
    QVERIFY(window.isAdminWorkspaceAvailable());
    QVERIFY(window.workspaces()->isTabVisible(1));
    QVERIFY(window.workspaces()->tabBar()->isVisible());
    QVERIFY2(statusText(window).contains(QStringLiteral("Administrator")), qPrintable(statusText(window)));

    // Ctrl+2 opens the workspace and loads its pages.
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(window.workspaces()->currentWidget(), window.adminWorkspace());
    QTRY_VERIFY(!server.lastOf(MessageType::ListUsers).body.isEmpty());
    QTRY_VERIFY(!server.lastOf(MessageType::QueryAudit).body.isEmpty());
    QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(window.workspaces()->currentIndex(), 0);
}

void tst_SignIn::mainWindow_signOutClearsWorkspace()
{
    FakeServer server;
    server.requireSession = true;
    QVERIFY(server.listen());
    MainWindow window;
    window.show();
    window.signIn(server.url(), QStringLiteral("admin"), QStringLiteral("admin-password"));
    QTRY_COMPARE(window.eventModel()->rowCount(), 3);

    QAction *signOut = nullptr;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->text() == QStringLiteral("Sign &Out"))
            signOut = action;
    }
    QVERIFY(signOut);
    QVERIFY(signOut->isEnabled());
    signOut->trigger();
    QVERIFY(!window.connection()->isSignedIn());
    QCOMPARE(window.eventModel()->rowCount(), 0);
    QVERIFY(!window.workspaces()->isTabVisible(1));
    QVERIFY(!signOut->isEnabled());
    QTRY_VERIFY(!server.lastOf(MessageType::SignOut).body.isEmpty());
    auto *title = window.findChild<QLabel *>(QStringLiteral("placeholderTitle"));
    QVERIFY(title);
    QCOMPARE(title->text(), QStringLiteral("Not signed in"));
}

void tst_SignIn::errorText_sessionCodes()
{
    for (int code = 40; code <= 47; ++code) {
        const QString text = Ui::ErrorText::describe(ErrorCode(code));
        QVERIFY2(!text.isEmpty() && !text.startsWith(QStringLiteral("Unknown error")),
                 qPrintable(QString::number(code)));
    }
}

QTEST_MAIN(tst_SignIn)
#include "tst_signin.moc"
