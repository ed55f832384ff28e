#include "layout/layoutdocument.h"

namespace BoxOffice::Shared {

qint64 LayoutDocument::placeCount() const
{
    qint64 n = seats.size();
    for (const StandingArea &a : standingAreas)
        n += qMax(0, a.capacity);
    return n;
}

int LayoutDocument::sectionOf(const Seat &seat) const
{
    if (seat.row >= 0 && seat.row < rows.size())
        return rows.at(seat.row).section;
    if (seat.table >= 0 && seat.table < tables.size())
        return tables.at(seat.table).section;
    return -1;
}

QString LayoutDocument::rowLabelOf(const Seat &seat) const
{
    if (seat.row >= 0 && seat.row < rows.size())
        return rows.at(seat.row).label;
    if (seat.table >= 0 && seat.table < tables.size())
        return tables.at(seat.table).label;
    return {};
}

const LayoutDocument::Category *LayoutDocument::category(int id) const
{
    for (const Category &c : categories) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

} // namespace BoxOffice::Shared
