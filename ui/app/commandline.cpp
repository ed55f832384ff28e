#include "app/commandline.h"

#include "app/settings.h"
#include "mainwindow/connectdialog.h"

#include <QCommandLineParser>

namespace BoxOffice::Ui {

QString CommandLine::preScanLanguage(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if ((arg == QStringLiteral("--lang") || arg == QStringLiteral("-lang")) && i + 1 < arguments.size())
            return arguments.at(i + 1);
        for (const QString &prefix : {QStringLiteral("--lang="), QStringLiteral("-lang=")}) {
            if (arg.startsWith(prefix))
                return arg.mid(prefix.size());
        }
    }
    return {};
}

CommandLine::Options CommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("BoxOffice desktop client: sell tickets at the counter on live seat maps."));
    parser.addHelpOption();
    parser.addVersionOption();

    const QCommandLineOption serverOption(
        QStringLiteral("server"),
        tr("Server address, for example ws://127.0.0.1:8080 (default; the environment "
           "variable BOXOFFICE_SERVER also sets it)."),
        tr("url"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        tr("Sign in (with --user and BOXOFFICE_PASSWORD), wait until the workspace is loaded "
           "(at most 10 s), save a picture of the main window to <file> (PNG) and exit. "
           "Without a user, saves a picture of the sign-in dialog. Exits with an error if "
           "the server could not be reached or the sign-in failed."),
        tr("file"));
    const QCommandLineOption userOption(
        QStringLiteral("user"),
        tr("Sign in as <name> without the sign-in dialog (the environment variable "
           "BOXOFFICE_USER also sets it). The password is read from the environment variable "
           "BOXOFFICE_PASSWORD, never from the command line."),
        tr("name"));
    const QCommandLineOption workspaceOption(
        QStringLiteral("workspace"),
        tr("Workspace to show after signing in: events (default), admin, or designer (with --venue)."),
        tr("name"));
    const QCommandLineOption languageOption(
        QStringLiteral("lang"),
        tr("User interface language, for example de, fr or es (default: the system "
           "language)."),
        tr("code"));
    parser.addOption(serverOption);
    parser.addOption(screenshotOption);
    parser.addOption(userOption);
    parser.addOption(workspaceOption);
    parser.addOption(languageOption);
    const QCommandLineOption trustOption(
        QStringLiteral("trust-fingerprint"),
        tr("Trust the server's self-signed certificate if, and only if, its SHA-256 "
           "fingerprint is <sha256> (hex, colons allowed), as scripts/demo prints it; it is "
           "then pinned as if accepted in the trust dialog. Any other certificate is refused."),
        tr("sha256"));
    parser.addOption(trustOption);
    const QCommandLineOption eventOption(
        QStringLiteral("event"),
        tr("After signing in, open the seat map of the event with this number (with --screenshot: "
           "wait until the map is live, then save the picture)."),
        tr("id"));
    parser.addOption(eventOption);
    const QCommandLineOption holdBestOption(
        QStringLiteral("hold-best"),
        tr("With --event: hold <n> best-available seats of the first price category once the map "
           "is live, as a clerk's Return in the best-available bar would (for demonstrations and "
           "screenshots; the hold expires like any other)."),
        tr("n"));
    parser.addOption(holdBestOption);
    const QCommandLineOption venueOption(
        QStringLiteral("venue"),
        tr("With --workspace designer: open the draft of the venue with this number in the designer "
           "(organizers and admins)."),
        tr("id"));
    parser.addOption(venueOption);

    parser.process(arguments); // exits on --help, --version and unknown options

    Options options;
    options.screenshotFile = parser.value(screenshotOption);
    options.language = parser.value(languageOption);
    options.user = parser.value(userOption);
    if (options.user.isEmpty())
        options.user = qEnvironmentVariable("BOXOFFICE_USER");
    if (!options.user.isEmpty())
        options.password = qEnvironmentVariable("BOXOFFICE_PASSWORD");
    options.workspace = parser.value(workspaceOption);
    if (parser.isSet(trustOption)) {
        QString hex = parser.value(trustOption);
        hex.remove(QLatin1Char(':'));
        options.trustFingerprint = QByteArray::fromHex(hex.toLatin1());
        if (options.trustFingerprint.size() != 32 || hex.size() != 64)
            options.error = tr("--trust-fingerprint needs a SHA-256 fingerprint: 64 hex digits.");
    }
    if (parser.isSet(eventOption)) {
        bool ok = false;
        options.event = parser.value(eventOption).toLongLong(&ok);
        if (!ok || options.event <= 0)
            options.error = tr("--event needs an event number, for example --event 1.");
    }
    if (parser.isSet(holdBestOption)) {
        bool ok = false;
        options.holdBest = parser.value(holdBestOption).toInt(&ok);
        if (!ok || options.holdBest < 1 || options.holdBest > 100)
            options.error = tr("--hold-best needs a number of seats from 1 to 100.");
        else if (options.event == 0)
            options.error = tr("--hold-best needs --event.");
    }
    if (!options.workspace.isEmpty() && options.workspace != QStringLiteral("events") &&
        options.workspace != QStringLiteral("admin") && options.workspace != QStringLiteral("designer"))
        options.error =
            tr("Unknown workspace \"%1\": expected events, admin or designer.").arg(options.workspace);
    if (parser.isSet(venueOption)) {
        bool ok = false;
        options.venue = parser.value(venueOption).toLongLong(&ok);
        if (!ok || options.venue <= 0)
            options.error = tr("--venue needs a venue number, for example --venue 1.");
    }
    if ((options.workspace == QStringLiteral("designer")) != (options.venue > 0))
        options.error = tr("--workspace designer and --venue go together.");

    QString serverText = parser.value(serverOption);
    if (serverText.isEmpty())
        serverText = qEnvironmentVariable("BOXOFFICE_SERVER");
    if (serverText.isEmpty()) {
        options.server = Settings::defaultServerUrl();
    } else {
        options.serverGiven = true;
        options.server = ConnectDialog::parseServerUrl(serverText);
        if (!options.server.isValid())
            options.error = tr("Invalid server address \"%1\": expected ws://host:port or "
                               "wss://host:port.")
                                .arg(serverText);
    }
    if (parser.isSet(screenshotOption) && options.screenshotFile.isEmpty())
        options.error = tr("--screenshot needs a file name.");
    return options;
}

} // namespace BoxOffice::Ui
