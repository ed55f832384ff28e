#pragma once

#include "net/serverconnection.h"

#include <QMainWindow>
#include <QTimer>
#include <QUrl>

class QAction;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace BoxOffice::Ui {

class EventListModel;

/** The application shell: connection, event list, status; later workspaces dock here. */
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    ServerConnection *connection() const { return m_connection; }
    EventListModel *eventModel() const { return m_eventModel; }
    QSortFilterProxyModel *eventProxyModel() const { return m_eventProxy; }
    QTableView *eventView() const { return m_eventView; }
    QLineEdit *searchField() const { return m_search; }

    void connectToServer(const QUrl &url);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void createCentralWidget();
    void createStatusBar();
    void restoreSettings();
    void saveSettings();

    void showConnectDialog();
    void showAbout();
    void onStateChanged();
    void updateConnectionViews();
    QString reconnectText() const;

    ServerConnection *m_connection = nullptr;
    EventListModel *m_eventModel = nullptr;
    QSortFilterProxyModel *m_eventProxy = nullptr;

    QAction *m_connectAction = nullptr;
    QAction *m_disconnectAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;

    QLineEdit *m_search = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_eventView = nullptr;
    QWidget *m_placeholder = nullptr;
    QLabel *m_placeholderIcon = nullptr;
    QLabel *m_placeholderTitle = nullptr;
    QLabel *m_placeholderText = nullptr;
    QPushButton *m_placeholderConnect = nullptr;
    QPushButton *m_placeholderRetry = nullptr;
    QWidget *m_banner = nullptr;
    QLabel *m_bannerText = nullptr;

    QLabel *m_stateIcon = nullptr;
    QLabel *m_stateText = nullptr;
    QLabel *m_nodeText = nullptr;
    QLabel *m_countText = nullptr;

    QTimer m_countdown;    // refreshes "retrying in n s" once a second
    QTimer m_autoRefresh;  // counts are live on the server; the list catches up periodically
    QString m_refreshError;
};

} // namespace BoxOffice::Ui
