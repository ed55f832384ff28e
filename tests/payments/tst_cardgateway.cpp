#include "payments/cardgateway.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTest>
#include <QTimer>
#include <QUuid>

#include <memory>

using namespace BoxOffice::Server;
using Status = PaymentGateway::Result::Status;

namespace {

const QString approveCard = QStringLiteral("4242424242424242");
const QString declineCard = QStringLiteral("4000000000000002");
const QString insufficientCard = QStringLiteral("4000000000009995");

struct HttpAnswer
{
    int status = 0;
    QJsonObject body;
};

// Every gateway call's outcome; `calls` shows that done ran exactly once.
struct Outcome
{
    int calls = 0;
    PaymentGateway::Result result;
};

QString newKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QStringList capturedLog;
QtMessageHandler previousHandler = nullptr;

void captureLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (context.category && QByteArray(context.category).startsWith("boxoffice.server.payments"))
        capturedLog.append(message);
    previousHandler(type, context, message);
}

} // namespace

class tst_CardGateway : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void tokenize_validatesCards();
    void authorizeCaptureRefund_happyPath();
    void declinedTestCards_areDeclined();
    void failNext503_retriedWithSameKey_authorizesOnce();
    void timeoutAfterWork_retryFindsSameAuthorization_chargesOnce();
    void allAttemptsFail_isUnknown();
    void unreachableGateway_isUnknown();
    void voidAfterAuthorize_thenCaptureIsDeclined();
    void voidAfterCapture_isDeclined();
    void lookup_knownAndUnknownKeys();
    void sameKeyDifferentAmount_isDeclined();
    void adapterLog_showsNoFullToken();
    void paysimLog_neverContainsCardNumbers();

private:
    HttpAnswer http(const QByteArray &verb, const QString &path, const QJsonObject &body = {},
                    const QByteArray &idempotencyKey = {});
    QString tokenize(const QString &number);
    QJsonObject stats();
    void control(const QJsonObject &settings);
    std::unique_ptr<CardGateway> gateway();
    static std::shared_ptr<Outcome> expect();
    static PaymentGateway::Callback into(const std::shared_ptr<Outcome> &outcome);

    QProcess m_paysim;
    QByteArray m_paysimLog;
    QUrl m_baseUrl;
    QNetworkAccessManager m_network;
};

void tst_CardGateway::initTestCase()
{
    previousHandler = qInstallMessageHandler(captureLog);
    connect(&m_paysim, &QProcess::readyReadStandardError, this,
            [this] { m_paysimLog += m_paysim.readAllStandardError(); });
    m_paysim.start(
        QStringLiteral(BOXOFFICE_PAYSIM_EXECUTABLE),
        {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--seed"), QStringLiteral("7")});
    QVERIFY2(m_paysim.waitForStarted(5000), qPrintable(m_paysim.errorString()));
    QByteArray out;
    while (!out.contains('\n') && m_paysim.waitForReadyRead(5000))
        out += m_paysim.readAllStandardOutput();
    const QRegularExpressionMatch match =
        QRegularExpression(QStringLiteral("^listening on (http://127\\.0\\.0\\.1:\\d+)$"),
                           QRegularExpression::MultilineOption)
            .match(QString::fromUtf8(out));
    QVERIFY2(match.hasMatch(), out.constData());
    m_baseUrl = QUrl(match.captured(1));
}

void tst_CardGateway::init()
{
    control({{QStringLiteral("reset"), true}});
    capturedLog.clear();
}

void tst_CardGateway::cleanupTestCase()
{
    // SIGTERM must end paysim cleanly, even with connections held open by hang faults.
    m_paysim.terminate();
    QVERIFY(m_paysim.waitForFinished(5000));
    QCOMPARE(m_paysim.exitStatus(), QProcess::NormalExit);
    QCOMPARE(m_paysim.exitCode(), 0);
    qInstallMessageHandler(previousHandler);
}

HttpAnswer tst_CardGateway::http(const QByteArray &verb, const QString &path, const QJsonObject &body,
                                 const QByteArray &idempotencyKey)
{
    QUrl url = m_baseUrl;
    const qsizetype query = path.indexOf(QLatin1Char('?'));
    url.setPath(path.left(query));
    if (query >= 0)
        url.setQuery(path.mid(query + 1));
    QNetworkRequest request(url);
    request.setTransferTimeout(5000);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!idempotencyKey.isEmpty())
        request.setRawHeader(QByteArrayLiteral("Idempotency-Key"), idempotencyKey);
    QNetworkReply *reply = verb == "GET"
                               ? m_network.get(request)
                               : m_network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    HttpAnswer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return answer;
}

QString tst_CardGateway::tokenize(const QString &number)
{
    // As the client will: the card goes to the gateway, only the token goes anywhere else.
    const HttpAnswer answer = http("POST", QStringLiteral("/v1/tokens"),
                                   {{QStringLiteral("number"), number},
                                    {QStringLiteral("exp_month"), 12},
                                    {QStringLiteral("exp_year"), QDate::currentDate().year() + 3},
                                    {QStringLiteral("cvc"), QStringLiteral("123")}});
    if (answer.status != 201)
        qWarning() << "tokenize failed" << answer.status << answer.body;
    return answer.body.value(QStringLiteral("token")).toString();
}

QJsonObject tst_CardGateway::stats()
{
    return http("GET", QStringLiteral("/v1/stats")).body;
}

void tst_CardGateway::control(const QJsonObject &settings)
{
    const HttpAnswer answer = http("POST", QStringLiteral("/v1/control"), settings);
    if (answer.status != 200)
        qWarning() << "control failed" << answer.status << answer.body;
}

std::unique_ptr<CardGateway> tst_CardGateway::gateway()
{
    auto g = std::make_unique<CardGateway>(m_baseUrl);
    g->setTimeout(2000);
    g->setBackoff({10, 30});
    return g;
}

std::shared_ptr<Outcome> tst_CardGateway::expect()
{
    return std::make_shared<Outcome>();
}

PaymentGateway::Callback tst_CardGateway::into(const std::shared_ptr<Outcome> &outcome)
{
    return [outcome](const PaymentGateway::Result &r) {
        ++outcome->calls;
        outcome->result = r;
    };
}

#define WAIT_FOR(outcome)                                                                                    \
    do {                                                                                                     \
        QTRY_COMPARE_WITH_TIMEOUT((outcome)->calls, 1, 15000);                                               \
    } while (false)

void tst_CardGateway::tokenize_validatesCards()
{
    const HttpAnswer ok = http("POST", QStringLiteral("/v1/tokens"),
                               {{QStringLiteral("number"), approveCard},
                                {QStringLiteral("exp_month"), 12},
                                {QStringLiteral("exp_year"), QDate::currentDate().year() + 1},
                                {QStringLiteral("cvc"), QStringLiteral("123")}});
    QCOMPARE(ok.status, 201);
    QVERIFY(ok.body.value(QStringLiteral("token")).toString().startsWith(QLatin1String("tok_")));
    QCOMPARE(ok.body.value(QStringLiteral("last4")).toString(), QStringLiteral("4242"));
    QCOMPARE(ok.body.value(QStringLiteral("brand")).toString(), QStringLiteral("visa"));
    QVERIFY(!ok.body.contains(QStringLiteral("number")));

    const HttpAnswer badLuhn = http("POST", QStringLiteral("/v1/tokens"),
                                    {{QStringLiteral("number"), QStringLiteral("4242424242424241")},
                                     {QStringLiteral("exp_month"), 12},
                                     {QStringLiteral("exp_year"), QDate::currentDate().year() + 1},
                                     {QStringLiteral("cvc"), QStringLiteral("123")}});
    QCOMPARE(badLuhn.status, 400);
    QCOMPARE(badLuhn.body.value(QStringLiteral("error")).toString(), QStringLiteral("invalid_card"));

    const QDate lastMonth = QDate::currentDate().addMonths(-1);
    const HttpAnswer expired = http("POST", QStringLiteral("/v1/tokens"),
                                    {{QStringLiteral("number"), approveCard},
                                     {QStringLiteral("exp_month"), lastMonth.month()},
                                     {QStringLiteral("exp_year"), lastMonth.year()},
                                     {QStringLiteral("cvc"), QStringLiteral("123")}});
    QCOMPARE(expired.status, 400);
    QCOMPARE(expired.body.value(QStringLiteral("error")).toString(), QStringLiteral("invalid_card"));
}

void tst_CardGateway::authorizeCaptureRefund_happyPath()
{
    const QString token = tokenize(approveCard);
    QVERIFY(!token.isEmpty());
    auto g = gateway();

    const QString authKey = newKey();
    auto authorized = expect();
    g->authorize(authKey, token, 4500, QStringLiteral("EUR"), into(authorized));
    WAIT_FOR(authorized);
    QCOMPARE(authorized->result.status, Status::Ok);
    QCOMPARE(authorized->result.state, QStringLiteral("authorized"));
    const QString reference = authorized->result.reference;
    QVERIFY(reference.startsWith(QLatin1String("auth_")));

    auto captured = expect();
    g->capture(newKey(), reference, 4500, into(captured));
    WAIT_FOR(captured);
    QCOMPARE(captured->result.status, Status::Ok);
    QCOMPARE(captured->result.state, QStringLiteral("captured"));
    QCOMPARE(captured->result.reference, reference);

    auto refunded = expect();
    g->refund(newKey(), reference, 1500, into(refunded));
    WAIT_FOR(refunded);
    QCOMPARE(refunded->result.status, Status::Ok);
    QCOMPARE(refunded->result.state, QStringLiteral("refunded"));

    // A refund beyond what is left of the capture is a definite no.
    auto tooMuch = expect();
    g->refund(newKey(), reference, 3001, into(tooMuch));
    WAIT_FOR(tooMuch);
    QCOMPARE(tooMuch->result.status, Status::Declined);
    QVERIFY2(tooMuch->result.message.contains(QLatin1String("refund_exceeds_captured")),
             qPrintable(tooMuch->result.message));

    const QJsonObject s = stats();
    QCOMPARE(s.value(QStringLiteral("authorizations")).toInt(), 1);
    QCOMPARE(s.value(QStringLiteral("captures")).toInt(), 1);
    QCOMPARE(s.value(QStringLiteral("refunds")).toInt(), 1);
    QCOMPARE(s.value(QStringLiteral("authorized_amount")).toInteger(), 4500);
    QCOMPARE(s.value(QStringLiteral("captured_amount")).toInteger(), 4500);
    QCOMPARE(s.value(QStringLiteral("refunded_amount")).toInteger(), 1500);
    QCOMPARE(authorized->calls, 1);
    QCOMPARE(captured->calls, 1);
}

void tst_CardGateway::declinedTestCards_areDeclined()
{
    auto g = gateway();
    auto declined = expect();
    g->authorize(newKey(), tokenize(declineCard), 1000, QStringLiteral("EUR"), into(declined));
    WAIT_FOR(declined);
    QCOMPARE(declined->result.status, Status::Declined);
    QVERIFY2(declined->result.message.contains(QLatin1String("card_declined")),
             qPrintable(declined->result.message));

    auto insufficient = expect();
    g->authorize(newKey(), tokenize(insufficientCard), 1000, QStringLiteral("EUR"), into(insufficient));
    WAIT_FOR(insufficient);
    QCOMPARE(insufficient->result.status, Status::Declined);
    QVERIFY2(insufficient->result.message.contains(QLatin1String("insufficient funds")),
             qPrintable(insufficient->result.message));

    const QJsonObject s = stats();
    QCOMPARE(s.value(QStringLiteral("authorizations")).toInt(), 0);
    QCOMPARE(s.value(QStringLiteral("declines")).toInt(), 2);
}

void tst_CardGateway::failNext503_retriedWithSameKey_authorizesOnce()
{
    const QString token = tokenize(approveCard);
    control({{QStringLiteral("fail_next"), 2}, {QStringLiteral("fail_status"), 503}});
    auto g = gateway();
    auto outcome = expect();
    g->authorize(newKey(), token, 2000, QStringLiteral("EUR"), into(outcome));
    WAIT_FOR(outcome);
    QCOMPARE(outcome->result.status, Status::Ok);

    const QJsonObject s = stats();
    QCOMPARE(s.value(QStringLiteral("injected_failures")).toInt(), 2);
    QCOMPARE(s.value(QStringLiteral("authorizations")).toInt(), 1);
    QCOMPARE(s.value(QStringLiteral("authorized_amount")).toInteger(), 2000);
}

void tst_CardGateway::timeoutAfterWork_retryFindsSameAuthorization_chargesOnce()
{
    // A retried payment request charges once: the gateway authorizes, the answer never
    // arrives, the adapter times out and retries with the same key, and gets the first
    // authorization back instead of a second one.
    const QString token = tokenize(approveCard);
    control({{QStringLiteral("hang_next"), 1},
             {QStringLiteral("hang_after_work"), true},
             {QStringLiteral("only"), QStringLiteral("authorize")}});
    auto g = gateway();
    g->setTimeout(300);
    const QString key = newKey();
    auto outcome = expect();
    g->authorize(key, token, 3000, QStringLiteral("EUR"), into(outcome));
    WAIT_FOR(outcome);
    QCOMPARE(outcome->result.status, Status::Ok);

    QJsonObject s = stats();
    QCOMPARE(s.value(QStringLiteral("hung")).toInt(), 1);
    QCOMPARE(s.value(QStringLiteral("replays")).toInt(), 1);
    QCOMPARE(s.value(QStringLiteral("authorizations")).toInt(), 1);
    QCOMPARE(s.value(QStringLiteral("authorized_amount")).toInteger(), 3000);

    // The authorization the hung first attempt made is the one the adapter reported.
    const HttpAnswer first = http("GET", QStringLiteral("/v1/authorizations?idempotency_key=") + key);
    QCOMPARE(first.status, 200);
    QCOMPARE(first.body.value(QStringLiteral("id")).toString(), outcome->result.reference);

    // And a capture that times out after the work is not captured twice either.
    control({{QStringLiteral("hang_next"), 1}, {QStringLiteral("only"), QStringLiteral("capture")}});
    auto captured = expect();
    g->capture(newKey(), outcome->result.reference, 3000, into(captured));
    WAIT_FOR(captured);
    QCOMPARE(captured->result.status, Status::Ok);
    s = stats();
    QCOMPARE(s.value(QStringLiteral("captures")).toInt(), 1);
    QCOMPARE(s.value(QStringLiteral("captured_amount")).toInteger(), 3000);

    QTest::qWait(100);
    QCOMPARE(outcome->calls, 1);
    QCOMPARE(captured->calls, 1);
}

void tst_CardGateway::allAttemptsFail_isUnknown()
{
    const QString token = tokenize(approveCard);
    control({{QStringLiteral("fail_next"), 1000}, {QStringLiteral("fail_status"), 502}});
    auto g = gateway();
    g->setMaxAttempts(3);
    auto outcome = expect();
    g->authorize(newKey(), token, 1000, QStringLiteral("EUR"), into(outcome));
    WAIT_FOR(outcome);
    QCOMPARE(outcome->result.status, Status::Unknown);
    QVERIFY2(outcome->result.message.contains(QLatin1String("502")), qPrintable(outcome->result.message));

    const QJsonObject s = stats();
    QCOMPARE(s.value(QStringLiteral("injected_failures")).toInt(), 3);
    QCOMPARE(s.value(QStringLiteral("authorizations")).toInt(), 0);

    // Hangs all the way are unknown too.
    control({{QStringLiteral("reset"), true}, {QStringLiteral("hang_next"), 1000}});
    g->setTimeout(200);
    auto hung = expect();
    g->lookup(newKey(), into(hung));
    WAIT_FOR(hung);
    QCOMPARE(hung->result.status, Status::Unknown);
    QVERIFY2(hung->result.message.contains(QLatin1String("timed out")), qPrintable(hung->result.message));
}

void tst_CardGateway::unreachableGateway_isUnknown()
{
    // A port that was free a moment ago: connection refused on every attempt.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    CardGateway g(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
    g.setBackoff({10});
    auto outcome = expect();
    g.authorize(newKey(), QStringLiteral("tok_x"), 1000, QStringLiteral("EUR"), into(outcome));
    WAIT_FOR(outcome);
    QCOMPARE(outcome->result.status, Status::Unknown);
    QVERIFY(outcome->result.message.startsWith(QLatin1String("3 attempts")));
}

void tst_CardGateway::voidAfterAuthorize_thenCaptureIsDeclined()
{
    auto g = gateway();
    auto authorized = expect();
    g->authorize(newKey(), tokenize(approveCard), 1200, QStringLiteral("EUR"), into(authorized));
    WAIT_FOR(authorized);
    QCOMPARE(authorized->result.status, Status::Ok);

    auto voided = expect();
    g->voidAuthorization(newKey(), authorized->result.reference, into(voided));
    WAIT_FOR(voided);
    QCOMPARE(voided->result.status, Status::Ok);
    QCOMPARE(voided->result.state, QStringLiteral("voided"));

    auto captured = expect();
    g->capture(newKey(), authorized->result.reference, 1200, into(captured));
    WAIT_FOR(captured);
    QCOMPARE(captured->result.status, Status::Declined);
    QVERIFY2(captured->result.message.contains(QLatin1String("voided")),
             qPrintable(captured->result.message));

    const QJsonObject s = stats();
    QCOMPARE(s.value(QStringLiteral("voids")).toInt(), 1);
    QCOMPARE(s.value(QStringLiteral("captures")).toInt(), 0);
}

void tst_CardGateway::voidAfterCapture_isDeclined()
{
    auto g = gateway();
    auto authorized = expect();
    g->authorize(newKey(), tokenize(approveCard), 800, QStringLiteral("EUR"), into(authorized));
    WAIT_FOR(authorized);
    auto captured = expect();
    g->capture(newKey(), authorized->result.reference, 800, into(captured));
    WAIT_FOR(captured);
    QCOMPARE(captured->result.status, Status::Ok);

    auto voided = expect();
    g->voidAuthorization(newKey(), authorized->result.reference, into(voided));
    WAIT_FOR(voided);
    QCOMPARE(voided->result.status, Status::Declined);
}

void tst_CardGateway::lookup_knownAndUnknownKeys()
{
    auto g = gateway();
    // Characters that mean something in a query string must survive the trip.
    const QString key = newKey() + QStringLiteral("&a=b+c#d");
    auto authorized = expect();
    g->authorize(key, tokenize(approveCard), 700, QStringLiteral("EUR"), into(authorized));
    WAIT_FOR(authorized);
    QCOMPARE(authorized->result.status, Status::Ok);

    auto found = expect();
    g->lookup(key, into(found));
    WAIT_FOR(found);
    QCOMPARE(found->result.status, Status::Ok);
    QCOMPARE(found->result.state, QStringLiteral("authorized"));
    QCOMPARE(found->result.reference, authorized->result.reference);

    auto captured = expect();
    g->capture(newKey(), authorized->result.reference, 700, into(captured));
    WAIT_FOR(captured);
    auto afterCapture = expect();
    g->lookup(key, into(afterCapture));
    WAIT_FOR(afterCapture);
    QCOMPARE(afterCapture->result.status, Status::Ok);
    QCOMPARE(afterCapture->result.state, QStringLiteral("captured"));

    auto unknown = expect();
    g->lookup(newKey(), into(unknown));
    WAIT_FOR(unknown);
    QCOMPARE(unknown->result.status, Status::Ok);
    QCOMPARE(unknown->result.state, QStringLiteral("none"));
    QVERIFY(unknown->result.reference.isEmpty());
}

void tst_CardGateway::sameKeyDifferentAmount_isDeclined()
{
    auto g = gateway();
    const QString token = tokenize(approveCard);
    const QString key = newKey();
    auto first = expect();
    g->authorize(key, token, 1000, QStringLiteral("EUR"), into(first));
    WAIT_FOR(first);
    QCOMPARE(first->result.status, Status::Ok);

    auto again = expect();
    g->authorize(key, token, 1000, QStringLiteral("EUR"), into(again));
    WAIT_FOR(again);
    QCOMPARE(again->result.status, Status::Ok);
    QCOMPARE(again->result.reference, first->result.reference);

    auto other = expect();
    g->authorize(key, token, 1500, QStringLiteral("EUR"), into(other));
    WAIT_FOR(other);
    QCOMPARE(other->result.status, Status::Declined);
    QVERIFY2(other->result.message.contains(QLatin1String("409")), qPrintable(other->result.message));

    const QJsonObject s = stats();
    QCOMPARE(s.value(QStringLiteral("authorizations")).toInt(), 1);
    QCOMPARE(s.value(QStringLiteral("authorized_amount")).toInteger(), 1000);
}

void tst_CardGateway::adapterLog_showsNoFullToken()
{
    const QString token = tokenize(approveCard);
    QVERIFY(token.size() > 8);
    auto g = gateway();
    auto outcome = expect();
    g->authorize(newKey(), token, 100, QStringLiteral("EUR"), into(outcome));
    WAIT_FOR(outcome);
    QVERIFY(!capturedLog.isEmpty());
    for (const QString &line : std::as_const(capturedLog))
        QVERIFY2(!line.contains(token) && !line.contains(token.left(9)), qPrintable(line));
}

void tst_CardGateway::paysimLog_neverContainsCardNumbers()
{
    tokenize(approveCard);
    // Let the last log lines arrive.
    QTest::qWait(200);
    m_paysimLog += m_paysim.readAllStandardError();
    QVERIFY(m_paysimLog.contains("last4=4242"));
    QVERIFY(m_paysimLog.contains("POST /v1/tokens 201"));
    for (const QString &number : {approveCard, declineCard, insufficientCard})
        QVERIFY2(!m_paysimLog.contains(number.toLatin1()), qPrintable(number));
    QVERIFY(!m_paysimLog.contains("cvc"));
}

QTEST_GUILESS_MAIN(tst_CardGateway)
#include "tst_cardgateway.moc"
