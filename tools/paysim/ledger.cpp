#include "ledger.h"

#include <QDate>
#include <QJsonValue>

#include <limits>

namespace BoxOffice::PaySim {

namespace {

Reply error(int status, const QString &code, const QString &message)
{
    QJsonObject body{{QStringLiteral("error"), code}};
    if (!message.isEmpty())
        body.insert(QStringLiteral("message"), message);
    return Reply{status, body, code};
}

// JSON numbers are doubles: an amount is accepted only if it is a whole number that a double
// holds exactly, so no amount is ever rounded on the way in.
bool readAmount(const QJsonValue &value, qint64 *amount)
{
    if (!value.isDouble())
        return false;
    const double d = value.toDouble();
    constexpr double maxExact = 9007199254740992.0; // 2^53
    if (!(d > 0 && d <= maxExact) || d != double(qint64(d)))
        return false;
    *amount = qint64(d);
    return true;
}

bool readSmallInt(const QJsonValue &value, int *out)
{
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (d < 0 || d > 1e6 || d != double(int(d)))
            return false;
        *out = int(d);
        return true;
    }
    if (value.isString()) {
        bool ok = false;
        *out = value.toString().toInt(&ok);
        return ok && *out >= 0;
    }
    return false;
}

bool luhnValid(const QString &digits)
{
    int sum = 0;
    bool doubleIt = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int d = digits.at(i).digitValue();
        if (doubleIt) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        doubleIt = !doubleIt;
    }
    return sum % 10 == 0;
}

QString brandOf(const QString &number)
{
    if (number.startsWith(QLatin1Char('4')))
        return QStringLiteral("visa");
    const int two = number.left(2).toInt();
    const int four = number.left(4).toInt();
    if ((two >= 51 && two <= 55) || (four >= 2221 && four <= 2720))
        return QStringLiteral("mastercard");
    if (two == 34 || two == 37)
        return QStringLiteral("amex");
    return QStringLiteral("unknown");
}

} // namespace

Ledger::Ledger(quint32 seed)
    : m_random(seed)
{}

QString Ledger::newId(const QString &prefix)
{
    QString id = prefix;
    for (int i = 0; i < 24; ++i)
        id += QLatin1Char("0123456789abcdefghijklmnopqrstuvwxyz"[m_random.bounded(36)]);
    return id;
}

QJsonObject Ledger::describe(const Authorization &a)
{
    return QJsonObject{
        {QStringLiteral("id"), a.id},
        {QStringLiteral("status"), a.status},
        {QStringLiteral("amount"), double(a.amount)},
        {QStringLiteral("currency"), a.currency},
        {QStringLiteral("captured"), double(a.captured)},
        {QStringLiteral("refunded"), double(a.refunded)},
        {QStringLiteral("last4"), a.last4},
        {QStringLiteral("brand"), a.brand},
    };
}

Reply Ledger::tokenize(const QJsonObject &body)
{
    QString number;
    for (const QChar c : body.value(QStringLiteral("number")).toString()) {
        if (c.isDigit())
            number += c;
        else if (c != QLatin1Char(' ') && c != QLatin1Char('-'))
            return error(400, QStringLiteral("invalid_card"),
                         QStringLiteral("the number has other characters than digits"));
    }
    if (number.size() < 12 || number.size() > 19 || !luhnValid(number))
        return error(400, QStringLiteral("invalid_card"), QStringLiteral("the number is not a card number"));

    int month = 0;
    int year = 0;
    if (!readSmallInt(body.value(QStringLiteral("exp_month")), &month) || month < 1 || month > 12 ||
        !readSmallInt(body.value(QStringLiteral("exp_year")), &year))
        return error(400, QStringLiteral("invalid_card"), QStringLiteral("bad expiry date"));
    if (year < 100)
        year += 2000;
    const QDate today = QDate::currentDate();
    if (year < today.year() || (year == today.year() && month < today.month()))
        return error(400, QStringLiteral("invalid_card"), QStringLiteral("the card has expired"));

    const QJsonValue cvcValue = body.value(QStringLiteral("cvc"));
    const QString cvc =
        cvcValue.isDouble() ? QString::number(qint64(cvcValue.toDouble())) : cvcValue.toString();
    if (cvc.size() < 3 || cvc.size() > 4 ||
        !std::all_of(cvc.begin(), cvc.end(), [](QChar c) { return c.isDigit(); }))
        return error(400, QStringLiteral("invalid_card"), QStringLiteral("bad card security code"));

    Card card;
    card.last4 = number.right(4);
    card.brand = brandOf(number);
    if (number == QLatin1String("4000000000000002"))
        card.behaviour = CardBehaviour::Decline;
    else if (number == QLatin1String("4000000000009995"))
        card.behaviour = CardBehaviour::InsufficientFunds;

    const QString token = newId(QStringLiteral("tok_"));
    m_tokens.insert(token, card);
    ++m_tokensIssued;
    return Reply{201,
                 {{QStringLiteral("token"), token},
                  {QStringLiteral("last4"), card.last4},
                  {QStringLiteral("brand"), card.brand}},
                 QStringLiteral("last4=%1").arg(card.last4)};
}

Reply Ledger::authorize(const QJsonObject &body, const QString &idempotencyKey, bool forceDecline)
{
    const QString token = body.value(QStringLiteral("token")).toString();
    const auto card = m_tokens.constFind(token);
    if (card == m_tokens.cend())
        return error(400, QStringLiteral("invalid_token"), QStringLiteral("unknown card token"));
    qint64 amount = 0;
    if (!readAmount(body.value(QStringLiteral("amount")), &amount))
        return error(400, QStringLiteral("invalid_amount"),
                     QStringLiteral("amount must be a positive integer in minor units"));
    const QString currency = body.value(QStringLiteral("currency")).toString();
    if (currency.size() != 3 || currency.toUpper() != currency)
        return error(400, QStringLiteral("invalid_currency"),
                     QStringLiteral("currency must be an ISO 4217 code"));

    if (card->behaviour != CardBehaviour::Approve || forceDecline) {
        ++m_declines;
        Reply r = error(402, QStringLiteral("card_declined"),
                        card->behaviour == CardBehaviour::InsufficientFunds
                            ? QStringLiteral("insufficient funds")
                            : QStringLiteral("the card was declined"));
        r.body.insert(QStringLiteral("decline_code"), card->behaviour == CardBehaviour::InsufficientFunds
                                                          ? QStringLiteral("insufficient_funds")
                                                          : QStringLiteral("generic_decline"));
        r.note = QStringLiteral("declined last4=%1").arg(card->last4);
        return r;
    }

    Authorization a;
    a.id = newId(QStringLiteral("auth_"));
    a.idempotencyKey = idempotencyKey;
    a.last4 = card->last4;
    a.brand = card->brand;
    a.currency = currency;
    a.status = QStringLiteral("authorized");
    a.amount = amount;
    m_authorizations.insert(a.id, a);
    m_authorizationByKey.insert(idempotencyKey, a.id);
    ++m_authorizationsMade;
    m_authorizedAmount += amount;
    return Reply{201, describe(a), QStringLiteral("%1 last4=%2 amount=%3").arg(a.id, a.last4).arg(amount)};
}

Reply Ledger::capture(const QString &id, const QJsonObject &body)
{
    const auto it = m_authorizations.find(id);
    if (it == m_authorizations.end())
        return error(404, QStringLiteral("not_found"), QStringLiteral("no such authorization"));
    qint64 amount = it->amount;
    if (body.contains(QStringLiteral("amount")) && !readAmount(body.value(QStringLiteral("amount")), &amount))
        return error(400, QStringLiteral("invalid_amount"),
                     QStringLiteral("amount must be a positive integer in minor units"));
    if (it->status == QLatin1String("voided"))
        return error(409, QStringLiteral("voided"), QStringLiteral("the authorization was voided"));
    if (it->status != QLatin1String("authorized"))
        return error(409, QStringLiteral("already_captured"),
                     QStringLiteral("the authorization was captured before"));
    if (amount > it->amount)
        return error(409, QStringLiteral("amount_too_large"),
                     QStringLiteral("capture exceeds the authorized amount"));
    it->status = QStringLiteral("captured");
    it->captured = amount;
    ++m_captures;
    m_capturedAmount += amount;
    return Reply{200, describe(*it), QStringLiteral("%1 captured=%2").arg(id).arg(amount)};
}

Reply Ledger::voidAuthorization(const QString &id)
{
    const auto it = m_authorizations.find(id);
    if (it == m_authorizations.end())
        return error(404, QStringLiteral("not_found"), QStringLiteral("no such authorization"));
    if (it->status == QLatin1String("voided"))
        return Reply{200, describe(*it), QStringLiteral("%1 already voided").arg(id)};
    if (it->status != QLatin1String("authorized"))
        return error(409, QStringLiteral("captured"),
                     QStringLiteral("a captured authorization cannot be voided; refund it"));
    it->status = QStringLiteral("voided");
    ++m_voids;
    return Reply{200, describe(*it), id};
}

Reply Ledger::refund(const QString &id, const QJsonObject &body)
{
    const auto it = m_authorizations.find(id);
    if (it == m_authorizations.end())
        return error(404, QStringLiteral("not_found"), QStringLiteral("no such authorization"));
    qint64 amount = 0;
    if (!readAmount(body.value(QStringLiteral("amount")), &amount))
        return error(400, QStringLiteral("invalid_amount"),
                     QStringLiteral("amount must be a positive integer in minor units"));
    if (it->status != QLatin1String("captured") && it->status != QLatin1String("refunded"))
        return error(409, QStringLiteral("not_captured"),
                     QStringLiteral("only a captured authorization can be refunded"));
    if (it->refunded + amount > it->captured)
        return error(409, QStringLiteral("refund_exceeds_captured"),
                     QStringLiteral("refunds would exceed the captured amount"));
    it->refunded += amount;
    if (it->refunded == it->captured)
        it->status = QStringLiteral("refunded");
    ++m_refunds;
    m_refundedAmount += amount;
    const QString refundId = newId(QStringLiteral("re_"));
    return Reply{201,
                 {{QStringLiteral("refund_id"), refundId},
                  {QStringLiteral("id"), id},
                  {QStringLiteral("status"), QStringLiteral("refunded")},
                  {QStringLiteral("amount"), double(amount)},
                  {QStringLiteral("authorization_status"), it->status}},
                 QStringLiteral("%1 %2 refunded=%3").arg(id, refundId).arg(amount)};
}

Reply Ledger::lookup(const QString &authorizeKey) const
{
    const auto id = m_authorizationByKey.constFind(authorizeKey);
    if (id == m_authorizationByKey.cend())
        return error(404, QStringLiteral("not_found"),
                     QStringLiteral("no authorization with this idempotency key"));
    const Authorization &a = m_authorizations[*id];
    return Reply{200, describe(a), a.id};
}

Ledger::KeyCheck Ledger::checkKey(const QString &scope, const QString &key, const QByteArray &fingerprint,
                                  Reply *replay)
{
    const auto it = m_remembered.constFind(scope + QLatin1Char('\n') + key);
    if (it == m_remembered.cend())
        return KeyCheck::New;
    if (it->fingerprint != fingerprint)
        return KeyCheck::Conflict;
    *replay = it->reply;
    return KeyCheck::Replay;
}

void Ledger::remember(const QString &scope, const QString &key, const QByteArray &fingerprint,
                      const Reply &reply)
{
    m_remembered.insert(scope + QLatin1Char('\n') + key, Remembered{fingerprint, reply});
}

QJsonObject Ledger::stats() const
{
    return QJsonObject{
        {QStringLiteral("requests"), double(m_requests)},
        {QStringLiteral("replays"), double(m_replays)},
        {QStringLiteral("injected_failures"), double(m_injectedFailures)},
        {QStringLiteral("hung"), double(m_hung)},
        {QStringLiteral("tokens"), double(m_tokensIssued)},
        {QStringLiteral("authorizations"), double(m_authorizationsMade)},
        {QStringLiteral("declines"), double(m_declines)},
        {QStringLiteral("captures"), double(m_captures)},
        {QStringLiteral("voids"), double(m_voids)},
        {QStringLiteral("refunds"), double(m_refunds)},
        {QStringLiteral("authorized_amount"), double(m_authorizedAmount)},
        {QStringLiteral("captured_amount"), double(m_capturedAmount)},
        {QStringLiteral("refunded_amount"), double(m_refundedAmount)},
    };
}

void Ledger::reset()
{
    m_tokens.clear();
    m_authorizations.clear();
    m_authorizationByKey.clear();
    m_remembered.clear();
    m_requests = m_replays = m_injectedFailures = m_hung = 0;
    m_tokensIssued = m_authorizationsMade = m_declines = m_captures = m_voids = m_refunds = 0;
    m_authorizedAmount = m_capturedAmount = m_refundedAmount = 0;
}

} // namespace BoxOffice::PaySim
