#include "admin/adminworkspace.h"
#include "admin/auditpanel.h"
#include "admin/userspanel.h"
#include "app/commandline.h"
#include "app/settings.h"
#include "auth/signindialog.h"
#include "designer/designerworkspace.h"
#include "events/eventlistmodel.h"
#include "mainwindow/mainwindow.h"
#include "net/serverconnection.h"
#include "seatmap/seatmapmodel.h"
#include "selling/bestavailablebar.h"
#include "selling/sellingworkspace.h"
#include "style/noticebar.h"
#include "venues/venuesworkspace.h"

#include <QAction>
#include <QApplication>
#include <QByteArrayView>
#include <QEventLoop>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QPixmap>
#include <QSpinBox>
#include <QTimer>
#include <QTranslator>

#include <cstdio>
#include <functional>
#include <memory>
#include <utility>

Q_LOGGING_CATEGORY(lcApp, "boxoffice.app")

using namespace BoxOffice::Ui;

namespace {

constexpr int ScreenshotWaitMs = 10'000;

// Our own strings from the embedded .qm files, plus Qt's (standard buttons, socket errors)
// where the system has them. English needs no translator.
void installTranslators(QCoreApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale); // dates and numbers follow the chosen language too

    // Without a translation for the locale, English it is; boxoffice_en carries the
    // English plural forms ("1 event", "3 events").
    auto *own = new QTranslator(&app);
    const QString i18n = QStringLiteral(":/i18n");
    if (own->load(locale, QStringLiteral("boxoffice"), QStringLiteral("_"), i18n) ||
        own->load(QStringLiteral("boxoffice_en"), i18n))
        QCoreApplication::installTranslator(own);
    if (!language.isEmpty() && own->language().section(u'_', 0, 0) != locale.name().section(u'_', 0, 0))
        qCWarning(lcApp) << "no translation for" << language << "- using English";

    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

int failScreenshot(const QString &message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    return 1;
}

// The sign-in dialog as a new user sees it, server filled in.
int takeSignInScreenshot(MainWindow &window, const QUrl &server, const QString &file)
{
    window.showSignInDialog(QString(), server);
    auto *dialog = window.findChild<SignInDialog *>();
    if (!dialog)
        return failScreenshot(QStringLiteral("no sign-in dialog"));
    dialog->setUserName(QStringLiteral("alice"));
    QApplication::processEvents();
    if (!dialog->grab().save(file, "PNG"))
        return failScreenshot(QApplication::translate("main", "Could not write %1.").arg(file));
    return 0;
}

// --event and --hold-best: once signed in, open the seat map, then (optionally) hold the best
// seats; done() runs when the map is live and the hold answered, or loading failed.
void openEventWhenSignedIn(MainWindow &window, const CommandLine::Options &options,
                           std::function<void()> done)
{
    SellingWorkspace *selling = window.sellingWorkspace();
    auto finished = std::make_shared<bool>(false);
    auto finish = [finished, done] {
        if (!std::exchange(*finished, true) && done)
            done();
    };
    auto opened = std::make_shared<bool>(false);
    QObject::connect(window.connection(), &ServerConnection::sessionChanged, selling,
                     [&window, options, opened] {
                         if (window.connection()->isSignedIn() && !std::exchange(*opened, true))
                             window.openEvent(options.event);
                     });
    QObject::connect(selling, &SellingWorkspace::eventLoaded, selling,
                     [selling, options, finish](qint64 eventId, bool ok) {
                         if (eventId != options.event)
                             return;
                         if (!ok || options.holdBest <= 0 || !selling->canSell()) {
                             finish();
                             return;
                         }
                         selling->bestAvailableBar()->quantityBox()->setValue(options.holdBest);
                         selling->requestBestAvailable(options.holdBest,
                                                       selling->bestAvailableBar()->categoryId(), -1);
                     });
    QObject::connect(selling, &SellingWorkspace::holdFinished, selling, [finish](bool) { finish(); });
}

// Signs in, waits for the workspace (or the time limit), then saves the window as a PNG.
int takeScreenshot(MainWindow &window, const CommandLine::Options &options)
{
    QEventLoop loop;
    QTimer::singleShot(ScreenshotWaitMs, &loop, &QEventLoop::quit);
    QString signInError;
    const bool admin = options.workspace == QStringLiteral("admin");
    const bool designer = options.workspace == QStringLiteral("designer");
    int adminPagesPending = 2; // users and audit log
    auto adminPageDone = [&] {
        if (--adminPagesPending == 0)
            loop.quit();
    };
    QObject::connect(&window, &MainWindow::signInFinished, &loop, [&](bool ok, const QString &error) {
        if (!ok) {
            signInError = error;
            loop.quit();
        } else if (admin) {
            if (!window.isAdminWorkspaceAvailable()) {
                signInError = QApplication::translate("main", "%1 is no administrator.").arg(options.user);
                loop.quit();
                return;
            }
            window.showAdminWorkspace();
        } else if (designer) {
            // After the session's queued handlers, which show the Venues workspace to organizers.
            QTimer::singleShot(0, &loop, [&] {
                VenuesWorkspace *venues = window.venuesWorkspace();
                if (!venues->isAvailable()) {
                    signInError = QApplication::translate("main", "%1 is no organizer.").arg(options.user);
                    loop.quit();
                    return;
                }
                venues->showAction()->trigger();
                venues->editDraft(options.venue);
            });
        }
    });
    if (admin) {
        QObject::connect(window.adminWorkspace()->usersPanel(), &AdminPanel::requestFinished, &loop,
                         adminPageDone);
        QObject::connect(window.adminWorkspace()->auditPanel(), &AdminPanel::requestFinished, &loop,
                         adminPageDone);
    } else if (designer) {
        QObject::connect(window.venuesWorkspace()->designer(), &DesignerWorkspace::loaded, &loop,
                         [&](bool ok) {
                             if (!ok)
                                 signInError = window.venuesWorkspace()->designer()->notice()->text();
                             loop.quit();
                         });
    } else if (options.event > 0) {
        openEventWhenSignedIn(window, options, [&loop] { loop.quit(); });
    } else {
        QObject::connect(window.eventModel(), &EventListModel::refreshed, &loop, &QEventLoop::quit);
        QObject::connect(window.eventModel(), &EventListModel::refreshFailed, &loop, &QEventLoop::quit);
    }
    QObject::connect(window.connection(), &ServerConnection::errorOccurred, &loop, [&] {
        // A version mismatch or a refused certificate will not get better by waiting.
        if (window.connection()->reconnectRemaining() < 0 &&
            window.connection()->state() == ServerConnection::State::Disconnected)
            loop.quit();
    });
    window.signIn(options.server, options.user, options.password);
    loop.exec();
    // Let the views lay out what just arrived, and coalesced updates (availability counts,
    // every 250 ms) land.
    QEventLoop settle;
    QTimer::singleShot(400, &settle, &QEventLoop::quit);
    settle.exec();

    const bool connected = window.connection()->state() == ServerConnection::State::Connected;
    if (!window.grab().save(options.screenshotFile, "PNG"))
        return failScreenshot(
            QApplication::translate("main", "Could not write %1.").arg(options.screenshotFile));
    if (!connected)
        return failScreenshot(
            QApplication::translate("main", "Could not connect to %1: %2")
                .arg(window.connection()->url().toString(), window.connection()->lastError()));
    if (!signInError.isEmpty())
        return failScreenshot(QApplication::translate("main", "Could not sign in: %1").arg(signInError));
    return 0;
}

void setApplicationNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("BoxOffice"));
    QCoreApplication::setApplicationName(QStringLiteral("boxoffice"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BOXOFFICE_VERSION));
}

// --help and --version print text and exit: they must work without a display.
bool onlyPrints(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView arg(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "-?" || arg == "--help-all" || arg == "-v" ||
            arg == "--version")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    if (onlyPrints(argc, argv)) {
        QCoreApplication app(argc, argv);
        setApplicationNames();
        installTranslators(app, CommandLine::preScanLanguage(QCoreApplication::arguments()));
        CommandLine::parse(QCoreApplication::arguments()); // prints and exits
        return 0;
    }

    QApplication app(argc, argv);
    setApplicationNames();
    QApplication::setApplicationDisplayName(QStringLiteral("BoxOffice"));

    // --lang wins over the language chosen in the menu; neither: the system's.
    QString language = CommandLine::preScanLanguage(QApplication::arguments());
    if (language.isEmpty())
        language = Settings().language();
    installTranslators(app, language);

    const CommandLine::Options options = CommandLine::parse(QApplication::arguments());
    if (!options.error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(options.error));
        return 1;
    }

    MainWindow window;
    window.setExpectedFingerprint(options.trustFingerprint);
    window.show();
    if (!options.screenshotFile.isEmpty()) {
        if (options.user.isEmpty())
            return takeSignInScreenshot(window, options.server, options.screenshotFile);
        return takeScreenshot(window, options);
    }

    window.setPromptForSignIn(true);
    if (options.event > 0)
        openEventWhenSignedIn(window, options, {});
    if (!options.user.isEmpty()) {
        window.signIn(options.server, options.user, options.password);
        QObject::connect(&window, &MainWindow::signInFinished, &window,
                         [&window](bool ok, const QString &error) {
                             if (!ok)
                                 window.showSignInDialog(error);
                         });
    } else {
        // After the main window is on screen, so the dialog has a parent to sit on.
        QTimer::singleShot(0, &window, [&window, &options] {
            window.showSignInDialog(QString(), options.serverGiven ? options.server : QUrl());
        });
    }
    return QApplication::exec();
}
