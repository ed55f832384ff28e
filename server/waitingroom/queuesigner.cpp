#include "waitingroom/queuesigner.h"

#include "db/dbworker.h"

#include <QLoggingCategory>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>

namespace BoxOffice::Server {

Q_LOGGING_CATEGORY(lcQueueKey, "boxoffice.server.waitingroom")

namespace {

constexpr qsizetype MacBytes = 16;
constexpr char TicketPrefix[] = "q1.";
constexpr char TokenPrefix[] = "a1.";
constexpr auto Base64 = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

void put(QByteArray &out, quint64 v)
{
    char b[8];
    qToBigEndian(v, b);
    out.append(b, 8);
}

quint64 get(const QByteArray &in, qsizetype at)
{
    return qFromBigEndian<quint64>(in.constData() + at);
}

bool sameBytes(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

std::optional<QByteArray> secretFromDatabase(QSqlDatabase &db, QString *error)
{
    for (int attempt = 0; attempt < 2; ++attempt) {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT secret FROM waiting_room_keys WHERE key_id = 1"))) {
            *error = QStringLiteral("reading the waiting-room key failed: %1").arg(q.lastError().text());
            return std::nullopt;
        }
        if (q.next()) {
            const QByteArray secret = q.value(0).toByteArray();
            if (secret.size() != 32) {
                *error = QStringLiteral("the waiting-room key in the database is damaged");
                return std::nullopt;
            }
            return secret;
        }
        // First start of the cluster: two nodes may insert at once; both read the winner's.
        QByteArray fresh(32, Qt::Uninitialized);
        QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(fresh.data()),
                                             reinterpret_cast<quint32 *>(fresh.data() + fresh.size()));
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral(
            "INSERT INTO waiting_room_keys (key_id, secret) VALUES (1, ?) ON CONFLICT (key_id) DO NOTHING"));
        insert.addBindValue(fresh);
        if (!insert.exec()) {
            *error =
                QStringLiteral("storing a new waiting-room key failed: %1").arg(insert.lastError().text());
            return std::nullopt;
        }
        if (insert.numRowsAffected() == 1)
            qCInfo(lcQueueKey) << "made a new waiting-room signing key and stored it in the database";
    }
    *error = QStringLiteral("the waiting-room key vanished from the database right after it was stored");
    return std::nullopt;
}

} // namespace

QueueSigner::QueueSigner(QByteArray secret)
    : m_secret(std::move(secret))
{
    Q_ASSERT(m_secret.size() == 32);
}

std::unique_ptr<QueueSigner> QueueSigner::load(const DbConfig &config, QString *error)
{
    const QString name = QStringLiteral("waiting-room-key");
    std::optional<QByteArray> secret;
    {
        QSqlDatabase db;
        if (!DbWorker::open(db, config, name))
            *error = QStringLiteral("cannot connect to PostgreSQL to read the waiting-room key");
        else
            secret = secretFromDatabase(db, error);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (!secret)
        return nullptr;
    return std::make_unique<QueueSigner>(*secret);
}

QByteArray QueueSigner::mac(const QByteArray &data) const
{
    return QMessageAuthenticationCode::hash(data, m_secret, QCryptographicHash::Sha256).left(MacBytes);
}

QString QueueSigner::ticket(const QueueTicket &t) const
{
    QByteArray fields;
    put(fields, quint64(t.event));
    put(fields, quint64(t.session));
    put(fields, quint64(t.arrivalMs));
    put(fields, t.random);
    const QByteArray body = fields + mac(QByteArray(TicketPrefix) + fields);
    return QLatin1String(TicketPrefix) + QString::fromLatin1(body.toBase64(Base64));
}

QString QueueSigner::token(const AdmissionToken &t) const
{
    QByteArray fields;
    put(fields, quint64(t.event));
    put(fields, quint64(t.session));
    put(fields, quint64(t.expiresMs));
    const QByteArray body = fields + mac(QByteArray(TokenPrefix) + fields);
    return QLatin1String(TokenPrefix) + QString::fromLatin1(body.toBase64(Base64));
}

std::optional<QByteArray> QueueSigner::open(const QString &text, const char *prefix,
                                            qsizetype fieldBytes) const
{
    const qsizetype prefixLength = qsizetype(qstrlen(prefix));
    if (text.size() > MaxTextLength || !text.startsWith(QLatin1String(prefix)))
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(text.mid(prefixLength).toLatin1(),
                                                        Base64 | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != fieldBytes + MacBytes)
        return std::nullopt;
    const QByteArray fields = decoded.decoded.left(fieldBytes);
    if (!sameBytes(mac(QByteArray(prefix) + fields), decoded.decoded.mid(fieldBytes)))
        return std::nullopt;
    // One encoding per ticket: a re-encoded variant (other padding bits) is not accepted.
    if (text.mid(prefixLength) != QString::fromLatin1(decoded.decoded.toBase64(Base64)))
        return std::nullopt;
    return fields;
}

std::optional<QueueTicket> QueueSigner::readTicket(const QString &text) const
{
    const auto fields = open(text, TicketPrefix, 32);
    if (!fields)
        return std::nullopt;
    return QueueTicket{qint64(get(*fields, 0)), qint64(get(*fields, 8)), qint64(get(*fields, 16)),
                       get(*fields, 24)};
}

std::optional<AdmissionToken> QueueSigner::readToken(const QString &text) const
{
    const auto fields = open(text, TokenPrefix, 24);
    if (!fields)
        return std::nullopt;
    return AdmissionToken{qint64(get(*fields, 0)), qint64(get(*fields, 8)), qint64(get(*fields, 16))};
}

quint64 QueueSigner::randomKey(qint64 event, qint64 session) const
{
    QByteArray data("shuffle.");
    put(data, quint64(event));
    put(data, quint64(session));
    return get(QMessageAuthenticationCode::hash(data, m_secret, QCryptographicHash::Sha256), 0);
}

} // namespace BoxOffice::Server
