#pragma once

#include "layout/layoutdocument.h"

#include <QGraphicsView>

namespace BoxOffice::Ui {

/**
 * A layout document drawn read-only, fitted to the view (again on every resize). The scene
 * is rebuilt from the document on setDocument(): the document is the truth, not the scene.
 */
class VenueView final : public QGraphicsView
{
    Q_OBJECT
public:
    explicit VenueView(QWidget *parent = nullptr);

    void setDocument(const Shared::LayoutDocument &doc);
    void clear();
    /** Seats drawn (standing places are drawn as their areas). */
    int seatCount() const { return m_seats; }
    void fitToView();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    QGraphicsScene *m_scene;
    int m_seats = 0;
};

} // namespace BoxOffice::Ui
