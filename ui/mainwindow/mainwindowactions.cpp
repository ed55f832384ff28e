#include "mainwindow/mainwindow.h"

#include "mainwindow/sessioncontrols.h"

#include "admin/adminworkspace.h"
#include "app/settings.h"
#include "events/eventfiltermodel.h"
#include "events/eventlistmodel.h"
#include "events/eventtable.h"
#include "orders/orderworkspace.h"
#include "selling/cartmodel.h"
#include "selling/sellingworkspace.h"
#include "style/icons.h"
#include "venues/venuesworkspace.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QMenuBar>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QToolBar>

#include <utility>

// The window's actions, menus and toolbar (split from mainwindow.cpp; same class).

namespace BoxOffice::Ui {

namespace {

QIcon themedIcon(const QString &name, QStyle::StandardPixmap fallback)
{
    return QIcon::fromTheme(name, QApplication::style()->standardIcon(fallback));
}

} // namespace

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

} // namespace BoxOffice::Ui
