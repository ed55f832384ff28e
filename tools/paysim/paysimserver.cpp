#include "paysimserver.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

#include <cstdio>
#include <memory>

namespace BoxOffice::PaySim {

namespace {

QByteArray header(const QHttpServerRequest &request, const QByteArray &name)
{
    // Header names are case-insensitive (RFC 9110); compare them so instead of trusting the
    // lookup of QHttpServerRequest::value().
    for (const auto &[key, value] : request.headers()) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString methodName(const QHttpServerRequest &request)
{
    switch (request.method()) {
    case QHttpServerRequest::Method::Get:
        return QStringLiteral("GET");
    case QHttpServerRequest::Method::Post:
        return QStringLiteral("POST");
    case QHttpServerRequest::Method::Put:
        return QStringLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QStringLiteral("DELETE");
    default:
        return QStringLiteral("OTHER");
    }
}

Reply error(int status, const QString &code, const QString &message)
{
    return Reply{status, {{QStringLiteral("error"), code}, {QStringLiteral("message"), message}}, code};
}

} // namespace

PaySimServer::PaySimServer(const FaultPlan::Settings &settings, quint32 seed, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_ledger(seed)
    , m_faults(settings, seed ^ 0x5eed5eedu)
{}

PaySimServer::Route PaySimServer::route(const QHttpServerRequest &request, bool *wrongMethod)
{
    const QStringList parts = request.url().path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const bool post = request.method() == QHttpServerRequest::Method::Post;
    const bool get = request.method() == QHttpServerRequest::Method::Get;
    *wrongMethod = false;
    Route r;
    if (parts.size() < 2 || parts.at(0) != QLatin1String("v1"))
        return r;
    const QString path = request.url().path();
    auto want = [&](bool methodOk, const QString &operation) {
        *wrongMethod = !methodOk;
        r.logPath = path;
        if (methodOk)
            r.operation = operation;
    };
    if (parts.size() == 2) {
        if (parts.at(1) == QLatin1String("tokens"))
            want(post, QStringLiteral("tokens"));
        else if (parts.at(1) == QLatin1String("authorizations"))
            want(post || get, post ? QStringLiteral("authorize") : QStringLiteral("lookup"));
        else if (parts.at(1) == QLatin1String("stats"))
            want(get, QStringLiteral("stats"));
        else if (parts.at(1) == QLatin1String("control"))
            want(post || get, QStringLiteral("control"));
    } else if (parts.size() == 4 && parts.at(1) == QLatin1String("authorizations") &&
               parts.at(2).startsWith(QLatin1String("auth_")) && parts.at(2).size() <= 64) {
        r.id = parts.at(2);
        if (parts.at(3) == QLatin1String("capture"))
            want(post, QStringLiteral("capture"));
        else if (parts.at(3) == QLatin1String("void"))
            want(post, QStringLiteral("void"));
        else if (parts.at(3) == QLatin1String("refunds"))
            want(post, QStringLiteral("refund"));
    }
    if (r.operation.isEmpty())
        r.id.clear();
    return r;
}

bool PaySimServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const QString method = methodName(request);
    bool wrongMethod = false;
    const Route r = route(request, &wrongMethod);
    if (wrongMethod) {
        log(method, r.logPath, QStringLiteral("405"), {});
        respond(request, socket,
                error(405, QStringLiteral("method_not_allowed"), QStringLiteral("method not allowed")), 0);
        return true;
    }
    if (r.operation.isEmpty())
        return false; // missingHandler answers 404

    QJsonObject body;
    if (request.method() == QHttpServerRequest::Method::Post && !request.body().trimmed().isEmpty()) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(request.body(), &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
            log(method, r.logPath, QStringLiteral("400"), QStringLiteral("invalid_json"));
            respond(
                request, socket,
                error(400, QStringLiteral("invalid_json"), QStringLiteral("the body is not a JSON object")),
                0);
            return true;
        }
        body = doc.object();
    }

    if (r.operation == QLatin1String("stats")) {
        respond(request, socket, Reply{200, m_ledger.stats(), {}}, 0);
        return true;
    }
    if (r.operation == QLatin1String("control")) {
        const Reply reply = request.method() == QHttpServerRequest::Method::Post
                                ? control(body)
                                : Reply{200, m_faults.describe(), {}};
        log(method, r.logPath, QString::number(reply.status), reply.note);
        respond(request, socket, reply, 0);
        return true;
    }

    m_ledger.countRequest();
    const FaultPlan::Decision decision = m_faults.next(r.operation);
    switch (decision.action) {
    case FaultPlan::Action::Fail: {
        m_ledger.countInjectedFailure();
        log(method, r.logPath, QString::number(decision.failStatus),
            QStringLiteral("injected failure, nothing done"));
        respond(request, socket,
                error(decision.failStatus, QStringLiteral("injected_failure"),
                      QStringLiteral("simulated gateway failure")),
                m_faults.latencyMs());
        return true;
    }
    case FaultPlan::Action::HangBefore:
        m_ledger.countHung();
        log(method, r.logPath, QStringLiteral("hang"), QStringLiteral("nothing done, no answer"));
        return true;
    case FaultPlan::Action::HangAfterWork:
    case FaultPlan::Action::Proceed:
        break;
    }

    const Reply reply = execute(r, request, body);
    if (decision.action == FaultPlan::Action::HangAfterWork) {
        m_ledger.countHung();
        log(method, r.logPath, QStringLiteral("hang"),
            QStringLiteral("work done (%1 %2), no answer").arg(reply.status).arg(reply.note));
        return true;
    }
    log(method, r.logPath, QString::number(reply.status), reply.note);
    respond(request, socket, reply, m_faults.latencyMs());
    return true;
}

void PaySimServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    log(methodName(request), QStringLiteral("(unknown path)"), QStringLiteral("404"), {});
    respond(request, socket, error(404, QStringLiteral("not_found"), QStringLiteral("no such endpoint")), 0);
}

Reply PaySimServer::execute(const Route &r, const QHttpServerRequest &request, const QJsonObject &body)
{
    if (r.operation == QLatin1String("tokens"))
        return m_ledger.tokenize(body);
    if (r.operation == QLatin1String("lookup")) {
        const QString key =
            QUrlQuery(request.url()).queryItemValue(QStringLiteral("idempotency_key"), QUrl::FullyDecoded);
        if (key.isEmpty())
            return error(400, QStringLiteral("missing_idempotency_key"),
                         QStringLiteral("idempotency_key is required"));
        return m_ledger.lookup(key);
    }

    const QString key = QString::fromUtf8(header(request, QByteArrayLiteral("Idempotency-Key")));
    if (key.isEmpty() || key.size() > 255)
        return error(400, QStringLiteral("missing_idempotency_key"),
                     QStringLiteral("the Idempotency-Key header (1 to 255 characters) is required"));
    // Keys are scoped to the operation and the authorization it acts on.
    const QString scope = QStringLiteral("POST ") + request.url().path();
    const QByteArray fingerprint = QJsonDocument(body).toJson(QJsonDocument::Compact);
    Reply replay;
    switch (m_ledger.checkKey(scope, key, fingerprint, &replay)) {
    case Ledger::KeyCheck::Replay:
        m_ledger.countReplay();
        replay.note = QStringLiteral("replay key=%1 %2").arg(key.left(16), replay.note);
        return replay;
    case Ledger::KeyCheck::Conflict:
        return error(409, QStringLiteral("idempotency_key_reused"),
                     QStringLiteral("this idempotency key was used with another request body"));
    case Ledger::KeyCheck::New:
        break;
    }

    Reply reply;
    if (r.operation == QLatin1String("authorize"))
        reply = m_ledger.authorize(body, key, m_faults.rollDecline());
    else if (r.operation == QLatin1String("capture"))
        reply = m_ledger.capture(r.id, body);
    else if (r.operation == QLatin1String("void"))
        reply = m_ledger.voidAuthorization(r.id);
    else
        reply = m_ledger.refund(r.id, body);
    // A refused request (bad input, unknown authorization) did nothing, so there is nothing
    // to replay: the caller may fix it and send it again under the same key.
    if (reply.status != 400 && reply.status != 404)
        m_ledger.remember(scope, key, fingerprint, reply);
    reply.note = QStringLiteral("key=%1 %2").arg(key.left(16), reply.note);
    return reply;
}

Reply PaySimServer::control(const QJsonObject &body)
{
    bool resetLedger = false;
    const QString problem = m_faults.apply(body, &resetLedger);
    if (!problem.isEmpty())
        return error(400, QStringLiteral("invalid_control"), problem);
    if (resetLedger)
        m_ledger.reset();
    return Reply{200, m_faults.describe(),
                 QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact))};
}

void PaySimServer::respond(const QHttpServerRequest &request, QTcpSocket *socket, const Reply &reply,
                           int delayMs)
{
    const QByteArray payload = QJsonDocument(reply.body).toJson(QJsonDocument::Compact);
    const auto status = QHttpServerResponder::StatusCode(reply.status);
    if (delayMs <= 0) {
        makeResponder(request, socket).write(payload, QByteArrayLiteral("application/json"), status);
        return;
    }
    // The client may give up and close the connection while we wait.
    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    QTimer::singleShot(delayMs, this, [responder, guard = QPointer<QTcpSocket>(socket), payload, status] {
        if (guard && guard->state() == QAbstractSocket::ConnectedState)
            responder->write(payload, QByteArrayLiteral("application/json"), status);
    });
}

void PaySimServer::log(const QString &method, const QString &path, const QString &outcome,
                       const QString &note)
{
    const QByteArray line = (QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) + QLatin1Char(' ') +
                             method + QLatin1Char(' ') + path + QLatin1Char(' ') + outcome +
                             (note.isEmpty() ? QString() : QLatin1Char(' ') + note) + QLatin1Char('\n'))
                                .toUtf8();
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
}

} // namespace BoxOffice::PaySim
