// SPDX-License-Identifier: MIT
// Helpers shared by the window tests (tests/gui).
#pragma once

#include <QList>
#include <QString>

class QTranslator;

namespace hindsight {
class Archive;
struct Coe;
class EditorWindow;
} // namespace hindsight

namespace hindsight::test {

// The program's translations for a language, installed the way Application
// does (Qt's own and Hindsight's .qm from qmDir); "en" installs none. The
// previous language's translators are removed first, and on destruction.
class TestLanguage
{
public:
    TestLanguage() = default;
    TestLanguage(const TestLanguage&) = delete;
    TestLanguage& operator=(const TestLanguage&) = delete;
    ~TestLanguage();
    // False (and `error` says why) when Hindsight's translation cannot be loaded.
    bool use(const QString& language, const QString& qmDir, QString* error);

private:
    void remove();
    QList<QTranslator*> m_translators;
};

// Saves `coe` into the archive and opens it in an editor of the screenshots'
// size (1280x800), shown, on `page`. Aborts the test program when it cannot.
EditorWindow* openSavedCoe(Archive& archive, const Coe& coe, int page);

// Closes every editor window, discarding unsaved edits; false when one stays open.
bool closeEditorWindows();

} // namespace hindsight::test
