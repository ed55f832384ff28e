#include "app/settings.h"

namespace BoxOffice::Ui {

namespace {
const QString RecentServersKey = QStringLiteral("connection/recentServers");
const QString GeometryKey = QStringLiteral("mainWindow/geometry");
const QString StateKey = QStringLiteral("mainWindow/state");
const QString EventHeaderKey = QStringLiteral("mainWindow/eventTableHeader");
const QString LastServerKey = QStringLiteral("connection/lastServer");
const QString RememberServerKey = QStringLiteral("connection/rememberServer");
// One map rather than a key per server: host:port of an IPv6 address is no valid key.
const QString PinnedCertificatesKey = QStringLiteral("connection/pinnedCertificates");
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

QUrl Settings::lastServer() const
{
    return QUrl(m_settings.value(LastServerKey).toString());
}

void Settings::setLastServer(const QUrl &url)
{
    if (url.isValid())
        m_settings.setValue(LastServerKey, url.toString());
    else
        m_settings.remove(LastServerKey);
}

bool Settings::rememberServer() const
{
    return m_settings.value(RememberServerKey, true).toBool();
}

void Settings::setRememberServer(bool remember)
{
    m_settings.setValue(RememberServerKey, remember);
}

QByteArray Settings::pinnedCertificate(const QString &hostPort) const
{
    const QVariantMap pins = m_settings.value(PinnedCertificatesKey).toMap();
    return QByteArray::fromHex(pins.value(hostPort).toString().toLatin1());
}

void Settings::setPinnedCertificate(const QString &hostPort, const QByteArray &sha256)
{
    QVariantMap pins = m_settings.value(PinnedCertificatesKey).toMap();
    if (sha256.isEmpty())
        pins.remove(hostPort);
    else
        pins.insert(hostPort, QString::fromLatin1(sha256.toHex()));
    m_settings.setValue(PinnedCertificatesKey, pins);
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

int Settings::bestAvailableQuantity() const
{
    const int quantity = m_settings.value(QStringLiteral("selling/bestAvailableQuantity"), 2).toInt();
    return quantity >= 1 && quantity <= 100 ? quantity : 2;
}

void Settings::setBestAvailableQuantity(int quantity)
{
    m_settings.setValue(QStringLiteral("selling/bestAvailableQuantity"), quantity);
}

QString Settings::language() const
{
    return m_settings.value(QStringLiteral("ui/language")).toString();
}

void Settings::setLanguage(const QString &language)
{
    if (language.isEmpty())
        m_settings.remove(QStringLiteral("ui/language"));
    else
        m_settings.setValue(QStringLiteral("ui/language"), language);
}

QByteArray Settings::sellingSplitterState() const
{
    return m_settings.value(QStringLiteral("selling/splitter")).toByteArray();
}

void Settings::setSellingSplitterState(const QByteArray &state)
{
    m_settings.setValue(QStringLiteral("selling/splitter"), state);
}

QString Settings::checkInGate() const
{
    return m_settings.value(QStringLiteral("checkin/gate")).toString();
}

void Settings::setCheckInGate(const QString &gate)
{
    m_settings.setValue(QStringLiteral("checkin/gate"), gate);
}

} // namespace BoxOffice::Ui
