#pragma once

#include <QHostAddress>
#include <QObject>

#include <functional>

class QTcpServer;
class QTcpSocket;

namespace BoxOffice::Server {

class Metrics;

/**
 * /health and /metrics (Prometheus text format) over plain HTTP/1.1: GET (or HEAD) only, one
 * request per connection, and limits (docs/security.md, "Limits"): the request line and
 * headers at most MaxHeaderBytes, no body, complete within the timeout, at most
 * MaxConnections at once. /metrics needs "Authorization: Bearer <token>" when a token is
 * set, and is not served at all beyond loopback without one.
 */
class HttpEndpoint final : public QObject
{
    Q_OBJECT
public:
    static constexpr int MaxHeaderBytes = 8 * 1024;
    static constexpr int MaxConnections = 64;

    HttpEndpoint(std::function<QByteArray()> health, std::function<QByteArray()> metrics, Metrics &counters,
                 int timeoutMs, QString metricsToken, QObject *parent = nullptr);

    bool listen(const QHostAddress &address, quint16 port, QString *error);

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void answer(QTcpSocket *socket, int status, const QByteArray &type, const QByteArray &body,
                bool head = false);
    void refuse(QTcpSocket *socket, int status);

    std::function<QByteArray()> m_health;
    std::function<QByteArray()> m_metrics;
    Metrics &m_counters;
    int m_timeoutMs;
    QByteArray m_token;
    bool m_metricsOpen = true;
    QTcpServer *m_server;
    int m_open = 0;
};

} // namespace BoxOffice::Server
