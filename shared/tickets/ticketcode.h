#pragma once

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

struct evp_pkey_st; // OpenSSL's EVP_PKEY, kept out of this header

namespace BoxOffice::Shared {

/** What a ticket code names: a seat of an event and the ticket's serial (tickets.serial). */
struct TicketId
{
    qint64 event = 0;
    int seat = 0;
    qint64 serial = 0;

    friend bool operator==(const TicketId &, const TicketId &) = default;
};

/**
 * An Ed25519 key for ticket codes: a private key (the server signs with it) or a public key
 * alone (an offline scanner verifies with it). Copies share the same immutable OpenSSL key,
 * which OpenSSL allows to be used from several threads at once.
 */
class TicketKey
{
public:
    static constexpr qsizetype RawPublicKeySize = 32;
    /** A PEM file larger than this is refused unread (it cannot be an Ed25519 key). */
    static constexpr qsizetype MaxPemSize = 64 * 1024;

    TicketKey() = default;

    /** A fresh private key from OpenSSL's random generator. */
    static TicketKey generate();
    /** An unencrypted PEM private key ("BEGIN PRIVATE KEY"); anything but Ed25519 is refused. */
    static std::optional<TicketKey> fromPrivatePem(const QByteArray &pem, QString *error = nullptr);
    /** The 32 raw bytes of an Ed25519 public key (the TicketKey reply). */
    static std::optional<TicketKey> fromPublicRaw(const QByteArray &raw, QString *error = nullptr);
    /** A PEM public key ("BEGIN PUBLIC KEY"). */
    static std::optional<TicketKey> fromPublicPem(const QByteArray &pem, QString *error = nullptr);

    bool isNull() const { return !m_key; }
    bool hasPrivateKey() const { return m_private; }
    /** The 32-byte public key; empty for a null key. */
    QByteArray publicKeyRaw() const;
    /** The private key as unencrypted PKCS#8 PEM; empty without one. Never log it. */
    QByteArray privateKeyPem() const;
    /** The public key as PEM. */
    QByteArray publicKeyPem() const;

    evp_pkey_st *get() const { return m_key.get(); }

private:
    std::shared_ptr<evp_pkey_st> m_key;
    bool m_private = false;
};

/** Version byte of the codes encodeTicketCode makes. */
constexpr quint8 TicketCodeVersion = 1;
/** Payload (1 + 8 + 4 + 8 bytes) plus the 64-byte signature. */
constexpr qsizetype TicketCodeBytes = 21 + 64;
/** Base32 characters of a code: 85 bytes are 680 bits, exactly 136 characters, no padding. */
constexpr qsizetype TicketCodeLength = 136;

/**
 * The code printed on a ticket: version byte 1, event (8 bytes big-endian), seat (4),
 * serial (8), then an Ed25519 signature of those 21 bytes, all in RFC 4648 base32 without
 * padding, upper case: only A–Z and 2–7, so it fits a QR code's alphanumeric mode and a
 * keyboard-wedge scanner can type it. Empty if key has no private key.
 */
QString encodeTicketCode(const TicketId &id, const TicketKey &key);

/**
 * Checks a code against the public key (a private key works too). Tolerates lower case,
 * spaces and dashes (a code typed by hand). Refuses, with a reason for logs, a wrong length,
 * a character outside base32, an unknown version and a signature that does not match
 * (a forged code, or an altered one).
 */
std::optional<TicketId> verifyTicketCode(const QString &code, const TicketKey &key,
                                         QString *reason = nullptr);

/** RFC 4648 base32, upper case, no padding. */
QString base32Encode(const QByteArray &data);
/** Inverse of base32Encode (upper case only, no padding); nullopt on any other character
 *  or on a length that no byte string encodes to, or non-zero trailing bits. */
std::optional<QByteArray> base32Decode(QStringView text);

} // namespace BoxOffice::Shared
