#include "net/websocketserver.h"

#include "core/metrics.h"
#include "net/clientconnection.h"
#include "net/dispatcher.h"

#include <QLoggingCategory>
#include <QSslError>
#include <QWebSocket>
#include <QWebSocketServer>

namespace BoxOffice::Server {

Q_LOGGING_CATEGORY(lcWs, "boxoffice.server.websocket")

namespace {
// Frames above the protocol limit are read and refused with FrameTooLarge (Dispatcher);
// this is the hard ceiling past which the WebSocket layer drops the connection.
constexpr quint64 HardMessageLimit = 16 * 1024 * 1024;
} // namespace

WebSocketServer::WebSocketServer(Dispatcher &dispatcher, Metrics &metrics, int heartbeatS,
                                 const std::optional<QSslConfiguration> &tls, QObject *parent)
    : QObject(parent)
    , m_dispatcher(dispatcher)
    , m_metrics(metrics)
    , m_server(new QWebSocketServer(QStringLiteral("boxoffice-server"),
                                    tls ? QWebSocketServer::SecureMode : QWebSocketServer::NonSecureMode,
                                    this))
    , m_heartbeatS(heartbeatS)
{
    if (tls) {
        m_server->setSslConfiguration(*tls);
        // Failed handshakes (plain clients, scanners, untrusting clients) are the peer's
        // business; at debug level so that they cannot flood the log.
        connect(m_server, &QWebSocketServer::sslErrors, this, [](const QList<QSslError> &errors) {
            for (const QSslError &e : errors)
                qCDebug(lcWs) << "TLS error:" << e.errorString();
        });
        connect(m_server, &QWebSocketServer::peerVerifyError, this,
                [](const QSslError &e) { qCDebug(lcWs) << "TLS peer verify error:" << e.errorString(); });
    }
    m_server->setMaxPendingConnections(1024);
    connect(m_server, &QWebSocketServer::newConnection, this, &WebSocketServer::onNewConnection);
    m_heartbeat.setInterval(heartbeatS * 1000);
    connect(&m_heartbeat, &QTimer::timeout, this, &WebSocketServer::heartbeat);
}

WebSocketServer::~WebSocketServer()
{
    for (ClientConnection *c : std::as_const(m_connections))
        c->disconnect(this);
}

bool WebSocketServer::listen(const QHostAddress &address, quint16 port, QString *error)
{
    if (!m_server->listen(address, port)) {
        *error = m_server->errorString();
        return false;
    }
    m_heartbeat.start();
    return true;
}

quint16 WebSocketServer::port() const
{
    return m_server->serverPort();
}

bool WebSocketServer::isSecure() const
{
    return m_server->secureMode() == QWebSocketServer::SecureMode;
}

void WebSocketServer::stopListening()
{
    m_server->close();
}

void WebSocketServer::closeAll()
{
    const auto connections = m_connections;
    for (ClientConnection *c : connections)
        c->close(int(QWebSocketProtocol::CloseCodeGoingAway), QStringLiteral("server stopping"));
}

void WebSocketServer::onNewConnection()
{
    while (QWebSocket *socket = m_server->nextPendingConnection()) {
        socket->setMaxAllowedIncomingMessageSize(HardMessageLimit);
        socket->setMaxAllowedIncomingFrameSize(HardMessageLimit);
        auto *c = new ClientConnection(socket, m_metrics, this);
        m_connections.insert(c);
        ++m_metrics.connectionsTotal;
        ++m_metrics.connectionsOpen;
        connect(
            c, &ClientConnection::frameReceived, this,
            [this](ClientConnection *conn, const QByteArray &frame) { m_dispatcher.dispatch(*conn, frame); });
        connect(c, &ClientConnection::closed, this, [this](ClientConnection *conn) {
            if (!m_connections.remove(conn))
                return;
            --m_metrics.connectionsOpen;
            emit connectionClosed(conn);
            conn->deleteLater();
        });
    }
}

void WebSocketServer::heartbeat()
{
    const qint64 limit = qint64(m_heartbeatS) * 3000;
    const auto connections = m_connections;
    for (ClientConnection *c : connections) {
        if (c->silentMs() > limit) {
            qCInfo(lcWs) << "closing silent connection" << c->peer();
            c->close(int(QWebSocketProtocol::CloseCodeGoingAway), QStringLiteral("heartbeat timeout"));
            // A dead peer never completes the close handshake; abort after a grace period.
            QTimer::singleShot(2000, c, [this, c] {
                if (m_connections.contains(c))
                    emit c->closed(c);
            });
        } else {
            c->ping();
        }
    }
}

} // namespace BoxOffice::Server
