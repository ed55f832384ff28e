#pragma once

#include <QCoreApplication>
#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace BoxOffice::Ui {

/** The client's command line (QCommandLineParser with translated descriptions). */
class CommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(BoxOffice::Ui::CommandLine)

public:
    struct Options
    {
        QUrl server;
        bool serverGiven = false; // from --server or BOXOFFICE_SERVER, not the default
        QString screenshotFile;
        QString user;      // --user or BOXOFFICE_USER
        QString password;  // BOXOFFICE_PASSWORD only: never on the command line
        QString workspace; // "events", "admin" or "designer", for --screenshot
        qint64 venue = 0;  // --venue: with --workspace designer, the venue whose draft is shown
        qint64 event = 0;  // --event: open this event's seat map after signing in
        int holdBest = 0;  // --hold-best: then hold this many best-available seats
        QString language;
        QByteArray trustFingerprint; // --trust-fingerprint, raw SHA-256 (32 bytes) or empty
        QString error;               // non-empty: print it and exit with failure
    };

    /**
     * The value of --lang, read before the real parse: the translator must be installed
     * before the parser's descriptions are translated.
     */
    static QString preScanLanguage(const QStringList &arguments);

    /**
     * Parses arguments; exits for --help and --version like QCommandLineParser::process().
     * The server comes from --server, else BOXOFFICE_SERVER, else ws://127.0.0.1:8080.
     * The user from --user, else BOXOFFICE_USER; the password only from BOXOFFICE_PASSWORD.
     */
    static Options parse(const QStringList &arguments);
};

} // namespace BoxOffice::Ui
