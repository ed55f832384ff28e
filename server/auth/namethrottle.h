#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>

namespace BoxOffice::Server {

/**
 * Password sign-ins per user name, across addresses, with delays that grow instead of a
 * lockout (OWASP's guidance; issue 18): the first FreeAttempts attempts of a name are free,
 * then each must wait a delay that doubles from 1 s up to MaxDelayMs after the one before;
 * one that comes sooner is refused (RateLimited) and not counted. A success forgets the
 * name's count. Names are counted per zone: attempts from the configured counter networks
 * (--counter-network) are not delayed by failures from anywhere else, so an anonymous client
 * can slow guessing of "admin" but not keep the box office out. Names that are no user are
 * counted the same, so the delays tell nothing about who exists. Per node, in memory.
 */
class NameThrottle
{
public:
    static constexpr int FreeAttempts = 3;
    static constexpr qint64 FirstDelayMs = 1000;
    static constexpr qint64 MaxDelayMs = 30000;
    // A name without attempts for this long starts again from nothing.
    static constexpr qint64 ForgetMs = 15 * 60 * 1000;

    explicit NameThrottle(QList<QPair<QHostAddress, int>> counterNetworks = {});

    bool isCounter(const QString &address) const;
    /**
     * Starts an attempt for name from address: 0 if it may go ahead (and it is counted as a
     * failure until succeeded() says otherwise), else the milliseconds it must wait.
     */
    qint64 begin(const QString &name, const QString &address);
    void succeeded(const QString &name, const QString &address);
    /** The delay after count attempts (0 while they are free). */
    static qint64 delayAfter(int count);

private:
    struct Entry
    {
        int count = 0;
        qint64 lastMs = 0;
    };
    QString key(const QString &name, const QString &address) const;

    QList<QPair<QHostAddress, int>> m_counter;
    QElapsedTimer m_clock;
    QHash<QString, Entry> m_entries;
};

} // namespace BoxOffice::Server
