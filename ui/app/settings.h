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

    /** The server the sign-in dialog offers first (saved only with "remember server"). */
    QUrl lastServer() const;
    void setLastServer(const QUrl &url);
    bool rememberServer() const;
    void setRememberServer(bool remember);

    /** SHA-256 fingerprint of the certificate the user trusted for host:port, or empty. */
    QByteArray pinnedCertificate(const QString &hostPort) const;
    /** Stores the pin; an empty fingerprint removes it. */
    void setPinnedCertificate(const QString &hostPort, const QByteArray &sha256);

    QByteArray mainWindowGeometry() const;
    void setMainWindowGeometry(const QByteArray &geometry);
    QByteArray mainWindowState() const;
    void setMainWindowState(const QByteArray &state);
    QByteArray eventTableHeaderState() const;
    void setEventTableHeaderState(const QByteArray &state);

    /** How many seats "best available" asks for first (2 until the clerk changes it). */
    int bestAvailableQuantity() const;
    void setBestAvailableQuantity(int quantity);
    /** The interface language chosen in the menu ("de", "fr", "es", "en"), empty: the system's. */
    QString language() const;
    void setLanguage(const QString &language);
    /** The splitter between the seat map and the cart. */
    QByteArray sellingSplitterState() const;
    void setSellingSplitterState(const QByteArray &state);
    /** The gate this computer checks tickets in at ("Gate 2"), empty until set. */
    QString checkInGate() const;
    void setCheckInGate(const QString &gate);

private:
    QSettings m_settings;
};

} // namespace BoxOffice::Ui
