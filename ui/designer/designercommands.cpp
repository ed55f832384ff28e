#include "designer/designercommands.h"

#include <QHash>

namespace BoxOffice::Ui {

using Shared::LayoutDocument;

MoveCommand::MoveCommand(DesignerDocument *doc, DesignerSelection selection, QPointF delta, int mergeKey)
    : m_doc(doc)
    , m_selection(std::move(selection))
    , m_delta(delta)
    , m_mergeKey(mergeKey)
{
    setText(tr("Move"));
}

void MoveCommand::redo()
{
    m_doc->translate(m_selection, m_delta);
}

void MoveCommand::undo()
{
    m_doc->translate(m_selection, -m_delta);
}

bool MoveCommand::mergeWith(const QUndoCommand *other)
{
    const auto *move = static_cast<const MoveCommand *>(other);
    if (m_mergeKey == 0 || move->m_mergeKey != m_mergeKey || !(move->m_selection == m_selection))
        return false;
    m_delta += move->m_delta;
    return true;
}

RotateCommand::RotateCommand(DesignerDocument *doc, DesignerSelection selection, QPointF centre,
                             double degrees)
    : m_doc(doc)
    , m_selection(std::move(selection))
    , m_centre(centre)
    , m_degrees(degrees)
{
    setText(tr("Rotate"));
}

void RotateCommand::redo()
{
    m_doc->rotate(m_selection, m_centre, m_degrees);
}

void RotateCommand::undo()
{
    m_doc->rotate(m_selection, m_centre, -m_degrees);
}

PaintCommand::PaintCommand(DesignerDocument *doc, const DesignerSelection &selection, Paint paint,
                           const QString &text)
    : m_doc(doc)
    , m_seats(selection.seats)
    , m_areas(selection.standingAreas)
    , m_paint(paint)
{
    setText(text);
    const LayoutDocument &layout = doc->layout();
    m_oldCategories.reserve(m_seats.size() + m_areas.size());
    m_oldFlags.reserve(m_seats.size());
    for (int i : m_seats) {
        m_oldCategories.append(layout.seats.at(i).category);
        m_oldFlags.append(layout.seats.at(i).flags);
    }
    for (int a : m_areas)
        m_oldCategories.append(layout.standingAreas.at(a).category);
}

void PaintCommand::redo()
{
    m_doc->edit(DesignerDocument::Change::Style, [this](LayoutDocument &layout) {
        for (int i : m_seats) {
            LayoutDocument::Seat &seat = layout.seats[i];
            if (m_paint.category)
                seat.category = *m_paint.category;
            seat.flags = quint8((seat.flags | m_paint.setFlags) & ~m_paint.clearFlags);
        }
        if (m_paint.category) {
            for (int a : m_areas)
                layout.standingAreas[a].category = *m_paint.category;
        }
    });
}

void PaintCommand::undo()
{
    m_doc->edit(DesignerDocument::Change::Style, [this](LayoutDocument &layout) {
        for (qsizetype k = 0; k < m_seats.size(); ++k) {
            LayoutDocument::Seat &seat = layout.seats[m_seats.at(k)];
            seat.category = m_oldCategories.at(k);
            seat.flags = m_oldFlags.at(k);
        }
        for (qsizetype k = 0; k < m_areas.size(); ++k)
            layout.standingAreas[m_areas.at(k)].category = m_oldCategories.at(m_seats.size() + k);
    });
}

LayoutEditCommand::LayoutEditCommand(DesignerDocument *doc, const QString &text, Edit edit,
                                     DesignerDocument::Change change)
    : m_doc(doc)
    , m_edit(std::move(edit))
    , m_change(change)
{
    setText(text);
}

void LayoutEditCommand::redo()
{
    if (!m_after) {
        m_before = m_doc->layout();
        m_selectionBefore = m_doc->selection();
        LayoutDocument after = m_before;
        DesignerSelection select;
        if (!m_edit(after, select)) {
            setObsolete(true);
            return;
        }
        m_after = std::move(after);
        m_selectionAfter = std::move(select);
        m_edit = {}; // what it captured is no longer needed
    }
    m_doc->replace(*m_after, m_change);
    m_doc->setSelection(m_selectionAfter);
}

void LayoutEditCommand::undo()
{
    m_doc->replace(m_before, m_change);
    m_doc->setSelection(m_selectionBefore);
}

bool deleteSelection(LayoutDocument &layout, const DesignerSelection &selection)
{
    if (selection.isEmpty())
        return false;
    QList<bool> dropSeat(layout.seats.size(), false);
    for (int i : selection.seats)
        dropSeat[i] = true;
    QList<bool> dropTable(layout.tables.size(), false);
    for (int t : selection.tables)
        dropTable[t] = true;
    for (qsizetype i = 0; i < layout.seats.size(); ++i) {
        const int t = layout.seats.at(i).table;
        if (t >= 0 && dropTable.at(t))
            dropSeat[i] = true; // a table goes with its seats
    }
    QList<LayoutDocument::Seat> seats;
    seats.reserve(layout.seats.size());
    QList<int> rowSeats(layout.rows.size(), 0);
    QList<int> tableSeats(layout.tables.size(), 0);
    for (qsizetype i = 0; i < layout.seats.size(); ++i) {
        if (dropSeat.at(i))
            continue;
        const LayoutDocument::Seat &s = layout.seats.at(i);
        seats.append(s);
        if (s.row >= 0)
            ++rowSeats[s.row];
        if (s.table >= 0)
            ++tableSeats[s.table];
    }
    // Rows and tables left without seats go too (an empty row is a validation problem);
    // rows that were empty before stay, they are the organizer's to fix.
    QList<int> rowMap(layout.rows.size(), -1);
    QList<LayoutDocument::Row> rows;
    QList<bool> rowHadSeats(layout.rows.size(), false);
    QList<bool> tableHadSeats(layout.tables.size(), false);
    for (const LayoutDocument::Seat &s : layout.seats) {
        if (s.row >= 0)
            rowHadSeats[s.row] = true;
        if (s.table >= 0)
            tableHadSeats[s.table] = true;
    }
    for (qsizetype r = 0; r < layout.rows.size(); ++r) {
        if (rowSeats.at(r) == 0 && rowHadSeats.at(r))
            continue;
        rowMap[r] = int(rows.size());
        rows.append(layout.rows.at(r));
    }
    QList<int> tableMap(layout.tables.size(), -1);
    QList<LayoutDocument::Table> tables;
    for (qsizetype t = 0; t < layout.tables.size(); ++t) {
        if (dropTable.at(t) || (tableSeats.at(t) == 0 && tableHadSeats.at(t)))
            continue;
        tableMap[t] = int(tables.size());
        tables.append(layout.tables.at(t));
    }
    for (LayoutDocument::Seat &s : seats) {
        if (s.row >= 0)
            s.row = rowMap.at(s.row);
        if (s.table >= 0)
            s.table = tableMap.at(s.table);
    }
    const auto removeIndexes = [](auto &list, const QList<int> &indexes) {
        for (auto it = indexes.crbegin(); it != indexes.crend(); ++it)
            list.removeAt(*it);
    };
    removeIndexes(layout.standingAreas, selection.standingAreas);
    removeIndexes(layout.labels, selection.labels);
    removeIndexes(layout.shapes, selection.shapes);
    if (selection.stage)
        layout.stage = {};
    layout.seats = std::move(seats);
    layout.rows = std::move(rows);
    layout.tables = std::move(tables);
    return true;
}

void pasteInto(LayoutDocument &layout, const LayoutDocument &source, const DesignerSelection &objects,
               QPointF offset, DesignerSelection *added)
{
    DesignerSelection out;
    QHash<int, int> sectionMap; // the copies stay in their sections when pasted into the same
    const auto section = [&](int s) {
        if (s < 0 || s >= source.sections.size())
            return 0;
        if (const auto it = sectionMap.constFind(s); it != sectionMap.cend())
            return *it;
        int found = -1;
        for (int k = 0; k < layout.sections.size(); ++k) {
            if (layout.sections.at(k).name == source.sections.at(s).name)
                found = k;
        }
        if (found < 0) {
            found = int(layout.sections.size());
            layout.sections.append(source.sections.at(s));
        }
        sectionMap.insert(s, found);
        return found;
    };
    QHash<int, int> rowMap;
    QHash<int, int> tableMap;
    for (int t : objects.tables) {
        LayoutDocument::Table table = source.tables.at(t);
        table.section = section(table.section);
        table.centre += offset;
        tableMap.insert(t, int(layout.tables.size()));
        out.tables.append(int(layout.tables.size()));
        layout.tables.append(table);
    }
    for (int i : objects.seats) {
        LayoutDocument::Seat seat = source.seats.at(i);
        seat.pos += offset;
        if (seat.row >= 0) {
            auto it = rowMap.constFind(seat.row);
            if (it == rowMap.cend()) {
                LayoutDocument::Row row = source.rows.at(seat.row);
                row.section = section(row.section);
                if (row.curve)
                    row.curve->centre += offset;
                it = rowMap.insert(seat.row, int(layout.rows.size()));
                layout.rows.append(row);
            }
            seat.row = *it;
        } else if (seat.table >= 0) {
            auto it = tableMap.constFind(seat.table);
            if (it == tableMap.cend()) {
                LayoutDocument::Table table = source.tables.at(seat.table);
                table.section = section(table.section);
                table.centre += offset;
                it = tableMap.insert(seat.table, int(layout.tables.size()));
                layout.tables.append(table);
            }
            seat.table = *it;
        }
        out.seats.append(int(layout.seats.size()));
        layout.seats.append(seat);
    }
    for (int a : objects.standingAreas) {
        LayoutDocument::StandingArea area = source.standingAreas.at(a);
        area.section = section(area.section);
        for (QPointF &p : area.outline)
            p += offset;
        out.standingAreas.append(int(layout.standingAreas.size()));
        layout.standingAreas.append(area);
    }
    for (int l : objects.labels) {
        LayoutDocument::Label label = source.labels.at(l);
        label.pos += offset;
        out.labels.append(int(layout.labels.size()));
        layout.labels.append(label);
    }
    for (int s : objects.shapes) {
        LayoutDocument::Shape shape = source.shapes.at(s);
        for (QPointF &p : shape.points)
            p += offset;
        out.shapes.append(int(layout.shapes.size()));
        layout.shapes.append(shape);
    }
    // Categories are the venue's: a seat copied from another venue keeps its id only if it is listed.
    for (int i : out.seats) {
        if (!layout.category(layout.seats.at(i).category))
            layout.seats[i].category = -1;
    }
    if (added)
        *added = out;
}

} // namespace BoxOffice::Ui
