#include "admin/adminworkspace.h"

#include "admin/auditpanel.h"
#include "admin/sessionspanel.h"
#include "admin/userspanel.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace BoxOffice::Ui {

AdminWorkspace::AdminWorkspace(ServerConnection *connection, QWidget *parent)
    : QWidget(parent)
    , m_pages(new QTabWidget(this))
    , m_users(new UsersPanel(connection, m_pages))
    , m_sessions(new SessionsPanel(connection, m_pages))
    , m_audit(new AuditPanel(connection, m_pages))
{
    m_pages->setObjectName(QStringLiteral("adminPages"));
    m_pages->setDocumentMode(true);
    // Mnemonics: Alt+U, Alt+S, Alt+L switch pages; Ctrl+Tab works as in every QTabWidget.
    m_pages->addTab(m_users, tr("&Users"));
    m_pages->addTab(m_sessions, tr("&Sessions"));
    m_pages->addTab(m_audit, tr("Audit &Log"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);
    setFocusProxy(m_pages);

    // Sessions come and go all the time: a page shows the server's state when it is opened.
    connect(m_pages, &QTabWidget::currentChanged, this, &AdminWorkspace::refreshCurrent);
}

void AdminWorkspace::refreshCurrent()
{
    if (auto *panel = qobject_cast<AdminPanel *>(m_pages->currentWidget()))
        panel->refresh();
}

void AdminWorkspace::refreshAll()
{
    m_users->refresh();
    m_sessions->refresh();
    m_audit->refresh();
}

} // namespace BoxOffice::Ui
