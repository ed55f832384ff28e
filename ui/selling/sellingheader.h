#pragma once

#include <QList>
#include <QWidget>

class QAction;
class QHBoxLayout;
class QLabel;
class QToolButton;

namespace BoxOffice::Shared {
struct EventLayout;
}

namespace BoxOffice::Ui {

/**
 * The strip above the counter's seat map: back to the events (Esc), the event and its
 * venue, whether the map is live, buttons for the workspace's actions, and zoom.
 */
class SellingHeader final : public QWidget
{
    Q_OBJECT

public:
    enum class Live { Reconnecting, Loading, Live };

    explicit SellingHeader(QWidget *parent = nullptr);

    /** Adds a button for each action, between the live state and the zoom buttons. */
    void addActionButtons(const QList<QAction *> &actions);
    void setTitle(const QString &title);
    void setEvent(const Shared::EventLayout &layout);
    void setLive(Live live);

signals:
    void backClicked();
    void fitClicked();
    void zoomInClicked();
    void zoomOutClicked();

private:
    QToolButton *m_back = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_status = nullptr;
    QHBoxLayout *m_actions = nullptr;
};

} // namespace BoxOffice::Ui
