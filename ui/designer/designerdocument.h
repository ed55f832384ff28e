#pragma once

#include "layout/layoutdocument.h"

#include <QList>
#include <QObject>
#include <QPointF>
#include <QRectF>

class QUndoStack;

namespace BoxOffice::Ui {

/**
 * What the organizer has selected in the designer: indexes into the document's lists,
 * each list sorted and without duplicates.
 */
struct DesignerSelection
{
    QList<int> seats;
    QList<int> tables;
    QList<int> standingAreas;
    QList<int> labels;
    QList<int> shapes;
    bool stage = false;

    bool isEmpty() const;
    int count() const;
    /** Sorts and removes duplicates in every list. */
    void normalize();
    friend bool operator==(const DesignerSelection &, const DesignerSelection &) = default;
};

/**
 * The designer's document: the layout (the truth: the scene only draws it), what is
 * selected, and the undo stack every edit goes through (designercommands.h). Commands call
 * the mutators below; the view listens to changed() and selectionChanged().
 */
class DesignerDocument final : public QObject
{
    Q_OBJECT
public:
    /** What an edit touched, so the view rebuilds no more than it must. */
    enum class Change {
        Geometry,  // positions only (move, rotate): the same objects, elsewhere
        Style,     // categories, flags, numbers, labels: the same objects, drawn differently
        Structure, // objects added or removed: indexes may have changed
    };
    Q_ENUM(Change)

    explicit DesignerDocument(QObject *parent = nullptr);

    const Shared::LayoutDocument &layout() const { return m_layout; }
    /** Replaces everything (opening a draft): clears the selection and the undo history. */
    void reset(const Shared::LayoutDocument &layout);
    QUndoStack *undoStack() const { return m_undo; }

    const DesignerSelection &selection() const { return m_selection; }
    void setSelection(DesignerSelection selection);
    void clearSelection() { setSelection({}); }
    bool isSeatSelected(int seat) const
    {
        return seat >= 0 && seat < m_seatSelected.size() && m_seatSelected.at(seat);
    }
    /** Everything in the document. */
    DesignerSelection all() const;
    /** The seats of the rows (and tables) that selected seats are in. */
    DesignerSelection wholeRows(const DesignerSelection &from) const;
    /** The seats, tables and standing areas of the sections that selected objects are in. */
    DesignerSelection wholeSections(const DesignerSelection &from) const;
    /** The seats of rows or sections (validation problems name them). */
    DesignerSelection seatsOfRows(const QList<int> &rows) const;
    DesignerSelection seatsOfSections(const QList<int> &sections) const;
    /** The scene rectangle the selection covers (null when empty). */
    QRectF boundsOf(const DesignerSelection &selection) const;

    // Mutators for commands (designercommands.cpp); each emits changed().
    void translate(const DesignerSelection &selection, QPointF delta);
    void rotate(const DesignerSelection &selection, QPointF centre, double degrees);
    /** Edits the layout in place, then emits changed(change). */
    template <typename Edit> void edit(Change change, Edit &&apply)
    {
        apply(m_layout);
        afterEdit(change);
    }
    /** Replaces the layout keeping the undo history (a command's undo of a structural edit). */
    void replace(const Shared::LayoutDocument &layout, Change change = Change::Structure);

signals:
    void changed(BoxOffice::Ui::DesignerDocument::Change change);
    void selectionChanged();

private:
    void afterEdit(Change change);
    void clampSelection();
    void updateSeatBits();

    Shared::LayoutDocument m_layout;
    DesignerSelection m_selection;
    QList<bool> m_seatSelected; // parallel to seats: painting asks for every seat
    QUndoStack *m_undo;
};

} // namespace BoxOffice::Ui
