#pragma once

#include <QHash>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QString>

namespace BoxOffice::PaySim {

/** What the gateway answers: an HTTP status and a JSON body. */
struct Reply
{
    int status = 200;
    QJsonObject body;
    QString note; // for the request log: never card data
};

/**
 * The simulated gateway's state, in memory: card tokens, authorizations and the replies
 * remembered under idempotency keys. No HTTP here; PaySimServer turns requests into calls.
 */
class Ledger final
{
public:
    explicit Ledger(quint32 seed);

    Reply tokenize(const QJsonObject &body);
    /** forceDecline: the fault plan's random decline for a card that would otherwise pass. */
    Reply authorize(const QJsonObject &body, const QString &idempotencyKey, bool forceDecline);
    Reply capture(const QString &id, const QJsonObject &body);
    Reply voidAuthorization(const QString &id);
    Reply refund(const QString &id, const QJsonObject &body);
    /** The authorization made with this authorize idempotency key, or 404. */
    Reply lookup(const QString &authorizeKey) const;

    /**
     * Idempotency: a key is scoped to its operation (method and path). The same key with the
     * same body gets the first reply again; with another body it gets 409.
     */
    enum class KeyCheck { New, Replay, Conflict };
    KeyCheck checkKey(const QString &scope, const QString &key, const QByteArray &fingerprint, Reply *replay);
    void remember(const QString &scope, const QString &key, const QByteArray &fingerprint,
                  const Reply &reply);

    QJsonObject stats() const;
    void countRequest() { ++m_requests; }
    void countReplay() { ++m_replays; }
    void countInjectedFailure() { ++m_injectedFailures; }
    void countHung() { ++m_hung; }
    void reset();

private:
    enum class CardBehaviour { Approve, Decline, InsufficientFunds };
    struct Card
    {
        QString last4;
        QString brand;
        CardBehaviour behaviour = CardBehaviour::Approve;
    };
    struct Authorization
    {
        QString id;
        QString idempotencyKey;
        QString last4;
        QString brand;
        QString currency;
        QString status; // authorized, captured, voided, refunded
        qint64 amount = 0;
        qint64 captured = 0;
        qint64 refunded = 0;
    };
    struct Remembered
    {
        QByteArray fingerprint;
        Reply reply;
    };

    QString newId(const QString &prefix);
    static QJsonObject describe(const Authorization &a);

    QRandomGenerator m_random;
    QHash<QString, Card> m_tokens;
    QHash<QString, Authorization> m_authorizations;
    QHash<QString, QString> m_authorizationByKey;
    QHash<QString, Remembered> m_remembered; // scope + '\n' + key

    qint64 m_requests = 0;
    qint64 m_replays = 0;
    qint64 m_injectedFailures = 0;
    qint64 m_hung = 0;
    qint64 m_tokensIssued = 0;
    qint64 m_authorizationsMade = 0;
    qint64 m_declines = 0;
    qint64 m_captures = 0;
    qint64 m_voids = 0;
    qint64 m_refunds = 0;
    qint64 m_authorizedAmount = 0;
    qint64 m_capturedAmount = 0;
    qint64 m_refundedAmount = 0;
};

} // namespace BoxOffice::PaySim
