#include "layout/layoutedits.h"

#include "layout/layoutlabels.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <functional>
#include <map>

namespace BoxOffice::Shared {

namespace {

using Doc = LayoutDocument;
namespace L = LayoutLimits;

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

/** The selection sorted, without duplicates; nullopt when an index is out of range. */
std::optional<QList<int>> checkedSelection(const Doc &doc, const QList<int> &seats, QString *error)
{
    QList<int> out = seats;
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    if (!out.isEmpty() && (out.first() < 0 || out.last() >= doc.seats.size())) {
        setError(error, QStringLiteral("seat %1 does not exist (the layout has %2 seats)")
                            .arg(out.first() < 0 ? out.first() : out.last())
                            .arg(doc.seats.size()));
        return std::nullopt;
    }
    return out;
}

bool onPlan(QPointF p)
{
    return std::isfinite(p.x()) && std::isfinite(p.y()) && std::abs(p.x()) <= L::MaxCoordinate &&
           std::abs(p.y()) <= L::MaxCoordinate;
}

/** Clockwise on the plan around `centre`. */
std::function<QPointF(QPointF)> rotation(QPointF centre, double degrees)
{
    const double a = degrees * M_PI / 180;
    const double c = std::cos(a), s = std::sin(a);
    return [=](QPointF p) {
        const QPointF d = p - centre;
        return centre + QPointF(d.x() * c - d.y() * s, d.x() * s + d.y() * c);
    };
}

/**
 * Completes an edit of seat positions (`edit.seats` sorted, `edit.positions` filled): rows and
 * tables whose seats are all selected follow a rigid `transform` (with `turn` degrees for
 * tables); a row keeps an arc only while its seats lie on it.
 */
std::optional<GeometryEdit> finish(const Doc &doc, GeometryEdit edit,
                                   const std::function<QPointF(QPointF)> &transform, double turn,
                                   QString *error)
{
    for (const QPointF &p : std::as_const(edit.positions)) {
        if (!onPlan(p)) {
            setError(error, QStringLiteral("the seats would leave the plan (±%1)").arg(L::MaxCoordinate));
            return std::nullopt;
        }
    }
    QHash<int, QPointF> moved;
    moved.reserve(edit.seats.size());
    for (int i = 0; i < edit.seats.size(); ++i)
        moved.insert(edit.seats.at(i), edit.positions.at(i));
    std::map<int, std::pair<int, int>> rows, tables; // index → (selected, total)
    for (int s : std::as_const(edit.seats)) {
        const Doc::Seat &seat = doc.seats.at(s);
        if (seat.row >= 0)
            rows[seat.row].first++;
        else if (seat.table >= 0)
            tables[seat.table].first++;
    }
    for (const Doc::Seat &seat : doc.seats) {
        if (seat.row >= 0 && rows.count(seat.row))
            rows[seat.row].second++;
        if (seat.table >= 0 && tables.count(seat.table))
            tables[seat.table].second++;
    }
    QHash<int, QList<int>> rowSeats;
    for (int i = 0; i < doc.seats.size(); ++i) {
        const int r = doc.seats.at(i).row;
        if (r >= 0 && rows.count(r) && doc.rows.at(r).curve)
            rowSeats[r].append(i);
    }
    for (const auto &[r, counts] : rows) {
        const Doc::Row &row = doc.rows.at(r);
        if (!row.curve)
            continue;
        std::optional<Doc::Arc> arc = row.curve;
        if (transform && counts.first == counts.second)
            arc->centre = transform(arc->centre);
        const double tolerance = 1e-6 * std::max(1.0, arc->radius);
        for (int s : rowSeats.value(r)) {
            const QPointF p = moved.value(s, doc.seats.at(s).pos);
            if (std::abs(std::hypot(p.x() - arc->centre.x(), p.y() - arc->centre.y()) - arc->radius) >
                tolerance) {
                arc.reset();
                break;
            }
        }
        if (arc && !onPlan(arc->centre))
            arc.reset();
        if (arc != row.curve) {
            edit.rows.append(r);
            edit.curves.append(arc);
        }
    }
    if (transform) {
        for (const auto &[t, counts] : tables) {
            if (counts.first != counts.second)
                continue;
            const Doc::Table &table = doc.tables.at(t);
            const QPointF centre = transform(table.centre);
            if (!onPlan(centre)) {
                setError(error, QStringLiteral("table %1 would leave the plan").arg(t));
                return std::nullopt;
            }
            edit.tables.append(t);
            edit.tableCentres.append(centre);
            edit.tableRotations.append(std::fmod(table.rotation + turn, 360.0));
        }
    }
    return edit;
}

std::optional<GeometryEdit> mapSeats(const Doc &doc, const QList<int> &seats, QString *error,
                                     const std::function<QPointF(int, QPointF)> &map,
                                     const std::function<QPointF(QPointF)> &rigid = {}, double turn = 0)
{
    const auto selection = checkedSelection(doc, seats, error);
    if (!selection)
        return std::nullopt;
    GeometryEdit edit;
    edit.seats = *selection;
    edit.positions.reserve(edit.seats.size());
    for (int i = 0; i < edit.seats.size(); ++i)
        edit.positions.append(map(i, doc.seats.at(edit.seats.at(i)).pos));
    return finish(doc, std::move(edit), rigid, turn, error);
}

struct Bounds
{
    double x0 = qInf(), y0 = qInf(), x1 = -qInf(), y1 = -qInf();
};

Bounds boundsOf(const Doc &doc, const QList<int> &seats)
{
    Bounds b;
    for (int s : seats) {
        if (s < 0 || s >= doc.seats.size())
            continue;
        const QPointF p = doc.seats.at(s).pos;
        b.x0 = std::min(b.x0, p.x());
        b.y0 = std::min(b.y0, p.y());
        b.x1 = std::max(b.x1, p.x());
        b.y1 = std::max(b.y1, p.y());
    }
    return b;
}

/** The next label after `label` not in `used`: same style, or "label (n)". */
QString nextFreeLabel(const QString &label, const QSet<QString> &used)
{
    std::optional<RowLabelStyle> style;
    if (rowLabelOrdinal(label, RowLabelStyle::Numbers)) {
        style = RowLabelStyle::Numbers;
    } else if (rowLabelOrdinal(label, RowLabelStyle::Letters) && label == label.toUpper()) {
        // Without I and O unless the section already uses them.
        style = RowLabelStyle::LettersWithoutIO;
        for (const QString &u : used) {
            if (rowLabelOrdinal(u, RowLabelStyle::Letters) &&
                (u.contains(QLatin1Char('I')) || u.contains(QLatin1Char('O'))))
                style = RowLabelStyle::Letters;
        }
        if (!rowLabelOrdinal(label, *style))
            style = RowLabelStyle::Letters;
    }
    if (style) {
        for (int n = *rowLabelOrdinal(label, *style) + 1; n > 0; ++n) {
            const QString next = rowLabel(n, *style);
            if (!used.contains(next))
                return next;
        }
    }
    for (int n = 2;; ++n) {
        const QString suffix = QStringLiteral(" (%1)").arg(n);
        const QString next = label.left(L::MaxText - suffix.size()) + suffix;
        if (!used.contains(next))
            return next;
    }
}

} // namespace

GeometryEdit geometryOf(const LayoutDocument &doc, const GeometryEdit &edit)
{
    GeometryEdit out;
    out.seats = edit.seats;
    for (int s : edit.seats)
        out.positions.append(doc.seats.at(s).pos);
    out.rows = edit.rows;
    for (int r : edit.rows)
        out.curves.append(doc.rows.at(r).curve);
    out.tables = edit.tables;
    for (int t : edit.tables) {
        out.tableCentres.append(doc.tables.at(t).centre);
        out.tableRotations.append(doc.tables.at(t).rotation);
    }
    return out;
}

void applyGeometry(LayoutDocument &doc, const GeometryEdit &edit)
{
    for (int i = 0; i < edit.seats.size(); ++i)
        doc.seats[edit.seats.at(i)].pos = edit.positions.at(i);
    for (int i = 0; i < edit.rows.size(); ++i)
        doc.rows[edit.rows.at(i)].curve = edit.curves.at(i);
    for (int i = 0; i < edit.tables.size(); ++i) {
        doc.tables[edit.tables.at(i)].centre = edit.tableCentres.at(i);
        doc.tables[edit.tables.at(i)].rotation = edit.tableRotations.at(i);
    }
}

std::optional<GeometryEdit> moveSeats(const LayoutDocument &doc, const QList<int> &seats, QPointF delta,
                                      QString *error)
{
    if (!onPlan(delta)) {
        setError(error, QStringLiteral("the move is not a finite distance"));
        return std::nullopt;
    }
    const auto by = [delta](QPointF p) { return p + delta; };
    return mapSeats(
        doc, seats, error, [&](int, QPointF p) { return by(p); }, by, 0);
}

std::optional<GeometryEdit> rotateSeats(const LayoutDocument &doc, const QList<int> &seats, QPointF centre,
                                        double degrees, QString *error)
{
    if (!onPlan(centre) || !std::isfinite(degrees)) {
        setError(error, QStringLiteral("the rotation needs a centre on the plan and a finite angle"));
        return std::nullopt;
    }
    const auto turn = rotation(centre, degrees);
    return mapSeats(
        doc, seats, error, [&](int, QPointF p) { return turn(p); }, turn, degrees);
}

std::optional<GeometryEdit> alignSeats(const LayoutDocument &doc, const QList<int> &seats,
                                       Alignment alignment, QString *error)
{
    const Bounds b = boundsOf(doc, seats);
    return mapSeats(doc, seats, error, [&](int, QPointF p) {
        switch (alignment) {
        case Alignment::Left:
            return QPointF(b.x0, p.y());
        case Alignment::Right:
            return QPointF(b.x1, p.y());
        case Alignment::Top:
            return QPointF(p.x(), b.y0);
        case Alignment::Bottom:
            return QPointF(p.x(), b.y1);
        case Alignment::HorizontalCentre:
            return QPointF((b.x0 + b.x1) / 2, p.y());
        case Alignment::VerticalCentre:
            return QPointF(p.x(), (b.y0 + b.y1) / 2);
        }
        return p;
    });
}

std::optional<GeometryEdit> distributeSeats(const LayoutDocument &doc, const QList<int> &seats,
                                            Qt::Orientation orientation, QString *error)
{
    const auto selection = checkedSelection(doc, seats, error);
    if (!selection)
        return std::nullopt;
    const bool horizontal = orientation == Qt::Horizontal;
    auto coord = [&](int s) { return horizontal ? doc.seats.at(s).pos.x() : doc.seats.at(s).pos.y(); };
    QList<int> order(selection->size());
    for (int i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return coord(selection->at(a)) < coord(selection->at(b)); });
    QList<double> target(selection->size());
    const int n = int(order.size());
    const double lo = n ? coord(selection->at(order.first())) : 0;
    const double hi = n ? coord(selection->at(order.last())) : 0;
    for (int k = 0; k < n; ++k)
        target[order.at(k)] = n < 3 ? coord(selection->at(order.at(k))) : lo + (hi - lo) * k / (n - 1);
    return mapSeats(doc, *selection, error, [&](int i, QPointF p) {
        return horizontal ? QPointF(target.at(i), p.y()) : QPointF(p.x(), target.at(i));
    });
}

std::optional<GeometryEdit> snapSeats(const LayoutDocument &doc, const QList<int> &seats, double step,
                                      QPointF origin, QString *error)
{
    if (!(step > 0) || !std::isfinite(step) || !onPlan(origin)) {
        setError(error, QStringLiteral("a grid needs a positive step and an origin on the plan"));
        return std::nullopt;
    }
    return mapSeats(doc, seats, error, [&](int, QPointF p) {
        const QPointF d = p - origin;
        return origin + QPointF(std::round(d.x() / step) * step, std::round(d.y() / step) * step);
    });
}

std::optional<LayoutAddition> copySeats(LayoutDocument &doc, const QList<int> &seats, QPointF offset,
                                        QString *error)
{
    const auto selection = checkedSelection(doc, seats, error);
    if (!selection)
        return std::nullopt;
    if (!onPlan(offset)) {
        setError(error, QStringLiteral("the offset is not a finite distance"));
        return std::nullopt;
    }
    if (doc.placeCount() + selection->size() > L::MaxPlaces) {
        setError(error, QStringLiteral("the copy would make %1 seats and places, at most %2")
                            .arg(doc.placeCount() + selection->size())
                            .arg(L::MaxPlaces));
        return std::nullopt;
    }
    // Labels in use per section (rows and tables: both are a ticket's row).
    QHash<int, QSet<QString>> used;
    for (const Doc::Row &r : std::as_const(doc.rows))
        used[r.section].insert(r.label);
    for (const Doc::Table &t : std::as_const(doc.tables))
        used[t.section].insert(t.label);

    QList<Doc::Row> rows;
    QList<Doc::Table> tables;
    QList<Doc::Seat> copies;
    QHash<int, int> rowCopy, tableCopy; // original → new index
    for (int s : *selection) {
        Doc::Seat seat = doc.seats.at(s);
        seat.pos += offset;
        if (!onPlan(seat.pos)) {
            setError(error, QStringLiteral("the copy would leave the plan (±%1)").arg(L::MaxCoordinate));
            return std::nullopt;
        }
        if (seat.row >= 0) {
            auto it = rowCopy.find(seat.row);
            if (it == rowCopy.end()) {
                Doc::Row row = doc.rows.at(seat.row);
                row.label = nextFreeLabel(row.label, used[row.section]);
                used[row.section].insert(row.label);
                if (row.curve)
                    row.curve->centre += offset;
                it = rowCopy.insert(seat.row, int(doc.rows.size() + rows.size()));
                rows.append(row);
            }
            seat.row = *it;
        } else {
            auto it = tableCopy.find(seat.table);
            if (it == tableCopy.end()) {
                Doc::Table table = doc.tables.at(seat.table);
                table.label = nextFreeLabel(table.label, used[table.section]);
                used[table.section].insert(table.label);
                table.centre += offset;
                it = tableCopy.insert(seat.table, int(doc.tables.size() + tables.size()));
                tables.append(table);
            }
            seat.table = *it;
        }
        copies.append(seat);
    }
    if (doc.rows.size() + rows.size() > L::MaxRows || doc.tables.size() + tables.size() > L::MaxTables) {
        setError(error, QStringLiteral("the copy would make too many rows or tables"));
        return std::nullopt;
    }
    for (const Doc::Row &r : std::as_const(rows)) {
        if (r.curve && !onPlan(r.curve->centre)) {
            setError(error, QStringLiteral("the copy would leave the plan (±%1)").arg(L::MaxCoordinate));
            return std::nullopt;
        }
    }
    for (const Doc::Table &t : std::as_const(tables)) {
        if (!onPlan(t.centre)) {
            setError(error, QStringLiteral("the copy would leave the plan (±%1)").arg(L::MaxCoordinate));
            return std::nullopt;
        }
    }
    LayoutAddition added;
    added.categories = {int(doc.categories.size()), 0};
    added.sections = {int(doc.sections.size()), 0};
    added.rows = {int(doc.rows.size()), int(rows.size())};
    added.tables = {int(doc.tables.size()), int(tables.size())};
    added.seats = {int(doc.seats.size()), int(copies.size())};
    added.standingAreas = {int(doc.standingAreas.size()), 0};
    doc.rows.append(rows);
    doc.tables.append(tables);
    doc.seats.append(copies);
    return added;
}

std::optional<LayoutDeletion> deleteSeats(LayoutDocument &doc, const QList<int> &seats, QString *error)
{
    const auto selection = checkedSelection(doc, seats, error);
    if (!selection)
        return std::nullopt;
    LayoutDeletion del;
    del.seatIndexes = *selection;
    del.oldSections = doc.sections;
    del.oldRows = doc.rows;
    del.oldTables = doc.tables;
    for (const Doc::StandingArea &a : std::as_const(doc.standingAreas))
        del.oldStandingSections.append(a.section);

    QList<bool> removed(doc.seats.size(), false);
    QList<int> rowLeft(doc.rows.size(), 0), tableLeft(doc.tables.size(), 0);
    QList<bool> rowTouched(doc.rows.size(), false), tableTouched(doc.tables.size(), false);
    for (int s : *selection) {
        removed[s] = true;
        const Doc::Seat &seat = doc.seats.at(s);
        del.seats.append(seat);
        if (seat.row >= 0)
            rowTouched[seat.row] = true;
        else if (seat.table >= 0)
            tableTouched[seat.table] = true;
    }
    for (int i = 0; i < doc.seats.size(); ++i) {
        const Doc::Seat &seat = doc.seats.at(i);
        if (removed.at(i))
            continue;
        if (seat.row >= 0)
            ++rowLeft[seat.row];
        else if (seat.table >= 0)
            ++tableLeft[seat.table];
    }
    // A row, table or section goes only when this deletion emptied it.
    QList<int> rowMap(doc.rows.size(), -1), tableMap(doc.tables.size(), -1);
    QList<bool> sectionLost(doc.sections.size(), false), sectionKept(doc.sections.size(), false);
    for (int r = 0; r < doc.rows.size(); ++r) {
        if (rowTouched.at(r) && rowLeft.at(r) == 0) {
            sectionLost[doc.rows.at(r).section] = true;
            continue;
        }
        rowMap[r] = int(del.keptRows.size());
        del.keptRows.append(r);
        sectionKept[doc.rows.at(r).section] = true;
    }
    for (int t = 0; t < doc.tables.size(); ++t) {
        if (tableTouched.at(t) && tableLeft.at(t) == 0) {
            sectionLost[doc.tables.at(t).section] = true;
            continue;
        }
        tableMap[t] = int(del.keptTables.size());
        del.keptTables.append(t);
        sectionKept[doc.tables.at(t).section] = true;
    }
    for (const Doc::StandingArea &a : std::as_const(doc.standingAreas))
        sectionKept[a.section] = true;
    QList<int> sectionMap(doc.sections.size(), -1);
    QList<Doc::Section> sections;
    for (int s = 0; s < doc.sections.size(); ++s) {
        if (sectionLost.at(s) && !sectionKept.at(s))
            continue;
        sectionMap[s] = int(sections.size());
        sections.append(doc.sections.at(s));
    }

    QList<Doc::Seat> kept;
    kept.reserve(doc.seats.size() - selection->size());
    for (int i = 0; i < doc.seats.size(); ++i) {
        if (removed.at(i))
            continue;
        Doc::Seat seat = doc.seats.at(i);
        if (seat.row >= 0)
            seat.row = rowMap.at(seat.row);
        else if (seat.table >= 0)
            seat.table = tableMap.at(seat.table);
        kept.append(std::move(seat));
    }
    QList<Doc::Row> rows;
    for (int r : std::as_const(del.keptRows)) {
        rows.append(doc.rows.at(r));
        rows.last().section = sectionMap.at(rows.last().section);
    }
    QList<Doc::Table> tables;
    for (int t : std::as_const(del.keptTables)) {
        tables.append(doc.tables.at(t));
        tables.last().section = sectionMap.at(tables.last().section);
    }
    for (Doc::StandingArea &a : doc.standingAreas)
        a.section = sectionMap.at(a.section);
    doc.seats = std::move(kept);
    doc.rows = std::move(rows);
    doc.tables = std::move(tables);
    doc.sections = std::move(sections);
    return del;
}

void restoreDeletion(LayoutDocument &doc, const LayoutDeletion &del)
{
    QList<Doc::Seat> seats;
    seats.reserve(doc.seats.size() + del.seats.size());
    qsizetype next = 0; // into del.seatIndexes
    for (const Doc::Seat &current : std::as_const(doc.seats)) {
        while (next < del.seatIndexes.size() && del.seatIndexes.at(next) == seats.size())
            seats.append(del.seats.at(next++));
        Doc::Seat seat = current;
        if (seat.row >= 0)
            seat.row = del.keptRows.at(seat.row);
        else if (seat.table >= 0)
            seat.table = del.keptTables.at(seat.table);
        seats.append(std::move(seat));
    }
    while (next < del.seatIndexes.size())
        seats.append(del.seats.at(next++));
    doc.seats = std::move(seats);
    doc.sections = del.oldSections;
    doc.rows = del.oldRows;
    doc.tables = del.oldTables;
    for (int i = 0; i < doc.standingAreas.size() && i < del.oldStandingSections.size(); ++i)
        doc.standingAreas[i].section = del.oldStandingSections.at(i);
}

SeatPaint paintOf(const LayoutDocument &doc, const QList<int> &seats)
{
    SeatPaint out{seats, {}, {}};
    for (int s : seats) {
        out.categories.append(doc.seats.at(s).category);
        out.flags.append(doc.seats.at(s).flags);
    }
    return out;
}

void applyPaint(LayoutDocument &doc, const SeatPaint &paint)
{
    for (int i = 0; i < paint.seats.size(); ++i) {
        Doc::Seat &seat = doc.seats[paint.seats.at(i)];
        seat.category = paint.categories.at(i);
        seat.flags = paint.flags.at(i);
    }
}

std::optional<SeatPaint> paintCategory(const LayoutDocument &doc, const QList<int> &seats, int category,
                                       QString *error)
{
    if (category != -1 && (category < 0 || !doc.category(category))) {
        setError(error, QStringLiteral("category %1 is not listed in the layout").arg(category));
        return std::nullopt;
    }
    const auto selection = checkedSelection(doc, seats, error);
    if (!selection)
        return std::nullopt;
    SeatPaint paint = paintOf(doc, *selection);
    paint.categories.fill(category);
    return paint;
}

std::optional<SeatPaint> paintFlags(const LayoutDocument &doc, const QList<int> &seats, quint8 flags, bool on,
                                    QString *error)
{
    if (flags == 0 || (flags & ~Doc::AllSeatFlags)) {
        setError(error, QStringLiteral("0x%1 is not a set of seat flags").arg(flags, 0, 16));
        return std::nullopt;
    }
    const auto selection = checkedSelection(doc, seats, error);
    if (!selection)
        return std::nullopt;
    SeatPaint paint = paintOf(doc, *selection);
    for (quint8 &f : paint.flags)
        f = on ? quint8(f | flags) : quint8(f & ~flags);
    return paint;
}

QList<CategoryCount> categoryCounts(const LayoutDocument &doc)
{
    QList<CategoryCount> out;
    QHash<int, int> at;
    for (const Doc::Category &c : doc.categories) {
        at.insert(c.id, int(out.size()));
        out.append(CategoryCount{c.id});
    }
    auto entry = [&](int id) -> CategoryCount & {
        auto it = at.find(id < 0 ? -1 : id);
        if (it == at.end()) {
            it = at.insert(id < 0 ? -1 : id, int(out.size()));
            out.append(CategoryCount{id < 0 ? -1 : id});
        }
        return out[*it];
    };
    for (const Doc::Seat &s : doc.seats) {
        CategoryCount &c = entry(s.category);
        ++c.seats;
        if (s.flags & Doc::Wheelchair)
            ++c.wheelchair;
    }
    for (const Doc::StandingArea &a : doc.standingAreas)
        entry(a.category).standingPlaces += qMax(0, a.capacity);
    return out;
}

} // namespace BoxOffice::Shared
