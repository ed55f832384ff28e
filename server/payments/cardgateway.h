#pragma once

#include "payments/paymentgateway.h"

#include <QJsonObject>
#include <QList>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace BoxOffice::Server {

/**
 * PaymentGateway over a card gateway's HTTP API (boxoffice-paysim's, docs/payments.md).
 *
 * Every POST carries the caller's idempotency key, and every retry sends the same key, so a
 * retry after a timeout finds the first attempt's result instead of charging again. Retried:
 * connection errors, timeouts, 5xx, 408 and 429. Not retried: other answers. 2xx is Ok, a
 * 4xx is Declined, anything still failing after the last attempt is Unknown (the caller
 * must reconcile with lookup(): the gateway may have done it).
 *
 * Pending calls are abandoned, without their callbacks, when the gateway is destroyed.
 *
 * Calls go out through a pool of NetworkManagers QNetworkAccessManagers in turn: one Qt 6.4
 * manager opens at most 6 connections to a host and queues further requests (their transfer
 * timeout running), which bounded an on-sale to about 6 / latency calls a second per node
 * (scripts/bench flashsale, docs/benchmarks.md). The pool allows 96 calls at once.
 */
class CardGateway final : public PaymentGateway
{
    Q_OBJECT

public:
    CardGateway(QUrl baseUrl, QObject *parent = nullptr);
    ~CardGateway() override;

    /** Per-attempt transfer timeout; default 5000 ms. */
    void setTimeout(int milliseconds);
    int timeout() const { return m_timeoutMs; }
    /** Attempts per call, the first included; default 3. */
    void setMaxAttempts(int attempts);
    int maxAttempts() const { return m_maxAttempts; }
    /**
     * Pauses before the second, third, ... attempt; the last one repeats for further attempts.
     * Default 100 ms, 300 ms.
     */
    void setBackoff(QList<int> milliseconds);
    QList<int> backoff() const { return m_backoffMs; }

    QUrl baseUrl() const { return m_baseUrl; }

    void authorize(const QString &idempotencyKey, const QString &token, qint64 amountMinor,
                   const QString &currency, Callback done) override;
    void capture(const QString &idempotencyKey, const QString &reference, qint64 amountMinor,
                 Callback done) override;
    void voidAuthorization(const QString &idempotencyKey, const QString &reference, Callback done) override;
    void refund(const QString &idempotencyKey, const QString &reference, qint64 amountMinor,
                Callback done) override;
    void lookup(const QString &authorizeKey, Callback done) override;

private:
    struct Call;
    void post(const QString &operation, const QString &path, const QString &idempotencyKey,
              const QJsonObject &body, Callback done);
    void start(const std::shared_ptr<Call> &call);
    void finished(const std::shared_ptr<Call> &call, QNetworkReply *reply);
    QUrl endpoint(const QString &path) const;

    QUrl m_baseUrl;
    static constexpr int NetworkManagers = 16;
    QList<QNetworkAccessManager *> m_networks;
    int m_nextNetwork = 0;
    int m_timeoutMs = 5000;
    int m_maxAttempts = 3;
    QList<int> m_backoffMs{100, 300};
};

} // namespace BoxOffice::Server
