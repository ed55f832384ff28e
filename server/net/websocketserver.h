#pragma once

#include "net/connectionlimits.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QSet>
#include <QSslConfiguration>
#include <QTimer>

#include "net/clientaddress.h"

#include <optional>

class QWebSocketServer;

namespace BoxOffice::Server {

class ClientConnection;
class Dispatcher;
class Metrics;

/**
 * Accepts WebSocket connections (wss:// when given a TLS configuration), feeds their frames
 * to the dispatcher, and pings them.
 */
class WebSocketServer final : public QObject
{
    Q_OBJECT
public:
    WebSocketServer(Dispatcher &dispatcher, Metrics &metrics, int heartbeatS, ConnectionLimits limits,
                    const std::optional<QSslConfiguration> &tls = std::nullopt, QObject *parent = nullptr);

    /** Where client addresses come from (trusted proxies and their header); default: the peer. */
    void setClientAddressResolver(const ClientAddressResolver &resolver) { m_addresses = resolver; }
    ~WebSocketServer() override;

    bool listen(const QHostAddress &address, quint16 port, QString *error);
    quint16 port() const;
    bool isSecure() const;
    /** Stops accepting; existing connections stay. */
    void stopListening();
    /** Closes every connection with "going away". */
    void closeAll();
    int connectionCount() const { return int(m_connections.size()); }

signals:
    void connectionClosed(BoxOffice::Server::ClientConnection *c);

private:
    void onNewConnection();
    void onClosed(ClientConnection *c);
    void heartbeat();

    Dispatcher &m_dispatcher;
    Metrics &m_metrics;
    QWebSocketServer *m_server;
    ConnectionLimits m_limits;
    QSet<ClientConnection *> m_connections;
    // Open connections per client address (the admission limit's key).
    QHash<QString, int> m_perAddress;
    QHash<ClientConnection *, QString> m_addressOf;
    QTimer m_heartbeat;
    int m_heartbeatS;
    ClientAddressResolver m_addresses;
};

} // namespace BoxOffice::Server
