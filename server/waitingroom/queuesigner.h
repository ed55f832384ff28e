#pragma once

#include "core/serversettings.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

namespace BoxOffice::Server {

/** What a queue ticket says (signed, never stored): who joined which queue, when. */
struct QueueTicket
{
    qint64 event = 0;
    qint64 session = 0;
    qint64 arrivalMs = 0; // ms since the epoch, this node's clock
    quint64 random = 0;   // the shuffle key of the pre-queue (randomKey())
};

/** What an admission token says: this session may shop in this event until expiresMs. */
struct AdmissionToken
{
    qint64 event = 0;
    qint64 session = 0;
    qint64 expiresMs = 0;
};

/**
 * Signs and reads queue tickets and admission tokens with HMAC-SHA256 (truncated to 128
 * bits) under a 32-byte key that every node shares through the database
 * (waiting_room_keys, made by the first node to start). Immutable after load(): safe from
 * any thread.
 *
 * Wire form: "q1." or "a1." then base64url (no padding) of the fields, big-endian, and the
 * MAC over the prefix and the fields. Anything altered, truncated or signed with another
 * key reads as nullopt.
 */
class QueueSigner final
{
public:
    explicit QueueSigner(QByteArray secret);

    /** The cluster's key from the database, inserted first if missing (race-safe). */
    static std::unique_ptr<QueueSigner> load(const DbConfig &db, QString *error);

    QString ticket(const QueueTicket &t) const;
    std::optional<QueueTicket> readTicket(const QString &text) const;
    QString token(const AdmissionToken &t) const;
    std::optional<AdmissionToken> readToken(const QString &text) const;

    /**
     * A session's shuffle key for an event: an HMAC of both, so it is the same on every node
     * and at every join (refreshing or joining early changes nothing) and unpredictable
     * without the key.
     */
    quint64 randomKey(qint64 event, qint64 session) const;

    /** The longest text ticket() or token() makes; longer input is refused unread. */
    static constexpr qsizetype MaxTextLength = 96;

private:
    QByteArray mac(const QByteArray &data) const;
    std::optional<QByteArray> open(const QString &text, const char *prefix, qsizetype fieldBytes) const;

    QByteArray m_secret;
};

} // namespace BoxOffice::Server
