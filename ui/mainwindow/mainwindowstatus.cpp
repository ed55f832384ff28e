#include "mainwindow/mainwindow.h"

#include "mainwindow/sessioncontrols.h"
#include "mainwindow/statuspages.h"

#include "admin/roles.h"
#include "events/eventfiltermodel.h"
#include "events/eventlistmodel.h"
#include "events/eventtable.h"
#include "selling/sellingworkspace.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>

#include <cmath>
#include <utility>

// The status bar, the banner and the page shown instead of the event list: what the window
// says about the connection and the session (split from mainwindow.cpp; same class).

namespace BoxOffice::Ui {

namespace {

QColor stateColor(ServerConnection::State state)
{
    switch (state) {
    case ServerConnection::State::Connected:
        return QColor(0x2e, 0x7d, 0x32);
    case ServerConnection::State::Connecting:
        return QColor(0xef, 0xa0, 0x0b);
    case ServerConnection::State::Disconnected:
        break;
    }
    return QColor(0xc6, 0x28, 0x28);
}

QPixmap stateDot(ServerConnection::State state, int size, qreal devicePixelRatio)
{
    QPixmap pixmap(QSize(size, size) * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor color = stateColor(state);
    painter.setPen(QPen(color.darker(130), 1));
    painter.setBrush(color);
    painter.drawEllipse(QRectF(1.5, 1.5, size - 3, size - 3));
    return pixmap;
}

QString hostText(const QUrl &url)
{
    return url.toString(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery |
                        QUrl::StripTrailingSlash);
}

} // namespace

void MainWindow::createStatusBar()
{
    m_stateIcon = new QLabel(this);
    m_stateText = new QLabel(this);
    m_nodeText = new QLabel(this);
    m_countText = new QLabel(this);
    m_userText = new QLabel(this);
    m_userText->setObjectName(QStringLiteral("signedInUser"));
    m_userText->setContentsMargins(10, 0, 10, 0);
    m_nodeText->setContentsMargins(10, 0, 6, 0);
    m_countText->setContentsMargins(10, 0, 10, 0);
    auto *stateBox = new QWidget(this);
    auto *stateLayout = new QHBoxLayout(stateBox);
    stateLayout->setContentsMargins(4, 0, 4, 0);
    stateLayout->setSpacing(6);
    stateLayout->addWidget(m_stateIcon);
    stateLayout->addWidget(m_stateText);
    statusBar()->addWidget(stateBox);
    statusBar()->addPermanentWidget(m_countText);
    statusBar()->addPermanentWidget(m_userText);
    statusBar()->addPermanentWidget(m_nodeText);
}

QString MainWindow::reconnectText() const
{
    const int remaining = m_connection->reconnectRemaining();
    if (remaining < 0)
        return {};
    const int seconds = std::max(1, int(std::ceil(remaining / 1000.0)));
    return tr("Retrying in %n s.", nullptr, seconds);
}

void MainWindow::updateConnectionViews()
{
    using State = ServerConnection::State;
    const State state = m_connection->state();
    const QString server = hostText(m_connection->url());
    const bool connected = state == State::Connected;
    const bool hasRows = m_eventModel->rowCount() > 0;
    const QString error = m_connection->lastError();

    // Status bar.
    m_stateIcon->setPixmap(stateDot(state, 12, devicePixelRatioF()));
    switch (state) {
    case State::Connected:
        m_stateText->setText(tr("Connected to %1").arg(server));
        break;
    case State::Connecting:
        m_stateText->setText(tr("Connecting to %1…").arg(server));
        break;
    case State::Disconnected:
        if (m_connection->url().isEmpty())
            m_stateText->setText(tr("Not connected"));
        else if (m_connection->reconnectRemaining() >= 0)
            m_stateText->setText(tr("Disconnected from %1. %2").arg(server, reconnectText()));
        else
            m_stateText->setText(tr("Disconnected from %1").arg(server));
        break;
    }
    if (connected) {
        const QString name =
            m_connection->serverName().isEmpty() ? tr("unknown server") : m_connection->serverName();
        m_nodeText->setText(m_connection->nodeName().isEmpty()
                                ? tr("Server: %1").arg(name)
                                : tr("Server: %1 · Node: %2").arg(name, m_connection->nodeName()));
    } else {
        m_nodeText->clear();
    }
    m_nodeText->setVisible(connected);

    const int total = m_eventModel->rowCount();
    const int shown = m_eventProxy->rowCount();
    if (!m_eventModel->isLoaded())
        m_countText->clear();
    else if (shown == total)
        m_countText->setText(tr("%n event(s)", nullptr, total));
    else
        m_countText->setText(tr("%1 of %n event(s)", nullptr, total).arg(shown));
    m_countText->setVisible(m_eventModel->isLoaded());

    const bool signedIn = m_connection->isSignedIn();
    const ServerConnection::Session &session = m_connection->session();
    if (signedIn)
        m_userText->setText(tr("Signed in as %1 · %2").arg(session.user, Roles::displayList(session.roles)));
    m_userText->setVisible(signedIn);
    m_session->update();
    m_refreshAction->setEnabled(connected && signedIn);
    m_disconnectAction->setEnabled(state != State::Disconnected || m_connection->reconnectRemaining() >= 0);

    // Banner over a stale list.
    m_banner->setVisible(hasRows && !connected);
    if (!connected) {
        QString text = state == State::Connecting
                           ? tr("Reconnecting to %1. The list below may be out of date.").arg(server)
                           : tr("The connection to %1 is lost. The list below may be out of "
                                "date.")
                                 .arg(server);
        if (!reconnectText().isEmpty())
            text += u' ' + reconnectText();
        m_banner->setText(text);
    }

    // The table, or a page that says why there is none; the seat map stays up while the
    // connection is back in a moment (it says so itself).
    if (m_selling->eventId() != 0 && m_connection->isSignedIn()) {
        m_stack->setCurrentWidget(m_selling);
        return;
    }
    if (hasRows) {
        m_stack->setCurrentWidget(m_eventView);
        // A current row from the start: Return opens its seat map, the first step of a sale.
        m_eventView->ensureCurrentRow();
        if (std::exchange(m_focusListWhenShown, false) && m_workspaces->currentIndex() == 0)
            m_eventView->setFocus(Qt::OtherFocusReason); // the sale's first key goes there
        return;
    }
    m_stack->setCurrentWidget(m_placeholder);

    bool warning = false;
    QString title;
    QString text;
    QString retry;
    if (state == State::Disconnected) {
        warning = true;
        title = tr("Not connected");
        if (m_connection->url().isEmpty()) {
            text = tr("Connect to a BoxOffice server to see its events.");
        } else {
            text = tr("Could not reach the server at %1.").arg(server);
            if (!error.isEmpty())
                text += u'\n' + error;
            if (!reconnectText().isEmpty())
                text += u'\n' + reconnectText();
            retry = tr("Retry Now");
        }
    } else if (!m_connection->isSignedIn() && !m_refreshError.isEmpty()) {
        warning = true;
        title = tr("Sign-in failed");
        text = m_refreshError;
    } else if (!m_connection->isSignedIn() && state == State::Connected) {
        title = tr("Not signed in");
        text = tr("Sign in to %1 to see its events.").arg(server);
    } else if (state == State::Connecting) {
        title = tr("Connecting…");
        text = tr("Connecting to %1.").arg(server);
    } else if (m_eventModel->isLoading()) {
        title = tr("Loading events…");
        text = tr("Asking %1 for its events.").arg(server);
    } else if (!m_refreshError.isEmpty()) {
        warning = true;
        title = tr("Could not load the events");
        text = m_refreshError;
        retry = tr("Try Again");
    } else {
        title = tr("No events");
        text = tr("The server has no events yet.");
    }
    m_placeholder->setContent(warning, title, text, retry,
                              state == State::Disconnected || !m_connection->isSignedIn());
}

} // namespace BoxOffice::Ui
