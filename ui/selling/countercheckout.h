#pragma once

#include <QCborMap>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

namespace BoxOffice::Ui {

class CardTokenizer;
class PaymentPanel;
class ServerConnection;

/**
 * The counter's side of a sale, one at a time: an order for the cart's holds (CreateOrder),
 * then its payment (PayOrder; a card goes to the gateway's tokenizer first, so its number
 * never reaches the server), and ticket exchanges (ExchangeTicket).
 *
 * Retries are safe: the payment key, like the exchange key, is kept across a lost reply and
 * dropped only on a definite answer, so pressing Sell again never pays twice. An order made
 * for a cart that has changed since is cancelled and a new one made for what the cart holds.
 *
 * Exactly one of sold(), exchanged() and failed() answers each sell() or exchange(), unless
 * reset() came first.
 */
class CounterCheckout final : public QObject
{
    Q_OBJECT

public:
    explicit CounterCheckout(ServerConnection *connection, QObject *parent = nullptr);

    /** Sells the holds of eventId, paid as the payment panel says. */
    void sell(qint64 eventId, const QList<qint64> &holds, PaymentPanel *payment);
    /** Exchanges ticket for the one seat of hold; a price difference is paid in cash. */
    void exchange(qint64 ticket, qint64 hold, qint64 tenderedMinor);
    /** Ends an exchange: the next one gets a new key. */
    void forgetExchange() { m_exchangeKey.clear(); }
    /** Cancels the order made for the cart, if any (the cart changed or was given back). */
    void cancelPendingOrder();
    /** The event was left: the pending order is forgotten and replies still due are ignored. */
    void reset();

    /** The order made for the cart and not yet paid, 0 if none. */
    qint64 pendingOrder() const { return m_order.id; }

signals:
    /** PayOrder's result, with how it was paid (tendered is -1 unless cash). */
    void sold(const QCborMap &result, const QString &method, qint64 tenderedMinor);
    /** ExchangeTicket's result. */
    void exchanged(const QCborMap &result);
    /** Nothing was sold; message says why and what to do. */
    void failed(const QString &message);

private:
    void payOrder(PaymentPanel *payment);
    void sendPayment(QCborMap fields);

    ServerConnection *m_connection = nullptr;
    CardTokenizer *m_tokenizer = nullptr;
    quint64 m_generation = 0; // replies for a checkout reset since are ignored

    /** The order made for the cart, kept while its payment has not gone through. */
    struct PendingOrder
    {
        qint64 id = 0;
        QList<qint64> holds;
        QUrl tokenizeUrl;
        QString paymentKey; // kept until a definite answer: a retry never pays twice
    };
    PendingOrder m_order;
    QString m_exchangeKey; // kept across a lost reply, like a payment's
};

} // namespace BoxOffice::Ui
