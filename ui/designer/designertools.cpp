// The designer's tools for what is drawn but not sold (stage, labels, shapes) and the
// category dialogs (split from designerworkspace.cpp; same class). The tools that make
// seats use the shared generators: designergenerators.cpp.

#include "designer/designerworkspace.h"

#include "designer/designercommands.h"
#include "designer/designertooldialog.h"
#include "designer/designerview.h"

#include <QAction>
#include <QInputDialog>

namespace BoxOffice::Ui {

using Shared::LayoutDocument;

void DesignerWorkspace::createToolActions()
{
    connect(addAction(QStringLiteral("designerStageTool"), tr("Sta&ge"), QKeySequence(tr("S")),
                      tr("Place the stage")),
            &QAction::triggered, this, &DesignerWorkspace::addStageTool);
    connect(addAction(QStringLiteral("designerLabelTool"), tr("&Label"), QKeySequence(tr("L")),
                      tr("Add a text label")),
            &QAction::triggered, this, &DesignerWorkspace::addLabelTool);
    connect(addAction(QStringLiteral("designerShapeTool"), tr("S&hape"), QKeySequence(tr("H")),
                      tr("Add an aisle, a wall or an entrance")),
            &QAction::triggered, this, &DesignerWorkspace::addShapeTool);
}

void DesignerWorkspace::addStageTool()
{
    if (m_readOnly)
        return;
    const LayoutDocument::Stage &current = m_doc->layout().stage;
    DesignerToolDialog dialog(tr("Stage"), this);
    dialog.addText(QStringLiteral("label"), tr("&Label:"),
                   current.label.isEmpty() ? tr("Stage") : current.label);
    dialog.addNumber(QStringLiteral("width"), tr("&Width:"), 1, 500,
                     current.rect.isValid() ? current.rect.width() : 12, 1);
    dialog.addNumber(QStringLiteral("depth"), tr("&Depth:"), 1, 500,
                     current.rect.isValid() ? current.rect.height() : 5, 1);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QPointF centre =
        current.rect.isValid() ? current.rect.center() : m_view->snapped(m_view->visibleCentre());
    const double w = dialog.number(QStringLiteral("width"));
    const double d = dialog.number(QStringLiteral("depth"));
    const QString label = dialog.text(QStringLiteral("label"));
    pushEdit(tr("Place Stage"), [centre, w, d, label](LayoutDocument &layout, DesignerSelection &select) {
        layout.stage.rect = QRectF(centre.x() - w / 2, centre.y() - d / 2, w, d);
        layout.stage.label = label;
        select.stage = true;
        return true;
    });
}

void DesignerWorkspace::addLabelTool()
{
    if (m_readOnly)
        return;
    DesignerToolDialog dialog(tr("Label"), this);
    dialog.addText(QStringLiteral("text"), tr("&Text:"), QString());
    dialog.addNumber(QStringLiteral("size"), tr("&Height:"), 0.1, 50, 1, 1);
    dialog.addNumber(QStringLiteral("rotation"), tr("&Rotation (°):"), -360, 360, 0, 0);
    if (dialog.exec() != QDialog::Accepted || dialog.text(QStringLiteral("text")).isEmpty())
        return;
    LayoutDocument::Label label;
    label.pos = m_view->snapped(m_view->visibleCentre());
    label.text = dialog.text(QStringLiteral("text"));
    label.size = dialog.number(QStringLiteral("size"));
    label.rotation = dialog.number(QStringLiteral("rotation"));
    pushEdit(tr("Add Label"), [label](LayoutDocument &layout, DesignerSelection &select) {
        if (layout.labels.size() >= Shared::LayoutLimits::MaxDrawn)
            return false;
        select.labels = {int(layout.labels.size())};
        layout.labels.append(label);
        return true;
    });
}

void DesignerWorkspace::addShapeTool()
{
    if (m_readOnly)
        return;
    DesignerToolDialog dialog(tr("Shape"), this);
    dialog.addChoice(QStringLiteral("kind"), tr("&Kind:"),
                     {tr("Aisle"), tr("Wall"), tr("Entrance"), tr("Other")});
    dialog.addNumber(QStringLiteral("length"), tr("&Length:"), 0.1, 1000, 10, 1);
    dialog.addNumber(QStringLiteral("width"), tr("&Width (0: a line):"), 0, 1000, 0, 1);
    dialog.addNumber(QStringLiteral("rotation"), tr("&Rotation (°):"), -360, 360, 0, 0);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QPointF c = m_view->snapped(m_view->visibleCentre());
    const double length = dialog.number(QStringLiteral("length"));
    const double width = dialog.number(QStringLiteral("width"));
    LayoutDocument::Shape shape;
    shape.kind = LayoutDocument::ShapeKind(std::clamp(dialog.choice(QStringLiteral("kind")), 0, 3));
    if (width > 0) {
        shape.closed = true;
        shape.points = {c + QPointF(-length / 2, -width / 2), c + QPointF(length / 2, -width / 2),
                        c + QPointF(length / 2, width / 2), c + QPointF(-length / 2, width / 2)};
    } else {
        shape.points = {c + QPointF(-length / 2, 0), c + QPointF(length / 2, 0)};
    }
    const double rotation = dialog.number(QStringLiteral("rotation"));
    pushEdit(tr("Add Shape"), [shape, rotation, c](LayoutDocument &layout, DesignerSelection &select) {
        if (layout.shapes.size() >= Shared::LayoutLimits::MaxDrawn)
            return false;
        LayoutDocument::Shape s = shape;
        QTransform t;
        t.translate(c.x(), c.y());
        t.rotate(rotation);
        t.translate(-c.x(), -c.y());
        for (QPointF &p : s.points)
            p = t.map(p);
        select.shapes = {int(layout.shapes.size())};
        layout.shapes.append(s);
        return true;
    });
}

void DesignerWorkspace::askPaintCategory()
{
    const LayoutDocument &layout = m_doc->layout();
    if (m_readOnly)
        return;
    if (layout.categories.isEmpty()) {
        askNewCategory();
        if (m_doc->layout().categories.isEmpty())
            return;
        return paintCategory(m_doc->layout().categories.last().id);
    }
    QStringList names;
    for (const LayoutDocument::Category &c : layout.categories)
        names.append(c.name);
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Paint Category"),
                                                 tr("&Category for the selection:"), names, 0, false, &ok);
    const qsizetype index = names.indexOf(chosen);
    if (ok && index >= 0)
        paintCategory(layout.categories.at(index).id);
}

void DesignerWorkspace::askNewCategory()
{
    if (m_readOnly)
        return;
    DesignerToolDialog dialog(tr("New Category"), this);
    dialog.addText(QStringLiteral("name"), tr("&Name:"), QString());
    dialog.addText(QStringLiteral("colour"), tr("&Colour (#rrggbb, empty: chosen for you):"), QString());
    if (dialog.exec() != QDialog::Accepted || dialog.text(QStringLiteral("name")).isEmpty())
        return;
    const QString colour = dialog.text(QStringLiteral("colour"));
    addCategory(dialog.text(QStringLiteral("name")),
                QColor::isValidColorName(colour) ? QColor(colour).name() : QString());
}

} // namespace BoxOffice::Ui
