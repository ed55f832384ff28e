#pragma once

#include <QByteArray>
#include <QString>

namespace BoxOffice::Server {

/**
 * scrypt through OpenSSL 3's EVP_KDF "SCRYPT". A hash is stored self-describing as
 * scrypt$N$r$p$<salt base64>$<hash base64>, so the cost can be raised later: verify()
 * uses the parameters of the stored hash, hash() the current ones.
 *
 * N = 2^14, r = 8, p = 1 (16 MiB, about 50 ms on one core of the build machine): the
 * interactive-login setting of the scrypt paper. TODO(raise cost): move to N = 2^15 or
 * more once sign-in latency budgets are measured on production hardware; old hashes keep
 * verifying with their own parameters.
 */
class PasswordHasher
{
public:
    static constexpr quint64 DefaultN = 1u << 14;
    static constexpr quint32 DefaultR = 8;
    static constexpr quint32 DefaultP = 1;
    static constexpr int SaltBytes = 16;
    static constexpr int HashBytes = 32;

    /** A new hash of password with a fresh random salt; empty on an OpenSSL failure. */
    static QString hash(const QString &password);
    /** True if password matches stored; false for a malformed stored value. Constant time in the hash
     * compare. */
    static bool verify(const QString &password, const QString &stored);

private:
    static QByteArray derive(const QByteArray &password, const QByteArray &salt, quint64 n, quint32 r,
                             quint32 p, int length);
};

} // namespace BoxOffice::Server
