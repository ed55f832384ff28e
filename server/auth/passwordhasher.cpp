#include "auth/passwordhasher.h"

#include <QLoggingCategory>
#include <QStringList>

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/kdf.h>
#include <openssl/params.h>
#include <openssl/rand.h>

namespace BoxOffice::Server {

Q_LOGGING_CATEGORY(lcHasher, "boxoffice.server.auth.hasher")

namespace {
// Upper bounds for parameters read from the database, so a corrupted row cannot make one
// sign-in allocate gigabytes: N ≤ 2^20, r ≤ 32, p ≤ 16.
constexpr quint64 MaxN = 1u << 20;
constexpr quint32 MaxR = 32;
constexpr quint32 MaxP = 16;
} // namespace

QByteArray PasswordHasher::derive(const QByteArray &password, const QByteArray &salt, quint64 n, quint32 r,
                                  quint32 p, int length)
{
    EVP_KDF *kdf = EVP_KDF_fetch(nullptr, "SCRYPT", nullptr);
    if (!kdf) {
        qCWarning(lcHasher) << "OpenSSL has no SCRYPT KDF";
        return {};
    }
    EVP_KDF_CTX *ctx = EVP_KDF_CTX_new(kdf);
    EVP_KDF_free(kdf);
    if (!ctx)
        return {};
    uint64_t nn = n;
    uint32_t rr = r, pp = p;
    // scrypt needs 128 * N * r bytes; OpenSSL's default limit is 32 MiB.
    uint64_t maxmem = 128ull * nn * rr * 2 + (1u << 20);
    OSSL_PARAM params[] = {
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_PASSWORD, const_cast<char *>(password.constData()),
                                          size_t(password.size())),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, const_cast<char *>(salt.constData()),
                                          size_t(salt.size())),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_N, &nn),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_R, &rr),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_P, &pp),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_MAXMEM, &maxmem),
        OSSL_PARAM_construct_end(),
    };
    QByteArray out(length, Qt::Uninitialized);
    const int ok =
        EVP_KDF_derive(ctx, reinterpret_cast<unsigned char *>(out.data()), size_t(out.size()), params);
    EVP_KDF_CTX_free(ctx);
    if (ok != 1) {
        qCWarning(lcHasher) << "scrypt failed:" << ERR_error_string(ERR_get_error(), nullptr);
        return {};
    }
    return out;
}

QString PasswordHasher::hash(const QString &password)
{
    QByteArray salt(SaltBytes, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(salt.data()), SaltBytes) != 1)
        return {};
    QByteArray utf8 = password.toUtf8();
    const QByteArray derived = derive(utf8, salt, DefaultN, DefaultR, DefaultP, HashBytes);
    OPENSSL_cleanse(utf8.data(), size_t(utf8.size()));
    if (derived.isEmpty())
        return {};
    return QStringLiteral("scrypt$%1$%2$%3$%4$%5")
        .arg(DefaultN)
        .arg(DefaultR)
        .arg(DefaultP)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(derived.toBase64()));
}

bool PasswordHasher::verify(const QString &password, const QString &stored)
{
    const QStringList parts = stored.split(QLatin1Char('$'));
    if (parts.size() != 6 || parts.at(0) != QLatin1String("scrypt"))
        return false;
    bool okN = false, okR = false, okP = false;
    const quint64 n = parts.at(1).toULongLong(&okN);
    const quint32 r = parts.at(2).toUInt(&okR);
    const quint32 p = parts.at(3).toUInt(&okP);
    if (!okN || !okR || !okP || n < 2 || (n & (n - 1)) != 0 || n > MaxN || r < 1 || r > MaxR || p < 1 ||
        p > MaxP)
        return false;
    const QByteArray salt = QByteArray::fromBase64(parts.at(4).toLatin1());
    const QByteArray expected = QByteArray::fromBase64(parts.at(5).toLatin1());
    if (salt.isEmpty() || expected.size() < 16 || expected.size() > 64)
        return false;
    QByteArray utf8 = password.toUtf8();
    const QByteArray derived = derive(utf8, salt, n, r, p, int(expected.size()));
    OPENSSL_cleanse(utf8.data(), size_t(utf8.size()));
    if (derived.size() != expected.size())
        return false;
    return CRYPTO_memcmp(derived.constData(), expected.constData(), size_t(expected.size())) == 0;
}

} // namespace BoxOffice::Server
