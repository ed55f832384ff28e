#pragma once

#include <QPointer>
#include <QWidget>

class QGridLayout;

namespace BoxOffice::Ui {

class SeatMapModel;

/**
 * The seat map's colour key: one swatch per price category with its name and price, then
 * the states (held by me, being held, held by others, sold, blocked) and the accessible
 * marker, drawn the way SeatMapView draws them.
 */
class SeatMapLegend final : public QWidget
{
    Q_OBJECT

public:
    explicit SeatMapLegend(QWidget *parent = nullptr);

    void setModel(SeatMapModel *model);
    SeatMapModel *model() const { return m_model; }

private:
    void rebuild();

    QPointer<SeatMapModel> m_model;
    QGridLayout *m_grid = nullptr;
};

} // namespace BoxOffice::Ui
