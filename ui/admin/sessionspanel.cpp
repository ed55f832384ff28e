#include "admin/sessionspanel.h"

#include "admin/adminrequests.h"
#include "admin/sessionlistmodel.h"
#include "net/serverconnection.h"
#include "protocol/frame.h"

#include <QAction>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace BoxOffice::Ui {

namespace Key = Shared::Key;

SessionsPanel::SessionsPanel(ServerConnection *connection, QWidget *parent)
    : AdminPanel(connection, parent)
    , m_model(new SessionListModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
{
    m_revoke = new QAction(tr("&Revoke Session…"), this);
    m_revoke->setShortcut(QKeySequence::Delete);
    m_revoke->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_revoke->setToolTip(tr("End the selected session at once (%1)")
                             .arg(QKeySequence(QKeySequence::Delete).toString(QKeySequence::NativeText)));
    addAction(m_revoke);
    m_refresh = new QAction(tr("Re&load"), this);
    m_refresh->setToolTip(tr("Reload the list of sessions (F5)"));
    addAction(m_refresh);
    toolBar()->addAction(m_revoke);
    auto *spacer = new QWidget(toolBar());
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolBar()->addWidget(spacer);
    toolBar()->addAction(m_refresh);
    connect(m_revoke, &QAction::triggered, this, &SessionsPanel::revokeSelected);
    connect(m_refresh, &QAction::triggered, this, &SessionsPanel::refresh);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SessionListModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_view->setObjectName(QStringLiteral("sessionsView"));
    m_view->setModel(m_proxy);
    configureTable(m_view);
    m_view->sortByColumn(SessionListModel::LastSeen, Qt::DescendingOrder);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(SessionListModel::User, QHeaderView::Stretch);
    header->resizeSection(SessionListModel::Kind, 90);
    header->resizeSection(SessionListModel::Address, 150);
    for (int column = SessionListModel::Created; column < SessionListModel::ColumnCount; ++column)
        header->resizeSection(column, 160);
    pageLayout()->addWidget(m_view, 1);
    setFocusProxy(m_view);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SessionsPanel::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SessionsPanel::updateActions);
    updateActions();
}

void SessionsPanel::refresh()
{
    send(Shared::MessageType::ListSessions, {}, QString(),
         [this](const QCborMap &result) { m_model->setSessions(result.value(Key::Sessions).toArray()); });
}

qint64 SessionsPanel::selectedSession() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(SessionListModel::SessionIdRole).toLongLong() : 0;
}

void SessionsPanel::revoke(qint64 session)
{
    send(Shared::MessageType::RevokeSession, AdminRequests::revokeSession(session),
         tr("The session was revoked; its holder has to sign in again."),
         [this](const QCborMap &) { refresh(); });
}

void SessionsPanel::revokeSelected()
{
    const QModelIndex current = m_view->currentIndex();
    const qint64 session = selectedSession();
    if (!current.isValid() || session == 0)
        return;
    const QString user = current.siblingAtColumn(SessionListModel::User).data().toString();
    const QString address = current.siblingAtColumn(SessionListModel::Address).data().toString();
    const auto answer =
        QMessageBox::question(this, tr("Revoke Session"),
                              tr("End the session of %1 from %2? Their unsold holds are released when they "
                                 "expire.")
                                  .arg(user, address),
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        revoke(session);
}

void SessionsPanel::updateActions()
{
    m_revoke->setEnabled(selectedSession() != 0);
}

} // namespace BoxOffice::Ui
