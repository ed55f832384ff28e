#pragma once

#include <QHostAddress>
#include <QObject>

#include <functional>

class QHttpServer;

namespace BoxOffice::Server {

/** /health and /metrics (Prometheus text format) over HTTP. */
class HttpEndpoint final : public QObject
{
    Q_OBJECT
public:
    HttpEndpoint(std::function<QByteArray()> health, std::function<QByteArray()> metrics,
                 QObject *parent = nullptr);

    bool listen(const QHostAddress &address, quint16 port, QString *error);

private:
    QHttpServer *m_server;
};

} // namespace BoxOffice::Server
