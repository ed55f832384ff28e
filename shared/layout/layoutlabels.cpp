#include "layout/layoutlabels.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <vector>

namespace BoxOffice::Shared {

namespace {

using Doc = LayoutDocument;

constexpr int MaxSeatNumber = 0xffff;

QLatin1StringView alphabet(RowLabelStyle style)
{
    return style == RowLabelStyle::LettersWithoutIO ? QLatin1StringView("ABCDEFGHJKLMNPQRSTUVWXYZ")
                                                    : QLatin1StringView("ABCDEFGHIJKLMNOPQRSTUVWXYZ");
}

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

/** The direction an audience at `from` faces: towards the stage's centre, or -y without one. */
QPointF facing(const Doc &doc, QPointF from)
{
    if (doc.stage != Doc::Stage{}) {
        const QPointF d = doc.stage.rect.center() - from;
        const double len = std::hypot(d.x(), d.y());
        if (len > 1e-9)
            return d / len;
    }
    return QPointF(0, -1);
}

/**
 * Keys that order the seats of one group left to right (smaller first). The keys are angles
 * or projections; ties keep the input order (stable sort).
 */
std::vector<double> orderKeys(const Doc &doc, const QList<int> &group)
{
    std::vector<double> keys(group.size(), 0);
    if (group.isEmpty())
        return keys;
    const Doc::Seat &first = doc.seats.at(group.first());
    if (first.table >= 0) {
        // Clockwise around the table from the side facing the stage.
        const QPointF c = doc.tables.at(first.table).centre;
        const QPointF f = facing(doc, c);
        for (int i = 0; i < group.size(); ++i) {
            const QPointF d = doc.seats.at(group.at(i)).pos - c;
            double a = std::atan2(f.x() * d.y() - f.y() * d.x(), f.x() * d.x() + f.y() * d.y());
            if (a < -1e-9)
                a += 2 * M_PI;
            keys[size_t(i)] = a;
        }
        return keys;
    }
    const Doc::Row &row = doc.rows.at(first.row);
    if (row.curve) {
        // Angles relative to the seats' mean direction from the centre, so a row on any side of
        // its centre is ordered without crossing the ±π seam.
        const QPointF c = row.curve->centre;
        QPointF m;
        for (int s : group)
            m += doc.seats.at(s).pos - c;
        const double len = std::hypot(m.x(), m.y());
        if (len > 1e-12) {
            m /= len;
            for (int i = 0; i < group.size(); ++i) {
                const QPointF d = doc.seats.at(group.at(i)).pos - c;
                keys[size_t(i)] = std::atan2(m.y() * d.x() - m.x() * d.y(), m.x() * d.x() + m.y() * d.y());
            }
            return keys;
        }
    }
    // A straight row: along the principal axis of its seats, towards the audience's right.
    QPointF mean;
    for (int s : group)
        mean += doc.seats.at(s).pos;
    mean /= double(group.size());
    double sxx = 0, syy = 0, sxy = 0;
    for (int s : group) {
        const QPointF d = doc.seats.at(s).pos - mean;
        sxx += d.x() * d.x();
        syy += d.y() * d.y();
        sxy += d.x() * d.y();
    }
    const QPointF f = facing(doc, mean);
    const QPointF right(-f.y(), f.x());
    QPointF axis = right;
    if (sxx + syy > 1e-18) {
        const double angle = 0.5 * std::atan2(2 * sxy, sxx - syy);
        axis = QPointF(std::cos(angle), std::sin(angle));
        if (axis.x() * right.x() + axis.y() * right.y() < 0)
            axis = -axis;
    }
    for (int i = 0; i < group.size(); ++i) {
        const QPointF d = doc.seats.at(group.at(i)).pos - mean;
        keys[size_t(i)] = d.x() * axis.x() + d.y() * axis.y();
    }
    return keys;
}

QList<int> ordered(const Doc &doc, QList<int> group)
{
    const std::vector<double> keys = orderKeys(doc, group);
    std::vector<int> order(group.size());
    for (int i = 0; i < int(order.size()); ++i)
        order[size_t(i)] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return keys[size_t(a)] < keys[size_t(b)]; });
    QList<int> out;
    out.reserve(group.size());
    for (int i : order)
        out.append(group.at(i));
    return out;
}

bool validLabel(const QString &label, QString *error)
{
    if (label.trimmed().isEmpty()) {
        setError(error, QStringLiteral("a row label is empty"));
        return false;
    }
    if (label.size() > LayoutLimits::MaxText) {
        setError(error,
                 QStringLiteral("a row label is longer than %1 characters").arg(LayoutLimits::MaxText));
        return false;
    }
    return true;
}

} // namespace

QString rowLabel(int ordinal, RowLabelStyle style)
{
    if (ordinal < 1)
        return {};
    if (style == RowLabelStyle::Numbers)
        return QString::number(ordinal);
    const QLatin1StringView letters = alphabet(style);
    const int base = int(letters.size());
    QString out;
    qint64 n = ordinal;
    while (n > 0) {
        --n;
        out.prepend(QLatin1Char(letters.at(n % base)));
        n /= base;
    }
    return out;
}

std::optional<int> rowLabelOrdinal(const QString &label, RowLabelStyle style)
{
    if (label.isEmpty() || label.size() > 9)
        return std::nullopt;
    if (style == RowLabelStyle::Numbers) {
        bool ok = false;
        const int n = label.toInt(&ok);
        // "01" is not a label rowLabel writes.
        if (!ok || n < 1 || QString::number(n) != label)
            return std::nullopt;
        return n;
    }
    const QLatin1StringView letters = alphabet(style);
    qint64 n = 0;
    for (QChar c : label) {
        const qsizetype digit = letters.indexOf(QLatin1Char(char(c.toUpper().toLatin1())));
        if (c.unicode() > 0x7f || digit < 0)
            return std::nullopt;
        n = n * letters.size() + digit + 1;
        if (n > std::numeric_limits<int>::max())
            return std::nullopt;
    }
    return int(n);
}

QList<int> seatNumbers(int count, SeatOrder order, int start)
{
    if (count < 0 || start < 0)
        return {};
    const qint64 last =
        order == SeatOrder::OddEvenFromCentre ? qint64(start) + count : qint64(start) + count - 1;
    if (count > 0 && last > MaxSeatNumber)
        return {};
    QList<int> out(count);
    switch (order) {
    case SeatOrder::LeftToRight:
        for (int i = 0; i < count; ++i)
            out[i] = start + i;
        break;
    case SeatOrder::RightToLeft:
        for (int i = 0; i < count; ++i)
            out[i] = start + count - 1 - i;
        break;
    case SeatOrder::OddEvenFromCentre: {
        const int centre = count / 2; // the first seat of the right half
        for (int i = centre; i < count; ++i)
            out[i] = start + 2 * (i - centre);
        for (int i = centre - 1; i >= 0; --i)
            out[i] = start + 1 + 2 * (centre - 1 - i);
        break;
    }
    }
    return out;
}

QList<int> seatsAlongRow(const LayoutDocument &doc, int row)
{
    QList<int> group;
    for (int i = 0; i < doc.seats.size(); ++i) {
        if (doc.seats.at(i).row == row)
            group.append(i);
    }
    return ordered(doc, group);
}

std::optional<SeatNumbering> renumberSeats(const LayoutDocument &doc, const QList<int> &seats,
                                           SeatOrder order, int start, QString *error)
{
    // Groups in the order their first seat appears in the selection.
    QList<QList<int>> groups;
    QHash<qint64, int> groupOf; // row r → r, table t → -1 - t
    QList<bool> seen(doc.seats.size(), false);
    for (int s : seats) {
        if (s < 0 || s >= doc.seats.size()) {
            setError(error, QStringLiteral("seat %1 does not exist").arg(s));
            return std::nullopt;
        }
        if (seen.at(s))
            continue;
        seen[s] = true;
        const Doc::Seat &seat = doc.seats.at(s);
        const bool inRow = seat.row >= 0 && seat.row < doc.rows.size();
        const bool atTable = seat.table >= 0 && seat.table < doc.tables.size();
        if (!inRow && !atTable) {
            setError(error, QStringLiteral("seat %1 is in no row or table").arg(s));
            return std::nullopt;
        }
        const qint64 key = inRow ? seat.row : -1 - seat.table;
        auto it = groupOf.find(key);
        if (it == groupOf.end()) {
            it = groupOf.insert(key, int(groups.size()));
            groups.append(QList<int>());
        }
        groups[*it].append(s);
    }
    SeatNumbering out;
    for (const QList<int> &group : std::as_const(groups)) {
        const QList<int> numbers = seatNumbers(int(group.size()), order, start);
        if (numbers.size() != group.size()) {
            setError(error, QStringLiteral("numbering %1 seats from %2 leaves 0..%3")
                                .arg(group.size())
                                .arg(start)
                                .arg(MaxSeatNumber));
            return std::nullopt;
        }
        const QList<int> along = ordered(doc, group);
        out.seats.append(along);
        out.numbers.append(numbers);
    }
    return out;
}

SeatNumbering seatNumberingOf(const LayoutDocument &doc, const QList<int> &seats)
{
    SeatNumbering out{seats, {}};
    out.numbers.reserve(seats.size());
    for (int s : seats)
        out.numbers.append(doc.seats.at(s).number);
    return out;
}

void applySeatNumbering(LayoutDocument &doc, const SeatNumbering &numbering)
{
    Q_ASSERT(numbering.seats.size() == numbering.numbers.size());
    for (int i = 0; i < numbering.seats.size(); ++i)
        doc.seats[numbering.seats.at(i)].number = numbering.numbers.at(i);
}

std::optional<QStringList> relabelRows(LayoutDocument &doc, const QList<int> &rows, RowLabelStyle style,
                                       int startOrdinal, QString *error)
{
    if (startOrdinal < 1) {
        setError(error,
                 QStringLiteral("the first row's ordinal must be 1 or more, not %1").arg(startOrdinal));
        return std::nullopt;
    }
    QStringList labels;
    for (int i = 0; i < rows.size(); ++i) {
        const QString label = rowLabel(startOrdinal + i, style);
        if (label.isEmpty()) {
            setError(error, QStringLiteral("too many rows to label from %1").arg(startOrdinal));
            return std::nullopt;
        }
        labels.append(label);
    }
    QStringList old;
    for (int r : rows) {
        if (r < 0 || r >= doc.rows.size()) {
            setError(error, QStringLiteral("row %1 does not exist").arg(r));
            return std::nullopt;
        }
        old.append(doc.rows.at(r).label);
    }
    if (!setRowLabels(doc, rows, labels, error))
        return std::nullopt;
    return old;
}

bool setRowLabels(LayoutDocument &doc, const QList<int> &rows, const QStringList &labels, QString *error)
{
    if (rows.size() != labels.size()) {
        setError(error, QStringLiteral("%1 rows but %2 labels").arg(rows.size()).arg(labels.size()));
        return false;
    }
    for (int i = 0; i < rows.size(); ++i) {
        if (rows.at(i) < 0 || rows.at(i) >= doc.rows.size()) {
            setError(error, QStringLiteral("row %1 does not exist").arg(rows.at(i)));
            return false;
        }
        if (!validLabel(labels.at(i), error))
            return false;
    }
    for (int i = 0; i < rows.size(); ++i)
        doc.rows[rows.at(i)].label = labels.at(i);
    return true;
}

bool renameSection(LayoutDocument &doc, int section, const QString &name, QString *error)
{
    if (section < 0 || section >= doc.sections.size()) {
        setError(error, QStringLiteral("section %1 does not exist").arg(section));
        return false;
    }
    if (name.trimmed().isEmpty()) {
        setError(error, QStringLiteral("a section's name is empty"));
        return false;
    }
    if (name.size() > LayoutLimits::MaxText) {
        setError(error,
                 QStringLiteral("a section's name is longer than %1 characters").arg(LayoutLimits::MaxText));
        return false;
    }
    const int other = sectionByName(doc, name);
    if (other >= 0 && other != section) {
        setError(error, QStringLiteral("section %1 is already called \"%2\"").arg(other).arg(name));
        return false;
    }
    doc.sections[section].name = name;
    return true;
}

int sectionByName(const LayoutDocument &doc, const QString &name)
{
    for (int i = 0; i < doc.sections.size(); ++i) {
        if (doc.sections.at(i).name == name)
            return i;
    }
    return -1;
}

} // namespace BoxOffice::Shared
