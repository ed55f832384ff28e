// The designer's actions and their shortcuts (split from designerworkspace.cpp; same class).
// Shortcuts work while the designer or one of its panels has the focus, so they never clash
// with the main window's. Single keys (B, R, T …) are the tools': a text field takes its
// letters itself, so typing a name never starts a tool.

#include "designer/designerworkspace.h"

#include "designer/designerlegend.h"
#include "designer/designerproblems.h"
#include "designer/designerproperties.h"
#include "designer/designerview.h"

#include <QAction>
#include <QLineEdit>
#include <QToolBar>
#include <QUndoStack>

namespace BoxOffice::Ui {

using Shared::LayoutDocument;

QAction *DesignerWorkspace::addAction(const QString &name, const QString &text, const QKeySequence &shortcut,
                                      const QString &tip)
{
    auto *action = new QAction(text, this);
    action->setObjectName(name);
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    const QString keys = shortcut.toString(QKeySequence::NativeText);
    action->setToolTip(keys.isEmpty() ? (tip.isEmpty() ? text : tip)
                                      : QStringLiteral("%1 (%2)").arg(
                                            tip.isEmpty() ? QString(text).remove(u'&') : tip, keys));
    QWidget::addAction(action);
    m_actions.insert(name, action);
    return action;
}

void DesignerWorkspace::createActions()
{
    QUndoStack *undo = m_doc->undoStack();
    QAction *a = undo->createUndoAction(this, tr("&Undo"));
    a->setObjectName(QStringLiteral("designerUndo"));
    a->setShortcut(QKeySequence(tr("Ctrl+Z")));
    a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QWidget::addAction(a);
    m_actions.insert(a->objectName(), a);
    a = undo->createRedoAction(this, tr("&Redo"));
    a->setObjectName(QStringLiteral("designerRedo"));
    a->setShortcuts({QKeySequence(tr("Ctrl+Shift+Z")), QKeySequence(tr("Ctrl+Y"))});
    a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QWidget::addAction(a);
    m_actions.insert(a->objectName(), a);

    connect(addAction(QStringLiteral("designerSave"), tr("&Save Draft"), QKeySequence(tr("Ctrl+S"))),
            &QAction::triggered, this, &DesignerWorkspace::save);
    connect(addAction(QStringLiteral("designerPublish"), tr("&Publish"), QKeySequence(tr("Ctrl+Shift+P")),
                      tr("Publish the draft as a new version")),
            &QAction::triggered, this, &DesignerWorkspace::publish);
    connect(addAction(QStringLiteral("designerClose"), tr("&Close Designer"), QKeySequence(tr("Ctrl+W"))),
            &QAction::triggered, this, &DesignerWorkspace::closeRequested);

    connect(addAction(QStringLiteral("designerSelectAll"), tr("Select &All"), QKeySequence(tr("Ctrl+A"))),
            &QAction::triggered, this, [this] { m_doc->setSelection(m_doc->all()); });
    connect(
        addAction(QStringLiteral("designerSelectNone"), tr("Select &None"), QKeySequence(tr("Ctrl+Shift+A"))),
        &QAction::triggered, this, [this] { m_doc->clearSelection(); });
    connect(addAction(QStringLiteral("designerSelectRow"), tr("Select &Row"),
                      QKeySequence(tr("Ctrl+Shift+R")),
                      tr("Select the whole rows and tables of the selected seats")),
            &QAction::triggered, this, [this] { m_doc->setSelection(m_doc->wholeRows(m_doc->selection())); });
    connect(addAction(QStringLiteral("designerSelectSection"), tr("Select S&ection"),
                      QKeySequence(tr("Ctrl+Shift+E")), tr("Select the whole sections of the selection")),
            &QAction::triggered, this,
            [this] { m_doc->setSelection(m_doc->wholeSections(m_doc->selection())); });
    connect(addAction(QStringLiteral("designerCut"), tr("Cu&t"), QKeySequence(tr("Ctrl+X"))),
            &QAction::triggered, this, [this] {
                copySelection();
                deleteSelection();
            });
    connect(addAction(QStringLiteral("designerCopy"), tr("&Copy"), QKeySequence(tr("Ctrl+C"))),
            &QAction::triggered, this, &DesignerWorkspace::copySelection);
    connect(addAction(QStringLiteral("designerPaste"), tr("&Paste"), QKeySequence(tr("Ctrl+V"))),
            &QAction::triggered, this, &DesignerWorkspace::paste);
    connect(addAction(QStringLiteral("designerDuplicate"), tr("D&uplicate"), QKeySequence(tr("Ctrl+D"))),
            &QAction::triggered, this, [this] {
                copySelection();
                paste();
            });
    connect(addAction(QStringLiteral("designerDelete"), tr("&Delete"), QKeySequence(QKeySequence::Delete)),
            &QAction::triggered, this, &DesignerWorkspace::deleteSelection);
    connect(addAction(QStringLiteral("designerRotateLeft"), tr("Rotate &Left"), QKeySequence(tr("[")),
                      tr("Rotate the selection 15° anticlockwise")),
            &QAction::triggered, this, [this] { rotateSelection(-15); });
    connect(addAction(QStringLiteral("designerRotateRight"), tr("Rotate R&ight"), QKeySequence(tr("]")),
                      tr("Rotate the selection 15° clockwise")),
            &QAction::triggered, this, [this] { rotateSelection(15); });
    connect(
        addAction(QStringLiteral("designerRotateLeftFine"), tr("Rotate Left 1°"), QKeySequence(tr("Alt+["))),
        &QAction::triggered, this, [this] { rotateSelection(-1); });
    connect(addAction(QStringLiteral("designerRotateRightFine"), tr("Rotate Right 1°"),
                      QKeySequence(tr("Alt+]"))),
            &QAction::triggered, this, [this] { rotateSelection(1); });

    QAction *snap = addAction(QStringLiteral("designerSnap"), tr("Snap to &Grid"), QKeySequence(tr("Ctrl+G")),
                              tr("Moves land on the grid; the arrow keys move by one step"));
    snap->setCheckable(true);
    snap->setChecked(m_view->snapToGrid());
    connect(snap, &QAction::toggled, m_view, &DesignerView::setSnapToGrid);
    connect(addAction(QStringLiteral("designerZoomIn"), tr("Zoom &In"), QKeySequence(QKeySequence::ZoomIn)),
            &QAction::triggered, this, [this] { m_view->zoomBy(1.25); });
    connect(
        addAction(QStringLiteral("designerZoomOut"), tr("Zoom &Out"), QKeySequence(QKeySequence::ZoomOut)),
        &QAction::triggered, this, [this] { m_view->zoomBy(0.8); });
    connect(addAction(QStringLiteral("designerFit"), tr("&Fit to Window"), QKeySequence(tr("Ctrl+0"))),
            &QAction::triggered, m_view, &DesignerView::fitToView);

    connect(addAction(QStringLiteral("designerFocusPlan"), tr("Go to the Plan"), QKeySequence(tr("F6"))),
            &QAction::triggered, this, [this] { m_view->setFocus(Qt::ShortcutFocusReason); });
    connect(
        addAction(QStringLiteral("designerFocusProblems"), tr("Go to the Problems"), QKeySequence(tr("F7"))),
        &QAction::triggered, this, [this] {
            m_problems->revalidate();
            m_problems->setFocus(Qt::ShortcutFocusReason);
            if (m_problems->count() > 0 && !m_problems->currentItem())
                m_problems->setCurrentRow(0);
        });
    connect(addAction(QStringLiteral("designerFocusProperties"), tr("Go to the Properties"),
                      QKeySequence(tr("F8"))),
            &QAction::triggered, this, [this] {
                QLineEdit *first = m_properties->sectionEdit()->isEnabled() ? m_properties->sectionEdit()
                                                                            : m_properties->nameEdit();
                first->setFocus(Qt::ShortcutFocusReason);
            });
    connect(
        addAction(QStringLiteral("designerFocusLegend"), tr("Go to the Categories"), QKeySequence(tr("F9"))),
        &QAction::triggered, this, [this] {
            m_legend->setFocus(Qt::ShortcutFocusReason);
            if (m_legend->topLevelItemCount() > 0 && !m_legend->currentItem())
                m_legend->setCurrentItem(m_legend->topLevelItem(0));
        });

    connect(addAction(QStringLiteral("designerPaintCategory"), tr("Paint &Category…"), QKeySequence(tr("K")),
                      tr("Give the selected seats a price category")),
            &QAction::triggered, this, &DesignerWorkspace::askPaintCategory);
    connect(addAction(QStringLiteral("designerNewCategory"), tr("&New Category…"),
                      QKeySequence(tr("Ctrl+Shift+K"))),
            &QAction::triggered, this, &DesignerWorkspace::askNewCategory);
    connect(addAction(QStringLiteral("designerWheelchair"), tr("&Wheelchair Space"), QKeySequence(tr("W")),
                      tr("Mark or unmark the selected seats as wheelchair spaces")),
            &QAction::triggered, this, [this] { toggleFlag(LayoutDocument::Wheelchair); });
    connect(addAction(QStringLiteral("designerCompanion"), tr("C&ompanion Seat"), QKeySequence(tr("C")),
                      tr("Mark or unmark the selected seats as companion seats")),
            &QAction::triggered, this, [this] { toggleFlag(LayoutDocument::Companion); });
    connect(
        addAction(
            QStringLiteral("designerRestricted"), tr("Restricted &View"), QKeySequence(tr("V")),
            tr("Mark or unmark the selected seats as having a restricted view (the note is in Properties)")),
        &QAction::triggered, this, [this] { toggleFlag(LayoutDocument::RestrictedView); });

    createGeneratorActions();
    createToolActions();

    for (const char *name :
         {"designerBlockTool", "designerRowTool", "designerTableTool", "designerStandingTool",
          "designerStageTool", "designerLabelTool", "designerShapeTool"}) {
        if (QAction *tool = action(QString::fromLatin1(name)))
            m_toolBar->addAction(tool);
    }
    m_toolBar->addSeparator();
    m_toolBar->addAction(action(QStringLiteral("designerPaintCategory")));
    m_toolBar->addAction(action(QStringLiteral("designerWheelchair")));
    m_toolBar->addSeparator();
    m_toolBar->addAction(action(QStringLiteral("designerUndo")));
    m_toolBar->addAction(action(QStringLiteral("designerRedo")));
    m_toolBar->addAction(snap);
    m_toolBar->addSeparator();
    m_toolBar->addAction(action(QStringLiteral("designerSave")));
    m_toolBar->addAction(action(QStringLiteral("designerPublish")));
    m_toolBar->addAction(action(QStringLiteral("designerClose")));
}

void DesignerWorkspace::updateActions()
{
    const auto enable = [this](const char *name, bool on) {
        if (QAction *a = action(QString::fromLatin1(name)))
            a->setEnabled(on);
    };
    const bool editable = !m_readOnly;
    const DesignerSelection &s = m_doc->selection();
    const bool any = !s.isEmpty();
    const bool seats = !s.seats.isEmpty();
    for (const char *name : {"designerSave", "designerPublish"})
        enable(name, editable && !m_busy && m_venue > 0);
    for (const char *name : {"designerCut", "designerDelete", "designerDuplicate", "designerRotateLeft",
                             "designerRotateRight", "designerRotateLeftFine", "designerRotateRightFine"})
        enable(name, editable && any);
    action(QStringLiteral("designerCopy"))->setEnabled(any);
    action(QStringLiteral("designerPaste"))->setEnabled(editable && !m_clipboardObjects.isEmpty());
    for (const char *name : {"designerWheelchair", "designerCompanion", "designerRestricted"})
        enable(name, editable && seats);
    action(QStringLiteral("designerPaintCategory"))
        ->setEnabled(editable && (seats || !s.standingAreas.isEmpty()));
    action(QStringLiteral("designerNewCategory"))->setEnabled(editable);
    for (const char *name :
         {"designerBlockTool", "designerRowTool", "designerTableTool", "designerStandingTool",
          "designerStageTool", "designerLabelTool", "designerShapeTool"})
        enable(name, editable);
    action(QStringLiteral("designerSelectRow"))->setEnabled(seats || !s.tables.isEmpty());
    action(QStringLiteral("designerSelectSection"))->setEnabled(any);
}

} // namespace BoxOffice::Ui
