// The venue designer (issue 11) through its widgets: selecting with clicks, a rubber band and
// whole rows; moving with the mouse and the arrow keys; rotating, deleting, copying, painting
// categories and flags; every edit undone and redone through the undo stack (Ctrl+Z,
// Ctrl+Shift+Z); the tools' dialogs; the validation panel selecting a problem's seats.

#include "../shared/layoutsamples.h"
#include "designer/designercommands.h"
#include "designer/designerlegend.h"
#include "designer/designerproblems.h"
#include "designer/designerproperties.h"
#include "designer/designertooldialog.h"
#include "designer/designerview.h"
#include "designer/designerworkspace.h"
#include "net/serverconnection.h"

#include <QAction>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

using namespace BoxOffice::Shared;
using namespace BoxOffice::Ui;
using BoxOffice::Tests::sampleLayout;

namespace {

DesignerSelection seatsOnly(const QList<int> &seats)
{
    DesignerSelection s;
    s.seats = seats;
    return s;
}

} // namespace

class tst_Designer : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void click_selectsSeat_shiftAdds();
    void doubleClick_selectsWholeRow();
    void rubberBand_selectsWhatIsInside();
    void arrowKeys_moveByGridStep_oneUndoStep();
    void drag_movesSnappedToGrid_undoRestores();
    void rotate_quarterTurns_undoRestores();
    void delete_removesSeatsAndEmptiedRow_undoRestores();
    void copyPaste_addsCopiesSelected();
    void paintCategory_legendCounts_undo();
    void toggleWheelchair_setsThenClears();
    void stageLabelShapeTools_addThroughDialogs();
    void toolDialogCancelled_changesNothing();
    void generatorTools_addSeatsAndPlaces_undoRestores();
    void problemActivated_selectsItsSeats();
    void properties_renameRow_undoable();
    void readOnly_refusesEdits();

private:
    QPoint viewPos(QPointF scene) const;
    QList<QPointF> positions() const;

    ServerConnection *m_connection = nullptr;
    DesignerWorkspace *m_designer = nullptr;
    LayoutDocument m_layout;
};

void tst_Designer::init()
{
    m_layout = sampleLayout();
    m_connection = new ServerConnection(this);
    m_designer = new DesignerWorkspace(m_connection);
    m_designer->resize(1100, 700);
    m_designer->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_designer));
    m_designer->open(m_layout, 3, 4);
    m_designer->view()->setFocus();
}

void tst_Designer::cleanup()
{
    DesignerToolDialog::autoAnswer = nullptr;
    delete m_designer;
    delete m_connection;
}

QPoint tst_Designer::viewPos(QPointF scene) const
{
    return m_designer->view()->mapFromScene(scene);
}

QList<QPointF> tst_Designer::positions() const
{
    QList<QPointF> out;
    for (const LayoutDocument::Seat &s : m_designer->document()->layout().seats)
        out.append(s.pos);
    return out;
}

void tst_Designer::click_selectsSeat_shiftAdds()
{
    QWidget *viewport = m_designer->view()->viewport();
    QTest::mouseClick(viewport, Qt::LeftButton, {}, viewPos(m_layout.seats.at(2).pos));
    QCOMPARE(m_designer->document()->selection().seats, QList<int>{2});
    QTest::mouseClick(viewport, Qt::LeftButton, Qt::ShiftModifier, viewPos(m_layout.seats.at(4).pos));
    QCOMPARE(m_designer->document()->selection().seats, (QList<int>{2, 4}));
    // A click on nothing clears it.
    QTest::mouseClick(viewport, Qt::LeftButton, {}, viewPos(QPointF(-15, 25)));
    QVERIFY(m_designer->document()->selection().isEmpty());
    // A table's seat brings the table and its other seats.
    QTest::mouseClick(viewport, Qt::LeftButton, {}, viewPos(m_layout.seats.at(12).pos));
    QCOMPARE(m_designer->document()->selection().seats, (QList<int>{12, 13, 14, 15}));
    QCOMPARE(m_designer->document()->selection().tables, QList<int>{0});
}

void tst_Designer::doubleClick_selectsWholeRow()
{
    QTest::mouseDClick(m_designer->view()->viewport(), Qt::LeftButton, {}, viewPos(m_layout.seats.at(8).pos));
    QCOMPARE(m_designer->document()->selection().seats, (QList<int>{6, 7, 8, 9, 10, 11}));
    // Ctrl+Shift+R from one seat does the same.
    m_designer->document()->setSelection(seatsOnly({1}));
    QTest::keyClick(m_designer->view(), Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_designer->document()->selection().seats, (QList<int>{0, 1, 2, 3, 4, 5}));
}

void tst_Designer::rubberBand_selectsWhatIsInside()
{
    QWidget *viewport = m_designer->view()->viewport();
    // Around the straight row A (y = 1, x from -3 to 3), nothing else; from the right, as
    // a press near the aisle on the left (x = -4) would pick the aisle up.
    const QPoint from = viewPos(QPointF(3.6, 1.35));
    const QPoint to = viewPos(QPointF(-3.5, 0.65)); // row B curves through y 0.88 and 1.59 nearby
    QTest::mousePress(viewport, Qt::LeftButton, {}, from);
    QTest::mouseMove(viewport, (from + to) / 2);
    QTest::mouseMove(viewport, to);
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, to);
    QCOMPARE(m_designer->document()->selection().seats, (QList<int>{0, 1, 2, 3, 4, 5}));
    QVERIFY(m_designer->document()->selection().labels.isEmpty());
}

void tst_Designer::arrowKeys_moveByGridStep_oneUndoStep()
{
    const QList<QPointF> before = positions();
    QTest::keyClick(m_designer->view(), Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(m_designer->document()->selection().seats.size(), m_layout.seats.size());
    QTest::keyClick(m_designer->view(), Qt::Key_Right);
    QTest::keyClick(m_designer->view(), Qt::Key_Right);
    QTest::keyClick(m_designer->view(), Qt::Key_Down);
    const double step = m_designer->view()->gridStep();
    const QList<QPointF> after = positions();
    for (qsizetype i = 0; i < before.size(); ++i)
        QCOMPARE(after.at(i), before.at(i) + QPointF(2 * step, step));
    QCOMPARE(m_designer->document()->layout().stage.rect, m_layout.stage.rect.translated(2 * step, step));
    QCOMPARE(m_designer->document()->undoStack()->count(), 1); // a burst of keys is one step
    QVERIFY(m_designer->isModified());
    QTest::keyClick(m_designer->view(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_designer->document()->layout(), m_layout);
    QVERIFY(!m_designer->isModified());
    QTest::keyClick(m_designer->view(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(positions(), after);
}

void tst_Designer::drag_movesSnappedToGrid_undoRestores()
{
    QWidget *viewport = m_designer->view()->viewport();
    const QPointF seat = m_layout.seats.at(2).pos; // (-0.6, 1): on the grid after the move
    QTest::mouseClick(viewport, Qt::LeftButton, {}, viewPos(seat));
    const QPoint from = viewPos(seat);
    const QPoint to = viewPos(seat + QPointF(3.1, 2.2));
    QTest::mousePress(viewport, Qt::LeftButton, {}, from);
    for (int k = 1; k <= 5; ++k)
        QTest::mouseMove(viewport, from + (to - from) * k / 5);
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, to);
    const QPointF moved = m_designer->document()->layout().seats.at(2).pos;
    const double step = m_designer->view()->gridStep();
    QCOMPARE(moved, m_designer->view()->snapped(seat + QPointF(3.1, 2.2)));
    QCOMPARE(std::fmod(std::abs(moved.x()), step), 0.0);
    QCOMPARE(m_designer->document()->undoStack()->count(), 1); // the drag is one command
    QCOMPARE(m_designer->document()->layout().seats.at(3).pos, m_layout.seats.at(3).pos);
    m_designer->action(QStringLiteral("designerUndo"))->trigger();
    QCOMPARE(m_designer->document()->layout(), m_layout);
}

void tst_Designer::rotate_quarterTurns_undoRestores()
{
    m_designer->document()->setSelection(m_designer->document()->seatsOfRows({0}));
    const QPointF centre = m_designer->document()->boundsOf(m_designer->document()->selection()).center();
    m_designer->rotateSelection(90);
    // Row A ran along x; turned a quarter it runs along y through the same centre.
    const LayoutDocument &layout = m_designer->document()->layout();
    for (int i = 0; i < 6; ++i)
        QVERIFY(std::abs(layout.seats.at(i).pos.x() - centre.x()) < 1e-9);
    QTest::keyClick(m_designer->view(), Qt::Key_BracketRight); // 15° more
    QCOMPARE(m_designer->document()->undoStack()->count(), 2);
    m_designer->document()->undoStack()->undo();
    m_designer->document()->undoStack()->undo();
    for (int i = 0; i < 6; ++i) {
        const QPointF d = m_designer->document()->layout().seats.at(i).pos - m_layout.seats.at(i).pos;
        QVERIFY2(std::hypot(d.x(), d.y()) < 1e-9, qPrintable(QString::number(i)));
    }
}

void tst_Designer::delete_removesSeatsAndEmptiedRow_undoRestores()
{
    m_designer->document()->setSelection(m_designer->document()->seatsOfRows({0}));
    QTest::keyClick(m_designer->view(), Qt::Key_Delete);
    const LayoutDocument &layout = m_designer->document()->layout();
    QCOMPARE(layout.seats.size(), m_layout.seats.size() - 6);
    QCOMPARE(layout.rows.size(), 1); // row A went with its seats
    QCOMPARE(layout.rows.first().label, QStringLiteral("B"));
    for (const LayoutDocument::Seat &s : layout.seats)
        QVERIFY(s.row == 0 || s.table == 0);
    QVERIFY(m_designer->document()->selection().isEmpty());
    m_designer->action(QStringLiteral("designerUndo"))->trigger();
    QCOMPARE(m_designer->document()->layout(), m_layout);
    QCOMPARE(m_designer->document()->selection().seats, (QList<int>{0, 1, 2, 3, 4, 5}));
}

void tst_Designer::copyPaste_addsCopiesSelected()
{
    m_designer->document()->setSelection(m_designer->document()->seatsOfRows({1}));
    QTest::keyClick(m_designer->view(), Qt::Key_C, Qt::ControlModifier);
    QTest::keyClick(m_designer->view(), Qt::Key_V, Qt::ControlModifier);
    const LayoutDocument &layout = m_designer->document()->layout();
    QCOMPARE(layout.seats.size(), m_layout.seats.size() + 6);
    QCOMPARE(layout.rows.size(), m_layout.rows.size() + 1);
    const DesignerSelection &pasted = m_designer->document()->selection();
    QCOMPARE(pasted.seats.size(), 6);
    const double offset = 2 * m_designer->view()->gridStep();
    for (int k = 0; k < 6; ++k) {
        const LayoutDocument::Seat &copy = layout.seats.at(pasted.seats.at(k));
        QCOMPARE(copy.pos, m_layout.seats.at(6 + k).pos + QPointF(offset, offset));
        QCOMPARE(copy.number, m_layout.seats.at(6 + k).number);
        QCOMPARE(copy.row, int(m_layout.rows.size()));
    }
    QCOMPARE(layout.rows.last().curve->centre, m_layout.rows.at(1).curve->centre + QPointF(offset, offset));
    m_designer->document()->undoStack()->undo();
    QCOMPARE(m_designer->document()->layout(), m_layout);
}

void tst_Designer::paintCategory_legendCounts_undo()
{
    DesignerLegend *legend = m_designer->legend();
    QCOMPARE(legend->countOf(0), 6);
    QCOMPARE(legend->countOf(2), 10 + 150); // row B, the table and the lawn's 150 places
    m_designer->document()->setSelection(m_designer->document()->seatsOfRows({1}));
    m_designer->paintCategory(0);
    QCOMPARE(legend->countOf(0), 12);
    QCOMPARE(legend->countOf(2), 4 + 150);
    // A new category, painted from the legend with Return.
    const int vip = m_designer->addCategory(QStringLiteral("VIP"));
    QVERIFY(vip > 2);
    m_designer->document()->setSelection(seatsOnly({0, 1}));
    legend->setFocus();
    for (int i = 0; i < legend->topLevelItemCount(); ++i) {
        if (legend->topLevelItem(i)->data(0, DesignerLegend::CategoryRole).toInt() == vip)
            legend->setCurrentItem(legend->topLevelItem(i));
    }
    QTest::keyClick(legend, Qt::Key_Return);
    QCOMPARE(legend->countOf(vip), 2);
    QCOMPARE(m_designer->document()->layout().seats.at(0).category, vip);
    QCOMPARE(m_designer->document()->undoStack()->count(), 3);
    while (m_designer->document()->undoStack()->canUndo())
        m_designer->document()->undoStack()->undo();
    QCOMPARE(m_designer->document()->layout(), m_layout);
    QCOMPARE(legend->countOf(0), 6);
}

void tst_Designer::toggleWheelchair_setsThenClears()
{
    m_designer->document()->setSelection(seatsOnly({2, 3}));
    QTest::keyClick(m_designer->view(), Qt::Key_W);
    const auto flags = [this](int i) { return m_designer->document()->layout().seats.at(i).flags; };
    QVERIFY(flags(2) & LayoutDocument::Wheelchair);
    QVERIFY(flags(3) & LayoutDocument::Wheelchair);
    QTest::keyClick(m_designer->view(), Qt::Key_W);
    QCOMPARE(flags(2), quint8(0));
    // Seat 0 is a wheelchair space already, seat 1 not: one press marks both, keeping others.
    m_designer->document()->setSelection(seatsOnly({0, 1}));
    QTest::keyClick(m_designer->view(), Qt::Key_W);
    QCOMPARE(flags(1), quint8(LayoutDocument::Companion | LayoutDocument::Wheelchair));
    m_designer->document()->undoStack()->undo();
    m_designer->document()->undoStack()->undo();
    m_designer->document()->undoStack()->undo();
    QCOMPARE(m_designer->document()->layout(), m_layout);
}

void tst_Designer::stageLabelShapeTools_addThroughDialogs()
{
    DesignerToolDialog::autoAnswer = [](DesignerToolDialog *dialog) {
        if (dialog->field(QStringLiteral("text")))
            qobject_cast<QLineEdit *>(dialog->field(QStringLiteral("text")))->setText(QStringLiteral("Bar"));
        return true;
    };
    QTest::keyClick(m_designer->view(), Qt::Key_L);
    const LayoutDocument &layout = m_designer->document()->layout();
    QCOMPARE(layout.labels.size(), m_layout.labels.size() + 1);
    QCOMPARE(layout.labels.last().text, QStringLiteral("Bar"));
    QCOMPARE(m_designer->document()->selection().labels, QList<int>{int(m_layout.labels.size())});
    QTest::keyClick(m_designer->view(), Qt::Key_H);
    QCOMPARE(m_designer->document()->layout().shapes.size(), m_layout.shapes.size() + 1);
    QCOMPARE(m_designer->document()->layout().shapes.last().kind, LayoutDocument::ShapeKind::Aisle);
    QTest::keyClick(m_designer->view(), Qt::Key_S);
    QCOMPARE(m_designer->document()->layout().stage.rect.size(), QSizeF(10, 3)); // the stage's, kept
    QCOMPARE(m_designer->document()->undoStack()->count(), 3);
    while (m_designer->document()->undoStack()->canUndo())
        m_designer->document()->undoStack()->undo();
    QCOMPARE(m_designer->document()->layout(), m_layout);
}

void tst_Designer::toolDialogCancelled_changesNothing()
{
    DesignerToolDialog::autoAnswer = [](DesignerToolDialog *) { return false; };
    for (Qt::Key key : {Qt::Key_L, Qt::Key_H, Qt::Key_S})
        QTest::keyClick(m_designer->view(), key);
    QCOMPARE(m_designer->document()->undoStack()->count(), 0);
    QCOMPARE(m_designer->document()->layout(), m_layout);
}

void tst_Designer::generatorTools_addSeatsAndPlaces_undoRestores()
{
    DesignerToolDialog::autoAnswer = [](DesignerToolDialog *dialog) {
        if (auto *rows = qobject_cast<QSpinBox *>(dialog->field(QStringLiteral("rows"))))
            rows->setValue(5);
        if (auto *seats = qobject_cast<QSpinBox *>(dialog->field(QStringLiteral("seats"))))
            seats->setValue(dialog->field(QStringLiteral("rows")) ? 12 : 6);
        if (auto *capacity = qobject_cast<QSpinBox *>(dialog->field(QStringLiteral("capacity"))))
            capacity->setValue(300);
        return true;
    };
    const LayoutDocument &layout = m_designer->document()->layout();
    const qsizetype seats = m_layout.seats.size();
    const qsizetype rows = m_layout.rows.size();

    QTest::keyClick(m_designer->view(), Qt::Key_B); // a block of 5 rows of 12
    QCOMPARE(layout.seats.size(), seats + 60);
    QCOMPARE(layout.rows.size(), rows + 5);
    QCOMPARE(m_designer->document()->selection().seats.size(), 60);
    QCOMPARE(m_designer->document()->selection().seats.first(), int(seats));

    QTest::keyClick(m_designer->view(), Qt::Key_R); // a single row of 6
    QCOMPARE(layout.seats.size(), seats + 66);
    QCOMPARE(layout.rows.size(), rows + 6);

    QTest::keyClick(m_designer->view(), Qt::Key_T); // a table with 6 seats
    QCOMPARE(layout.tables.size(), m_layout.tables.size() + 1);
    QCOMPARE(layout.seats.size(), seats + 72);
    QCOMPARE(layout.seats.last().table, int(layout.tables.size() - 1));

    QTest::keyClick(m_designer->view(), Qt::Key_G); // a standing area of 300
    QCOMPARE(layout.standingAreas.size(), m_layout.standingAreas.size() + 1);
    QCOMPARE(layout.standingAreas.last().capacity, 300);
    QCOMPARE(layout.placeCount(), m_layout.placeCount() + 72 + 300);

    QCOMPARE(m_designer->document()->undoStack()->count(), 4);
    while (m_designer->document()->undoStack()->canUndo())
        m_designer->document()->undoStack()->undo();
    QCOMPARE(m_designer->document()->layout(), m_layout);
}

void tst_Designer::problemActivated_selectsItsSeats()
{
    LayoutDocument broken = m_layout;
    broken.seats[7].category = -1;
    broken.seats[9].number = broken.seats[8].number;
    m_designer->open(broken, 3, 4);
    DesignerProblems *problems = m_designer->problems();
    QCOMPARE(problems->problemCount(), 2);
    QList<QList<int>> selected;
    for (int row = 0; row < problems->count(); ++row) {
        QTest::mouseClick(problems->viewport(), Qt::LeftButton, {},
                          problems->visualItemRect(problems->item(row)).center());
        selected.append(m_designer->document()->selection().seats);
    }
    QVERIFY(selected.contains(QList<int>{7}));
    QVERIFY(selected.contains(QList<int>{8, 9}));
}

void tst_Designer::properties_renameRow_undoable()
{
    m_designer->document()->setSelection(m_designer->document()->seatsOfRows({1}));
    QLineEdit *name = m_designer->properties()->nameEdit();
    QVERIFY(name->isVisible());
    QCOMPARE(name->text(), QStringLiteral("B"));
    name->setFocus();
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("BB")); // letters go into the field, not to the tools
    QTest::keyClick(name, Qt::Key_Return);
    QCOMPARE(m_designer->document()->layout().rows.at(1).label, QStringLiteral("BB"));
    QCOMPARE(m_designer->document()->undoStack()->count(), 1);
    QCOMPARE(m_designer->document()->layout().seats.size(), m_layout.seats.size());
    m_designer->document()->undoStack()->undo();
    QCOMPARE(m_designer->document()->layout(), m_layout);
}

void tst_Designer::readOnly_refusesEdits()
{
    m_designer->open(m_layout, 3, 0, true);
    QTest::keyClick(m_designer->view(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(m_designer->view(), Qt::Key_Right);
    QTest::keyClick(m_designer->view(), Qt::Key_Delete);
    QTest::keyClick(m_designer->view(), Qt::Key_W);
    QCOMPARE(m_designer->document()->undoStack()->count(), 0);
    QCOMPARE(m_designer->document()->layout(), m_layout);
    QVERIFY(!m_designer->action(QStringLiteral("designerSave"))->isEnabled());
    QVERIFY(!m_designer->isModified());
}

QTEST_MAIN(tst_Designer)
#include "tst_designer.moc"
