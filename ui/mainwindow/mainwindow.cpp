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
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

#include <cmath>
#include <utility>

namespace BoxOffice::Ui {

namespace {

constexpr int AutoRefreshMs = 30'000;

QIcon themedIcon(const QString &name, QStyle::StandardPixmap fallback)
{
    return QIcon::fromTheme(name, QApplication::style()->standardIcon(fallback));
}

QColor stateColor(ServerConnection::State state)
{
    switch (state) {
    case ServerConnection::State::Connected:
        return QColor(0x2e, 0x7d, 0x32);
    case ServerConnection::State::Connecting:
        return QColor(0xef, 0xa0, 0x0b);
    case ServerConnection::State::Disconnected:
        break;
    }
    return QColor(0xc6, 0x28, 0x28);
}

QPixmap stateDot(ServerConnection::State state, int size, qreal devicePixelRatio)
{
    QPixmap pixmap(QSize(size, size) * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor color = stateColor(state);
    painter.setPen(QPen(color.darker(130), 1));
    painter.setBrush(color);
    painter.drawEllipse(QRectF(1.5, 1.5, size - 3, size - 3));
    return pixmap;
}

QString hostText(const QUrl &url)
{
    return url.toString(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery |
                        QUrl::StripTrailingSlash);
}

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

void MainWindow::createActions()
{
    m_session = new SessionControls(m_connection, this);
    connect(m_session, &SessionControls::message, statusBar(), &QStatusBar::showMessage);
    m_session->setHeldSeatCount([this] { return m_selling ? m_selling->cart()->seatCount() : 0; });

    m_eventsWorkspaceAction = new QAction(tr("&Events"), this);
    m_eventsWorkspaceAction->setShortcut(QKeySequence(tr("Ctrl+1")));
    connect(m_eventsWorkspaceAction, &QAction::triggered, this, [this] {
        m_workspaces->setCurrentIndex(0);
        m_eventView->setFocus(Qt::ShortcutFocusReason);
    });
    m_checkInWorkspaceAction = new QAction(tr("&Check-in"), this);
    m_checkInWorkspaceAction->setShortcut(QKeySequence(tr("Ctrl+3")));
    m_checkInWorkspaceAction->setStatusTip(tr("Scan tickets at the door"));
    connect(m_checkInWorkspaceAction, &QAction::triggered, this, &MainWindow::showCheckIn);
    m_ordersWorkspaceAction = new QAction(tr("&Orders"), this);
    m_ordersWorkspaceAction->setShortcut(QKeySequence(tr("Ctrl+4")));
    m_ordersWorkspaceAction->setStatusTip(tr("Find orders, refund, exchange, and cash shifts"));
    connect(m_ordersWorkspaceAction, &QAction::triggered, this, &MainWindow::showOrders);
    m_adminWorkspaceAction = new QAction(tr("&Administration"), this);
    m_adminWorkspaceAction->setShortcut(QKeySequence(tr("Ctrl+2")));
    m_adminWorkspaceAction->setStatusTip(tr("Users, sessions and the audit log"));
    connect(m_adminWorkspaceAction, &QAction::triggered, this, &MainWindow::showAdminWorkspace);

    m_disconnectAction =
        new QAction(themedIcon(QStringLiteral("network-disconnect"), QStyle::SP_DialogCancelButton),
                    tr("&Disconnect"), this);
    m_disconnectAction->setStatusTip(tr("Close the connection to the server"));
    connect(m_disconnectAction, &QAction::triggered, this, [this] {
        m_connection->close();
        m_eventModel->clear();
        updateConnectionViews();
    });

    m_refreshAction = new QAction(Icons::refresh(), tr("&Refresh"), this);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setStatusTip(tr("Reload what the workspace shows"));
    connect(m_refreshAction, &QAction::triggered, this, [this] {
        if (m_workspaces->currentWidget() == m_admin)
            m_admin->refreshCurrent();
        else if (m_workspaces->currentIndex() == 3)
            m_orders->refreshCurrent();
        else
            m_eventModel->refresh();
    });

    m_findAction = new QAction(tr("&Find Event"), this);
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });

    m_quitAction = new QAction(themedIcon(QStringLiteral("application-exit"), QStyle::SP_DialogCloseButton),
                               tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    m_quitAction->setStatusTip(tr("Quit BoxOffice"));
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_aboutAction = new QAction(tr("&About BoxOffice"), this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_aboutQtAction = new QAction(tr("About &Qt"), this);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_session->signInAction());
    file->addAction(m_session->switchClerkAction());
    file->addAction(m_session->signOutAction());
    file->addAction(m_disconnectAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_eventsWorkspaceAction);
    view->addAction(m_adminWorkspaceAction);
    view->addAction(m_checkInWorkspaceAction);
    view->addAction(m_ordersWorkspaceAction);
    view->addAction(m_venues->showAction());
    view->addSeparator();
    view->addAction(m_refreshAction);
    view->addAction(m_findAction);
    view->addAction(m_openEventAction);
    view->addSeparator();
    createLanguageMenu(view->addMenu(tr("&Language")));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);
    help->addAction(m_aboutQtAction);
}

void MainWindow::createLanguageMenu(QMenu *menu)
{
    // Endonyms: a user lost in a foreign language still finds their own.
    const QList<std::pair<QString, QString>> languages{
        {QString(), tr("System Language")},
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("fr"), QStringLiteral("Français")},
        {QStringLiteral("es"), QStringLiteral("Español")},
    };
    auto *group = new QActionGroup(menu);
    const QString current = Settings().language();
    for (const auto &[code, name] : languages) {
        QAction *action = menu->addAction(name);
        action->setCheckable(true);
        action->setChecked(code == current);
        action->setData(code);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code, name] {
            Settings().setLanguage(code);
            statusBar()->showMessage(tr("BoxOffice will speak %1 from its next start.").arg(name), 10000);
        });
    }
}

void MainWindow::createToolBar()
{
    QToolBar *toolBar = addToolBar(tr("Main Toolbar"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_refreshAction);

    auto *spacer = new QWidget(toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolBar->addWidget(spacer);

    m_search = new QLineEdit(toolBar);
    m_search->setObjectName(QStringLiteral("eventSearch"));
    m_search->setPlaceholderText(tr("Search by name, venue or date"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(260);
    m_search->setMaximumWidth(320);
    m_search->addAction(Icons::search(), QLineEdit::LeadingPosition);
    m_search->setToolTip(tr("Words of the name, the venue or the date (%1)")
                             .arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    connect(m_search, &QLineEdit::textChanged, m_eventProxy, &EventFilterModel::setSearchText);
    m_eventView->attachSearchField(m_search); // after the filter: its first row is a match
    toolBar->addWidget(m_search);

    m_dateFilter = new QComboBox(toolBar);
    m_dateFilter->setObjectName(QStringLiteral("dateFilter"));
    m_dateFilter->addItem(tr("Any date"), QVariant::fromValue(EventFilterModel::Range::AnyDate));
    m_dateFilter->addItem(tr("Today"), QVariant::fromValue(EventFilterModel::Range::Today));
    m_dateFilter->addItem(tr("Next 7 days"), QVariant::fromValue(EventFilterModel::Range::NextSevenDays));
    m_dateFilter->addItem(tr("Next 30 days"), QVariant::fromValue(EventFilterModel::Range::NextThirtyDays));
    m_dateFilter->setToolTip(tr("Show events of these days only"));
    connect(m_dateFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_eventProxy->setRange(m_dateFilter->currentData().value<EventFilterModel::Range>()); });
    toolBar->addWidget(m_dateFilter);
    toolBar->addSeparator();
    m_session->addToToolBar(toolBar);
}

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

void MainWindow::createStatusBar()
{
    m_stateIcon = new QLabel(this);
    m_stateText = new QLabel(this);
    m_nodeText = new QLabel(this);
    m_countText = new QLabel(this);
    m_userText = new QLabel(this);
    m_userText->setObjectName(QStringLiteral("signedInUser"));
    m_userText->setContentsMargins(10, 0, 10, 0);
    m_nodeText->setContentsMargins(10, 0, 6, 0);
    m_countText->setContentsMargins(10, 0, 10, 0);
    auto *stateBox = new QWidget(this);
    auto *stateLayout = new QHBoxLayout(stateBox);
    stateLayout->setContentsMargins(4, 0, 4, 0);
    stateLayout->setSpacing(6);
    stateLayout->addWidget(m_stateIcon);
    stateLayout->addWidget(m_stateText);
    statusBar()->addWidget(stateBox);
    statusBar()->addPermanentWidget(m_countText);
    statusBar()->addPermanentWidget(m_userText);
    statusBar()->addPermanentWidget(m_nodeText);
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
    if (!m_selling->confirmLeave()) {
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

QString MainWindow::reconnectText() const
{
    const int remaining = m_connection->reconnectRemaining();
    if (remaining < 0)
        return {};
    const int seconds = std::max(1, int(std::ceil(remaining / 1000.0)));
    return tr("Retrying in %n s.", nullptr, seconds);
}

void MainWindow::updateConnectionViews()
{
    using State = ServerConnection::State;
    const State state = m_connection->state();
    const QString server = hostText(m_connection->url());
    const bool connected = state == State::Connected;
    const bool hasRows = m_eventModel->rowCount() > 0;
    const QString error = m_connection->lastError();

    // Status bar.
    m_stateIcon->setPixmap(stateDot(state, 12, devicePixelRatioF()));
    switch (state) {
    case State::Connected:
        m_stateText->setText(tr("Connected to %1").arg(server));
        break;
    case State::Connecting:
        m_stateText->setText(tr("Connecting to %1…").arg(server));
        break;
    case State::Disconnected:
        if (m_connection->url().isEmpty())
            m_stateText->setText(tr("Not connected"));
        else if (m_connection->reconnectRemaining() >= 0)
            m_stateText->setText(tr("Disconnected from %1. %2").arg(server, reconnectText()));
        else
            m_stateText->setText(tr("Disconnected from %1").arg(server));
        break;
    }
    if (connected) {
        const QString name =
            m_connection->serverName().isEmpty() ? tr("unknown server") : m_connection->serverName();
        m_nodeText->setText(m_connection->nodeName().isEmpty()
                                ? tr("Server: %1").arg(name)
                                : tr("Server: %1 · Node: %2").arg(name, m_connection->nodeName()));
    } else {
        m_nodeText->clear();
    }
    m_nodeText->setVisible(connected);

    const int total = m_eventModel->rowCount();
    const int shown = m_eventProxy->rowCount();
    if (!m_eventModel->isLoaded())
        m_countText->clear();
    else if (shown == total)
        m_countText->setText(tr("%n event(s)", nullptr, total));
    else
        m_countText->setText(tr("%1 of %n event(s)", nullptr, total).arg(shown));
    m_countText->setVisible(m_eventModel->isLoaded());

    const bool signedIn = m_connection->isSignedIn();
    const ServerConnection::Session &session = m_connection->session();
    if (signedIn)
        m_userText->setText(tr("Signed in as %1 · %2").arg(session.user, Roles::displayList(session.roles)));
    m_userText->setVisible(signedIn);
    m_session->update();
    m_refreshAction->setEnabled(connected && signedIn);
    m_disconnectAction->setEnabled(state != State::Disconnected || m_connection->reconnectRemaining() >= 0);

    // Banner over a stale list.
    m_banner->setVisible(hasRows && !connected);
    if (!connected) {
        QString text = state == State::Connecting
                           ? tr("Reconnecting to %1. The list below may be out of date.").arg(server)
                           : tr("The connection to %1 is lost. The list below may be out of "
                                "date.")
                                 .arg(server);
        if (!reconnectText().isEmpty())
            text += u' ' + reconnectText();
        m_banner->setText(text);
    }

    // The table, or a page that says why there is none; the seat map stays up while the
    // connection is back in a moment (it says so itself).
    if (m_selling->eventId() != 0 && m_connection->isSignedIn()) {
        m_stack->setCurrentWidget(m_selling);
        return;
    }
    if (hasRows) {
        m_stack->setCurrentWidget(m_eventView);
        // A current row from the start: Return opens its seat map, the first step of a sale.
        m_eventView->ensureCurrentRow();
        if (std::exchange(m_focusListWhenShown, false) && m_workspaces->currentIndex() == 0)
            m_eventView->setFocus(Qt::OtherFocusReason); // the sale's first key goes there
        return;
    }
    m_stack->setCurrentWidget(m_placeholder);

    bool warning = false;
    QString title;
    QString text;
    QString retry;
    if (state == State::Disconnected) {
        warning = true;
        title = tr("Not connected");
        if (m_connection->url().isEmpty()) {
            text = tr("Connect to a BoxOffice server to see its events.");
        } else {
            text = tr("Could not reach the server at %1.").arg(server);
            if (!error.isEmpty())
                text += u'\n' + error;
            if (!reconnectText().isEmpty())
                text += u'\n' + reconnectText();
            retry = tr("Retry Now");
        }
    } else if (!m_connection->isSignedIn() && !m_refreshError.isEmpty()) {
        warning = true;
        title = tr("Sign-in failed");
        text = m_refreshError;
    } else if (!m_connection->isSignedIn() && state == State::Connected) {
        title = tr("Not signed in");
        text = tr("Sign in to %1 to see its events.").arg(server);
    } else if (state == State::Connecting) {
        title = tr("Connecting…");
        text = tr("Connecting to %1.").arg(server);
    } else if (m_eventModel->isLoading()) {
        title = tr("Loading events…");
        text = tr("Asking %1 for its events.").arg(server);
    } else if (!m_refreshError.isEmpty()) {
        warning = true;
        title = tr("Could not load the events");
        text = m_refreshError;
        retry = tr("Try Again");
    } else {
        title = tr("No events");
        text = tr("The server has no events yet.");
    }
    m_placeholder->setContent(warning, title, text, retry,
                              state == State::Disconnected || !m_connection->isSignedIn());
}

} // namespace BoxOffice::Ui
