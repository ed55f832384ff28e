#pragma once

#include "events/eventtable.h"
#include "net/serverconnection.h"

#include <QMainWindow>
#include <QTimer>
#include <QUrl>

class QAction;
class QComboBox;
class QLabel;
class QMenu;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QTabWidget;

namespace BoxOffice::Ui {

class AdminWorkspace;
class ConnectionBanner;
class EventFilterModel;
class EventListModel;
class OrderWorkspace;
class VenuesWorkspace;
class PlaceholderPage;
class ScanPanel;
class SessionControls;
class SellingWorkspace;

/**
 * The application shell: sign-in, connection, status, and the workspaces of the signed-in
 * roles (the event list for everyone, administration for admins).
 */
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /**
     * A fingerprint given out of band (--trust-fingerprint): an untrusted certificate with
     * exactly this SHA-256 is trusted (and pinned) without asking; any other is refused.
     */
    void setExpectedFingerprint(const QByteArray &sha256) { m_expectedFingerprint = sha256; }

    ServerConnection *connection() const { return m_connection; }
    EventListModel *eventModel() const { return m_eventModel; }
    QSortFilterProxyModel *eventProxyModel() const;
    EventFilterModel *eventFilter() const { return m_eventProxy; }
    QComboBox *dateFilter() const { return m_dateFilter; }
    SellingWorkspace *sellingWorkspace() const { return m_selling; }
    /** Opens an event's seat map (what Return on the event list does). */
    void openEvent(qint64 eventId);
    /** Back from the seat map to the event list. */
    void showEventList();
    EventTable *eventView() const { return m_eventView; }
    QLineEdit *searchField() const { return m_search; }

    AdminWorkspace *adminWorkspace() const { return m_admin; }
    ScanPanel *scanPanel() const { return m_scan; }
    OrderWorkspace *orderWorkspace() const { return m_orders; }
    /** Orders (lookup, refunds, shifts): clerks, fraud analysts and admins. */
    bool isOrderWorkspaceAvailable() const;
    void showOrders();
    /** Check-in at the door: staff with the clerk or admin role. */
    bool isCheckInAvailable() const;
    void showCheckIn();
    QTabWidget *workspaces() const { return m_workspaces; }
    VenuesWorkspace *venuesWorkspace() const { return m_venues; }
    bool isAdminWorkspaceAvailable() const;
    void showAdminWorkspace();

    /** Opens the connection (resuming the session in memory, if any) without signing in. */
    void connectToServer(const QUrl &url);
    /**
     * Connects and signs in without asking (for --screenshot and tests); emits
     * signInFinished(). The password is dropped once it has been sent.
     */
    void signIn(const QUrl &url, const QString &user, const QString &password);
    /** Shows the sign-in dialog (window-modal, not blocking); message says why, if given. */
    void showSignInDialog(const QString &message = QString(), const QUrl &server = QUrl());
    /** Whether losing the session opens the sign-in dialog by itself (the app: yes). */
    void setPromptForSignIn(bool prompt);
    SessionControls *sessionControls() const { return m_session; }

signals:
    void signInFinished(bool ok, const QString &error);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createLanguageMenu(QMenu *menu);
    void createToolBar();
    void createCentralWidget();
    void createStatusBar();
    void restoreSettings();
    void saveSettings();

    void onSessionChanged();
    void showAbout();
    void onStateChanged();
    void updateConnectionViews();
    QString reconnectText() const;

    ServerConnection *m_connection = nullptr;
    EventListModel *m_eventModel = nullptr;
    EventFilterModel *m_eventProxy = nullptr;

    SessionControls *m_session = nullptr;
    QAction *m_eventsWorkspaceAction = nullptr;
    QAction *m_adminWorkspaceAction = nullptr;
    QAction *m_disconnectAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;

    QLineEdit *m_search = nullptr;
    QComboBox *m_dateFilter = nullptr;
    SellingWorkspace *m_selling = nullptr;
    QAction *m_openEventAction = nullptr;
    QTabWidget *m_workspaces = nullptr;
    AdminWorkspace *m_admin = nullptr;
    ScanPanel *m_scan = nullptr;
    OrderWorkspace *m_orders = nullptr;
    VenuesWorkspace *m_venues = nullptr;
    QAction *m_ordersWorkspaceAction = nullptr;
    qint64 m_pendingExchange = 0; // a ticket being exchanged: the next seat map opens in exchange mode
    QAction *m_checkInWorkspaceAction = nullptr;
    QStackedWidget *m_stack = nullptr;
    EventTable *m_eventView = nullptr;
    PlaceholderPage *m_placeholder = nullptr;
    ConnectionBanner *m_banner = nullptr;

    QLabel *m_stateIcon = nullptr;
    QLabel *m_stateText = nullptr;
    QLabel *m_nodeText = nullptr;
    QLabel *m_userText = nullptr;
    QLabel *m_countText = nullptr;

    QTimer m_countdown;   // refreshes "retrying in n s" once a second
    QTimer m_autoRefresh; // counts are live on the server; the list catches up periodically
    QString m_refreshError;
    QString m_pendingUser; // signIn(): sent once the connection is up
    QString m_pendingPassword;
    bool m_adminLoaded = false;
    bool m_wasSignedIn = false;
    bool m_focusListWhenShown = false; // just signed in: the list gets the focus when it appears
    QByteArray m_expectedFingerprint;
};

} // namespace BoxOffice::Ui
