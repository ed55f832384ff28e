#pragma once

#include "style/noticebar.h"
#include "net/serverconnection.h"
#include "protocol/messages.h"

#include <QCborMap>
#include <QPointer>
#include <QWidget>

#include <functional>

class QLabel;
class QTableView;
class QToolBar;
class QVBoxLayout;

namespace BoxOffice::Ui {

/**
 * What the three pages of the admin workspace share: a tool bar, a notice line that says
 * what the last request did (no modal boxes between an admin and the next action), a table
 * styled like the event list, and the request plumbing.
 */
class AdminPanel : public QWidget
{
    Q_OBJECT

public:
    explicit AdminPanel(ServerConnection *connection, QWidget *parent = nullptr);

    /** Reloads the page from the server. */
    virtual void refresh() = 0;

    NoticeBar *notice() const { return m_notice; }

signals:
    /** A request finished; busy() is false again. */
    void requestFinished(bool ok);

protected:
    using ResultHandler = std::function<void(const QCborMap &result)>;

    /**
     * Sends a request; on success shows successText (if any) and calls onResult; on
     * failure shows the translated error. Replies arriving after the page is gone are
     * dropped.
     */
    void send(Shared::MessageType type, const QCborMap &fields, const QString &successText,
              ResultHandler onResult = {});
    void showNotice(const QString &text, bool error);
    void configureTable(QTableView *view);

    ServerConnection *connection() const { return m_connection; }
    QToolBar *toolBar() const { return m_toolBar; }
    QVBoxLayout *pageLayout() const { return m_layout; }

private:
    QPointer<ServerConnection> m_connection;
    QVBoxLayout *m_layout = nullptr;
    QToolBar *m_toolBar = nullptr;
    NoticeBar *m_notice = nullptr;
};

} // namespace BoxOffice::Ui
