// SPDX-License-Identifier: MIT
#include "GuiSupport.h"

#include "domain/Coe.h"
#include "editor/EditorWindow.h"
#include "storage/Archive.h"
#include "storage/CoeRepository.h"
#include "widgets/Dialogs.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTest>
#include <QTranslator>

namespace hindsight::test {

TestLanguage::~TestLanguage()
{
    remove();
}

void TestLanguage::remove()
{
    for (QTranslator* t : std::as_const(m_translators)) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    m_translators.clear();
}

bool TestLanguage::use(const QString& language, const QString& qmDir, QString* error)
{
    remove();
    if (language == QLatin1String("en"))
        return true;
    const QLocale locale(language);
    auto* qt = new QTranslator;
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    m_translators.append(qt);
    auto* hindsight = new QTranslator;
    m_translators.append(hindsight);
    if (!hindsight->load(locale, QStringLiteral("hindsight"), QStringLiteral("_"), qmDir) ||
        hindsight->isEmpty()) {
        if (error)
            *error = QStringLiteral("no Hindsight translation for %1 in %2").arg(language, qmDir);
        return false;
    }
    QCoreApplication::installTranslator(hindsight);
    return true;
}

EditorWindow* openSavedCoe(Archive& archive, const Coe& coe, int page)
{
    Coe stored = coe;
    const SaveResult saved = CoeRepository(archive).save(stored);
    if (!saved.ok())
        qFatal("%s", qPrintable(saved.error));
    QString error;
    EditorWindow* w = EditorWindow::openCoe(archive, coe.uuid, nullptr, &error);
    if (!w)
        qFatal("%s", qPrintable(error));
    w->resize(1280, 800);
    w->show();
    if (!QTest::qWaitForWindowExposed(w))
        qWarning("window not exposed");
    w->setCurrentPage(page);
    QCoreApplication::processEvents();
    return w;
}

bool closeEditorWindows()
{
    for (EditorWindow* w : EditorWindow::openWindows()) {
        MessageBox::setNextAnswer(QMessageBox::Discard);
        w->close();
    }
    return QTest::qWaitFor([] { return EditorWindow::openWindows().isEmpty(); });
}

} // namespace hindsight::test
