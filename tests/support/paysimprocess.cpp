#include "paysimprocess.h"

#include "testclient.h"

#include <QDate>
#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>

namespace BoxOffice::Test {

PaysimProcess::~PaysimProcess()
{
    stop();
}

bool PaysimProcess::start(QString *error, const QStringList &extraArgs)
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.setStandardErrorFile(QProcess::nullDevice());
    m_process.start(QStringLiteral(BOXOFFICE_PAYSIM_EXECUTABLE),
                    QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1"),
                                QStringLiteral("--port"), QStringLiteral("0")} +
                        extraArgs);
    if (!m_process.waitForStarted(10000)) {
        *error = QStringLiteral("boxoffice-paysim did not start: %1").arg(m_process.errorString());
        return false;
    }
    static const QRegularExpression listening(QStringLiteral("listening on (http://[0-9.]+:[0-9]+)"));
    QByteArray out;
    QDeadlineTimer deadline(10000);
    QRegularExpressionMatch match;
    while (!deadline.hasExpired() && !(match = listening.match(QString::fromUtf8(out))).hasMatch()) {
        m_process.waitForReadyRead(100);
        out += m_process.readAllStandardOutput();
    }
    if (!match.hasMatch()) {
        *error =
            QStringLiteral("boxoffice-paysim did not say where it listens: %1").arg(QString::fromUtf8(out));
        return false;
    }
    m_url = QUrl(match.captured(1));
    return true;
}

void PaysimProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000))
        m_process.kill();
}

QJsonObject PaysimProcess::stats()
{
    return request("GET", QStringLiteral("/v1/stats"), {});
}

QJsonObject PaysimProcess::control(const QJsonObject &body)
{
    return request("POST", QStringLiteral("/v1/control"), body);
}

QString PaysimProcess::tokenize(const QString &cardNumber)
{
    return request("POST", QStringLiteral("/v1/tokens"),
                   {{QStringLiteral("number"), cardNumber},
                    {QStringLiteral("exp_month"), 12},
                    {QStringLiteral("exp_year"), QDate::currentDate().year() + 3},
                    {QStringLiteral("cvc"), QStringLiteral("123")}})
        .value(QStringLiteral("token"))
        .toString();
}

QJsonObject PaysimProcess::request(const QByteArray &method, const QString &path, const QJsonObject &body)
{
    QUrl url = m_url;
    url.setPath(path);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setRawHeader("Idempotency-Key", QByteArray("test-") + QByteArray::number(++m_key));
    QNetworkReply *reply = method == "GET"
                               ? m_network.get(request)
                               : m_network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    TestClient::waitUntil([reply] { return reply->isFinished(); }, 10000);
    const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return answer;
}

} // namespace BoxOffice::Test
