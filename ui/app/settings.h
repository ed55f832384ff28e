#pragma once

#include <QByteArray>
#include <QSettings>
#include <QStringList>
#include <QUrl>

namespace BoxOffice::Ui {

/** The client's persistent settings under named keys (QSettings, "BoxOffice"/"boxoffice"). */
class Settings final
{
public:
    static QUrl defaultServerUrl();

    QStringList recentServers() const;
    /** Puts url first in the recent list (at most a handful are kept). */
    void addRecentServer(const QUrl &url);

    QByteArray mainWindowGeometry() const;
    void setMainWindowGeometry(const QByteArray &geometry);
    QByteArray mainWindowState() const;
    void setMainWindowState(const QByteArray &state);
    QByteArray eventTableHeaderState() const;
    void setEventTableHeaderState(const QByteArray &state);

private:
    QSettings m_settings;
};

} // namespace BoxOffice::Ui
