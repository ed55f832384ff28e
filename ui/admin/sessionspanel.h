#pragma once

#include "admin/adminpanel.h"

class QAction;
class QSortFilterProxyModel;
class QTableView;

namespace BoxOffice::Ui {

class SessionListModel;

/** Open sessions of staff and buyers; an admin can revoke any of them. */
class SessionsPanel final : public AdminPanel
{
    Q_OBJECT

public:
    explicit SessionsPanel(ServerConnection *connection, QWidget *parent = nullptr);

    void refresh() override;
    void revoke(qint64 session);

    /** The session id of the current row, or 0. */
    qint64 selectedSession() const;

    SessionListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QAction *revokeAction() const { return m_revoke; }

private:
    void revokeSelected();
    void updateActions();

    SessionListModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QAction *m_revoke = nullptr;
    QAction *m_refresh = nullptr;
};

} // namespace BoxOffice::Ui
