#include "payments/cardgateway.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrlQuery>

namespace BoxOffice::Server {

namespace {
Q_LOGGING_CATEGORY(lcPayments, "boxoffice.server.payments")

// JSON numbers are doubles; larger amounts would be rounded on the way.
constexpr qint64 maxExactAmount = qint64(1) << 53;

QString shortToken(const QString &token)
{
    // A token is not a card number, but it can be charged: logs show a prefix only.
    return token.left(8) + QStringLiteral("…");
}

QString describeError(const QJsonObject &body, const QByteArray &raw)
{
    const QString code = body.value(QStringLiteral("error")).toString();
    const QString message = body.value(QStringLiteral("message")).toString();
    if (code.isEmpty() && message.isEmpty())
        return QString::fromUtf8(raw.left(200));
    if (message.isEmpty())
        return code;
    return code.isEmpty() ? message : code + QStringLiteral(": ") + message;
}
} // namespace

struct CardGateway::Call
{
    QString operation; // for logs
    QByteArray verb;   // "GET" or "POST"
    QUrl url;
    QString idempotencyKey;
    QByteArray body;
    bool lookup = false;
    int attempt = 0;
    Callback done;
};

CardGateway::CardGateway(QUrl baseUrl, QObject *parent)
    : PaymentGateway(parent)
    , m_baseUrl(std::move(baseUrl))
{
    for (int i = 0; i < NetworkManagers; ++i)
        m_networks.append(new QNetworkAccessManager(this));
}

CardGateway::~CardGateway() = default;

void CardGateway::setTimeout(int milliseconds)
{
    m_timeoutMs = qMax(1, milliseconds);
}

void CardGateway::setMaxAttempts(int attempts)
{
    m_maxAttempts = qMax(1, attempts);
}

void CardGateway::setBackoff(QList<int> milliseconds)
{
    m_backoffMs = std::move(milliseconds);
}

QUrl CardGateway::endpoint(const QString &path) const
{
    QUrl url = m_baseUrl;
    QString basePath = url.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + path);
    return url;
}

void CardGateway::authorize(const QString &idempotencyKey, const QString &token, qint64 amountMinor,
                            const QString &currency, Callback done)
{
    qCInfo(lcPayments).noquote() << "authorize key" << idempotencyKey << "token" << shortToken(token)
                                 << "amount" << amountMinor << currency;
    post(QStringLiteral("authorize"), QStringLiteral("/v1/authorizations"), idempotencyKey,
         QJsonObject{{QStringLiteral("token"), token},
                     {QStringLiteral("amount"), double(amountMinor)},
                     {QStringLiteral("currency"), currency}},
         std::move(done));
}

void CardGateway::capture(const QString &idempotencyKey, const QString &reference, qint64 amountMinor,
                          Callback done)
{
    post(QStringLiteral("capture"),
         QStringLiteral("/v1/authorizations/%1/capture")
             .arg(QString::fromLatin1(QUrl::toPercentEncoding(reference))),
         idempotencyKey, QJsonObject{{QStringLiteral("amount"), double(amountMinor)}}, std::move(done));
}

void CardGateway::voidAuthorization(const QString &idempotencyKey, const QString &reference, Callback done)
{
    post(QStringLiteral("void"),
         QStringLiteral("/v1/authorizations/%1/void")
             .arg(QString::fromLatin1(QUrl::toPercentEncoding(reference))),
         idempotencyKey, QJsonObject{}, std::move(done));
}

void CardGateway::refund(const QString &idempotencyKey, const QString &reference, qint64 amountMinor,
                         Callback done)
{
    post(QStringLiteral("refund"),
         QStringLiteral("/v1/authorizations/%1/refunds")
             .arg(QString::fromLatin1(QUrl::toPercentEncoding(reference))),
         idempotencyKey, QJsonObject{{QStringLiteral("amount"), double(amountMinor)}}, std::move(done));
}

void CardGateway::lookup(const QString &authorizeKey, Callback done)
{
    auto call = std::make_shared<Call>();
    call->operation = QStringLiteral("lookup");
    call->verb = QByteArrayLiteral("GET");
    call->url = endpoint(QStringLiteral("/v1/authorizations"));
    QUrlQuery query;
    // Percent-encoded here so that '&', '+', '#' or '=' in a key survive the query string.
    query.addQueryItem(QStringLiteral("idempotency_key"),
                       QString::fromLatin1(QUrl::toPercentEncoding(authorizeKey)));
    call->url.setQuery(query);
    call->idempotencyKey = authorizeKey;
    call->lookup = true;
    call->done = std::move(done);
    start(call);
}

void CardGateway::post(const QString &operation, const QString &path, const QString &idempotencyKey,
                       const QJsonObject &body, Callback done)
{
    const QJsonValue amount = body.value(QStringLiteral("amount"));
    QString refusal;
    if (idempotencyKey.isEmpty())
        refusal = QStringLiteral("no idempotency key");
    else if (!amount.isUndefined() && (amount.toDouble() <= 0 || amount.toDouble() > double(maxExactAmount)))
        refusal = QStringLiteral("amount out of range");
    if (!refusal.isEmpty()) {
        // Asynchronous like every other answer: callers need not fear re-entrancy.
        QTimer::singleShot(0, this, [done = std::move(done), refusal, operation] {
            qCWarning(lcPayments).noquote() << operation << "refused before sending:" << refusal;
            Result result;
            result.status = Result::Status::Declined;
            result.message = refusal;
            done(result);
        });
        return;
    }

    auto call = std::make_shared<Call>();
    call->operation = operation;
    call->verb = QByteArrayLiteral("POST");
    call->url = endpoint(path);
    call->idempotencyKey = idempotencyKey;
    call->body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    call->done = std::move(done);
    start(call);
}

void CardGateway::start(const std::shared_ptr<Call> &call)
{
    ++call->attempt;
    QNetworkRequest request(call->url);
    request.setTransferTimeout(m_timeoutMs);
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    QNetworkReply *reply = nullptr;
    QNetworkAccessManager *network = m_networks.at(m_nextNetwork);
    m_nextNetwork = (m_nextNetwork + 1) % NetworkManagers;
    if (call->verb == "POST") {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        // The same key on every attempt: this is what makes the retries safe.
        request.setRawHeader(QByteArrayLiteral("Idempotency-Key"), call->idempotencyKey.toUtf8());
        reply = network->post(request, call->body);
    } else {
        reply = network->get(request);
    }
    connect(reply, &QNetworkReply::finished, this, [this, call, reply] { finished(call, reply); });
}

void CardGateway::finished(const std::shared_ptr<Call> &call, QNetworkReply *reply)
{
    reply->deleteLater();
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const int http = statusAttribute.isValid() ? statusAttribute.toInt() : 0;
    // An aborted reply (timeout) is closed: reading it would only print a warning.
    const QByteArray raw = reply->isOpen() ? reply->readAll() : QByteArray();
    const QJsonObject body = QJsonDocument::fromJson(raw).object();

    // No HTTP answer (refused, reset, timed out), a server error, or "try again later": the
    // gateway may or may not have done it, and the same key makes asking again harmless.
    const bool transient = http == 0 || http >= 500 || http == 408 || http == 429;
    if (transient) {
        const QString why = http == 0 ? (reply->error() == QNetworkReply::OperationCanceledError
                                             ? QStringLiteral("timed out after %1 ms").arg(m_timeoutMs)
                                             : reply->errorString())
                                      : QStringLiteral("HTTP %1 %2").arg(http).arg(describeError(body, raw));
        if (call->attempt < m_maxAttempts) {
            const int delay =
                m_backoffMs.isEmpty()
                    ? 0
                    : m_backoffMs.at(qMin(qsizetype(call->attempt - 1), m_backoffMs.size() - 1));
            qCWarning(lcPayments).noquote()
                << call->operation << "key" << call->idempotencyKey << "attempt" << call->attempt
                << "failed:" << why << "- retrying in" << delay << "ms with the same key";
            QTimer::singleShot(delay, this, [this, call] { start(call); });
            return;
        }
        qCWarning(lcPayments).noquote() << call->operation << "key" << call->idempotencyKey
                                        << "outcome unknown after" << call->attempt << "attempts:" << why;
        Result result;
        result.status = Result::Status::Unknown;
        result.message = QStringLiteral("%1 attempts, last: %2").arg(call->attempt).arg(why);
        call->done(result);
        return;
    }

    Result result;
    if (http >= 200 && http < 300) {
        if (body.isEmpty()) {
            // It was done, but we cannot tell what: as good as not knowing.
            result.status = Result::Status::Unknown;
            result.message = QStringLiteral("HTTP %1 with an unreadable body").arg(http);
        } else {
            result.status = Result::Status::Ok;
            result.reference = body.value(QStringLiteral("id")).toString();
            result.state = body.value(QStringLiteral("status")).toString();
            result.message = QStringLiteral("HTTP %1").arg(http);
            if (body.contains(QStringLiteral("refund_id")))
                result.message +=
                    QStringLiteral(" refund ") + body.value(QStringLiteral("refund_id")).toString();
        }
    } else if (call->lookup && http == 404 &&
               body.value(QStringLiteral("error")).toString() == QLatin1String("not_found")) {
        result.status = Result::Status::Ok;
        result.state = QStringLiteral("none");
        result.message = QStringLiteral("the gateway has no authorization for this key");
    } else if (http >= 400 && http < 500) {
        result.status = Result::Status::Declined;
        result.message = QStringLiteral("HTTP %1 %2").arg(http).arg(describeError(body, raw));
    } else {
        result.status = Result::Status::Unknown;
        result.message = QStringLiteral("unexpected HTTP %1").arg(http);
    }
    qCInfo(lcPayments).noquote() << call->operation << "key" << call->idempotencyKey << "->" << result.message
                                 << (result.reference.isEmpty() ? QString() : result.reference);
    call->done(result);
}

} // namespace BoxOffice::Server
