#include "demolayouts.h"

namespace BoxOffice::Tests {

using Shared::EventLayout;

EventLayout demoStadium()
{
    EventLayout layout;
    layout.eventId = 3;
    layout.eventName = QStringLiteral("Cup Final");
    layout.venueName = QStringLiteral("City Stadium");
    layout.currency = QStringLiteral("EUR");
    layout.holdTtlS = 120;
    layout.holdMaxS = 480;
    layout.maxSeatsPerOrder = 8;
    const char *stands[] = {"North", "East", "South", "West"};
    for (int s = 0; s < 4; ++s) {
        for (int b = 0; b < 5; ++b)
            layout.sections.append(
                {s * 5 + b, QStringLiteral("%1 %2").arg(QLatin1String(stands[s])).arg(b + 1)});
    }
    layout.categories = {{0, QStringLiteral("Lower tier"), QStringLiteral("#db2777"), 15000},
                         {1, QStringLiteral("Middle tier"), QStringLiteral("#ea580c"), 9000},
                         {2, QStringLiteral("Upper tier"), QStringLiteral("#ca8a04"), 4500}};
    for (int r = 0; r < 25; ++r)
        layout.rowLabels.append(QString::number(r + 1));
    layout.seats.reserve(50000);
    for (int s = 0; s < 4; ++s) {
        for (int b = 0; b < 5; ++b) {
            for (int r = 0; r < 25; ++r) {
                for (int k = 0; k < 100; ++k) {
                    // As demo.sql: along the stand, and out from the pitch.
                    const double along = (b * 104 + k - 258.0) * 1.2;
                    const double out = 330.0 + r * 1.5;
                    EventLayout::Seat seat;
                    seat.x = float(s == 0 ? along : s == 1 ? out : s == 2 ? -along : -out);
                    seat.y = float(s == 0 ? -out : s == 1 ? along : s == 2 ? out : -along);
                    seat.section = quint16(s * 5 + b);
                    seat.row = quint16(r);
                    seat.number = quint16(k + 1);
                    seat.category = quint8(r < 8 ? 0 : r < 17 ? 1 : 2);
                    seat.flags = r == 0 && k < 4 ? EventLayout::Accessible : 0;
                    layout.seats.append(seat);
                }
            }
        }
    }
    return layout;
}

} // namespace BoxOffice::Tests
