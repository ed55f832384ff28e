#pragma once

#include "net/serverconnection.h"

#include <QDialog>
#include <QPointer>
#include <QStringList>
#include <QUrl>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace BoxOffice::Ui {

/**
 * Signs in: server address, user name, password, "remember server". Connects the given
 * ServerConnection (answering certificate questions on the way), sends SignIn and stays
 * open with the reason until it succeeds or the user cancels. The password is handed to
 * the connection for the one request and cleared from the field after every attempt.
 */
class SignInDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SignInDialog(ServerConnection *connection, QWidget *parent = nullptr);

    void setRecentServers(const QStringList &urls);
    void setServer(const QUrl &url);
    void setUserName(const QString &user);
    void setRememberServer(bool remember);
    /** An explanation above the form, for example why the session ended. */
    void setMessage(const QString &message);
    /**
     * Switch Clerk: the attempt signs the present session out first (its holds stay its
     * own), so the window never carries two clerks. Until Sign In is pressed nothing changes.
     */
    void setSwitching(bool switching) { m_switching = switching; }
    bool isSwitching() const { return m_switching; }

    QUrl server() const;
    QString userName() const;
    bool rememberServer() const;
    bool isBusy() const { return m_busy; }

    QComboBox *serverField() const { return m_server; }
    QLineEdit *userField() const { return m_user; }
    QLineEdit *passwordField() const { return m_password; }
    QLabel *errorLabel() const { return m_error; }
    QPushButton *signInButton() const { return m_signIn; }

    /** Starts the attempt, as the Sign In button does. */
    void attemptSignIn();

signals:
    /** The attempt ended (isBusy() is false again); on failure the error label says why. */
    void attemptFinished(bool ok);

private:
    void onConnectionStateChanged();
    void onConnectionError(const QString &message);
    void sendSignIn();
    void finishAttempt(const QString &error);
    void setBusy(bool busy);
    void validate();

    QPointer<ServerConnection> m_connection;
    QComboBox *m_server = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_remember = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_progress = nullptr;
    QLabel *m_hint = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_signIn = nullptr;
    bool m_busy = false;
    bool m_signInSent = false;
    bool m_switching = false;
    quint64 m_attempt = 0; // a reply to an abandoned attempt must not finish a newer one
};

} // namespace BoxOffice::Ui
