#pragma once

#include "designer/designerdocument.h"

#include <QCoreApplication>
#include <QPointF>
#include <QUndoCommand>

#include <functional>
#include <optional>

namespace BoxOffice::Ui {

/**
 * The designer's edits (Qt's Undo Framework). A command on many seats keeps their indexes and
 * a delta, not copies of the seats; a drag or a run of arrow keys merges into one command.
 * Commands that add or remove objects keep what they need to put the document back.
 */
class MoveCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(MoveCommand)
public:
    static constexpr int Id = 1;
    /** `mergeKey` equal on two moves in a row (one drag, one burst of keys): one command. */
    MoveCommand(DesignerDocument *doc, DesignerSelection selection, QPointF delta, int mergeKey = 0);
    void redo() override;
    void undo() override;
    int id() const override { return Id; }
    bool mergeWith(const QUndoCommand *other) override;
    QPointF delta() const { return m_delta; }

private:
    DesignerDocument *m_doc;
    DesignerSelection m_selection;
    QPointF m_delta;
    int m_mergeKey;
};

class RotateCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(RotateCommand)
public:
    RotateCommand(DesignerDocument *doc, DesignerSelection selection, QPointF centre, double degrees);
    void redo() override;
    void undo() override;

private:
    DesignerDocument *m_doc;
    DesignerSelection m_selection;
    QPointF m_centre;
    double m_degrees;
};

/** Paints a price category and/or sets or clears flags on seats (and standing areas). */
class PaintCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(PaintCommand)
public:
    struct Paint
    {
        std::optional<int> category; // a category id
        quint8 setFlags = 0;
        quint8 clearFlags = 0;
    };
    PaintCommand(DesignerDocument *doc, const DesignerSelection &selection, Paint paint, const QString &text);
    void redo() override;
    void undo() override;

private:
    DesignerDocument *m_doc;
    QList<int> m_seats;
    QList<int> m_areas;
    Paint m_paint;
    QList<int> m_oldCategories; // parallel to m_seats, then m_areas
    QList<quint8> m_oldFlags;   // parallel to m_seats
};

/**
 * An edit that may change indexes (delete, paste, a generator, a property): it keeps the
 * document as it was before. Lists nobody touched stay shared with the document (Qt's
 * implicit sharing), so the copy costs what the edit changed.
 */
class LayoutEditCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(LayoutEditCommand)
public:
    using Edit = std::function<bool(Shared::LayoutDocument &layout, DesignerSelection &selectAfter)>;
    /**
     * `edit` changes the layout and says what to select afterwards; returning false means
     * nothing was done (the command is then obsolete and leaves the stack).
     */
    LayoutEditCommand(DesignerDocument *doc, const QString &text, Edit edit,
                      DesignerDocument::Change change = DesignerDocument::Change::Structure);
    void redo() override;
    void undo() override;

private:
    DesignerDocument *m_doc;
    Edit m_edit;
    DesignerDocument::Change m_change;
    Shared::LayoutDocument m_before;
    DesignerSelection m_selectionBefore;
    std::optional<Shared::LayoutDocument> m_after; // computed on the first redo
    DesignerSelection m_selectionAfter;
};

/** Removes the selected objects, the rows, tables and sections left empty by it too. */
bool deleteSelection(Shared::LayoutDocument &layout, const DesignerSelection &selection);

/**
 * Appends a copy of `objects` (from `source`) to `layout`, moved by `offset`, with the
 * sections, rows and tables their seats need; `added` names the copies.
 */
void pasteInto(Shared::LayoutDocument &layout, const Shared::LayoutDocument &source,
               const DesignerSelection &objects, QPointF offset, DesignerSelection *added);

} // namespace BoxOffice::Ui
