#include "designer/designerdocument.h"

#include <QTransform>
#include <QUndoStack>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace BoxOffice::Ui {

using Shared::LayoutDocument;

namespace {

void sortUnique(QList<int> &list)
{
    std::sort(list.begin(), list.end());
    list.erase(std::unique(list.begin(), list.end()), list.end());
}

void dropOutOfRange(QList<int> &list, qsizetype size)
{
    list.removeIf([size](int i) { return i < 0 || i >= size; });
}

QList<int> range(qsizetype size)
{
    QList<int> list(size);
    std::iota(list.begin(), list.end(), 0);
    return list;
}

// Rows whose every seat is selected: their arcs move with them (a part of a row moved leaves
// the arc where the rest of the row is).
QList<int> wholeRowsOf(const LayoutDocument &doc, const QList<int> &seats)
{
    QList<int> total(doc.rows.size(), 0);
    QList<int> chosen(doc.rows.size(), 0);
    for (const LayoutDocument::Seat &s : doc.seats) {
        if (s.row >= 0 && s.row < total.size())
            ++total[s.row];
    }
    for (int i : seats) {
        const int row = doc.seats.at(i).row;
        if (row >= 0 && row < chosen.size())
            ++chosen[row];
    }
    QList<int> rows;
    for (int r = 0; r < total.size(); ++r) {
        if (total.at(r) > 0 && chosen.at(r) == total.at(r))
            rows.append(r);
    }
    return rows;
}

} // namespace

bool DesignerSelection::isEmpty() const
{
    return count() == 0;
}

int DesignerSelection::count() const
{
    return int(seats.size() + tables.size() + standingAreas.size() + labels.size() + shapes.size()) +
           (stage ? 1 : 0);
}

void DesignerSelection::normalize()
{
    sortUnique(seats);
    sortUnique(tables);
    sortUnique(standingAreas);
    sortUnique(labels);
    sortUnique(shapes);
}

DesignerDocument::DesignerDocument(QObject *parent)
    : QObject(parent)
    , m_undo(new QUndoStack(this))
{}

void DesignerDocument::reset(const LayoutDocument &layout)
{
    m_undo->clear();
    m_layout = layout;
    m_selection = {};
    updateSeatBits();
    emit changed(Change::Structure);
    emit selectionChanged();
    m_undo->setClean();
}

void DesignerDocument::replace(const LayoutDocument &layout, Change change)
{
    m_layout = layout;
    afterEdit(change);
}

void DesignerDocument::setSelection(DesignerSelection selection)
{
    selection.normalize();
    if (selection == m_selection)
        return;
    m_selection = std::move(selection);
    clampSelection();
    updateSeatBits();
    emit selectionChanged();
}

void DesignerDocument::afterEdit(Change change)
{
    if (change == Change::Structure) {
        const DesignerSelection before = m_selection;
        clampSelection();
        updateSeatBits();
        emit changed(change);
        if (!(before == m_selection))
            emit selectionChanged();
        return;
    }
    emit changed(change);
}

void DesignerDocument::clampSelection()
{
    dropOutOfRange(m_selection.seats, m_layout.seats.size());
    dropOutOfRange(m_selection.tables, m_layout.tables.size());
    dropOutOfRange(m_selection.standingAreas, m_layout.standingAreas.size());
    dropOutOfRange(m_selection.labels, m_layout.labels.size());
    dropOutOfRange(m_selection.shapes, m_layout.shapes.size());
    if (!m_layout.stage.rect.isValid())
        m_selection.stage = false;
}

void DesignerDocument::updateSeatBits()
{
    m_seatSelected.fill(false, m_layout.seats.size());
    for (int i : m_selection.seats)
        m_seatSelected[i] = true;
}

DesignerSelection DesignerDocument::all() const
{
    DesignerSelection s;
    s.seats = range(m_layout.seats.size());
    s.tables = range(m_layout.tables.size());
    s.standingAreas = range(m_layout.standingAreas.size());
    s.labels = range(m_layout.labels.size());
    s.shapes = range(m_layout.shapes.size());
    s.stage = m_layout.stage.rect.isValid();
    return s;
}

DesignerSelection DesignerDocument::wholeRows(const DesignerSelection &from) const
{
    QList<bool> rows(m_layout.rows.size(), false);
    QList<bool> tables(m_layout.tables.size(), false);
    for (int t : from.tables)
        tables[t] = true;
    for (int i : from.seats) {
        const LayoutDocument::Seat &s = m_layout.seats.at(i);
        if (s.row >= 0 && s.row < rows.size())
            rows[s.row] = true;
        if (s.table >= 0 && s.table < tables.size())
            tables[s.table] = true;
    }
    DesignerSelection out = from;
    for (int i = 0; i < m_layout.seats.size(); ++i) {
        const LayoutDocument::Seat &s = m_layout.seats.at(i);
        if ((s.row >= 0 && s.row < rows.size() && rows.at(s.row)) ||
            (s.table >= 0 && s.table < tables.size() && tables.at(s.table)))
            out.seats.append(i);
    }
    for (int t = 0; t < tables.size(); ++t) {
        if (tables.at(t))
            out.tables.append(t);
    }
    out.normalize();
    return out;
}

DesignerSelection DesignerDocument::wholeSections(const DesignerSelection &from) const
{
    QList<int> sections;
    for (int i : from.seats)
        sections.append(m_layout.sectionOf(m_layout.seats.at(i)));
    for (int t : from.tables)
        sections.append(m_layout.tables.at(t).section);
    for (int a : from.standingAreas)
        sections.append(m_layout.standingAreas.at(a).section);
    DesignerSelection out = seatsOfSections(sections);
    out.labels = from.labels;
    out.shapes = from.shapes;
    out.stage = from.stage;
    out.normalize();
    return out;
}

DesignerSelection DesignerDocument::seatsOfRows(const QList<int> &rows) const
{
    QList<bool> chosen(m_layout.rows.size(), false);
    for (int r : rows) {
        if (r >= 0 && r < chosen.size())
            chosen[r] = true;
    }
    DesignerSelection out;
    for (int i = 0; i < m_layout.seats.size(); ++i) {
        const int r = m_layout.seats.at(i).row;
        if (r >= 0 && r < chosen.size() && chosen.at(r))
            out.seats.append(i);
    }
    return out;
}

DesignerSelection DesignerDocument::seatsOfSections(const QList<int> &sections) const
{
    QList<bool> chosen(m_layout.sections.size(), false);
    for (int s : sections) {
        if (s >= 0 && s < chosen.size())
            chosen[s] = true;
    }
    const auto in = [&chosen](int section) {
        return section >= 0 && section < chosen.size() && chosen.at(section);
    };
    DesignerSelection out;
    for (int i = 0; i < m_layout.seats.size(); ++i) {
        if (in(m_layout.sectionOf(m_layout.seats.at(i))))
            out.seats.append(i);
    }
    for (int t = 0; t < m_layout.tables.size(); ++t) {
        if (in(m_layout.tables.at(t).section))
            out.tables.append(t);
    }
    for (int a = 0; a < m_layout.standingAreas.size(); ++a) {
        if (in(m_layout.standingAreas.at(a).section))
            out.standingAreas.append(a);
    }
    return out;
}

QRectF DesignerDocument::boundsOf(const DesignerSelection &selection) const
{
    double left = 0, top = 0, right = 0, bottom = 0;
    bool any = false;
    const auto add = [&](QPointF p) {
        if (!any) {
            left = right = p.x();
            top = bottom = p.y();
            any = true;
            return;
        }
        left = std::min(left, p.x());
        right = std::max(right, p.x());
        top = std::min(top, p.y());
        bottom = std::max(bottom, p.y());
    };
    for (int i : selection.seats)
        add(m_layout.seats.at(i).pos);
    for (int t : selection.tables)
        add(m_layout.tables.at(t).centre);
    for (int a : selection.standingAreas) {
        for (const QPointF &p : m_layout.standingAreas.at(a).outline)
            add(p);
    }
    for (int l : selection.labels)
        add(m_layout.labels.at(l).pos);
    for (int s : selection.shapes) {
        for (const QPointF &p : m_layout.shapes.at(s).points)
            add(p);
    }
    if (selection.stage) {
        add(m_layout.stage.rect.topLeft());
        add(m_layout.stage.rect.bottomRight());
    }
    return any ? QRectF(QPointF(left, top), QPointF(right, bottom)) : QRectF();
}

void DesignerDocument::translate(const DesignerSelection &selection, QPointF delta)
{
    for (int i : selection.seats)
        m_layout.seats[i].pos += delta;
    for (int r : wholeRowsOf(m_layout, selection.seats)) {
        if (m_layout.rows.at(r).curve)
            m_layout.rows[r].curve->centre += delta;
    }
    for (int t : selection.tables)
        m_layout.tables[t].centre += delta;
    for (int a : selection.standingAreas) {
        for (QPointF &p : m_layout.standingAreas[a].outline)
            p += delta;
    }
    for (int l : selection.labels)
        m_layout.labels[l].pos += delta;
    for (int s : selection.shapes) {
        for (QPointF &p : m_layout.shapes[s].points)
            p += delta;
    }
    if (selection.stage)
        m_layout.stage.rect.translate(delta);
    afterEdit(Change::Geometry);
}

void DesignerDocument::rotate(const DesignerSelection &selection, QPointF centre, double degrees)
{
    QTransform t;
    t.translate(centre.x(), centre.y());
    t.rotate(degrees);
    t.translate(-centre.x(), -centre.y());
    for (int i : selection.seats)
        m_layout.seats[i].pos = t.map(m_layout.seats.at(i).pos);
    for (int r : wholeRowsOf(m_layout, selection.seats)) {
        if (m_layout.rows.at(r).curve)
            m_layout.rows[r].curve->centre = t.map(m_layout.rows.at(r).curve->centre);
    }
    for (int i : selection.tables) {
        LayoutDocument::Table &table = m_layout.tables[i];
        table.centre = t.map(table.centre);
        table.rotation = std::fmod(table.rotation + degrees + 360.0, 360.0);
    }
    for (int a : selection.standingAreas) {
        for (QPointF &p : m_layout.standingAreas[a].outline)
            p = t.map(p);
    }
    for (int l : selection.labels) {
        LayoutDocument::Label &label = m_layout.labels[l];
        label.pos = t.map(label.pos);
        label.rotation = std::fmod(label.rotation + degrees + 360.0, 360.0);
    }
    for (int s : selection.shapes) {
        for (QPointF &p : m_layout.shapes[s].points)
            p = t.map(p);
    }
    // A stage is an upright rectangle: it turns about the centre as a whole.
    if (selection.stage)
        m_layout.stage.rect.moveCenter(t.map(m_layout.stage.rect.center()));
    afterEdit(Change::Geometry);
}

} // namespace BoxOffice::Ui
