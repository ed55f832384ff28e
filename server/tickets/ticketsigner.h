#pragma once

#include "tickets/ticketcode.h"

#include <QString>

#include <memory>
#include <optional>

namespace BoxOffice::Server {

struct ServerSettings;

/**
 * Signs and checks the codes printed on tickets (shared/tickets/ticketcode.h) with the
 * node's Ed25519 key: the --ticket-key file, or else the key kept in the database, which
 * every node of a cluster shares. Immutable after load(): codeFor() and verify() may be
 * called from any thread (socket thread or a database worker's job) at the same time.
 */
class TicketSigner final
{
public:
    TicketSigner(Shared::TicketKey key, QString source);

    /**
     * The key of settings.ticketKey if set, else the database's (made and stored on the
     * first start, race-safe between nodes). nullptr with a one-line error naming the file
     * or the database on failure.
     */
    static std::unique_ptr<TicketSigner> load(const ServerSettings &settings, QString *error);

    /** The code printed on the ticket with this serial, for this seat of this event. */
    QString codeFor(qint64 event, int seat, qint64 serial) const;
    /** The ticket a code names if our key signed it; otherwise nullopt and a reason for logs. */
    std::optional<Shared::TicketId> verify(const QString &code, QString *reason = nullptr) const;

    /** The 32-byte public key (TicketKey reply): enough for an offline scanner to verify. */
    QByteArray publicKeyRaw() const { return m_publicKey; }
    /** Where the key came from, for the log: "file <path>" or "database". */
    QString source() const { return m_source; }

private:
    Shared::TicketKey m_key;
    QByteArray m_publicKey;
    QString m_source;
};

} // namespace BoxOffice::Server
