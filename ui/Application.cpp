// SPDX-License-Identifier: MIT
#include "Application.h"

#include "archive/MainWindow.h"
#include "cli/CommandLine.h"
#include "settings/Settings.h"
#include "storage/Archive.h"

#include <QApplication>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace hindsight {

void Application::setUp(QApplication& app)
{
    QCoreApplication::setOrganizationName(QStringLiteral("Hindsight"));
    QCoreApplication::setApplicationName(QStringLiteral("Hindsight"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HINDSIGHT_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Hindsight"));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.hindsight.Hindsight"));
    QGuiApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("io.github.hindsight.Hindsight"),
                                                    QIcon(QStringLiteral(":/icons/hindsight.svg"))));

    // The language setting overrides the system's (LANG, LC_ALL).
    const QString language = Settings::instance()->languageCode();
    if (!language.isEmpty())
        QLocale::setDefault(QLocale(language));
    const QLocale locale;
    auto* qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    auto* translator = new QTranslator(&app);
    if (translator->load(locale, QStringLiteral("hindsight"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(translator);
}

int Application::runWindow(QApplication& app)
{
    QString path = cli::archiveArgument(app.arguments());
    if (path.isEmpty())
        path = Archive::defaultPath();
    auto* window = new MainWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->openArchive(path);
    window->show();
    const QStringList documents = cli::documentArguments(app.arguments());
    if (!documents.isEmpty())
        window->offerImport(documents);
    return app.exec();
}

} // namespace hindsight
