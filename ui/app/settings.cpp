#include "app/settings.h"

namespace BoxOffice::Ui {

namespace {
const QString RecentServersKey = QStringLiteral("connection/recentServers");
const QString GeometryKey = QStringLiteral("mainWindow/geometry");
const QString StateKey = QStringLiteral("mainWindow/state");
const QString EventHeaderKey = QStringLiteral("mainWindow/eventTableHeader");
constexpr qsizetype MaxRecentServers = 8;
} // namespace

QUrl Settings::defaultServerUrl()
{
    return QUrl(QStringLiteral("ws://127.0.0.1:8080"));
}

QStringList Settings::recentServers() const
{
    return m_settings.value(RecentServersKey).toStringList();
}

void Settings::addRecentServer(const QUrl &url)
{
    const QString text = url.toString();
    QStringList recent = recentServers();
    recent.removeAll(text);
    recent.prepend(text);
    m_settings.setValue(RecentServersKey, recent.mid(0, MaxRecentServers));
}

QByteArray Settings::mainWindowGeometry() const
{
    return m_settings.value(GeometryKey).toByteArray();
}

void Settings::setMainWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(GeometryKey, geometry);
}

QByteArray Settings::mainWindowState() const
{
    return m_settings.value(StateKey).toByteArray();
}

void Settings::setMainWindowState(const QByteArray &state)
{
    m_settings.setValue(StateKey, state);
}

QByteArray Settings::eventTableHeaderState() const
{
    return m_settings.value(EventHeaderKey).toByteArray();
}

void Settings::setEventTableHeaderState(const QByteArray &state)
{
    m_settings.setValue(EventHeaderKey, state);
}

} // namespace BoxOffice::Ui
