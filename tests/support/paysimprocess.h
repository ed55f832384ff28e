#pragma once

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QUrl>

namespace BoxOffice::Test {

/**
 * boxoffice-paysim, the simulated card gateway, as a child process on a free loopback port,
 * with its stats and fault controls at hand.
 */
class PaysimProcess final
{
public:
    PaysimProcess() = default;
    ~PaysimProcess();
    PaysimProcess(const PaysimProcess &) = delete;
    PaysimProcess &operator=(const PaysimProcess &) = delete;

    /** Starts it and waits for its "listening on" line. */
    bool start(QString *error, const QStringList &extraArgs = {});
    void stop();
    /** The gateway's base URL, e.g. http://127.0.0.1:41234. */
    QUrl url() const { return m_url; }

    /** GET /v1/stats: authorizations, captures, voids, refunds and amounts. */
    QJsonObject stats();
    /** POST /v1/control with this body (fault injection, {"reset": true}). */
    QJsonObject control(const QJsonObject &body);
    /** The gateway's token for a test card (expiry three years ahead), or empty. */
    QString tokenize(const QString &cardNumber);
    /** Any call: method "GET" or "POST", a path such as /v1/tokens, a JSON body for POST. */
    QJsonObject request(const QByteArray &method, const QString &path, const QJsonObject &body = {});

private:
    QProcess m_process;
    QUrl m_url;
    QNetworkAccessManager m_network;
    int m_key = 0;
};

} // namespace BoxOffice::Test
