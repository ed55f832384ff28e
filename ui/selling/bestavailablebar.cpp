#include "selling/bestavailablebar.h"

#include "app/settings.h"
#include "seatmap/seatmapmodel.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QSpinBox>

namespace BoxOffice::Ui {

namespace {

constexpr int StandingRole = Qt::UserRole + 1; // an entry's standing area, -1 for a category

QIcon swatch(const QColor &colour)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(colour.darker(130));
    painter.setBrush(colour);
    painter.drawRoundedRect(QRectF(0.5, 0.5, 11, 11), 3, 3);
    return QIcon(pixmap);
}

} // namespace

BestAvailableBar::BestAvailableBar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("bestAvailableBar"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *title = new QLabel(tr("Best available:"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);

    m_quantity = new QSpinBox(this);
    m_quantity->setObjectName(QStringLiteral("bestAvailableQuantity"));
    m_quantity->setRange(1, 10);
    m_quantity->setValue(Settings().bestAvailableQuantity());
    // The unit after the number, in the plural the number needs ("1 seat", "2 seats").
    const auto updateSuffix = [this](int value) {
        m_quantity->setSuffix(tr(" seat(s)", "after the quantity", value));
    };
    updateSuffix(m_quantity->value());
    connect(m_quantity, &QSpinBox::valueChanged, this, updateSuffix);
    m_quantity->setToolTip(tr("How many seats, next to each other (Alt+Q)"));
    auto *quantityLabel = new QLabel(tr("&Quantity"), this);
    quantityLabel->setBuddy(m_quantity);

    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("bestAvailableCategory"));
    m_category->setToolTip(tr("Price category (Alt+C)"));
    m_category->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *categoryLabel = new QLabel(tr("&Category"), this);
    categoryLabel->setBuddy(m_category);

    m_section = new QComboBox(this);
    m_section->setObjectName(QStringLiteral("bestAvailableSection"));
    m_section->setToolTip(tr("Only seats in this section (Alt+N)"));
    m_section->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *sectionLabel = new QLabel(tr("Sectio&n"), this);
    sectionLabel->setBuddy(m_section);

    m_find = new QPushButton(tr("&Find Seats"), this);
    m_find->setObjectName(QStringLiteral("bestAvailableFind"));
    m_find->setToolTip(tr("Hold the best seats together in the category (Return, Alt+F)"));
    connect(m_find, &QPushButton::clicked, this, &BestAvailableBar::request);
    // Places of a standing area are anywhere in it: no section to choose.
    connect(m_category, &QComboBox::currentIndexChanged, this,
            [this] { m_section->setEnabled(standingArea() < 0); });

    layout->addWidget(title);
    layout->addSpacing(6);
    layout->addWidget(quantityLabel);
    layout->addWidget(m_quantity);
    layout->addSpacing(6);
    layout->addWidget(categoryLabel);
    layout->addWidget(m_category);
    layout->addSpacing(6);
    layout->addWidget(sectionLabel);
    layout->addWidget(m_section);
    layout->addWidget(m_find);
    layout->addStretch(1);

    // Return in a field asks at once: the counter's fastest path.
    for (QWidget *w : {static_cast<QWidget *>(m_quantity), static_cast<QWidget *>(m_category),
                       static_cast<QWidget *>(m_section)})
        w->installEventFilter(this);

    m_countTimer.setSingleShot(true);
    m_countTimer.setInterval(250);
    connect(&m_countTimer, &QTimer::timeout, this, &BestAvailableBar::updateCounts);
    setEnabled(false);
}

void BestAvailableBar::setSeatMap(SeatMapModel *model)
{
    if (m_model)
        m_model->disconnect(this);
    m_model = model;
    if (model) {
        connect(model, &SeatMapModel::layoutReset, this, &BestAvailableBar::rebuild);
        connect(model, &SeatMapModel::statesReset, this, [this] { m_countTimer.start(); });
        connect(model, &SeatMapModel::seatsChanged, this, [this] {
            if (!m_countTimer.isActive())
                m_countTimer.start();
        });
    }
    rebuild();
}

void BestAvailableBar::rebuild()
{
    const int previousCategory = categoryId();
    const int previousArea = standingArea();
    m_category->clear();
    m_section->clear();
    if (!m_model || !m_model->hasLayout()) {
        setEnabled(false);
        return;
    }
    const Shared::EventLayout &layout = m_model->layout();
    for (const auto &c : layout.categories) {
        m_category->addItem(swatch(QColor(c.colour)), c.name, c.id);
        m_category->setItemData(m_category->count() - 1, -1, StandingRole);
    }
    for (int a = 0; a < layout.standing.size(); ++a) {
        const auto &area = layout.standing.at(a);
        const QColor colour = area.category < layout.categories.size()
                                  ? QColor(layout.categories.at(area.category).colour)
                                  : QColor(Qt::gray);
        m_category->addItem(swatch(colour), area.name, -1);
        m_category->setItemData(m_category->count() - 1, a, StandingRole);
    }
    // Areas carry category id -1: only a real previous choice is looked for.
    const int keep = previousArea >= 0       ? m_category->findData(previousArea, StandingRole)
                     : previousCategory >= 0 ? m_category->findData(previousCategory)
                                             : -1;
    m_category->setCurrentIndex(keep >= 0 ? keep : 0);
    m_section->addItem(tr("Any section"), -1);
    for (const auto &s : layout.sections)
        m_section->addItem(s.name, s.id);
    m_quantity->setMaximum(std::max(1, layout.maxSeatsPerOrder));
    setEnabled(!m_busy);
    updateCounts();
}

void BestAvailableBar::updateCounts()
{
    if (!m_model || !m_model->hasLayout())
        return;
    const Shared::EventLayout &layout = m_model->layout();
    QList<int> free(layout.categories.size(), 0);
    if (m_model->hasStates()) {
        for (int seat = 0; seat < layout.seatCount(); ++seat) {
            // A standing place counts for its area (below), never as a seat of its category.
            if (m_model->display(seat) == SeatMapModel::Display::Available && !m_model->isStandingPlace(seat))
                ++free[layout.seats.at(seat).category];
        }
    }
    for (int i = int(layout.categories.size()); i < m_category->count(); ++i) {
        const int a = m_category->itemData(i, StandingRole).toInt();
        if (a < 0 || a >= layout.standing.size())
            continue;
        const auto &area = layout.standing.at(a);
        const qint64 price =
            area.category < layout.categories.size() ? layout.categories.at(area.category).priceMinor : 0;
        m_category->setItemText(
            i, m_model->hasStates() ? tr("%1 (standing) · %2 · %3 of %4 free")
                                          .arg(area.name, m_model->formatPrice(price))
                                          .arg(m_model->freePlaces(a))
                                          .arg(area.capacity)
                                    : tr("%1 (standing) · %2").arg(area.name, m_model->formatPrice(price)));
    }
    for (int i = 0; i < m_category->count() && i < layout.categories.size(); ++i) {
        const auto &c = layout.categories.at(i);
        const QString text =
            m_model->hasStates()
                ? tr("%1 · %2 · %n free", nullptr, free.at(i)).arg(c.name, m_model->formatPrice(c.priceMinor))
                : tr("%1 · %2").arg(c.name, m_model->formatPrice(c.priceMinor));
        m_category->setItemText(i, text);
    }
}

int BestAvailableBar::quantity() const
{
    return m_quantity->value();
}

int BestAvailableBar::categoryId() const
{
    return m_category->currentIndex() >= 0 ? m_category->currentData().toInt() : -1;
}

int BestAvailableBar::standingArea() const
{
    return m_category->currentIndex() >= 0 ? m_category->currentData(StandingRole).toInt() : -1;
}

void BestAvailableBar::chooseStandingArea(int area)
{
    const int index = m_category->findData(area, StandingRole);
    if (area < 0 || index < 0)
        return;
    m_category->setCurrentIndex(index);
    focusQuantity();
}

int BestAvailableBar::sectionId() const
{
    return m_section->currentIndex() >= 0 ? m_section->currentData().toInt() : -1;
}

void BestAvailableBar::focusQuantity()
{
    m_quantity->setFocus(Qt::OtherFocusReason);
    m_quantity->selectAll();
}

void BestAvailableBar::setBusy(bool busy)
{
    m_busy = busy;
    setEnabled(!busy && m_model && m_model->hasLayout());
}

void BestAvailableBar::request()
{
    if (m_busy || (categoryId() < 0 && standingArea() < 0))
        return;
    Settings().setBestAvailableQuantity(quantity());
    if (standingArea() >= 0)
        emit requested(quantity(), -1, -1, standingArea());
    else
        emit requested(quantity(), categoryId(), sectionId(), -1);
}

bool BestAvailableBar::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool popupOpen = (watched == m_category && m_category->view()->isVisible()) ||
                               (watched == m_section && m_section->view()->isVisible());
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            key->modifiers() == Qt::NoModifier && !popupOpen) {
            m_quantity->interpretText();
            request();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace BoxOffice::Ui
