#include "tickets/ticketcode.h"

#include <QtEndian>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

namespace BoxOffice::Shared {

namespace {

constexpr char Alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
constexpr qsizetype PayloadBytes = 21;
constexpr qsizetype SignatureBytes = 64;

void setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
}

std::shared_ptr<evp_pkey_st> wrap(EVP_PKEY *key)
{
    return std::shared_ptr<evp_pkey_st>(key, [](EVP_PKEY *k) { EVP_PKEY_free(k); });
}

struct BioDeleter
{
    void operator()(BIO *b) const { BIO_free(b); }
};
using BioPtr = std::unique_ptr<BIO, BioDeleter>;

BioPtr memoryBio(const QByteArray &bytes)
{
    return BioPtr(BIO_new_mem_buf(bytes.constData(), int(bytes.size())));
}

QByteArray bioBytes(BIO *bio)
{
    char *data = nullptr;
    const long n = BIO_get_mem_data(bio, &data);
    return n > 0 ? QByteArray(data, qsizetype(n)) : QByteArray();
}

struct MdCtxDeleter
{
    void operator()(EVP_MD_CTX *c) const { EVP_MD_CTX_free(c); }
};

QByteArray payloadOf(const TicketId &id)
{
    QByteArray p(PayloadBytes, Qt::Uninitialized);
    auto *d = reinterpret_cast<uchar *>(p.data());
    d[0] = TicketCodeVersion;
    qToBigEndian<qint64>(id.event, d + 1);
    qToBigEndian<qint32>(id.seat, d + 9);
    qToBigEndian<qint64>(id.serial, d + 13);
    return p;
}

} // namespace

TicketKey TicketKey::generate()
{
    TicketKey k;
    k.m_key = wrap(EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519"));
    k.m_private = bool(k.m_key);
    return k;
}

std::optional<TicketKey> TicketKey::fromPrivatePem(const QByteArray &pem, QString *error)
{
    if (pem.size() > MaxPemSize) {
        setError(error, QStringLiteral("the key file is too large to be an Ed25519 key"));
        return std::nullopt;
    }
    const BioPtr bio = memoryBio(pem);
    // A null passphrase callback with no user data: an encrypted key fails instead of
    // prompting on a terminal the service does not have.
    EVP_PKEY *raw = bio ? PEM_read_bio_PrivateKey(
                              bio.get(), nullptr, [](char *, int, int, void *) { return 0; }, nullptr)
                        : nullptr;
    if (!raw) {
        setError(error, QStringLiteral("no unencrypted PEM private key found"));
        return std::nullopt;
    }
    TicketKey k;
    k.m_key = wrap(raw);
    if (!EVP_PKEY_is_a(raw, "ED25519")) {
        setError(error, QStringLiteral("the key is not an Ed25519 key (make one with: openssl genpkey "
                                       "-algorithm ed25519)"));
        return std::nullopt;
    }
    k.m_private = true;
    return k;
}

std::optional<TicketKey> TicketKey::fromPublicRaw(const QByteArray &raw, QString *error)
{
    if (raw.size() != RawPublicKeySize) {
        setError(error, QStringLiteral("an Ed25519 public key has 32 bytes, not %1").arg(raw.size()));
        return std::nullopt;
    }
    EVP_PKEY *key = EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr,
                                                reinterpret_cast<const unsigned char *>(raw.constData()),
                                                size_t(raw.size()));
    if (!key) {
        setError(error, QStringLiteral("not an Ed25519 public key"));
        return std::nullopt;
    }
    TicketKey k;
    k.m_key = wrap(key);
    return k;
}

std::optional<TicketKey> TicketKey::fromPublicPem(const QByteArray &pem, QString *error)
{
    if (pem.size() > MaxPemSize) {
        setError(error, QStringLiteral("the key file is too large to be an Ed25519 key"));
        return std::nullopt;
    }
    const BioPtr bio = memoryBio(pem);
    EVP_PKEY *raw = bio ? PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr) : nullptr;
    if (!raw) {
        setError(error, QStringLiteral("no PEM public key found"));
        return std::nullopt;
    }
    TicketKey k;
    k.m_key = wrap(raw);
    if (!EVP_PKEY_is_a(raw, "ED25519")) {
        setError(error, QStringLiteral("the key is not an Ed25519 key"));
        return std::nullopt;
    }
    return k;
}

QByteArray TicketKey::publicKeyRaw() const
{
    if (!m_key)
        return {};
    QByteArray out(RawPublicKeySize, Qt::Uninitialized);
    size_t len = size_t(out.size());
    if (EVP_PKEY_get_raw_public_key(m_key.get(), reinterpret_cast<unsigned char *>(out.data()), &len) != 1 ||
        len != size_t(RawPublicKeySize))
        return {};
    return out;
}

QByteArray TicketKey::privateKeyPem() const
{
    if (!m_key || !m_private)
        return {};
    const BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_PrivateKey(bio.get(), m_key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return {};
    return bioBytes(bio.get());
}

QByteArray TicketKey::publicKeyPem() const
{
    if (!m_key)
        return {};
    const BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_PUBKEY(bio.get(), m_key.get()) != 1)
        return {};
    return bioBytes(bio.get());
}

QString base32Encode(const QByteArray &data)
{
    QString out;
    out.reserve((data.size() * 8 + 4) / 5);
    quint32 buffer = 0;
    int bits = 0;
    for (const char c : data) {
        buffer = (buffer << 8) | quint8(c);
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            out.append(QLatin1Char(Alphabet[(buffer >> bits) & 31]));
        }
    }
    if (bits > 0)
        out.append(QLatin1Char(Alphabet[(buffer << (5 - bits)) & 31]));
    return out;
}

std::optional<QByteArray> base32Decode(QStringView text)
{
    // Lengths mod 8 of 1, 3 and 6 characters encode no whole number of bytes.
    const qsizetype rest = text.size() % 8;
    if (rest == 1 || rest == 3 || rest == 6)
        return std::nullopt;
    QByteArray out;
    out.reserve(text.size() * 5 / 8);
    quint32 buffer = 0;
    int bits = 0;
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        int v;
        if (c >= u'A' && c <= u'Z')
            v = c - u'A';
        else if (c >= u'2' && c <= u'7')
            v = c - u'2' + 26;
        else
            return std::nullopt;
        buffer = (buffer << 5) | quint32(v);
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            out.append(char((buffer >> bits) & 0xff));
        }
    }
    // The bits left over are padding of the last character: they must be zero, so that
    // every byte string has exactly one encoding (a changed character is never ignored).
    if (bits > 0 && (buffer & ((1u << bits) - 1)) != 0)
        return std::nullopt;
    return out;
}

QString encodeTicketCode(const TicketId &id, const TicketKey &key)
{
    if (!key.hasPrivateKey())
        return {};
    const QByteArray payload = payloadOf(id);
    QByteArray signature(SignatureBytes, Qt::Uninitialized);
    size_t len = size_t(signature.size());
    const std::unique_ptr<EVP_MD_CTX, MdCtxDeleter> ctx(EVP_MD_CTX_new());
    // Ed25519 is "pure": no digest is named, and the whole message goes in one call.
    if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) != 1 ||
        EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(signature.data()), &len,
                       reinterpret_cast<const unsigned char *>(payload.constData()),
                       size_t(payload.size())) != 1 ||
        len != size_t(SignatureBytes))
        return {};
    return base32Encode(payload + signature);
}

std::optional<TicketId> verifyTicketCode(const QString &code, const TicketKey &key, QString *reason)
{
    if (key.isNull()) {
        setError(reason, QStringLiteral("no key to verify with"));
        return std::nullopt;
    }
    // Bounded before anything else: a peer may send megabytes.
    if (code.size() > 4 * TicketCodeLength) {
        setError(reason, QStringLiteral("not a ticket code (too long)"));
        return std::nullopt;
    }
    QString clean;
    clean.reserve(TicketCodeLength);
    for (const QChar c : code) {
        if (c == QLatin1Char(' ') || c == QLatin1Char('-') || c == QLatin1Char('\t'))
            continue;
        clean.append(c.unicode() < 128 ? c.toUpper() : c);
    }
    if (clean.size() != TicketCodeLength) {
        setError(reason, QStringLiteral("not a ticket code (%1 characters, a code has %2)")
                             .arg(clean.size())
                             .arg(TicketCodeLength));
        return std::nullopt;
    }
    const auto bytes = base32Decode(clean);
    if (!bytes || bytes->size() != TicketCodeBytes) {
        setError(reason, QStringLiteral("not a ticket code (a character outside A-Z and 2-7)"));
        return std::nullopt;
    }
    const auto *d = reinterpret_cast<const uchar *>(bytes->constData());
    if (d[0] != TicketCodeVersion) {
        setError(reason, QStringLiteral("unknown ticket code version %1").arg(d[0]));
        return std::nullopt;
    }
    const std::unique_ptr<EVP_MD_CTX, MdCtxDeleter> ctx(EVP_MD_CTX_new());
    if (!ctx || EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) != 1 ||
        EVP_DigestVerify(ctx.get(), d + PayloadBytes, size_t(SignatureBytes), d, size_t(PayloadBytes)) != 1) {
        setError(reason, QStringLiteral("forged or altered: the signature does not match"));
        return std::nullopt;
    }
    TicketId id;
    id.event = qFromBigEndian<qint64>(d + 1);
    id.seat = qFromBigEndian<qint32>(d + 9);
    id.serial = qFromBigEndian<qint64>(d + 13);
    // Signed by us, so these hold unless the key signed something odd; checked all the same.
    if (id.event <= 0 || id.seat < 0 || id.serial <= 0) {
        setError(reason, QStringLiteral("ticket code with an impossible event, seat or serial"));
        return std::nullopt;
    }
    return id;
}

} // namespace BoxOffice::Shared
