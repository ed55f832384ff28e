#include "venues/venueview.h"

#include "venues/layoutplanitem.h"

#include <QGraphicsScene>

namespace BoxOffice::Ui {

VenueView::VenueView(QWidget *parent)
    : QGraphicsView(parent)
    , m_scene(new QGraphicsScene(this))
{
    setScene(m_scene);
    setObjectName(QStringLiteral("venueView"));
    setRenderHint(QPainter::Antialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setInteractive(false);
    setBackgroundBrush(palette().base());
}

void VenueView::setDocument(const Shared::LayoutDocument &doc)
{
    clear();
    m_seats = LayoutPlanItem::populate(m_scene, doc);
    m_scene->setSceneRect(m_scene->itemsBoundingRect());
    fitToView();
}

void VenueView::clear()
{
    m_scene->clear();
    m_seats = 0;
}

void VenueView::fitToView()
{
    if (!m_scene->items().isEmpty())
        fitInView(m_scene->sceneRect(), Qt::KeepAspectRatio);
}

void VenueView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    fitToView();
}

} // namespace BoxOffice::Ui
