#include "selling/lastsale.h"

#include "protocol/frame.h"

#include <QCborArray>

namespace BoxOffice::Ui {

namespace Key = Shared::Key;

QString LastSale::orderNumber() const
{
    return order.value(Key::OrderNumber).toString();
}

QList<TicketData> LastSale::tickets(const Shared::EventLayout &layout, const QDateTime &starts) const
{
    QList<TicketData> out;
    for (const QCborValue &v : order.value(Key::Tickets).toArray()) {
        const QCborMap t = v.toMap();
        TicketData d;
        d.eventName = layout.eventName;
        d.venue = layout.venueName;
        d.starts = starts;
        d.section = t.value(Key::Section).toString();
        d.row = t.value(Key::Row).toString();
        d.seat = QString::number(Shared::cborInteger(t.value(Key::SeatNumber)));
        d.standing = t.value(Key::Standing).toBool();
        const int seat = int(Shared::cborInteger(t.value(Key::Seat), -1));
        if (d.section.isEmpty() && seat >= 0 && seat < layout.seatCount()) { // labels from the map
            const auto &s = layout.seats.at(seat);
            d.section = layout.sections.at(s.section).name;
            d.row = layout.rowLabels.at(s.row);
            d.seat = QString::number(s.number);
            d.standing = s.flags & Shared::EventLayout::Standing;
        }
        d.priceMinor = Shared::cborInteger(t.value(Key::Price));
        d.currency = order.value(Key::Currency).toString();
        if (d.currency.isEmpty())
            d.currency = layout.currency;
        d.orderNumber = orderNumber();
        d.serial = Shared::cborInteger(t.value(Key::Serial));
        d.code = t.value(Key::Code).toString();
        out.append(d);
    }
    return out;
}

ReceiptData LastSale::receipt(const Shared::EventLayout &layout, const QDateTime &starts,
                              const QString &clerk) const
{
    ReceiptData r;
    r.orderNumber = orderNumber();
    r.eventName = layout.eventName;
    r.venue = layout.venueName;
    r.starts = starts;
    for (const TicketData &t : tickets(layout, starts))
        r.lines.append({tr("%1, row %2, seat %3").arg(t.section, t.row, t.seat), t.priceMinor});
    r.totalMinor = Shared::cborInteger(order.value(Key::Total));
    r.currency = order.value(Key::Currency).toString();
    if (r.currency.isEmpty())
        r.currency = layout.currency;
    r.method = method;
    if (method == QLatin1String("cash")) {
        r.tenderedMinor = tenderedMinor;
        r.changeMinor = Shared::cborInteger(order.value(Key::ChangeDue), 0);
    }
    r.clerk = clerk;
    r.paidAt = paidAt;
    return r;
}

} // namespace BoxOffice::Ui
