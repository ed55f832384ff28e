#pragma once

#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

class QAction;
class QLabel;
class QMainWindow;
class QToolBar;

namespace BoxOffice::Ui {

class ServerConnection;

/**
 * Who is signed in, and the ways in and out: Sign In, Sign Out and Switch Clerk (a shared
 * counter: the next clerk signs in without closing the window). Owns the actions and the
 * sign-in dialog; the main window puts them in its menus and toolbar.
 *
 * Switching signs the first clerk out only when the next one presses Sign In (Cancel
 * changes nothing). The first clerk's holds are not released and not handed over: holds
 * belong to the session that made them, so they stay the first clerk's until they run out
 * (docs/boxoffice.md, "Switch Clerk").
 */
class SessionControls final : public QObject
{
    Q_OBJECT

public:
    SessionControls(ServerConnection *connection, QMainWindow *window);

    QAction *signInAction() const { return m_signIn; }
    QAction *signOutAction() const { return m_signOut; }
    QAction *switchClerkAction() const { return m_switchClerk; }
    /** The name and roles shown in the toolbar while signed in. */
    QLabel *userLabel() const { return m_user; }

    /** The toolbar's session part: who is signed in, Switch Clerk and Sign Out (or Sign In). */
    void addToToolBar(QToolBar *toolBar);

    /** Shows the sign-in dialog (window-modal, not blocking); message says why, if given. */
    void showSignInDialog(const QString &message = QString(), const QUrl &server = QUrl());
    /** The sign-in dialog for the next clerk at this counter. */
    void switchClerk();
    void signOut();

    /** Whether losing the session opens the sign-in dialog by itself (the app: yes). */
    void setPromptForSignIn(bool prompt) { m_promptForSignIn = prompt; }
    bool promptsForSignIn() const { return m_promptForSignIn; }

    /** How many seats the cart holds now (the switch says that their holds stay). */
    void setHeldSeatCount(std::function<int()> count) { m_heldSeatCount = std::move(count); }

    /** Shows the signed-in user and enables the actions that fit. */
    void update();

signals:
    /** A sentence for the status bar. */
    void message(const QString &text, int timeoutMs);

private:
    void openDialog(const QString &text, const QUrl &server, bool switching);

    ServerConnection *m_connection = nullptr;
    QMainWindow *m_window = nullptr;
    QAction *m_signIn = nullptr;
    QAction *m_signOut = nullptr;
    QAction *m_switchClerk = nullptr;
    QAction *m_userItem = nullptr; // the label's place in the toolbar
    QLabel *m_user = nullptr;
    std::function<int()> m_heldSeatCount;
    bool m_promptForSignIn = false;
};

} // namespace BoxOffice::Ui
