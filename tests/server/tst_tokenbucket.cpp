#include "net/tokenbucket.h"

#include <QTest>

using BoxOffice::Server::TokenBucket;

class tst_TokenBucket : public QObject
{
    Q_OBJECT
private slots:
    void burst_thenRefused()
    {
        TokenBucket b(5, 1000);
        for (int i = 0; i < 5; ++i)
            QVERIFY2(b.take(QStringLiteral("a"), 0), qPrintable(QString::number(i)));
        QVERIFY(!b.take(QStringLiteral("a"), 0));
        QVERIFY(!b.take(QStringLiteral("a"), 999));
        QCOMPARE(b.tokens(QStringLiteral("a"), 999), 0.999);
    }

    void refill_oneTokenPerPeriod_cappedAtBurst()
    {
        TokenBucket b(3, 100);
        for (int i = 0; i < 3; ++i)
            QVERIFY(b.take(QStringLiteral("a"), 0));
        QVERIFY(!b.take(QStringLiteral("a"), 50));
        QVERIFY(b.take(QStringLiteral("a"), 100));
        QVERIFY(!b.take(QStringLiteral("a"), 150));
        // A long pause refills to the burst, never beyond.
        QCOMPARE(b.tokens(QStringLiteral("a"), 100000), 3.0);
        for (int i = 0; i < 3; ++i)
            QVERIFY(b.take(QStringLiteral("a"), 100000));
        QVERIFY(!b.take(QStringLiteral("a"), 100000));
    }

    void keys_areIndependent()
    {
        TokenBucket b(2, 1000);
        QVERIFY(b.take(QStringLiteral("127.0.0.1"), 0));
        QVERIFY(b.take(QStringLiteral("127.0.0.1"), 0));
        QVERIFY(!b.take(QStringLiteral("127.0.0.1"), 0));
        QVERIFY(b.take(QStringLiteral("127.0.0.2"), 0));
        QCOMPARE(b.tokens(QStringLiteral("unknown"), 0), 2.0);
    }

    void clockBackwards_earnsNothing()
    {
        TokenBucket b(1, 1000);
        QVERIFY(b.take(QStringLiteral("a"), 5000));
        QVERIFY(!b.take(QStringLiteral("a"), 0));
        QVERIFY(!b.take(QStringLiteral("a"), 5999));
        QVERIFY(b.take(QStringLiteral("a"), 6000));
    }

    void manyKeys_memoryBounded_emptiestKept()
    {
        TokenBucket b(2, 1000000, 100);
        // The abuser spends its bucket first ...
        QVERIFY(b.take(QStringLiteral("abuser"), 0));
        QVERIFY(b.take(QStringLiteral("abuser"), 0));
        // ... then a flood of fresh keys, each partly spent.
        for (int i = 0; i < 1000; ++i)
            QVERIFY(b.take(QStringLiteral("k%1").arg(i), 0));
        QVERIFY(b.size() <= 100);
        // The empty bucket was never the one dropped.
        QVERIFY(!b.take(QStringLiteral("abuser"), 0));
    }

    void fullBuckets_forgotten()
    {
        TokenBucket b(1, 10, 10);
        for (int i = 0; i < 10; ++i)
            QVERIFY(b.take(QStringLiteral("k%1").arg(i), 0));
        QCOMPARE(b.size(), 10);
        // All refilled by now: the next new key prunes them.
        QVERIFY(b.take(QStringLiteral("new"), 1000));
        QCOMPARE(b.size(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_TokenBucket)
#include "tst_tokenbucket.moc"
