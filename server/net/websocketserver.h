#pragma once

#include <QHostAddress>
#include <QObject>
#include <QSet>
#include <QTimer>

class QWebSocketServer;

namespace BoxOffice::Server {

class ClientConnection;
class Dispatcher;
class Metrics;

/** Accepts WebSocket connections, feeds their frames to the dispatcher, and pings them. */
class WebSocketServer final : public QObject
{
    Q_OBJECT
public:
    WebSocketServer(Dispatcher &dispatcher, Metrics &metrics, int heartbeatS, QObject *parent = nullptr);
    ~WebSocketServer() override;

    bool listen(const QHostAddress &address, quint16 port, QString *error);
    quint16 port() const;
    /** Stops accepting; existing connections stay. */
    void stopListening();
    /** Closes every connection with "going away". */
    void closeAll();
    int connectionCount() const { return int(m_connections.size()); }

signals:
    void connectionClosed(BoxOffice::Server::ClientConnection *c);

private:
    void onNewConnection();
    void heartbeat();

    Dispatcher &m_dispatcher;
    Metrics &m_metrics;
    QWebSocketServer *m_server;
    QSet<ClientConnection *> m_connections;
    QTimer m_heartbeat;
    int m_heartbeatS;
};

} // namespace BoxOffice::Server
