#include "net/websocketserver.h"

#include "net/addressshares.h"

#include "core/metrics.h"
#include "net/clientconnection.h"
#include "net/dispatcher.h"

#include <QLoggingCategory>
#include <QSslError>
#include <QTcpServer>
#include <QTcpSocket>
#include <QWebSocket>
#include <QWebSocketCorsAuthenticator>
#include <QWebSocketServer>

#include <algorithm>

namespace BoxOffice::Server {

Q_LOGGING_CATEGORY(lcWs, "boxoffice.server.websocket")

namespace {
// "Try again later": the registry's 1013 is refused as a protocol error by Qt 6.4 clients
// (the desktop client among them), so the private-use code 4013 (docs/protocol.md).
constexpr int CloseTryAgainLater = 4013;
} // namespace

WebSocketServer::WebSocketServer(Dispatcher &dispatcher, Metrics &metrics, int heartbeatS,
                                 ConnectionLimits limits, const std::optional<QSslConfiguration> &tls,
                                 QObject *parent)
    : QObject(parent)
    , m_dispatcher(dispatcher)
    , m_metrics(metrics)
    , m_server(new QWebSocketServer(QStringLiteral("boxoffice-server"),
                                    tls ? QWebSocketServer::SecureMode : QWebSocketServer::NonSecureMode,
                                    this))
    , m_limits(std::move(limits))
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
    if (!tls) {
        m_tcpServer = new QTcpServer(this);
        m_tcpServer->setMaxPendingConnections(1024);
        connect(m_tcpServer, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *tcp = m_tcpServer->nextPendingConnection()) {
                // Pushes and replies are small frames that should leave at once: no Nagle
                // delay behind a previous frame's unacknowledged bytes.
                tcp->setSocketOption(QAbstractSocket::LowDelayOption, 1);
                const QString key =
                    tcp->peerAddress().toString() + QLatin1Char('/') + QString::number(tcp->peerPort());
                m_handshaking.insert(key, tcp);
                // A failed handshake deletes the socket: forget it then.
                connect(tcp, &QObject::destroyed, this, [this, key] {
                    const auto it = m_handshaking.constFind(key);
                    if (it != m_handshaking.cend() && it->isNull())
                        m_handshaking.erase(it);
                });
                m_server->handleConnection(tcp);
            }
        });
    }
    // Browsers send Origin; a web page must not drive connections from its visitors'
    // browsers unless the operator lists its origin. Without Origin: the desktop client.
    connect(
        m_server, &QWebSocketServer::originAuthenticationRequired, this,
        [this](QWebSocketCorsAuthenticator *auth) {
            const QString origin = auth->origin();
            const bool allowed = origin.isEmpty() || m_limits.allowedOrigins.contains(origin);
            auth->setAllowed(allowed);
            if (!allowed) {
                ++m_metrics.refusedOrigin;
                qCInfo(lcWs).noquote() << "refused a handshake from origin" << origin.left(200);
            }
        },
        Qt::DirectConnection);
    connect(m_server, &QWebSocketServer::newConnection, this, &WebSocketServer::onNewConnection);
    m_heartbeat.setInterval(std::max(1, heartbeatS * 1000 / HeartbeatSlices));
    connect(&m_heartbeat, &QTimer::timeout, this, &WebSocketServer::heartbeat);
}

WebSocketServer::~WebSocketServer()
{
    for (ClientConnection *c : std::as_const(m_connections))
        c->disconnect(this);
}

bool WebSocketServer::listen(const QHostAddress &address, quint16 port, QString *error)
{
    if (m_tcpServer ? !m_tcpServer->listen(address, port) : !m_server->listen(address, port)) {
        *error = m_tcpServer ? m_tcpServer->errorString() : m_server->errorString();
        return false;
    }
    m_heartbeat.start();
    return true;
}

quint16 WebSocketServer::port() const
{
    return m_tcpServer ? m_tcpServer->serverPort() : m_server->serverPort();
}

bool WebSocketServer::isSecure() const
{
    return m_server->secureMode() == QWebSocketServer::SecureMode;
}

void WebSocketServer::stopListening()
{
    if (m_tcpServer)
        m_tcpServer->close();
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
        // The protocol's own limit: a longer message is refused by the WebSocket layer
        // (close 1009) before it is buffered, not read whole and refused afterwards.
        socket->setMaxAllowedIncomingMessageSize(quint64(Dispatcher::MaxFrameBytes));
        socket->setMaxAllowedIncomingFrameSize(quint64(Dispatcher::MaxFrameBytes));
        auto *c = new ClientConnection(socket, m_metrics, m_limits, this);
        if (m_tcpServer)
            c->setTcpSocket(m_handshaking.take(socket->peerAddress().toString() + QLatin1Char('/') +
                                               QString::number(socket->peerPort())));
        // The client's address first: the per-address limits count it, not the balancer's.
        if (m_addresses.usesHeader())
            c->setClientAddress(m_addresses.resolve(socket->peerAddress(),
                                                    socket->request().rawHeader(m_addresses.header())));
        const QString address = c->peerAddress();
        if (m_limits.maxInFlightPerAddress > 0) {
            if (!m_shares)
                m_shares = std::make_shared<AddressShares>(m_limits.maxInFlightPerAddress);
            c->setAddressShares(m_shares, address);
        }
        m_connections.insert(c);
        m_addressOf.insert(c, address);
        const int fromAddress = ++m_perAddress[address];
        const int slice = int(m_accepted++ % HeartbeatSlices);
        m_slices[std::size_t(slice)].insert(c);
        m_sliceOf.insert(c, slice);
        ++m_metrics.connectionsTotal;
        ++m_metrics.connectionsOpen;
        connect(
            c, &ClientConnection::frameReceived, this,
            [this](ClientConnection *conn, const QByteArray &frame) { m_dispatcher.dispatch(*conn, frame); });
        connect(c, &ClientConnection::closed, this, &WebSocketServer::onClosed);
        // Admission: refused connections get a clear close code and reason, then go.
        if (m_limits.maxTotal > 0 && m_connections.size() > m_limits.maxTotal) {
            ++m_metrics.refusedTotal;
            qCWarning(lcWs) << "refusing" << c->peer() << "- the server has" << m_limits.maxTotal
                            << "connections";
            c->closeAndDrop(CloseTryAgainLater, QStringLiteral("too many connections to the server"), 500);
        } else if (m_limits.maxPerAddress > 0 && fromAddress > m_limits.maxPerAddress) {
            ++m_metrics.refusedPerAddress;
            qCInfo(lcWs) << "refusing" << c->peer() << "- its address has" << m_limits.maxPerAddress
                         << "connections";
            c->closeAndDrop(CloseTryAgainLater, QStringLiteral("too many connections from this address"),
                            500);
        }
    }
}

void WebSocketServer::onClosed(ClientConnection *c)
{
    if (!m_connections.remove(c))
        return;
    m_slices[std::size_t(m_sliceOf.take(c))].remove(c);
    const QString address = m_addressOf.take(c);
    if (auto it = m_perAddress.find(address); it != m_perAddress.end() && --*it <= 0)
        m_perAddress.erase(it);
    --m_metrics.connectionsOpen;
    emit connectionClosed(c);
    // The socket goes now, with its buffers and descriptor, whatever state the peer left it
    // in; the object on the next turn of the loop.
    c->abort();
    c->deleteLater();
}

void WebSocketServer::heartbeat()
{
    // One slice per step: every connection is visited once per heartbeat interval.
    const auto slice = m_slices[std::size_t(m_nextSlice)];
    m_nextSlice = (m_nextSlice + 1) % HeartbeatSlices;
    for (ClientConnection *c : slice)
        heartbeatConnection(c);
}

void WebSocketServer::heartbeatConnection(ClientConnection *c)
{
    const qint64 limit = qint64(m_heartbeatS) * 3000;
    if (c->silentMs() <= limit) {
        c->ping();
        return;
    }
    qCInfo(lcWs) << "closing silent connection" << c->peer();
    ++m_metrics.heartbeatDisconnects;
    // A silent peer would not complete a close handshake: drop the socket now.
    c->abort();
}

} // namespace BoxOffice::Server
