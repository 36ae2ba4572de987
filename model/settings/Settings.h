// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QLocale>
#include <QObject>
#include <QPageSize>
#include <QString>
#include <QStringList>
#include <QTimeZone>
#include <QVariant>
#include <memory>

#include "templates/Requirements.h"

class QSettings;
class QTemporaryDir;

namespace hindsight {

// The application's preferences, typed. One table (Settings.cpp) names every
// key with its QSettings name and default; nothing else in the code spells a
// settings key. Values are validated on the way in and on the way out: an
// invalid stored value (gap -5, an unknown time zone, garbage) reads as the
// default, and a setter refuses an invalid value (returns false, no change).
//
// Storage is an INI file through QSettings (organization "Hindsight",
// application "Hindsight"). A file QSettings cannot parse is set aside as
// "<file>.damaged", defaults are used and loadProblem() says so; it never
// crashes the program.
class Settings : public QObject
{
    Q_OBJECT
public:
    enum class Key
    {
        AuthorName,          // QString, prefills a new COE's owner; default ""
        DisplayTimeZone,     // IANA id (QByteArray), default "UTC"
        GapThresholdMinutes, // int 1..1440, default 15
        ActionItemSlaDays,   // int 1..365, default 14
        AutosaveDelayMs,     // int 250..60000, default 2000
        PaperSize,           // PaperSize as "auto" | "a4" | "letter", default auto
        Language,            // Language as "system" | "en" | "es", default system
        DefaultArchivePath,  // QString, "" = QStandardPaths AppDataLocation/archive.sqlite
        RecentArchives,      // QStringList, most recent first, at most maxRecentArchives()
        BackupsToKeep,       // int 0..365, automatic daily backups kept beside the archive; 0 = none; default 7
        TeamNames,           // QStringList, owner names the user marked as teams (not people); default empty
        RedactHostPatterns,  // QStringList, host names hidden by the customer-facing export ("*.corp.example.com")
        InternalDomains,     // QStringList, domains whose links the customer-facing export hides
        ApproverName,        // QString, the name last given for an approval; default "" (then AuthorName)
        VersionsThinAfterDays, // int 0..3650, versions older are thinned to one a day (approved kept); 0 = never; default 90
    };
    Q_ENUM(Key)

    enum class PaperSize
    {
        Auto,
        A4,
        Letter
    };
    Q_ENUM(PaperSize)
    enum class Language
    {
        System,
        English,
        Spanish
    };
    Q_ENUM(Language)

    // A renamed or reshaped key from an earlier version: the value stored under
    // oldName moves to newKey (through convert when given; a value convert
    // turns into an invalid QVariant is dropped). The old entry is removed; a
    // value already stored under the new key wins.
    struct Migration
    {
        const char* oldName;
        Key newKey;
        QVariant (*convert)(const QVariant&) = nullptr;
    };

    // The application's instance (created on first use, INI file in the
    // user's config folder). Not thread-safe: use from the GUI thread.
    static Settings* instance();
    // Replaces the application's instance by a temporary-file one, for tests
    // that exercise code calling instance(). The file is removed at exit or
    // on the next call.
    static void installTemporaryInstance();

    // A fresh instance on a file in a temporary folder, removed with it.
    static std::unique_ptr<Settings> createTemporary();
    // An instance on the given INI file (created on the first change).
    static std::unique_ptr<Settings> createForFile(const QString& iniPath);

    ~Settings() override;

    // Empty when the file loaded cleanly; otherwise a translated sentence on
    // what went wrong and what was done about it.
    QString loadProblem() const;
    // The INI file behind this instance.
    QString fileName() const;

    // Generic access through the table.
    static QList<Key> allKeys();
    static QString settingsName(Key key);
    static QVariant defaultValue(Key key);
    // The accepted range of an integer key (0, 0 for other keys).
    static int minimum(Key key);
    static int maximum(Key key);
    // The stored value if valid, else the default. Never invalid.
    QVariant value(Key key) const;
    // Refuses (false, nothing changes) a value the key's rule rejects.
    bool setValue(Key key, const QVariant& value);
    bool isDefault(Key key) const;
    void reset(Key key);
    // Every key of the table back to its default (window blobs are kept).
    void resetAll();

    // Typed access.
    QString authorName() const;
    bool setAuthorName(const QString& name);
    // The approver's name last given (an approval asks for it, prefilled
    // with this, else the author name).
    QString approverName() const;
    bool setApproverName(const QString& name);

    QByteArray displayTimeZoneId() const;
    QTimeZone displayTimeZone() const;
    bool setDisplayTimeZone(const QByteArray& ianaId);

    int gapThresholdMinutes() const;
    bool setGapThresholdMinutes(int minutes);

    int actionItemSlaDays() const;
    bool setActionItemSlaDays(int days);

    int autosaveDelayMs() const;
    bool setAutosaveDelayMs(int ms);

    PaperSize paperSize() const;
    bool setPaperSize(PaperSize size);
    // The page size to print on: A4 or Letter, and for Auto the one the
    // locale's measurement system uses (Letter for the US system).
    QPageSize::PageSizeId pageSizeId(const QLocale& locale = QLocale()) const;

    Language language() const;
    bool setLanguage(Language language);
    // "" for System, else "en" / "es": the suffix of the translation file.
    QString languageCode() const;

    // Stored value ("" = the default location).
    QString defaultArchivePath() const;
    bool setDefaultArchivePath(const QString& path);
    // The stored path, or QStandardPaths AppDataLocation/archive.sqlite.
    QString effectiveArchivePath() const;
    static QString standardArchivePath();

    // Absolute paths and PostgreSQL URIs (a URI without its password: a
    // password given in one is dropped, never stored).
    QStringList recentArchives() const;
    bool setRecentArchives(const QStringList& paths);
    // Moves (or adds) path to the front; drops duplicates and the oldest
    // beyond maxRecentArchives().
    void addRecentArchive(const QString& path);
    void removeRecentArchive(const QString& path);
    static int maxRecentArchives();

    // How many automatic daily backups of an archive are kept (0: none are made).
    int backupsToKeep() const;
    bool setBackupsToKeep(int count);

    // Versions of a COE older than this many days are thinned to one a day
    // (the day's last; approved versions are kept), at most once a day per
    // archive when the archive window opens it. 0: never.
    int versionsThinAfterDays() const;
    bool setVersionsThinAfterDays(int days);

    // Names the user marked as teams: the review check's blameless.name rule
    // does not take them for people (analysis::CheckOptions::teamNames).
    // Stored simplified, without blanks or repeats (ignoring case), at most
    // maxTeamNames().
    QStringList teamNames() const;
    bool setTeamNames(const QStringList& names);
    static int maxTeamNames();
    // Whether `name` is one of teamNames() (ignoring case and extra spaces).
    bool isMarkedTeam(const QString& name) const;
    // Adds `name` to teamNames() (team true) or removes it (false). False when
    // the name is blank or over 200 characters, or the list is full.
    bool setMarkedTeam(const QString& name, bool team);

    // What the customer-facing export hides (report::Redaction): host-name
    // patterns and internal domains, as last given in the Export dialog (and
    // the command line's defaults). Each entry trimmed, blanks and repeats
    // dropped, at most 100 of at most 253 characters.
    QStringList redactHostPatterns() const;
    bool setRedactHostPatterns(const QStringList& patterns);
    QStringList internalDomains() const;
    bool setInternalDomains(const QStringList& domains);

    // Required by severity (issue #16): the table the review check reads
    // (analysis::CheckOptions::requirements). Stored as JSON under
    // "analysis/requiredBySeverity", outside the key table: resetAll() leaves
    // it, resetRequirements() brings back the method's defaults. A stored
    // value that cannot be read gives the defaults for what it lacks.
    templates::Requirements requirements() const;
    void setRequirements(const templates::Requirements& requirements);
    void resetRequirements();
    // Emits requirementsChanged() after a template was saved, imported or
    // deleted (a template can carry its own table).
    void notifyTemplatesChanged() { emit requirementsChanged(); }

    // Window geometry and state blobs by window name (letters, digits, '_',
    // '-' and '.'; e.g. "mainWindow", "editor.splitter"). Empty when unknown.
    QByteArray windowGeometry(const QString& window) const;
    bool setWindowGeometry(const QString& window, const QByteArray& geometry);
    QByteArray windowState(const QString& window) const;
    bool setWindowState(const QString& window, const QByteArray& state);
    // Forgets every stored geometry and state.
    void clearWindowStates();

    // Spellings used in the file for the enums.
    static QString toString(PaperSize size);
    static QString toString(Language language);

    // Applies migrations (the built-in table runs on every load; it is empty
    // so far). Returns how many values were moved.
    int migrate(const QList<Migration>& migrations);

    // Writes pending changes; false (with the reason in *error) when the file
    // could not be written.
    bool sync(QString* error = nullptr);

signals:
    void changed(hindsight::Settings::Key key);
    void requirementsChanged();

private:
    explicit Settings(const QString& iniPath, QObject* parent = nullptr);
    void load();
    bool isValidWindowName(const QString& window) const;

    QString m_path;
    QString m_loadProblem;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<QTemporaryDir> m_tempDir; // only for temporary instances
};

} // namespace hindsight
