#include "mainwindow/sessioncontrols.h"

#include "admin/roles.h"
#include "app/settings.h"
#include "auth/signindialog.h"
#include "net/serverconnection.h"
#include "style/icons.h"

#include <QAction>
#include <QLabel>
#include <QMainWindow>
#include <QToolBar>

namespace BoxOffice::Ui {

SessionControls::SessionControls(ServerConnection *connection, QMainWindow *window)
    : QObject(window)
    , m_connection(connection)
    , m_window(window)
{
    m_signIn = new QAction(Icons::connect(), tr("&Sign In…"), this);
    m_signIn->setObjectName(QStringLiteral("signInAction"));
    m_signIn->setIconText(tr("Sign In"));
    m_signIn->setShortcut(QKeySequence(tr("Ctrl+K")));
    m_signIn->setStatusTip(tr("Sign in to a BoxOffice server"));
    connect(m_signIn, &QAction::triggered, this, [this] { showSignInDialog(); });

    m_signOut = new QAction(tr("Sign &Out"), this);
    m_signOut->setObjectName(QStringLiteral("signOutAction"));
    m_signOut->setShortcut(QKeySequence(tr("Ctrl+Shift+K")));
    m_signOut->setStatusTip(tr("End your session on the server"));
    connect(m_signOut, &QAction::triggered, this, &SessionControls::signOut);

    m_switchClerk = new QAction(tr("S&witch Clerk…"), this);
    m_switchClerk->setObjectName(QStringLiteral("switchClerkAction"));
    m_switchClerk->setIconText(tr("Switch Clerk"));
    m_switchClerk->setShortcut(QKeySequence(tr("Ctrl+Shift+N")));
    m_switchClerk->setStatusTip(tr("The next clerk at this counter signs in; you are signed out"));
    connect(m_switchClerk, &QAction::triggered, this, &SessionControls::switchClerk);

    m_user = new QLabel;
    m_user->setObjectName(QStringLiteral("toolBarUser"));
    m_user->setContentsMargins(8, 0, 4, 0);
}

void SessionControls::addToToolBar(QToolBar *toolBar)
{
    m_user->setParent(toolBar);
    m_userItem = toolBar->addWidget(m_user);
    toolBar->addAction(m_switchClerk);
    toolBar->addAction(m_signOut);
    toolBar->addAction(m_signIn);
    update();
}

void SessionControls::showSignInDialog(const QString &message, const QUrl &server)
{
    openDialog(message, server, false);
}

void SessionControls::switchClerk()
{
    if (!m_connection->isSignedIn())
        return;
    const QString user = m_connection->session().user;
    const int held = m_heldSeatCount ? m_heldSeatCount() : 0;
    QString text = tr("%1 stays signed in until the next clerk signs in here.").arg(user);
    if (held > 0) {
        text += u' ' + tr("The %n seat(s) %1 holds stay held for %1 until the hold runs out; the "
                          "next clerk cannot sell them.",
                          nullptr, held)
                           .arg(user);
    }
    openDialog(text, QUrl(), true);
}

void SessionControls::openDialog(const QString &text, const QUrl &preferredServer, bool switching)
{
    if (m_window->findChild<SignInDialog *>())
        return; // one is open already
    Settings settings;
    auto *dialog = new SignInDialog(m_connection, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setRecentServers(settings.recentServers());
    QUrl server = preferredServer.isValid() ? preferredServer : m_connection->url();
    if (!server.isValid())
        server = settings.lastServer();
    dialog->setServer(server.isValid() ? server : Settings::defaultServerUrl());
    dialog->setRememberServer(settings.rememberServer());
    dialog->setUserName(switching ? QString() : m_connection->session().user);
    dialog->setSwitching(switching);
    dialog->setMessage(text);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        Settings settings;
        settings.setRememberServer(dialog->rememberServer());
        if (dialog->rememberServer()) {
            settings.addRecentServer(dialog->server());
            settings.setLastServer(dialog->server());
        }
        emit message(tr("Signed in as %1.").arg(m_connection->session().user), 5000);
    });
    // Back to the window, whose focus is where the next key belongs: a window manager does
    // this for a closed dialog, but a counter may run without one (a kiosk, Xvfb).
    connect(dialog, &QDialog::finished, m_window, [window = m_window] { window->activateWindow(); });
    dialog->open();
}

void SessionControls::signOut()
{
    m_connection->signOut();
    emit message(tr("Signed out."), 5000);
    if (m_promptForSignIn)
        showSignInDialog();
}

void SessionControls::update()
{
    const bool signedIn = m_connection->isSignedIn();
    const ServerConnection::Session &session = m_connection->session();
    if (signedIn) {
        const QString roles = Roles::displayList(session.roles);
        m_user->setText(tr("<b>%1</b> · %2").arg(session.user.toHtmlEscaped(), roles.toHtmlEscaped()));
        m_user->setToolTip(tr("Signed in as %1 (%2)").arg(session.user, roles));
    }
    m_signIn->setVisible(!signedIn);
    m_signOut->setEnabled(signedIn);
    m_signOut->setVisible(signedIn);
    m_switchClerk->setEnabled(signedIn);
    m_switchClerk->setVisible(signedIn);
    if (m_userItem)
        m_userItem->setVisible(signedIn);
}

} // namespace BoxOffice::Ui
