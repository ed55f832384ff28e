#pragma once

#include <QDialog>
#include <QHash>
#include <QStringList>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace BoxOffice::Ui {

/**
 * Asks for what a user administration request needs: a new user (name, password twice,
 * roles), a user's roles, or a new password. Checks locally what the server would refuse
 * anyway (empty name, password under 12 characters, no role) so the admin sees it at once.
 */
class UserDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { CreateUser, EditRoles, ResetPassword };

    static constexpr int MinimumPasswordLength = 12; // the server's WeakPassword limit

    explicit UserDialog(Mode mode, QWidget *parent = nullptr);

    void setUserName(const QString &user);
    void setRoles(const QStringList &roles);

    QString userName() const;
    QString password() const;
    QStringList roles() const;

    QLineEdit *userField() const { return m_user; }
    QLineEdit *passwordField() const { return m_password; }
    QLineEdit *confirmField() const { return m_confirm; }
    QCheckBox *roleBox(const QString &role) const { return m_roleBoxes.value(role); }

private:
    void validate();

    Mode m_mode;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_confirm = nullptr;
    QHash<QString, QCheckBox *> m_roleBoxes;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace BoxOffice::Ui
