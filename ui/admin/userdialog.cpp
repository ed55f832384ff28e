#include "admin/userdialog.h"

#include "admin/roles.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace BoxOffice::Ui {

UserDialog::UserDialog(Mode mode, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_confirm(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    const bool asksPassword = mode != Mode::EditRoles;
    const bool asksRoles = mode != Mode::ResetPassword;

    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_user->setObjectName(QStringLiteral("userName"));
    m_user->setMaxLength(64);
    m_user->setReadOnly(mode != Mode::CreateUser);
    m_user->setMinimumWidth(280);
    form->addRow(tr("&User name:"), m_user);

    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_confirm->setObjectName(QStringLiteral("confirmPassword"));
    m_confirm->setEchoMode(QLineEdit::Password);
    if (asksPassword) {
        m_password->setPlaceholderText(tr("At least %n characters", nullptr, MinimumPasswordLength));
        form->addRow(mode == Mode::CreateUser ? tr("&Password:") : tr("New &password:"), m_password);
        form->addRow(tr("&Confirm password:"), m_confirm);
    } else {
        m_password->hide();
        m_confirm->hide();
    }
    layout->addLayout(form);

    if (asksRoles) {
        auto *group = new QGroupBox(tr("Roles"), this);
        auto *roles = new QVBoxLayout(group);
        for (const QString &role : Roles::all()) {
            auto *box = new QCheckBox(Roles::displayName(role), group);
            box->setObjectName(QStringLiteral("role_") + role);
            m_roleBoxes.insert(role, box);
            roles->addWidget(box);
            connect(box, &QCheckBox::toggled, this, &UserDialog::validate);
        }
        // Mnemonics in a fixed order, so every role is one Alt+key away.
        m_roleBoxes.value(Roles::Clerk)->setText(tr("C&lerk: sells at the counter"));
        m_roleBoxes.value(Roles::Organizer)->setText(tr("&Organizer: venues, events, prices"));
        m_roleBoxes.value(Roles::FraudAnalyst)->setText(tr("&Fraud analyst: reviews flagged orders"));
        m_roleBoxes.value(Roles::Admin)->setText(tr("&Administrator: staff, sessions, audit log"));
        layout->addWidget(group);
    }

    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    switch (mode) {
    case Mode::CreateUser:
        setWindowTitle(tr("New User"));
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create User"));
        m_roleBoxes.value(Roles::Clerk)->setChecked(true);
        break;
    case Mode::EditRoles:
        setWindowTitle(tr("Edit Roles"));
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Save Roles"));
        break;
    case Mode::ResetPassword:
        setWindowTitle(tr("Reset Password"));
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Set Password"));
        break;
    }

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_user, &QLineEdit::textChanged, this, &UserDialog::validate);
    connect(m_password, &QLineEdit::textChanged, this, &UserDialog::validate);
    connect(m_confirm, &QLineEdit::textChanged, this, &UserDialog::validate);
    validate();
}

void UserDialog::setUserName(const QString &user)
{
    m_user->setText(user);
    if (m_mode != Mode::CreateUser)
        (m_mode == Mode::ResetPassword ? m_password : static_cast<QWidget *>(m_roleBoxes.value(Roles::Clerk)))
            ->setFocus();
}

void UserDialog::setRoles(const QStringList &roles)
{
    for (auto it = m_roleBoxes.cbegin(); it != m_roleBoxes.cend(); ++it)
        it.value()->setChecked(roles.contains(it.key()));
}

QString UserDialog::userName() const
{
    return m_user->text().trimmed();
}

QString UserDialog::password() const
{
    return m_password->text();
}

QStringList UserDialog::roles() const
{
    QStringList roles;
    for (const QString &role : Roles::all()) {
        const QCheckBox *box = m_roleBoxes.value(role);
        if (box && box->isChecked())
            roles.append(role);
    }
    return roles;
}

void UserDialog::validate()
{
    QString problem;
    const bool asksPassword = m_mode != Mode::EditRoles;
    const bool asksRoles = m_mode != Mode::ResetPassword;
    if (userName().isEmpty())
        problem = tr("Enter a user name.");
    else if (asksPassword && password().size() < MinimumPasswordLength)
        problem = tr("The password needs at least %n characters.", nullptr, MinimumPasswordLength);
    else if (asksPassword && password() != m_confirm->text())
        problem = tr("The two passwords differ.");
    else if (asksRoles && roles().isEmpty())
        problem = tr("Choose at least one role.");
    // Say nothing while the form is still empty: a red line before the first key press
    // reads as a telling-off.
    const bool untouched = (m_mode != Mode::CreateUser || m_user->text().isEmpty()) &&
                           m_password->text().isEmpty() && m_confirm->text().isEmpty();
    m_problem->setText(untouched && asksPassword ? QString() : problem);
    m_problem->setVisible(!m_problem->text().isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace BoxOffice::Ui
