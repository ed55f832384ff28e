#include "mainwindow/mainwindow.h"

#include "mainwindow/sessioncontrols.h"
#include "mainwindow/statuspages.h"

#include "admin/adminworkspace.h"
#include "admin/roles.h"
#include "app/settings.h"
#include "auth/certificatedialog.h"
#include "auth/signindialog.h"
#include "checkin/scanpanel.h"
#include "events/eventfiltermodel.h"
#include "events/eventlistmodel.h"
#include "events/eventtable.h"
#include "net/certificatetrust.h"
#include "net/errortext.h"
#include "orders/orderworkspace.h"
#include "venues/venuesworkspace.h"
#include "selling/cartmodel.h"
#include "selling/sellingworkspace.h"
#include "style/icons.h"
#include "style/spaciousstyle.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <utility>

namespace BoxOffice::Ui {

namespace {

constexpr int AutoRefreshMs = 30'000;

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_connection(new ServerConnection(this))
    , m_eventModel(new EventListModel(this))
    , m_eventProxy(new EventFilterModel(this))
{
    setWindowTitle(tr("BoxOffice"));
    setUnifiedTitleAndToolBarOnMac(true);

    m_eventModel->setConnection(m_connection);
    m_eventProxy->setSourceModel(m_eventModel);
    m_eventView = new EventTable(this); // moves into the page stack; its actions go in the menus
    m_eventView->setModel(m_eventProxy);
    m_openEventAction = m_eventView->openAction();
    m_venues = new VenuesWorkspace(m_connection, this); // moves into the workspaces' tabs

    createActions();
    createMenus();
    createToolBar();
    createCentralWidget();
    createStatusBar();

    // Asked outside the socket's handshake (ServerConnection queues it).
    m_connection->setTrustDecider([this](const CertificateProblem &problem) {
        if (!m_expectedFingerprint.isEmpty()) {
            return problem.kind == CertificateProblem::Kind::Untrusted &&
                   CertificateTrust::fingerprint(problem.certificate) == m_expectedFingerprint;
        }
        return CertificateDialog::ask(problem, this);
    });

    connect(m_connection, &ServerConnection::stateChanged, this, &MainWindow::onStateChanged);
    connect(m_connection, &ServerConnection::sessionChanged, this, &MainWindow::onSessionChanged);
    connect(m_connection, &ServerConnection::sessionLost, this, [this](const QString &message) {
        statusBar()->showMessage(message, 10000);
        if (m_session->promptsForSignIn())
            showSignInDialog(message);
    });
    connect(m_connection, &ServerConnection::errorOccurred, this, &MainWindow::updateConnectionViews);
    connect(m_connection, &ServerConnection::reconnectScheduled, this, [this] {
        m_countdown.start();
        updateConnectionViews();
    });
    connect(m_eventModel, &EventListModel::loadingChanged, this, &MainWindow::updateConnectionViews);
    connect(m_eventModel, &EventListModel::refreshed, this, [this] {
        m_refreshError.clear();
        updateConnectionViews();
    });
    connect(m_eventModel, &EventListModel::refreshFailed, this, [this](const QString &message) {
        m_refreshError = message;
        statusBar()->showMessage(tr("Could not load the events: %1").arg(message), 5000);
        updateConnectionViews();
    });
    connect(m_eventProxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateConnectionViews);
    connect(m_eventProxy, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateConnectionViews);
    connect(m_eventProxy, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateConnectionViews);

    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, [this] {
        if (m_connection->reconnectRemaining() < 0)
            m_countdown.stop();
        updateConnectionViews();
    });
    m_autoRefresh.setInterval(AutoRefreshMs);
    connect(&m_autoRefresh, &QTimer::timeout, this, [this] {
        if (m_connection->state() == ServerConnection::State::Connected && !m_eventModel->isLoading())
            m_eventModel->refresh();
    });

    restoreSettings();
    updateConnectionViews();
}

MainWindow::~MainWindow() = default;

void MainWindow::createCentralWidget()
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    // Shown above a stale list while the connection is down, so nobody sells from it
    // believing it is live.
    m_banner = new ConnectionBanner(central);
    connect(m_banner, &ConnectionBanner::retryClicked, this,
            [this] { m_connection->open(m_connection->url()); });
    layout->addWidget(m_banner);

    m_stack = new QStackedWidget(central);
    m_stack->setObjectName(QStringLiteral("eventStack"));
    layout->addWidget(m_stack, 1);

    m_placeholder = new PlaceholderPage(m_stack);
    connect(m_placeholder, &PlaceholderPage::signInClicked, this, [this] { showSignInDialog(); });
    connect(m_placeholder, &PlaceholderPage::retryClicked, this, [this] {
        if (m_connection->state() == ServerConnection::State::Connected)
            m_eventModel->refresh();
        else
            m_connection->open(m_connection->url());
    });

    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_eventView);
    connect(m_eventView, &EventTable::openRequested, this, &MainWindow::openEvent);

    m_selling = new SellingWorkspace(m_connection, m_stack);
    m_stack->addWidget(m_selling);
    connect(m_selling, &SellingWorkspace::backRequested, this, &MainWindow::showEventList);

    // The workspaces of the signed-in roles; the tab bar appears only when there is a choice.
    m_workspaces = new QTabWidget(this);
    m_workspaces->setObjectName(QStringLiteral("workspaces"));
    m_workspaces->setDocumentMode(true);
    m_workspaces->addTab(central, tr("Events"));
    m_admin = new AdminWorkspace(m_connection, m_workspaces);
    m_workspaces->addTab(m_admin, tr("Administration"));
    m_workspaces->setTabVisible(1, false);
    m_scan = new ScanPanel(m_connection, m_workspaces);
    m_workspaces->addTab(m_scan, tr("Check-in"));
    m_workspaces->setTabVisible(2, false);
    // In a scroll area: its forms must not make the whole window wider on a small screen.
    auto *ordersScroll = new QScrollArea(m_workspaces);
    ordersScroll->setWidgetResizable(true);
    ordersScroll->setFrameShape(QFrame::NoFrame);
    m_orders = new OrderWorkspace(m_connection, ordersScroll);
    ordersScroll->setWidget(m_orders);
    m_workspaces->addTab(ordersScroll, tr("Orders"));
    m_workspaces->setTabVisible(3, false);
    m_workspaces->tabBar()->hide();
    m_venues->install(m_workspaces); // tab 4: shows and hides itself with the session's roles
    // An exchange continues on the seat map of the new seat's event (same event by default).
    // The exchange stays pending while the clerk looks for the new seat, in this event or
    // another one (Esc back to the list, Return on another event), until it is done.
    connect(m_orders, &OrderWorkspace::exchangeRequested, this, [this](qint64 ticket, qint64 event) {
        m_pendingExchange = ticket;
        openEvent(event);
    });
    connect(m_selling, &SellingWorkspace::saleFinished, m_orders, [this](bool ok) {
        if (!ok)
            return;
        if (m_pendingExchange != 0 && m_selling->exchangingTicket() == 0)
            m_pendingExchange = 0;  // done
        m_orders->refreshCurrent(); // an exchange shows up in the order it came from
    });
    connect(m_workspaces, &QTabWidget::currentChanged, this, [this] {
        const bool events = m_workspaces->currentIndex() == 0;
        m_search->setEnabled(events);
        m_findAction->setEnabled(events);
        if (m_workspaces->currentWidget() == m_admin && !m_adminLoaded && m_connection->isSignedIn()) {
            m_adminLoaded = true;
            m_admin->refreshAll();
        }
    });
    setCentralWidget(m_workspaces);
}

void MainWindow::restoreSettings()
{
    Settings settings;
    const QByteArray geometry = settings.mainWindowGeometry();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1120, 700);
    restoreState(settings.mainWindowState());
    const QByteArray header = settings.eventTableHeaderState();
    if (!header.isEmpty())
        m_eventView->horizontalHeader()->restoreState(header);
}

void MainWindow::saveSettings()
{
    Settings settings;
    settings.setMainWindowGeometry(saveGeometry());
    settings.setMainWindowState(saveState());
    settings.setEventTableHeaderState(m_eventView->horizontalHeader()->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_selling->confirmLeave() || !m_venues->closeDesigner()) {
        event->ignore();
        return;
    }
    m_selling->leave();
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::connectToServer(const QUrl &url)
{
    m_eventModel->clear();
    m_refreshError.clear();
    m_connection->open(url);
    updateConnectionViews();
}

bool MainWindow::isAdminWorkspaceAvailable() const
{
    return m_connection->session().hasRole(Roles::Admin);
}

bool MainWindow::isOrderWorkspaceAvailable() const
{
    const ServerConnection::Session &session = m_connection->session();
    return session.hasRole(Roles::Clerk) || session.hasRole(Roles::FraudAnalyst) ||
           session.hasRole(Roles::Admin);
}

void MainWindow::showOrders()
{
    if (!isOrderWorkspaceAvailable())
        return;
    m_workspaces->setCurrentIndex(3);
    m_orders->refreshShift();
    m_orders->setFocus(Qt::ShortcutFocusReason);
}

bool MainWindow::isCheckInAvailable() const
{
    const ServerConnection::Session &session = m_connection->session();
    return session.hasRole(Roles::Clerk) || session.hasRole(Roles::Admin);
}

void MainWindow::showCheckIn()
{
    if (!isCheckInAvailable())
        return;
    m_workspaces->setCurrentWidget(m_scan);
    m_scan->codeEdit()->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::showAdminWorkspace()
{
    if (!isAdminWorkspaceAvailable())
        return;
    m_workspaces->setCurrentWidget(m_admin);
    m_admin->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::signIn(const QUrl &url, const QString &user, const QString &password)
{
    m_pendingUser = user;
    m_pendingPassword = password;
    if (m_connection->url() == url && m_connection->state() == ServerConnection::State::Connected)
        onStateChanged();
    else
        connectToServer(url);
}

void MainWindow::setPromptForSignIn(bool prompt)
{
    m_session->setPromptForSignIn(prompt);
}

void MainWindow::showSignInDialog(const QString &message, const QUrl &preferredServer)
{
    m_session->showSignInDialog(message, preferredServer);
}

void MainWindow::onSessionChanged()
{
    const bool admin = isAdminWorkspaceAvailable();
    const bool checkIn = isCheckInAvailable();
    const bool orders = isOrderWorkspaceAvailable();
    m_workspaces->setTabVisible(1, admin);
    m_workspaces->setTabVisible(2, checkIn);
    m_workspaces->setTabVisible(3, orders);
    m_workspaces->tabBar()->setVisible(admin || checkIn || orders);
    m_adminWorkspaceAction->setEnabled(admin);
    m_checkInWorkspaceAction->setEnabled(checkIn);
    m_ordersWorkspaceAction->setEnabled(orders);
    if ((!admin && m_workspaces->currentIndex() == 1) || (!checkIn && m_workspaces->currentIndex() == 2) ||
        (!orders && m_workspaces->currentIndex() == 3))
        m_workspaces->setCurrentIndex(0);
    // A clerk who has just signed in presses Return next: the list takes the keys once it
    // is there (not after a resumed session: the clerk may be typing somewhere).
    const bool signedIn = m_connection->isSignedIn();
    if (signedIn && !m_wasSignedIn)
        m_focusListWhenShown = true;
    m_wasSignedIn = signedIn;
    if (!signedIn) {
        m_focusListWhenShown = false;
        m_pendingExchange = 0;
        m_selling->leave();
        m_search->setEnabled(m_workspaces->currentIndex() == 0); // as showEventList() leaves them
        m_dateFilter->setEnabled(true);
        m_eventModel->clear();
        m_adminLoaded = false;
    } else if (m_connection->state() == ServerConnection::State::Connected) {
        m_eventModel->refresh();
        m_autoRefresh.start();
        if (admin && m_workspaces->currentWidget() == m_admin) {
            m_adminLoaded = true;
            m_admin->refreshAll();
        }
    }
    updateConnectionViews();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About BoxOffice"),
                       tr("<h3>BoxOffice %1</h3>"
                          "<p>Box-office and venue management: sell seats at the counter on live seat "
                          "maps.</p>"
                          "<p>Protocol version %2.</p>")
                           .arg(QCoreApplication::applicationVersion())
                           .arg(Shared::ProtocolVersion));
}

void MainWindow::onStateChanged()
{
    if (m_connection->state() == ServerConnection::State::Connected) {
        m_countdown.stop();
        m_refreshError.clear();
        if (!m_pendingUser.isEmpty()) {
            const QString user = std::exchange(m_pendingUser, QString());
            const QString password = std::exchange(m_pendingPassword, QString());
            m_connection->signIn(user, password, [this](const Shared::Frame &reply) {
                const QString error = reply.isError() ? ErrorText::describe(reply.errorCode()) : QString();
                if (!error.isEmpty()) {
                    m_refreshError = error;
                    updateConnectionViews();
                }
                emit signInFinished(error.isEmpty(), error);
            });
        } else if (m_connection->isSignedIn()) {
            m_autoRefresh.start();
            m_eventModel->refresh();
            if (m_workspaces->currentWidget() == m_admin)
                m_admin->refreshCurrent(); // after a reconnect: show the server's state
        }
    } else {
        m_autoRefresh.stop();
    }
    updateConnectionViews();
}

QSortFilterProxyModel *MainWindow::eventProxyModel() const
{
    return m_eventProxy;
}

void MainWindow::openEvent(qint64 eventId)
{
    if (eventId <= 0 || !m_connection->isSignedIn())
        return;
    m_workspaces->setCurrentIndex(0);
    if (const EventListModel::Event *event = m_eventModel->event(eventId))
        m_selling->setEventStarts(event->starts);
    m_selling->openEvent(eventId);
    if (m_pendingExchange != 0)
        m_selling->startExchange(m_pendingExchange);
    m_stack->setCurrentWidget(m_selling);
    m_search->setEnabled(false);
    m_dateFilter->setEnabled(false);
}

void MainWindow::showEventList()
{
    m_selling->leave();
    if (m_pendingExchange != 0) {
        statusBar()->showMessage(
            tr("Exchanging ticket %1: open the event of the new seat, or sign out to give up.")
                .arg(m_pendingExchange));
    }
    m_search->setEnabled(true);
    m_dateFilter->setEnabled(true);
    m_eventModel->refresh();
    updateConnectionViews();
    m_eventView->setFocus(Qt::OtherFocusReason);
}

} // namespace BoxOffice::Ui
