#include "layout/layoutgenerator.h"

#include <cmath>

namespace BoxOffice::Shared {

namespace {

using Doc = LayoutDocument;
namespace L = LayoutLimits;

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

/** Clockwise on the plan (y grows downwards), as Table::rotation. */
QPointF rotated(QPointF p, double degrees)
{
    const double a = degrees * M_PI / 180;
    const double c = std::cos(a), s = std::sin(a);
    return QPointF(p.x() * c - p.y() * s, p.x() * s + p.y() * c);
}

bool finite(double d)
{
    return std::isfinite(d);
}

bool onPlan(QPointF p)
{
    return finite(p.x()) && finite(p.y()) && std::abs(p.x()) <= L::MaxCoordinate &&
           std::abs(p.y()) <= L::MaxCoordinate;
}

/** The section a generator fills: existing (its index) or new (-1, name checked). */
bool resolveSection(const Doc &doc, const SectionChoice &where, int *section, QString *error)
{
    if (!where.sectionName.isEmpty()) {
        *section = sectionByName(doc, where.sectionName);
        if (*section < 0) {
            if (where.sectionName.trimmed().isEmpty() || where.sectionName.size() > L::MaxText)
                return fail(
                    error,
                    QStringLiteral("a section's name is blank or longer than %1 characters").arg(L::MaxText));
            if (doc.sections.size() >= L::MaxSections)
                return fail(error, QStringLiteral("the layout has %1 sections already").arg(L::MaxSections));
        }
        return true;
    }
    if (where.section < 0 || where.section >= doc.sections.size())
        return fail(error, QStringLiteral("section %1 does not exist").arg(where.section));
    *section = where.section;
    return true;
}

/** Appends the new section if resolveSection found none; its index. */
int commitSection(Doc &doc, const SectionChoice &where, int section, LayoutAddition *added)
{
    added->sections = {int(doc.sections.size()), 0};
    if (section >= 0)
        return section;
    doc.sections.append({where.sectionName});
    added->sections.count = 1;
    return int(doc.sections.size()) - 1;
}

bool checkCategory(const Doc &doc, int category, QString *error)
{
    if (category == -1 || (category >= 0 && doc.category(category)))
        return true;
    return fail(error, QStringLiteral("category %1 is not listed in the layout").arg(category));
}

bool checkPlaces(const Doc &doc, qint64 more, QString *error)
{
    if (doc.placeCount() + more > L::MaxPlaces)
        return fail(error, QStringLiteral("the layout would have %1 seats and places, at most %2")
                               .arg(doc.placeCount() + more)
                               .arg(L::MaxPlaces));
    return true;
}

/** Appends seats and rows (built beforehand) in one step, filling in `added`. */
void appendAll(Doc &doc, QList<Doc::Row> rows, QList<Doc::Seat> seats, LayoutAddition *added)
{
    added->categories = {int(doc.categories.size()), 0};
    added->rows = {int(doc.rows.size()), int(rows.size())};
    added->seats = {int(doc.seats.size()), int(seats.size())};
    added->tables = {int(doc.tables.size()), 0};
    added->standingAreas = {int(doc.standingAreas.size()), 0};
    doc.rows.append(std::move(rows));
    doc.seats.append(std::move(seats));
}

} // namespace

QList<int> IndexRange::indexes() const
{
    QList<int> out;
    out.reserve(count);
    for (int i = first; i < end(); ++i)
        out.append(i);
    return out;
}

bool removeAddition(LayoutDocument &doc, const LayoutAddition &a)
{
    if (a.categories.end() != doc.categories.size() || a.sections.end() != doc.sections.size() ||
        a.rows.end() != doc.rows.size() || a.tables.end() != doc.tables.size() ||
        a.seats.end() != doc.seats.size() || a.standingAreas.end() != doc.standingAreas.size())
        return false;
    doc.categories.resize(a.categories.first);
    doc.sections.resize(a.sections.first);
    doc.rows.resize(a.rows.first);
    doc.tables.resize(a.tables.first);
    doc.seats.resize(a.seats.first);
    doc.standingAreas.resize(a.standingAreas.first);
    return true;
}

BlockSpec BlockSpec::curvedAround(QPointF centre, double radius, double angle)
{
    BlockSpec spec;
    spec.shape = Shape::Curved;
    spec.radius = radius;
    spec.rotation = angle;
    spec.origin = centre - rotated(QPointF(0, -radius), angle);
    return spec;
}

std::optional<LayoutAddition> addBlock(LayoutDocument &doc, const BlockSpec &spec, QString *error)
{
    int section = -1;
    if (spec.rows < 1 || spec.seatsPerRow < 1) {
        fail(error, QStringLiteral("a block needs at least one row of at least one seat"));
        return std::nullopt;
    }
    const qint64 lastRowSeats =
        qint64(spec.seatsPerRow) + qint64(spec.seatsPerRowIncrement) * (spec.rows - 1);
    if (lastRowSeats < 1 || lastRowSeats > L::MaxPlaces) {
        fail(error, QStringLiteral("the last row would have %1 seats").arg(lastRowSeats));
        return std::nullopt;
    }
    const qint64 total = (qint64(spec.seatsPerRow) + lastRowSeats) * spec.rows / 2;
    const bool curved = spec.shape == BlockSpec::Shape::Curved;
    if (!(spec.seatSpacing > 0) || !(spec.rowSpacing > 0) || !finite(spec.seatSpacing) ||
        !finite(spec.rowSpacing) || !finite(spec.rotation) || !finite(spec.skew) || !onPlan(spec.origin)) {
        fail(error, QStringLiteral("spacings must be positive numbers, the origin on the plan"));
        return std::nullopt;
    }
    if (curved && !(spec.radius > 0 && spec.radius <= L::MaxCoordinate)) {
        fail(error, QStringLiteral("a curved block needs a radius above 0"));
        return std::nullopt;
    }
    if (spec.rows > 1 && !spec.rowLabel.isEmpty()) {
        fail(error, QStringLiteral("one label was given for %1 rows").arg(spec.rows));
        return std::nullopt;
    }
    if (!resolveSection(doc, spec.where, &section, error) || !checkCategory(doc, spec.category, error) ||
        !checkPlaces(doc, total, error))
        return std::nullopt;
    if (doc.rows.size() + spec.rows > L::MaxRows) {
        fail(error, QStringLiteral("the layout would have more than %1 rows").arg(L::MaxRows));
        return std::nullopt;
    }

    QList<Doc::Row> rows;
    QList<Doc::Seat> seats;
    rows.reserve(spec.rows);
    seats.reserve(total);
    const int firstRowIndex = int(doc.rows.size());
    const QPointF localCentre(0, -spec.radius);
    for (int r = 0; r < spec.rows; ++r) {
        const QString label =
            spec.rowLabel.isEmpty() ? rowLabel(spec.firstRow + r, spec.rowLabels) : spec.rowLabel;
        if (label.isEmpty() || label.size() > L::MaxText) {
            fail(error, QStringLiteral("row labels from ordinal %1 are out of range").arg(spec.firstRow));
            return std::nullopt;
        }
        const int n = spec.seatsPerRow + spec.seatsPerRowIncrement * r;
        const QList<int> numbers = seatNumbers(n, spec.seatOrder, spec.firstNumber);
        if (numbers.size() != n) {
            fail(error,
                 QStringLiteral("numbering %1 seats from %2 leaves 0..65535").arg(n).arg(spec.firstNumber));
            return std::nullopt;
        }
        Doc::Row row{-1, label, std::nullopt};
        const double rowRadius = spec.radius + r * spec.rowSpacing;
        if (curved)
            row.curve = Doc::Arc{spec.origin + rotated(localCentre, spec.rotation), rowRadius};
        rows.append(row);
        for (int k = 0; k < n; ++k) {
            const double along = (k - (n - 1) / 2.0) * spec.seatSpacing;
            QPointF local;
            if (curved) {
                const double angle = along / rowRadius;
                local = localCentre + QPointF(rowRadius * std::sin(angle), rowRadius * std::cos(angle));
            } else {
                const double shift = spec.shape == BlockSpec::Shape::Skewed ? r * spec.skew : 0;
                local = QPointF(along + shift, r * spec.rowSpacing);
            }
            Doc::Seat seat;
            seat.pos = spec.origin + rotated(local, spec.rotation);
            if (!onPlan(seat.pos)) {
                fail(error, QStringLiteral("the block reaches beyond ±%1 of the plan").arg(L::MaxCoordinate));
                return std::nullopt;
            }
            seat.row = firstRowIndex + r;
            seat.number = numbers.at(k);
            seat.category = spec.category;
            seats.append(seat);
        }
    }
    LayoutAddition added;
    section = commitSection(doc, spec.where, section, &added);
    for (Doc::Row &row : rows)
        row.section = section;
    appendAll(doc, std::move(rows), std::move(seats), &added);
    return added;
}

std::optional<LayoutAddition> addRow(LayoutDocument &doc, const BlockSpec &spec, QString *error)
{
    if (spec.rows != 1) {
        fail(error, QStringLiteral("a single row was asked for %1 rows").arg(spec.rows));
        return std::nullopt;
    }
    return addBlock(doc, spec, error);
}

std::optional<LayoutAddition> addTable(LayoutDocument &doc, const TableSpec &spec, QString *error)
{
    int section = -1;
    const bool round = spec.shape == Doc::TableShape::Round;
    if (spec.seats < 1 || spec.seats > 1000) {
        fail(error, QStringLiteral("a table has 1 to 1000 seats, not %1").arg(spec.seats));
        return std::nullopt;
    }
    if (!(spec.size.width() > 0) || !(spec.size.height() > 0) || !(spec.seatDistance > 0) ||
        !finite(spec.size.width()) || !finite(spec.size.height()) || !finite(spec.seatDistance) ||
        spec.size.width() > L::MaxCoordinate || spec.size.height() > L::MaxCoordinate ||
        !onPlan(spec.centre) || !finite(spec.rotation) || std::abs(spec.rotation) > 360) {
        fail(error, QStringLiteral("a table needs a positive size and seat distance, a rotation within "
                                   "±360 degrees and its centre on the plan"));
        return std::nullopt;
    }
    if (spec.label.trimmed().isEmpty() || spec.label.size() > L::MaxText) {
        fail(error, QStringLiteral("a table's label is blank or longer than %1 characters").arg(L::MaxText));
        return std::nullopt;
    }
    const QList<int> numbers = seatNumbers(spec.seats, SeatOrder::LeftToRight, spec.firstNumber);
    if (numbers.isEmpty()) {
        fail(error, QStringLiteral("numbering %1 seats from %2 leaves 0..65535")
                        .arg(spec.seats)
                        .arg(spec.firstNumber));
        return std::nullopt;
    }
    if (!resolveSection(doc, spec.where, &section, error) || !checkCategory(doc, spec.category, error) ||
        !checkPlaces(doc, spec.seats, error))
        return std::nullopt;
    if (doc.tables.size() >= L::MaxTables) {
        fail(error, QStringLiteral("the layout has %1 tables already").arg(L::MaxTables));
        return std::nullopt;
    }

    QList<Doc::Seat> seats;
    const int n = spec.seats;
    const double w = spec.size.width(), h = round ? spec.size.width() : spec.size.height();
    for (int k = 0; k < n; ++k) {
        QPointF local;
        if (round) {
            const double a = 2 * M_PI * k / n;
            const double r = w / 2 + spec.seatDistance;
            local = QPointF(r * std::sin(a), -r * std::cos(a));
        } else {
            const int front = (n + 1) / 2;
            const bool first = k < front;
            const int onSide = first ? front : n - front;
            const int j = first ? k : onSide - 1 - (k - front);
            local = QPointF(-w / 2 + (j + 0.5) * w / onSide, (first ? -1 : 1) * (h / 2 + spec.seatDistance));
        }
        Doc::Seat seat;
        seat.pos = spec.centre + rotated(local, spec.rotation);
        if (!onPlan(seat.pos)) {
            fail(error,
                 QStringLiteral("the table's seats reach beyond ±%1 of the plan").arg(L::MaxCoordinate));
            return std::nullopt;
        }
        seat.table = int(doc.tables.size());
        seat.number = numbers.at(k);
        seat.category = spec.category;
        seats.append(seat);
    }
    LayoutAddition added;
    section = commitSection(doc, spec.where, section, &added);
    appendAll(doc, {}, std::move(seats), &added);
    added.tables = {int(doc.tables.size()), 1};
    doc.tables.append({section, spec.label, spec.shape, spec.centre, QSizeF(w, h), spec.rotation});
    return added;
}

std::optional<LayoutAddition> addStandingArea(LayoutDocument &doc, const StandingSpec &spec, QString *error)
{
    int section = -1;
    if (spec.outline.size() < 3 || spec.outline.size() > L::MaxPoints) {
        fail(error, QStringLiteral("a standing area's outline has 3 to %1 points, not %2")
                        .arg(L::MaxPoints)
                        .arg(spec.outline.size()));
        return std::nullopt;
    }
    for (const QPointF &p : spec.outline) {
        if (!onPlan(p)) {
            fail(error,
                 QStringLiteral("a standing area's outline leaves the plan (±%1)").arg(L::MaxCoordinate));
            return std::nullopt;
        }
    }
    if (spec.capacity < 1) {
        fail(error,
             QStringLiteral("a standing area needs a capacity of at least 1, not %1").arg(spec.capacity));
        return std::nullopt;
    }
    if (spec.name.trimmed().isEmpty() || spec.name.size() > L::MaxText) {
        fail(error,
             QStringLiteral("a standing area's name is blank or longer than %1 characters").arg(L::MaxText));
        return std::nullopt;
    }
    if (!resolveSection(doc, spec.where, &section, error) || !checkCategory(doc, spec.category, error) ||
        !checkPlaces(doc, spec.capacity, error))
        return std::nullopt;
    if (doc.standingAreas.size() >= L::MaxDrawn) {
        fail(error, QStringLiteral("the layout has %1 standing areas already").arg(L::MaxDrawn));
        return std::nullopt;
    }
    LayoutAddition added;
    section = commitSection(doc, spec.where, section, &added);
    appendAll(doc, {}, {}, &added);
    added.standingAreas.count = 1;
    doc.standingAreas.append({section, spec.name, spec.outline, spec.capacity, spec.category});
    return added;
}

} // namespace BoxOffice::Shared
