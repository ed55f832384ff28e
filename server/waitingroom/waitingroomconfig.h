#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace BoxOffice::Server {

/**
 * The waiting room of one event (docs/waiting-room.md), from --waiting-room until the
 * Events workspace edits it on the event. Every node of a cluster must be started with the
 * same settings.
 */
struct WaitingRoomConfig
{
    qint64 event = 0;
    qint64 prequeueMs = 30 * 60 * 1000; // the pre-queue opens this long before the on-sale
    int ratePerMinute = 600;            // new buyers admitted per minute, at most
    int maxActive = 1000;               // admitted buyers within their shopping window, at most
    qint64 windowMs = 10 * 60 * 1000;   // how long an admitted buyer may shop
    qint64 onSaleMs = 0;                // ms since the epoch; 0: the event's onsale_from

    /**
     * "event=7,prequeue=30m,rate=600,active=1000,window=10m[,onsale=2026-12-03T10:00:00Z]";
     * durations take s, m or h. nullopt and a one-line reason if malformed.
     */
    static std::optional<WaitingRoomConfig> parse(const QString &text, QString *error);
    /** The --help text of --waiting-room. */
    static QString helpText();
};

} // namespace BoxOffice::Server
