#pragma once

#include "seatmap/seatlayout.h"
#include "tickets/receiptdocument.h"
#include "tickets/ticketdocument.h"

#include <QCborMap>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace BoxOffice::Ui {

/**
 * The counter's last completed sale or exchange, kept so that its tickets and receipt can
 * be printed (again) until the next one.
 */
struct LastSale
{
    Q_DECLARE_TR_FUNCTIONS(LastSale)

public:
    QCborMap order;            // PayOrder's result; an exchange's new ticket as a one-ticket order
    QString method;            // how it was paid: "cash", "card" or "comp"
    qint64 tenderedMinor = -1; // cash tendered, -1 otherwise
    QDateTime paidAt;

    bool isEmpty() const { return order.isEmpty(); }
    QString orderNumber() const;
    /** The tickets, labelled from the layout where the server sent no labels. */
    QList<TicketData> tickets(const Shared::EventLayout &layout, const QDateTime &starts) const;
    ReceiptData receipt(const Shared::EventLayout &layout, const QDateTime &starts,
                        const QString &clerk) const;
};

} // namespace BoxOffice::Ui
