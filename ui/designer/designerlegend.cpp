#include "designer/designerlegend.h"

#include "designer/designerdocument.h"

#include <QHash>
#include <QHeaderView>
#include <QLocale>
#include <QPainter>
#include <QPixmap>

namespace BoxOffice::Ui {

using Shared::LayoutDocument;

namespace {

QIcon swatch(const QColor &colour)
{
    QPixmap pixmap(14, 14);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(colour.darker(130));
    painter.setBrush(colour);
    painter.drawEllipse(QRectF(1, 1, 12, 12));
    return QIcon(pixmap);
}

} // namespace

DesignerLegend::DesignerLegend(DesignerDocument *doc, QWidget *parent)
    : QTreeWidget(parent)
    , m_doc(doc)
{
    setObjectName(QStringLiteral("designerLegend"));
    setHeaderLabels({tr("Category"), tr("Places")});
    setRootIsDecorated(false);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    setToolTip(tr("Return paints the category onto the selection"));
    connect(this, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { emit paintRequested(item->data(0, CategoryRole).toInt()); });
    refresh();
}

void DesignerLegend::refresh()
{
    const LayoutDocument &layout = m_doc->layout();
    QHash<int, qint64> counts;
    for (const LayoutDocument::Seat &seat : layout.seats)
        ++counts[layout.category(seat.category) ? seat.category : -1];
    for (const LayoutDocument::StandingArea &area : layout.standingAreas)
        counts[layout.category(area.category) ? area.category : -1] += area.capacity;
    const int current = currentItem() ? currentItem()->data(0, CategoryRole).toInt() : -2;
    const QLocale locale;
    clear();
    for (const LayoutDocument::Category &c : layout.categories) {
        auto *item = new QTreeWidgetItem(this, {c.name, locale.toString(counts.value(c.id))});
        item->setIcon(0, swatch(QColor(c.colour)));
        item->setData(0, CategoryRole, c.id);
        item->setData(1, Qt::UserRole, counts.value(c.id));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        if (c.id == current)
            setCurrentItem(item);
    }
    if (counts.value(-1) > 0) {
        auto *none = new QTreeWidgetItem(this, {tr("No category"), locale.toString(counts.value(-1))});
        none->setIcon(0, swatch(QColor(0x9c, 0xa3, 0xaf)));
        none->setData(0, CategoryRole, -1);
        none->setData(1, Qt::UserRole, counts.value(-1));
        none->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        none->setFlags(none->flags() & ~Qt::ItemIsSelectable);
    }
}

int DesignerLegend::countOf(int categoryId) const
{
    for (int i = 0; i < topLevelItemCount(); ++i) {
        if (topLevelItem(i)->data(0, CategoryRole).toInt() == categoryId)
            return topLevelItem(i)->data(1, Qt::UserRole).toInt();
    }
    return 0;
}

} // namespace BoxOffice::Ui
