#pragma once

#include <QWidget>

class QTabWidget;

namespace BoxOffice::Ui {

class AuditPanel;
class ServerConnection;
class SessionsPanel;
class UsersPanel;

/** The administration workspace: users, sessions and the audit log, one page each. */
class AdminWorkspace final : public QWidget
{
    Q_OBJECT

public:
    explicit AdminWorkspace(ServerConnection *connection, QWidget *parent = nullptr);

    /** Reloads the page in front (F5 in the main window). */
    void refreshCurrent();
    /** Reloads every page, for example after signing in. */
    void refreshAll();

    QTabWidget *pages() const { return m_pages; }
    UsersPanel *usersPanel() const { return m_users; }
    SessionsPanel *sessionsPanel() const { return m_sessions; }
    AuditPanel *auditPanel() const { return m_audit; }

private:
    QTabWidget *m_pages = nullptr;
    UsersPanel *m_users = nullptr;
    SessionsPanel *m_sessions = nullptr;
    AuditPanel *m_audit = nullptr;
};

} // namespace BoxOffice::Ui
