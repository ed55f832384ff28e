#include "admin/userspanel.h"

#include "admin/adminrequests.h"
#include "admin/roles.h"
#include "admin/userdialog.h"
#include "admin/userlistmodel.h"
#include "net/serverconnection.h"
#include "protocol/frame.h"

#include <QAction>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace BoxOffice::Ui {

namespace Key = Shared::Key;

namespace {
QAction *panelAction(QWidget *owner, const QString &text, const QKeySequence &shortcut, const QString &tip)
{
    auto *action = new QAction(text, owner);
    action->setShortcut(shortcut);
    // Only while the page has focus: the same keys mean other things on other pages.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    action->setToolTip(shortcut.isEmpty()
                           ? tip
                           : QStringLiteral("%1 (%2)").arg(tip, shortcut.toString(QKeySequence::NativeText)));
    owner->addAction(action);
    return action;
}
} // namespace

UsersPanel::UsersPanel(ServerConnection *connection, QWidget *parent)
    : AdminPanel(connection, parent)
    , m_model(new UserListModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
{
    m_newUser = panelAction(this, tr("&New User…"), QKeySequence(tr("Ctrl+N")), tr("Create a staff account"));
    m_editRoles = panelAction(this, tr("Edit &Roles…"), QKeySequence(tr("Ctrl+E")),
                              tr("Change the roles of the selected user"));
    m_toggleDisabled = panelAction(this, tr("&Disable"), QKeySequence(tr("Ctrl+D")),
                                   tr("Disable or enable the selected account"));
    m_resetPassword = panelAction(this, tr("Reset &Password…"), QKeySequence(tr("Ctrl+R")),
                                  tr("Set a new password for the selected user"));
    m_refresh = panelAction(this, tr("Re&load"), QKeySequence(), tr("Reload the list of users (F5)"));
    toolBar()->addAction(m_newUser);
    toolBar()->addSeparator();
    toolBar()->addAction(m_editRoles);
    toolBar()->addAction(m_toggleDisabled);
    toolBar()->addAction(m_resetPassword);
    auto *spacer = new QWidget(toolBar());
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolBar()->addWidget(spacer);
    toolBar()->addAction(m_refresh);

    connect(m_newUser, &QAction::triggered, this, &UsersPanel::showCreateDialog);
    connect(m_editRoles, &QAction::triggered, this, &UsersPanel::showEditRolesDialog);
    connect(m_toggleDisabled, &QAction::triggered, this, &UsersPanel::toggleSelectedDisabled);
    connect(m_resetPassword, &QAction::triggered, this, &UsersPanel::showResetPasswordDialog);
    connect(m_refresh, &QAction::triggered, this, &UsersPanel::refresh);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(UserListModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_view->setObjectName(QStringLiteral("usersView"));
    m_view->setModel(m_proxy);
    configureTable(m_view);
    m_view->sortByColumn(UserListModel::Name, Qt::AscendingOrder);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->resizeSection(UserListModel::Name, 200);
    header->setSectionResizeMode(UserListModel::RoleNames, QHeaderView::Stretch);
    header->resizeSection(UserListModel::Status, 180);
    header->resizeSection(UserListModel::FailedSignIns, 130);
    pageLayout()->addWidget(m_view, 1);
    setFocusProxy(m_view);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &UsersPanel::updateActions);
    connect(m_view, &QTableView::activated, this, &UsersPanel::showEditRolesDialog);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_reselect.isEmpty())
            selectUser(m_reselect);
        m_reselect.clear();
        updateActions();
    });
    updateActions();
}

void UsersPanel::refresh()
{
    m_reselect = selectedUser();
    send(Shared::MessageType::ListUsers, {}, QString(),
         [this](const QCborMap &result) { m_model->setUsers(result.value(Key::Users).toArray()); });
}

QString UsersPanel::selectedUser() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(UserListModel::UserNameRole).toString() : QString();
}

void UsersPanel::selectUser(const QString &user)
{
    const int row = m_model->rowOf(user);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
}

void UsersPanel::updateActions()
{
    const UserListModel::User *user = m_model->user(selectedUser());
    m_editRoles->setEnabled(user);
    m_toggleDisabled->setEnabled(user);
    m_resetPassword->setEnabled(user);
    m_toggleDisabled->setText(user && user->disabled ? tr("&Enable") : tr("&Disable"));
}

void UsersPanel::createUser(const QString &user, const QString &password, const QStringList &roles)
{
    send(Shared::MessageType::CreateUser, AdminRequests::createUser(user, password, roles),
         tr("User %1 was created.").arg(user), [this, user](const QCborMap &) {
             refresh();
             m_reselect = user; // the new account is the row the admin works on next
         });
}

void UsersPanel::setRoles(const QString &user, const QStringList &roles)
{
    send(Shared::MessageType::UpdateUser, AdminRequests::setRoles(user, roles),
         tr("The roles of %1 are now: %2.").arg(user, Roles::displayList(roles)),
         [this](const QCborMap &) { refresh(); });
}

void UsersPanel::setDisabled(const QString &user, bool disabled)
{
    send(Shared::MessageType::UpdateUser, AdminRequests::setDisabled(user, disabled),
         disabled ? tr("%1 is disabled and can no longer sign in.").arg(user)
                  : tr("%1 is enabled again.").arg(user),
         [this](const QCborMap &) { refresh(); });
}

void UsersPanel::resetPassword(const QString &user, const QString &password)
{
    send(Shared::MessageType::ResetPassword, AdminRequests::resetPassword(user, password),
         tr("The password of %1 was changed.").arg(user), [this](const QCborMap &) { refresh(); });
}

void UsersPanel::showCreateDialog()
{
    UserDialog dialog(UserDialog::Mode::CreateUser, this);
    if (dialog.exec() == QDialog::Accepted)
        createUser(dialog.userName(), dialog.password(), dialog.roles());
}

void UsersPanel::showEditRolesDialog()
{
    const UserListModel::User *user = m_model->user(selectedUser());
    if (!user)
        return;
    UserDialog dialog(UserDialog::Mode::EditRoles, this);
    dialog.setUserName(user->name);
    dialog.setRoles(user->roles);
    if (dialog.exec() == QDialog::Accepted)
        setRoles(dialog.userName(), dialog.roles());
}

void UsersPanel::showResetPasswordDialog()
{
    const QString user = selectedUser();
    if (user.isEmpty())
        return;
    UserDialog dialog(UserDialog::Mode::ResetPassword, this);
    dialog.setUserName(user);
    if (dialog.exec() == QDialog::Accepted)
        resetPassword(user, dialog.password());
}

void UsersPanel::toggleSelectedDisabled()
{
    if (const UserListModel::User *user = m_model->user(selectedUser()))
        setDisabled(user->name, !user->disabled);
}

} // namespace BoxOffice::Ui
