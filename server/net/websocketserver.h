#pragma once

#include "net/connectionlimits.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QSslConfiguration>
#include <QTimer>

#include "net/clientaddress.h"

#include <memory>
#include <optional>
#include <vector>

class QTcpServer;
class QTcpSocket;
class QWebSocketServer;

namespace BoxOffice::Server {

class AddressShares;

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
    void heartbeatConnection(ClientConnection *c);

    Dispatcher &m_dispatcher;
    Metrics &m_metrics;
    QWebSocketServer *m_server;
    // ws:// only: the TCP connections are accepted here and handed to m_server
    // (handleConnection), so that each connection's plain socket is known: seat-map
    // deltas are written to it directly (ClientConnection::sendShared).
    QTcpServer *m_tcpServer = nullptr;
    QHash<QString, QPointer<QTcpSocket>> m_handshaking; // by peer address and port
    ConnectionLimits m_limits;
    QSet<ClientConnection *> m_connections;
    // Open connections per client address (the admission limit's key).
    QHash<QString, int> m_perAddress;
    // Each address's share of the server's queues; shared with the connections, which may
    // outlive this object's members while its children are deleted.
    std::shared_ptr<AddressShares> m_shares;
    QHash<ClientConnection *, QString> m_addressOf;
    // Heartbeats are spread over the interval: each step pings one slice of the
    // connections, so thousands of pings (and pongs) never leave at once.
    static constexpr int HeartbeatSlices = 20;
    std::vector<QSet<ClientConnection *>> m_slices{HeartbeatSlices};
    QHash<ClientConnection *, int> m_sliceOf;
    int m_nextSlice = 0;    // the slice the next step pings
    quint64 m_accepted = 0; // spreads new connections over the slices
    QTimer m_heartbeat;
    int m_heartbeatS;
    ClientAddressResolver m_addresses;
};

} // namespace BoxOffice::Server
