#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace BoxOffice::Server {

/**
 * A card payment gateway, as the sale saga sees it (docs/payments.md). Every call carries an
 * idempotency key chosen by the caller and stored with the payment before the call: the
 * same key sent again never charges, captures or refunds twice, so any call may be retried
 * after a timeout or a crash. Calls are asynchronous; `done` runs on the thread of the
 * gateway object, exactly once.
 */
class PaymentGateway : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        enum class Status {
            Ok,       // the gateway did it (or had done it for this key before)
            Declined, // a definite no (card declined, nothing to capture, ...): do not retry
            Unknown,  // timeout, connection failure, 5xx after retries: the outcome is unknown
        };
        Status status = Status::Unknown;
        QString reference; // the gateway's id of the authorization (authorize, lookup)
        QString state;     // lookup: "authorized", "captured", "voided", "refunded" or "none"
        QString message;   // for logs; never contains card data
    };
    using Callback = std::function<void(const Result &)>;

    using QObject::QObject;

    /** Reserves amount on the card behind token (the gateway's token, never a card number). */
    virtual void authorize(const QString &idempotencyKey, const QString &token, qint64 amountMinor,
                           const QString &currency, Callback done) = 0;
    virtual void capture(const QString &idempotencyKey, const QString &reference, qint64 amountMinor,
                         Callback done) = 0;
    /** Releases an authorization that will not be captured. */
    virtual void voidAuthorization(const QString &idempotencyKey, const QString &reference,
                                   Callback done) = 0;
    virtual void refund(const QString &idempotencyKey, const QString &reference, qint64 amountMinor,
                        Callback done) = 0;
    /**
     * What became of the authorization made with this idempotency key (reconciliation after
     * a crash): Ok with state and reference, or Ok with state "none" if the gateway never saw it.
     */
    virtual void lookup(const QString &authorizeKey, Callback done) = 0;
};

} // namespace BoxOffice::Server
