#include "auth/signindialog.h"

#include "mainwindow/connectdialog.h"
#include "net/errortext.h"
#include "net/serverconnection.h"
#include "style/icons.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QVBoxLayout>

namespace BoxOffice::Ui {

namespace {
bool isLoopback(const QUrl &url)
{
    const QString host = url.host();
    return host == QStringLiteral("127.0.0.1") || host == QStringLiteral("::1") ||
           host == QStringLiteral("localhost");
}

// The dialog's header mark: a ticket drawn in the accent colour.
QPixmap ticketMark(int size, qreal ratio, const QColor &color)
{
    QPixmap pixmap(QSize(size, size) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawRoundedRect(QRectF(0, 0, size, size), size * 0.22, size * 0.22);
    const qreal w = size * 0.64;
    const qreal h = size * 0.40;
    const QRectF ticket((size - w) / 2, (size - h) / 2, w, h);
    QPainterPath path;
    path.addRoundedRect(ticket, size * 0.05, size * 0.05);
    QPainterPath notches;
    const qreal r = size * 0.075;
    notches.addEllipse(QPointF(ticket.left(), ticket.center().y()), r, r);
    notches.addEllipse(QPointF(ticket.right(), ticket.center().y()), r, r);
    painter.setBrush(Qt::white);
    painter.drawPath(path.subtracted(notches));
    painter.setPen(QPen(color, size * 0.03, Qt::DashLine));
    const qreal x = ticket.left() + w * 0.68;
    painter.drawLine(QPointF(x, ticket.top() + h * 0.15), QPointF(x, ticket.bottom() - h * 0.15));
    return pixmap;
}
} // namespace

SignInDialog::SignInDialog(ServerConnection *connection, QWidget *parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_server(new QComboBox(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("&Remember this server"), this))
    , m_message(new QLabel(this))
    , m_error(new QLabel(this))
    , m_progress(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_buttons(new QDialogButtonBox(this))
{
    setWindowTitle(tr("Sign In to BoxOffice"));
    setObjectName(QStringLiteral("signInDialog"));

    // Header: mark, title, one line of explanation.
    const QColor accent(0x1e, 0x5a, 0xa8);
    auto *mark = new QLabel(this);
    mark->setPixmap(ticketMark(48, devicePixelRatioF(), accent));
    auto *title = new QLabel(tr("Sign in to BoxOffice"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.45);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *subtitle = new QLabel(tr("Use the staff account your administrator gave you."), this);
    subtitle->setForegroundRole(QPalette::PlaceholderText);
    subtitle->setWordWrap(true);
    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    titles->addWidget(title);
    titles->addWidget(subtitle);
    auto *header = new QHBoxLayout;
    header->setSpacing(14);
    header->addWidget(mark, 0, Qt::AlignTop);
    header->addLayout(titles, 1);

    m_message->setObjectName(QStringLiteral("signInMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(
        QStringLiteral("background: #fff4e5; color: #6d4c00; border: 1px solid #f5c77e; border-radius: 4px; "
                       "padding: 6px 8px;"));
    m_message->hide();

    m_server->setObjectName(QStringLiteral("server"));
    m_server->setEditable(true);
    m_server->setInsertPolicy(QComboBox::NoInsert);
    m_server->setMinimumContentsLength(30);
    m_server->lineEdit()->setPlaceholderText(tr("wss://boxoffice.example.org"));
    m_user->setObjectName(QStringLiteral("user"));
    m_user->setMaxLength(64);
    m_user->setPlaceholderText(tr("User name"));
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Password"));
    m_remember->setObjectName(QStringLiteral("rememberServer"));
    m_remember->setChecked(true);

    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    QFont small = m_hint->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_hint->setFont(small);

    // A grid rather than a form layout: QFormLayout squeezes a wrapping label in the field
    // column to a few words per line.
    auto *form = new QGridLayout;
    form->setVerticalSpacing(8);
    form->setHorizontalSpacing(12);
    form->setColumnStretch(1, 1);
    auto addRow = [&](int row, const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        form->addWidget(label, row, 0);
        form->addWidget(field, row, 1);
    };
    addRow(0, tr("&Server:"), m_server);
    form->addWidget(m_hint, 1, 1);
    addRow(2, tr("&User name:"), m_user);
    addRow(3, tr("&Password:"), m_password);
    form->addWidget(m_remember, 4, 1);

    m_error->setObjectName(QStringLiteral("signInError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(
        QStringLiteral("background: #fdecea; color: #8a1c1c; border: 1px solid #f1b0ab; border-radius: 4px; "
                       "padding: 6px 8px;"));
    m_error->hide();
    m_progress->setForegroundRole(QPalette::PlaceholderText);

    m_signIn = m_buttons->addButton(tr("Sign In"), QDialogButtonBox::AcceptRole);
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setDefault(true);
    m_buttons->addButton(QDialogButtonBox::Cancel);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_progress, 1);
    bottom->addWidget(m_buttons);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 22, 24, 18);
    layout->setSpacing(12);
    layout->addLayout(header);
    layout->addSpacing(4);
    layout->addWidget(m_message);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addSpacing(4);
    layout->addLayout(bottom);
    setMinimumWidth(500);

    // Accepting happens only when the server says yes, never on the button itself.
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignInDialog::attemptSignIn);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_server, &QComboBox::editTextChanged, this, &SignInDialog::validate);
    connect(m_user, &QLineEdit::textChanged, this, &SignInDialog::validate);
    connect(m_password, &QLineEdit::textChanged, this, &SignInDialog::validate);
    if (m_connection) {
        connect(m_connection, &ServerConnection::stateChanged, this, &SignInDialog::onConnectionStateChanged);
        connect(m_connection, &ServerConnection::errorOccurred, this, &SignInDialog::onConnectionError);
    }
    m_user->setFocus();
    validate();
}

void SignInDialog::setRecentServers(const QStringList &urls)
{
    const QString current = m_server->currentText();
    m_server->clear();
    m_server->addItems(urls);
    m_server->setEditText(current);
}

void SignInDialog::setServer(const QUrl &url)
{
    m_server->setEditText(url.toString());
}

void SignInDialog::setUserName(const QString &user)
{
    m_user->setText(user);
    (user.isEmpty() ? m_user : m_password)->setFocus();
}

void SignInDialog::setRememberServer(bool remember)
{
    m_remember->setChecked(remember);
}

void SignInDialog::setMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

QUrl SignInDialog::server() const
{
    return ConnectDialog::parseServerUrl(m_server->currentText());
}

QString SignInDialog::userName() const
{
    return m_user->text().trimmed();
}

bool SignInDialog::rememberServer() const
{
    return m_remember->isChecked();
}

void SignInDialog::validate()
{
    const QUrl url = server();
    if (!url.isValid())
        m_hint->setText(tr("Enter a wss:// address (ws:// only for this computer)."));
    else if (url.scheme().toLower() == QStringLiteral("ws") && !isLoopback(url))
        m_hint->setText(tr("Unencrypted: the password would cross the network in clear. "
                           "Use wss:// for other machines."));
    else if (url.scheme().toLower() == QStringLiteral("wss"))
        m_hint->setText(tr("Encrypted connection (TLS)."));
    else
        m_hint->setText(tr("Unencrypted connection on this computer."));
    m_signIn->setEnabled(!m_busy && url.isValid() && !userName().isEmpty() && !m_password->text().isEmpty());
}

void SignInDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_server->setEnabled(!busy);
    m_user->setEnabled(!busy);
    m_password->setEnabled(!busy);
    m_remember->setEnabled(!busy);
    if (!busy)
        m_progress->clear();
    validate();
}

void SignInDialog::attemptSignIn()
{
    if (m_busy || !m_connection)
        return;
    const QUrl url = server();
    if (!url.isValid() || userName().isEmpty() || m_password->text().isEmpty())
        return;
    ++m_attempt;
    m_signInSent = false;
    m_error->hide();
    setBusy(true);
    if (m_switching && m_connection->isSignedIn())
        m_connection->signOut(); // sent before the SignIn, on the same connection
    if (m_connection->url() == url && m_connection->state() == ServerConnection::State::Connected) {
        sendSignIn();
        return;
    }
    m_progress->setText(tr("Connecting to %1…").arg(url.host()));
    m_connection->open(url);
}

void SignInDialog::onConnectionStateChanged()
{
    if (m_busy && !m_signInSent && m_connection &&
        m_connection->state() == ServerConnection::State::Connected)
        sendSignIn();
}

void SignInDialog::onConnectionError(const QString &message)
{
    if (!m_busy || m_signInSent || !m_connection)
        return;
    if (m_connection->isAwaitingTrust()) {
        m_progress->setText(tr("Waiting for your decision about the certificate…"));
        return;
    }
    // Do not keep retrying behind a dialog that says it failed.
    m_connection->close();
    finishAttempt(tr("Could not connect to %1: %2").arg(server().host(), message));
}

void SignInDialog::sendSignIn()
{
    m_signInSent = true;
    m_progress->setText(tr("Signing in…"));
    const quint64 attempt = m_attempt;
    QPointer<SignInDialog> self(this);
    m_connection->signIn(userName(), m_password->text(), [self, attempt](const auto &reply) {
        if (!self || attempt != self->m_attempt)
            return;
        self->finishAttempt(reply.isError() ? ErrorText::describe(reply.errorCode()) : QString());
    });
}

void SignInDialog::finishAttempt(const QString &error)
{
    setBusy(false);
    m_password->clear();
    if (error.isEmpty()) {
        emit attemptFinished(true);
        accept();
        return;
    }
    m_error->setText(error);
    m_error->show();
    m_password->setFocus();
    emit attemptFinished(false);
}

} // namespace BoxOffice::Ui
