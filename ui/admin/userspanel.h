#pragma once

#include "admin/adminpanel.h"

#include <QStringList>

class QAction;
class QSortFilterProxyModel;
class QTableView;

namespace BoxOffice::Ui {

class UserListModel;

/** Staff accounts: list, create, edit roles, disable or enable, reset the password. */
class UsersPanel final : public AdminPanel
{
    Q_OBJECT

public:
    explicit UsersPanel(ServerConnection *connection, QWidget *parent = nullptr);

    void refresh() override;

    void createUser(const QString &user, const QString &password, const QStringList &roles);
    void setRoles(const QString &user, const QStringList &roles);
    void setDisabled(const QString &user, bool disabled);
    void resetPassword(const QString &user, const QString &password);

    /** The user of the current row, or empty. */
    QString selectedUser() const;
    void selectUser(const QString &user);

    UserListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QAction *newUserAction() const { return m_newUser; }
    QAction *editRolesAction() const { return m_editRoles; }
    QAction *toggleDisabledAction() const { return m_toggleDisabled; }
    QAction *resetPasswordAction() const { return m_resetPassword; }

private:
    void showCreateDialog();
    void showEditRolesDialog();
    void showResetPasswordDialog();
    void toggleSelectedDisabled();
    void updateActions();

    UserListModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QAction *m_newUser = nullptr;
    QAction *m_editRoles = nullptr;
    QAction *m_toggleDisabled = nullptr;
    QAction *m_resetPassword = nullptr;
    QAction *m_refresh = nullptr;
    QString m_reselect; // selected again after the next reload
};

} // namespace BoxOffice::Ui
