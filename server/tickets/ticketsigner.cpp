#include "tickets/ticketsigner.h"

#include "core/serversettings.h"
#include "db/dbworker.h"

#include <QFile>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

namespace BoxOffice::Server {

Q_LOGGING_CATEGORY(lcTickets, "boxoffice.server.tickets")

using Shared::TicketKey;

namespace {

std::optional<TicketKey> keyFromFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("--ticket-key %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    if (file.size() > TicketKey::MaxPemSize) {
        *error = QStringLiteral("--ticket-key %1: larger than %2 bytes, not an Ed25519 key")
                     .arg(path)
                     .arg(TicketKey::MaxPemSize);
        return std::nullopt;
    }
    QString why;
    auto key = TicketKey::fromPrivatePem(file.readAll(), &why);
    if (!key) {
        *error = QStringLiteral("--ticket-key %1: %2").arg(path, why);
        return std::nullopt;
    }
    // Whoever reads the file can print valid tickets.
    if (file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther))
        qCWarning(lcTickets).noquote()
            << "--ticket-key" << path << "is readable by other users; chmod 600 it";
    return key;
}

/** Key 1 of ticket_signing_keys, inserted first if missing. */
std::optional<TicketKey> keyFromDatabase(QSqlDatabase &db, QString *error)
{
    auto read = [&](bool *found) -> std::optional<TicketKey> {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        *found = false;
        if (!q.exec(QStringLiteral(
                "SELECT private_key_pem, public_key FROM ticket_signing_keys WHERE key_id = 1"))) {
            *error = QStringLiteral("reading the ticket key from the database failed: %1")
                         .arg(q.lastError().text());
            return std::nullopt;
        }
        if (!q.next())
            return std::nullopt;
        *found = true;
        QString why;
        auto key = TicketKey::fromPrivatePem(q.value(0).toString().toUtf8(), &why);
        if (!key || key->publicKeyRaw() != q.value(1).toByteArray()) {
            *error =
                QStringLiteral("the ticket key in the database (ticket_signing_keys, key 1) is damaged: %1")
                    .arg(key ? QStringLiteral("its public key does not match") : why);
            return std::nullopt;
        }
        return key;
    };

    bool found = false;
    if (auto key = read(&found))
        return key;
    if (found || !error->isEmpty())
        return std::nullopt;

    // First start of the cluster. Two nodes may get here at once: both insert, one wins,
    // both read the winner's key.
    const TicketKey fresh = TicketKey::generate();
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO ticket_signing_keys (key_id, public_key, private_key_pem)"
                                  " VALUES (1, ?, ?) ON CONFLICT (key_id) DO NOTHING"));
    insert.addBindValue(fresh.publicKeyRaw());
    insert.addBindValue(QString::fromLatin1(fresh.privateKeyPem()));
    if (fresh.isNull() || !insert.exec()) {
        *error = QStringLiteral("storing a new ticket key in the database failed: %1")
                     .arg(insert.lastError().text());
        return std::nullopt;
    }
    if (insert.numRowsAffected() == 1)
        qCInfo(lcTickets) << "made a new ticket signing key and stored it in the database";
    auto key = read(&found);
    if (!key && error->isEmpty())
        *error = QStringLiteral("the ticket key vanished from the database right after it was stored");
    return key;
}

} // namespace

TicketSigner::TicketSigner(Shared::TicketKey key, QString source)
    : m_key(std::move(key))
    , m_publicKey(m_key.publicKeyRaw())
    , m_source(std::move(source))
{
    Q_ASSERT(m_key.hasPrivateKey());
}

std::unique_ptr<TicketSigner> TicketSigner::load(const ServerSettings &settings, QString *error)
{
    error->clear();
    if (!settings.ticketKey.isEmpty()) {
        auto key = keyFromFile(settings.ticketKey, error);
        if (!key)
            return nullptr;
        return std::make_unique<TicketSigner>(*key, QStringLiteral("file ") + settings.ticketKey);
    }

    const QString name = QStringLiteral("ticket-key");
    std::optional<TicketKey> key;
    {
        QSqlDatabase db;
        if (!DbWorker::open(db, settings.db, name))
            *error = QStringLiteral("cannot connect to PostgreSQL to read the ticket key");
        else
            key = keyFromDatabase(db, error);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (!key)
        return nullptr;
    return std::make_unique<TicketSigner>(*key, QStringLiteral("database"));
}

QString TicketSigner::codeFor(qint64 event, int seat, qint64 serial) const
{
    return Shared::encodeTicketCode(Shared::TicketId{event, seat, serial}, m_key);
}

std::optional<Shared::TicketId> TicketSigner::verify(const QString &code, QString *reason) const
{
    return Shared::verifyTicketCode(code, m_key, reason);
}

} // namespace BoxOffice::Server
