// Ticket codes: Ed25519-signed (event, seat, serial) in base32. A scanner must accept the
// codes the server printed, however they were typed, and refuse every other string.

#include "tickets/ticketcode.h"

#include <QTest>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

using namespace BoxOffice::Shared;

class tst_TicketCode : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void base32_rfc4648Vectors();
    void encode_roundTrip();
    void encode_onlyQrAlphanumericCharacters();
    void encode_withoutPrivateKey_isEmpty();
    void verify_everySingleBitFlip_refused();
    void verify_everyChangedCharacter_refused();
    void verify_otherKey_refused();
    void verify_truncatedOrGarbage_refused_data();
    void verify_truncatedOrGarbage_refused();
    void verify_unknownVersion_refused();
    void verify_lowerCaseSpacesDashes_tolerated();
    void keys_pemAndRawRoundTrip();
    void keys_wrongAlgorithmOrJunk_refused();

private:
    TicketKey m_key;
    TicketId m_id{1234567890123LL, 49999, 9007199254740993LL};
    QString m_code;
};

void tst_TicketCode::initTestCase()
{
    m_key = TicketKey::generate();
    QVERIFY(m_key.hasPrivateKey());
    m_code = encodeTicketCode(m_id, m_key);
    QCOMPARE(m_code.size(), TicketCodeLength);
}

void tst_TicketCode::base32_rfc4648Vectors()
{
    // RFC 4648 section 10, without the padding.
    const QList<std::pair<QByteArray, QString>> vectors{
        {"", QString()},
        {"f", QStringLiteral("MY")},
        {"fo", QStringLiteral("MZXQ")},
        {"foo", QStringLiteral("MZXW6")},
        {"foob", QStringLiteral("MZXW6YQ")},
        {"fooba", QStringLiteral("MZXW6YTB")},
        {"foobar", QStringLiteral("MZXW6YTBOI")},
    };
    for (const auto &[bytes, text] : vectors) {
        QCOMPARE(base32Encode(bytes), text);
        QCOMPARE(base32Decode(text), std::optional<QByteArray>(bytes));
    }
    QVERIFY(!base32Decode(u"MZ"));    // trailing bits not zero
    QVERIFY(!base32Decode(u"MZX"));   // no whole number of bytes
    QVERIFY(!base32Decode(u"MZXW1")); // '1' is no base32 digit
}

void tst_TicketCode::encode_roundTrip()
{
    QString reason;
    const auto id = verifyTicketCode(m_code, m_key, &reason);
    QVERIFY2(id, qPrintable(reason));
    QCOMPARE(*id, m_id);

    // The public key alone verifies (an offline scanner has nothing else).
    const auto pub = TicketKey::fromPublicRaw(m_key.publicKeyRaw());
    QVERIFY(pub && !pub->hasPrivateKey());
    QCOMPARE(verifyTicketCode(m_code, *pub), std::optional<TicketId>(m_id));

    // Small and extreme values survive too.
    for (const TicketId t :
         {TicketId{1, 0, 1}, TicketId{std::numeric_limits<qint64>::max(), std::numeric_limits<int>::max(),
                                      std::numeric_limits<qint64>::max()}}) {
        const QString c = encodeTicketCode(t, m_key);
        QCOMPARE(verifyTicketCode(c, *pub), std::optional<TicketId>(t));
    }
    // Ed25519 is deterministic: the same ticket always prints the same code.
    QCOMPARE(encodeTicketCode(m_id, m_key), m_code);
}

void tst_TicketCode::encode_onlyQrAlphanumericCharacters()
{
    for (const QChar c : m_code)
        QVERIFY2((c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
                     (c >= QLatin1Char('2') && c <= QLatin1Char('7')),
                 qPrintable(m_code));
}

void tst_TicketCode::encode_withoutPrivateKey_isEmpty()
{
    const auto pub = TicketKey::fromPublicRaw(m_key.publicKeyRaw());
    QVERIFY(pub);
    QVERIFY(encodeTicketCode(m_id, *pub).isEmpty());
    QVERIFY(encodeTicketCode(m_id, TicketKey()).isEmpty());
    QVERIFY(!verifyTicketCode(m_code, TicketKey()));
}

void tst_TicketCode::verify_everySingleBitFlip_refused()
{
    const QByteArray bytes = *base32Decode(m_code);
    QCOMPARE(bytes.size(), TicketCodeBytes);
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        for (int bit = 0; bit < 8; ++bit) {
            QByteArray flipped = bytes;
            flipped[i] = char(flipped[i] ^ (1 << bit));
            QString reason;
            QVERIFY2(!verifyTicketCode(base32Encode(flipped), m_key, &reason),
                     qPrintable(QStringLiteral("byte %1 bit %2 accepted").arg(i).arg(bit)));
            QVERIFY(!reason.isEmpty());
        }
    }
}

void tst_TicketCode::verify_everyChangedCharacter_refused()
{
    static const QString alphabet = QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567");
    for (qsizetype i = 0; i < m_code.size(); ++i) {
        for (const QChar c : alphabet) {
            if (c == m_code.at(i))
                continue;
            QString altered = m_code;
            altered[i] = c;
            QVERIFY2(!verifyTicketCode(altered, m_key),
                     qPrintable(QStringLiteral("position %1 as %2 accepted").arg(i).arg(c)));
        }
    }
}

void tst_TicketCode::verify_otherKey_refused()
{
    const TicketKey other = TicketKey::generate();
    const QString forged = encodeTicketCode(m_id, other);
    QCOMPARE(forged.size(), TicketCodeLength);
    QString reason;
    QVERIFY(!verifyTicketCode(forged, m_key, &reason));
    QVERIFY2(reason.contains(QLatin1String("forged")), qPrintable(reason));
    // And the other way round.
    QVERIFY(!verifyTicketCode(m_code, other));
}

void tst_TicketCode::verify_truncatedOrGarbage_refused_data()
{
    QTest::addColumn<QString>("code");
    const QString code =
        encodeTicketCode(TicketId{1234567890123LL, 49999, 9007199254740993LL}, TicketKey::generate());
    QTest::newRow("empty") << QString();
    QTest::newRow("one short") << code.left(code.size() - 1);
    QTest::newRow("half") << code.left(code.size() / 2);
    QTest::newRow("one more") << code + QLatin1Char('A');
    QTest::newRow("doubled") << code + code;
    QTest::newRow("padding") << code + QStringLiteral("====");
    QTest::newRow("digit 1") << QString(code).replace(5, 1, QLatin1Char('1'));
    QTest::newRow("digit 0") << QString(code).replace(5, 1, QLatin1Char('0'));
    QTest::newRow("umlaut") << QString(code).replace(5, 1, QChar(0xc4));
    QTest::newRow("all A") << QString(TicketCodeLength, QLatin1Char('A'));
    QTest::newRow("url") << QStringLiteral("https://example.com/ticket/123");
    QTest::newRow("huge") << QString(1 << 20, QLatin1Char('A'));
}

void tst_TicketCode::verify_truncatedOrGarbage_refused()
{
    QFETCH(QString, code);
    QString reason;
    QVERIFY(!verifyTicketCode(code, m_key, &reason));
    QVERIFY(!reason.isEmpty());
}

void tst_TicketCode::verify_unknownVersion_refused()
{
    QByteArray bytes = *base32Decode(m_code);
    bytes[0] = char(2);
    QString reason;
    QVERIFY(!verifyTicketCode(base32Encode(bytes), m_key, &reason));
    QVERIFY2(reason.contains(QLatin1String("version")), qPrintable(reason));
}

void tst_TicketCode::verify_lowerCaseSpacesDashes_tolerated()
{
    QString spaced;
    for (qsizetype i = 0; i < m_code.size(); i += 8)
        spaced += m_code.mid(i, 8) + (i % 16 ? QStringLiteral(" - ") : QStringLiteral(" "));
    const QStringList variants{m_code.toLower(), spaced, spaced.toLower(),
                               QStringLiteral("  ") + m_code + QStringLiteral("\t")};
    for (const QString &variant : variants) {
        QString reason;
        QCOMPARE(verifyTicketCode(variant, m_key, &reason), std::optional<TicketId>(m_id));
    }
}

void tst_TicketCode::keys_pemAndRawRoundTrip()
{
    const QByteArray pem = m_key.privateKeyPem();
    QVERIFY(pem.startsWith("-----BEGIN PRIVATE KEY-----"));
    QString error;
    const auto loaded = TicketKey::fromPrivatePem(pem, &error);
    QVERIFY2(loaded && loaded->hasPrivateKey(), qPrintable(error));
    QCOMPARE(loaded->publicKeyRaw(), m_key.publicKeyRaw());
    QCOMPARE(encodeTicketCode(m_id, *loaded), m_code);

    const auto pub = TicketKey::fromPublicPem(m_key.publicKeyPem(), &error);
    QVERIFY2(pub && !pub->hasPrivateKey(), qPrintable(error));
    QCOMPARE(pub->publicKeyRaw(), m_key.publicKeyRaw());
    QVERIFY(pub->privateKeyPem().isEmpty());
    QCOMPARE(verifyTicketCode(m_code, *pub), std::optional<TicketId>(m_id));
}

void tst_TicketCode::keys_wrongAlgorithmOrJunk_refused()
{
    QString error;
    QVERIFY(!TicketKey::fromPrivatePem(QByteArray(), &error));
    QVERIFY(
        !TicketKey::fromPrivatePem("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n", &error));
    QVERIFY(!TicketKey::fromPrivatePem(m_key.publicKeyPem(), &error));
    QVERIFY(!TicketKey::fromPrivatePem(QByteArray(TicketKey::MaxPemSize + 1, 'A'), &error));
    QVERIFY(!TicketKey::fromPublicRaw(QByteArray(31, 'x'), &error));
    QVERIFY(!TicketKey::fromPublicRaw(QByteArray(33, 'x'), &error));
    QVERIFY(!TicketKey::fromPublicPem("junk", &error));

    // An EC key in PEM is a key, but not an Ed25519 key.
    EVP_PKEY *ec = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256");
    QVERIFY(ec);
    BIO *bio = BIO_new(BIO_s_mem());
    QVERIFY(PEM_write_bio_PrivateKey(bio, ec, nullptr, nullptr, 0, nullptr, nullptr) == 1);
    char *data = nullptr;
    const long n = BIO_get_mem_data(bio, &data);
    const QByteArray pem(data, qsizetype(n));
    BIO_free(bio);
    EVP_PKEY_free(ec);
    QVERIFY(pem.startsWith("-----BEGIN PRIVATE KEY-----"));
    const auto wrong = TicketKey::fromPrivatePem(pem, &error);
    QVERIFY(!wrong);
    QVERIFY2(error.contains(QLatin1String("Ed25519")), qPrintable(error));
}

QTEST_GUILESS_MAIN(tst_TicketCode)
#include "tst_ticketcode.moc"
