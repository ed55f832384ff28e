// The designer's tools that make seats and places (split from designerworkspace.cpp; same
// class): a block of rows, a single row, a table and a standing area, each from the shared
// generators (shared/layout/layoutgenerator.h) so the designer, the benchmark and the tests
// make the same geometry.

#include "designer/designerworkspace.h"

#include "designer/designercommands.h"
#include "designer/designertooldialog.h"
#include "designer/designerview.h"
#include "layout/layoutgenerator.h"
#include "style/noticebar.h"

#include <QAction>

namespace BoxOffice::Ui {

using namespace BoxOffice::Shared;

namespace {

// What a generator added, as a selection (the tool selects it, ready to be moved).
DesignerSelection selectionOf(const LayoutAddition &added)
{
    DesignerSelection s;
    s.seats = added.seats.indexes();
    s.tables = added.tables.indexes();
    s.standingAreas = added.standingAreas.indexes();
    return s;
}

} // namespace

void DesignerWorkspace::createGeneratorActions()
{
    connect(addAction(QStringLiteral("designerBlockTool"), tr("&Block"), QKeySequence(tr("B")),
                      tr("Add a block of rows")),
            &QAction::triggered, this, [this] { addBlockTool(false); });
    connect(addAction(QStringLiteral("designerRowTool"), tr("&Row"), QKeySequence(tr("R")),
                      tr("Add a single row")),
            &QAction::triggered, this, [this] { addBlockTool(true); });
    connect(addAction(QStringLiteral("designerTableTool"), tr("&Table"), QKeySequence(tr("T")),
                      tr("Add a table with its seats")),
            &QAction::triggered, this, &DesignerWorkspace::addTableTool);
    connect(addAction(QStringLiteral("designerStandingTool"), tr("Standing &Area"), QKeySequence(tr("G")),
                      tr("Add a standing (general admission) area")),
            &QAction::triggered, this, &DesignerWorkspace::addStandingTool);
}

QStringList DesignerWorkspace::categoryChoices() const
{
    QStringList names{tr("None yet")};
    for (const LayoutDocument::Category &c : m_doc->layout().categories)
        names.append(c.name);
    return names;
}

int DesignerWorkspace::categoryOfChoice(int choice) const
{
    const auto &categories = m_doc->layout().categories;
    return choice >= 1 && choice <= categories.size() ? categories.at(choice - 1).id : -1;
}

QString DesignerWorkspace::defaultSectionName() const
{
    const DesignerSelection &s = m_doc->selection();
    const LayoutDocument &layout = m_doc->layout();
    if (!s.seats.isEmpty()) {
        const int section = layout.sectionOf(layout.seats.at(s.seats.first()));
        if (section >= 0 && section < layout.sections.size())
            return layout.sections.at(section).name;
    }
    return tr("Section %1").arg(layout.sections.size() + 1);
}

void DesignerWorkspace::runGenerator(
    const QString &text, std::function<std::optional<LayoutAddition>(LayoutDocument &, QString *)> generate)
{
    auto error = std::make_shared<QString>();
    pushEdit(text, [generate, error](LayoutDocument &layout, DesignerSelection &select) {
        const std::optional<LayoutAddition> added = generate(layout, error.get());
        if (!added)
            return false;
        select = selectionOf(*added);
        return true;
    });
    if (!error->isEmpty())
        m_notice->showNotice(tr("Nothing added: %1").arg(*error), NoticeBar::Kind::Error);
}

void DesignerWorkspace::addBlockTool(bool singleRow)
{
    if (m_readOnly)
        return;
    DesignerToolDialog dialog(singleRow ? tr("Row") : tr("Block of Rows"), this);
    dialog.addText(QStringLiteral("section"), tr("S&ection:"), defaultSectionName());
    if (!singleRow)
        dialog.addInteger(QStringLiteral("rows"), tr("&Rows:"), 1, 500, 10);
    dialog.addInteger(QStringLiteral("seats"), tr("&Seats per row:"), 1, 1000, 20);
    if (!singleRow)
        dialog.addInteger(QStringLiteral("increment"), tr("Seats &added per row:"), -50, 50, 0);
    dialog.addNumber(QStringLiteral("seatSpacing"), tr("Seat s&pacing:"), 0.1, 10, 0.55);
    if (!singleRow)
        dialog.addNumber(QStringLiteral("rowSpacing"), tr("Row spa&cing:"), 0.1, 20, 0.9);
    dialog.addChoice(QStringLiteral("shape"), tr("S&hape:"), {tr("Straight"), tr("Curved"), tr("Skewed")});
    dialog.addNumber(QStringLiteral("radius"), tr("Ra&dius (curved):"), 0, 10000, 20, 1);
    dialog.addNumber(QStringLiteral("skew"), tr("S&kew per row:"), -10, 10, 0.3);
    dialog.addNumber(QStringLiteral("rotation"), tr("R&otation (°):"), -360, 360, 0, 0);
    dialog.addChoice(QStringLiteral("labels"), tr("Row &labels:"),
                     {tr("A, B, C …"), tr("A, B, C … without I and O"), tr("1, 2, 3 …")});
    dialog.addText(QStringLiteral("firstRow"), tr("&First row:"),
                   singleRow ? QString() : QStringLiteral("A"));
    dialog.addChoice(QStringLiteral("order"), tr("&Numbering:"),
                     {tr("Left to right"), tr("Right to left"), tr("Odd and even from the centre")});
    dialog.addInteger(QStringLiteral("firstNumber"), tr("First n&umber:"), 0, 65535, 1);
    dialog.addChoice(QStringLiteral("category"), tr("Ca&tegory:"), categoryChoices(),
                     m_doc->layout().categories.isEmpty() ? 0 : 1);
    if (dialog.exec() != QDialog::Accepted)
        return;

    BlockSpec spec;
    spec.where.sectionName = dialog.text(QStringLiteral("section"));
    spec.rows = singleRow ? 1 : dialog.integer(QStringLiteral("rows"));
    spec.seatsPerRow = dialog.integer(QStringLiteral("seats"));
    spec.seatsPerRowIncrement = singleRow ? 0 : dialog.integer(QStringLiteral("increment"));
    spec.seatSpacing = dialog.number(QStringLiteral("seatSpacing"));
    if (!singleRow)
        spec.rowSpacing = dialog.number(QStringLiteral("rowSpacing"));
    spec.shape = BlockSpec::Shape(std::clamp(dialog.choice(QStringLiteral("shape")), 0, 2));
    spec.radius = dialog.number(QStringLiteral("radius"));
    spec.skew = dialog.number(QStringLiteral("skew"));
    spec.rotation = dialog.number(QStringLiteral("rotation"));
    spec.origin = m_view->snapped(m_view->visibleCentre());
    spec.rowLabels = RowLabelStyle(std::clamp(dialog.choice(QStringLiteral("labels")), 0, 2));
    const QString first = dialog.text(QStringLiteral("firstRow"));
    if (singleRow && !first.isEmpty() && !rowLabelOrdinal(first, spec.rowLabels))
        spec.rowLabel = first; // a row named "Box" or "12a"
    else if (!first.isEmpty())
        spec.firstRow = rowLabelOrdinal(first, spec.rowLabels).value_or(1);
    spec.seatOrder = SeatOrder(std::clamp(dialog.choice(QStringLiteral("order")), 0, 2));
    spec.firstNumber = dialog.integer(QStringLiteral("firstNumber"));
    spec.category = categoryOfChoice(dialog.choice(QStringLiteral("category")));
    runGenerator(singleRow ? tr("Add Row") : tr("Add Block"),
                 [spec, singleRow](LayoutDocument &layout, QString *error) {
                     return singleRow ? addRow(layout, spec, error) : addBlock(layout, spec, error);
                 });
}

void DesignerWorkspace::addTableTool()
{
    if (m_readOnly)
        return;
    DesignerToolDialog dialog(tr("Table"), this);
    dialog.addText(QStringLiteral("section"), tr("S&ection:"), defaultSectionName());
    dialog.addText(QStringLiteral("label"), tr("&Label:"),
                   tr("Table %1").arg(m_doc->layout().tables.size() + 1));
    dialog.addChoice(QStringLiteral("shape"), tr("S&hape:"), {tr("Round"), tr("Rectangular")});
    dialog.addNumber(QStringLiteral("width"), tr("&Width:"), 0.3, 20, 1.5);
    dialog.addNumber(QStringLiteral("depth"), tr("&Depth (rectangular):"), 0.3, 20, 0.8);
    dialog.addInteger(QStringLiteral("seats"), tr("&Seats:"), 1, 100, 8);
    dialog.addInteger(QStringLiteral("firstNumber"), tr("First n&umber:"), 0, 65535, 1);
    dialog.addChoice(QStringLiteral("category"), tr("Ca&tegory:"), categoryChoices(),
                     m_doc->layout().categories.isEmpty() ? 0 : 1);
    if (dialog.exec() != QDialog::Accepted)
        return;
    TableSpec spec;
    spec.where.sectionName = dialog.text(QStringLiteral("section"));
    spec.label = dialog.text(QStringLiteral("label"));
    spec.shape = dialog.choice(QStringLiteral("shape")) == 1 ? LayoutDocument::TableShape::Rectangle
                                                             : LayoutDocument::TableShape::Round;
    const double width = dialog.number(QStringLiteral("width"));
    spec.size = QSizeF(width, spec.shape == LayoutDocument::TableShape::Round
                                  ? width
                                  : dialog.number(QStringLiteral("depth")));
    spec.seats = dialog.integer(QStringLiteral("seats"));
    spec.firstNumber = dialog.integer(QStringLiteral("firstNumber"));
    spec.category = categoryOfChoice(dialog.choice(QStringLiteral("category")));
    spec.centre = m_view->snapped(m_view->visibleCentre());
    runGenerator(tr("Add Table"),
                 [spec](LayoutDocument &layout, QString *error) { return addTable(layout, spec, error); });
}

void DesignerWorkspace::addStandingTool()
{
    if (m_readOnly)
        return;
    DesignerToolDialog dialog(tr("Standing Area"), this);
    dialog.addText(QStringLiteral("section"), tr("S&ection:"), tr("Standing"));
    dialog.addText(QStringLiteral("name"), tr("&Name:"), tr("Standing"));
    dialog.addInteger(QStringLiteral("capacity"), tr("&Capacity:"), 1, LayoutLimits::MaxPlaces, 500);
    dialog.addNumber(QStringLiteral("width"), tr("&Width:"), 1, 1000, 20, 1);
    dialog.addNumber(QStringLiteral("depth"), tr("&Depth:"), 1, 1000, 10, 1);
    dialog.addChoice(QStringLiteral("category"), tr("Ca&tegory:"), categoryChoices(),
                     m_doc->layout().categories.isEmpty() ? 0 : 1);
    if (dialog.exec() != QDialog::Accepted)
        return;
    StandingSpec spec;
    spec.where.sectionName = dialog.text(QStringLiteral("section"));
    spec.name = dialog.text(QStringLiteral("name"));
    spec.capacity = dialog.integer(QStringLiteral("capacity"));
    spec.category = categoryOfChoice(dialog.choice(QStringLiteral("category")));
    const QPointF c = m_view->snapped(m_view->visibleCentre());
    const double w = dialog.number(QStringLiteral("width")) / 2;
    const double d = dialog.number(QStringLiteral("depth")) / 2;
    spec.outline = {c + QPointF(-w, -d), c + QPointF(w, -d), c + QPointF(w, d), c + QPointF(-w, d)};
    runGenerator(tr("Add Standing Area"), [spec](LayoutDocument &layout, QString *error) {
        return addStandingArea(layout, spec, error);
    });
}

} // namespace BoxOffice::Ui
