#include "http/httpendpoint.h"

#include <QHttpServer>
#include <QHttpServerResponse>

namespace BoxOffice::Server {

HttpEndpoint::HttpEndpoint(std::function<QByteArray()> health, std::function<QByteArray()> metrics,
                           QObject *parent)
    : QObject(parent)
    , m_server(new QHttpServer(this))
{
    m_server->route(QStringLiteral("/health"), [health] {
        return QHttpServerResponse(QByteArrayLiteral("application/json"), health());
    });
    m_server->route(QStringLiteral("/metrics"), [metrics] {
        return QHttpServerResponse(QByteArrayLiteral("text/plain; version=0.0.4"), metrics());
    });
}

bool HttpEndpoint::listen(const QHostAddress &address, quint16 port, QString *error)
{
    const quint16 bound = m_server->listen(address, port);
    if (bound == 0) {
        *error = QStringLiteral("cannot listen on %1:%2 for HTTP").arg(address.toString()).arg(port);
        return false;
    }
    return true;
}

} // namespace BoxOffice::Server
