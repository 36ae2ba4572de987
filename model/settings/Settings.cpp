// SPDX-License-Identifier: MIT
#include "Settings.h"

#include "settings/SettingsKeys.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <array>
#include <optional>

namespace hindsight {

using settings_detail::info;
using settings_detail::KeyInfo;
using settings_detail::keyTable;
using settings_detail::recentEntry;

namespace {


// Keys renamed since earlier versions. Empty so far: the first release is 0.1.0.
const QList<Settings::Migration>& builtInMigrations()
{
    static const QList<Settings::Migration> migrations;
    return migrations;
}

QString windowKey(const QString& window, const char* what)
{
    return QStringLiteral("windows/%1/%2").arg(window, QLatin1String(what));
}

std::unique_ptr<Settings>& globalInstance()
{
    static std::unique_ptr<Settings> instance;
    return instance;
}

} // namespace

Settings* Settings::instance()
{
    auto& g = globalInstance();
    if (!g) {
        const QString path = QSettings(QSettings::IniFormat, QSettings::UserScope,
                                       QStringLiteral("Hindsight"), QStringLiteral("Hindsight"))
                                 .fileName();
        g.reset(new Settings(path));
        // window blobs are written lazily: make sure they reach the disk
        if (auto* app = QCoreApplication::instance())
            QObject::connect(app, &QCoreApplication::aboutToQuit, g.get(), [s = g.get()] { s->sync(); });
    }
    return g.get();
}

void Settings::installTemporaryInstance()
{
    globalInstance() = createTemporary();
}

std::unique_ptr<Settings> Settings::createTemporary()
{
    auto dir = std::make_unique<QTemporaryDir>();
    const QString path = dir->filePath(QStringLiteral("settings.ini"));
    std::unique_ptr<Settings> s(new Settings(path));
    s->m_tempDir = std::move(dir);
    return s;
}

std::unique_ptr<Settings> Settings::createForFile(const QString& iniPath)
{
    return std::unique_ptr<Settings>(new Settings(iniPath));
}

Settings::Settings(const QString& iniPath, QObject* parent) : QObject(parent), m_path(iniPath)
{
    load();
}

Settings::~Settings()
{
    if (m_settings)
        m_settings->sync();
}

void Settings::load()
{
    m_settings = std::make_unique<QSettings>(m_path, QSettings::IniFormat);
    (void)m_settings->allKeys(); // QSettings parses lazily; status() is only known after a read
    const auto status = m_settings->status();
    if (status == QSettings::FormatError) {
        m_settings.reset();
        const QString aside = m_path + QStringLiteral(".damaged");
        QFile::remove(aside);
        if (QFile::rename(m_path, aside)) {
            m_loadProblem = tr("The settings file %1 was damaged and could not be read. Default "
                               "settings are used; the damaged file was kept as %2.")
                                .arg(QDir::toNativeSeparators(m_path), QDir::toNativeSeparators(aside));
        } else {
            m_loadProblem = tr("The settings file %1 was damaged and could not be read. Default "
                               "settings are used, and changes cannot be saved until the file is "
                               "removed.")
                                .arg(QDir::toNativeSeparators(m_path));
        }
        m_settings = std::make_unique<QSettings>(m_path, QSettings::IniFormat);
        (void)m_settings->allKeys();
    } else if (status == QSettings::AccessError) {
        m_loadProblem = tr("The settings file %1 could not be read. Default settings are used.")
                            .arg(QDir::toNativeSeparators(m_path));
    }
    migrate(builtInMigrations());
}

QString Settings::loadProblem() const
{
    return m_loadProblem;
}

QString Settings::fileName() const
{
    return m_path;
}

QList<Settings::Key> Settings::allKeys()
{
    QList<Key> keys;
    for (const KeyInfo& k : keyTable())
        keys << k.key;
    return keys;
}

QString Settings::settingsName(Key key)
{
    return QLatin1String(info(key).name);
}

QVariant Settings::defaultValue(Key key)
{
    return info(key).defaultValue();
}

int Settings::minimum(Key key)
{
    return info(key).minimum;
}

int Settings::maximum(Key key)
{
    return info(key).maximum;
}

QVariant Settings::value(Key key) const
{
    const KeyInfo& k = info(key);
    const QString name = QLatin1String(k.name);
    if (!m_settings->contains(name))
        return k.defaultValue();
    const QVariant v = k.normalize(k, m_settings->value(name));
    return v.isValid() ? v : k.defaultValue();
}

bool Settings::setValue(Key key, const QVariant& value)
{
    const KeyInfo& k = info(key);
    const QVariant v = k.normalize(k, value);
    if (!v.isValid())
        return false;
    const QVariant before = this->value(key);
    m_settings->setValue(QLatin1String(k.name), v);
    sync();
    if (before != v)
        emit changed(key);
    return true;
}

bool Settings::isDefault(Key key) const
{
    return value(key) == defaultValue(key);
}

void Settings::reset(Key key)
{
    const QVariant before = value(key);
    m_settings->remove(QLatin1String(info(key).name));
    sync();
    if (before != defaultValue(key))
        emit changed(key);
}

void Settings::resetAll()
{
    for (Key key : allKeys())
        reset(key);
}

QString Settings::authorName() const
{
    return value(Key::AuthorName).toString();
}

bool Settings::setAuthorName(const QString& name)
{
    return setValue(Key::AuthorName, name);
}

QString Settings::approverName() const
{
    const QString name = value(Key::ApproverName).toString();
    return name.isEmpty() ? authorName() : name;
}

bool Settings::setApproverName(const QString& name)
{
    return setValue(Key::ApproverName, name);
}

QByteArray Settings::displayTimeZoneId() const
{
    return value(Key::DisplayTimeZone).toString().toUtf8();
}

QTimeZone Settings::displayTimeZone() const
{
    QTimeZone zone(displayTimeZoneId());
    return zone.isValid() ? zone : QTimeZone::utc();
}

bool Settings::setDisplayTimeZone(const QByteArray& ianaId)
{
    return setValue(Key::DisplayTimeZone, QString::fromUtf8(ianaId));
}

int Settings::gapThresholdMinutes() const
{
    return value(Key::GapThresholdMinutes).toInt();
}

bool Settings::setGapThresholdMinutes(int minutes)
{
    return setValue(Key::GapThresholdMinutes, minutes);
}

int Settings::actionItemSlaDays() const
{
    return value(Key::ActionItemSlaDays).toInt();
}

bool Settings::setActionItemSlaDays(int days)
{
    return setValue(Key::ActionItemSlaDays, days);
}

int Settings::autosaveDelayMs() const
{
    return value(Key::AutosaveDelayMs).toInt();
}

bool Settings::setAutosaveDelayMs(int ms)
{
    return setValue(Key::AutosaveDelayMs, ms);
}

QString Settings::toString(PaperSize size)
{
    switch (size) {
    case PaperSize::A4:
        return QStringLiteral("a4");
    case PaperSize::Letter:
        return QStringLiteral("letter");
    case PaperSize::Auto:
        break;
    }
    return QStringLiteral("auto");
}

QString Settings::toString(Language language)
{
    switch (language) {
    case Language::English:
        return QStringLiteral("en");
    case Language::Spanish:
        return QStringLiteral("es");
    case Language::System:
        break;
    }
    return QStringLiteral("system");
}

Settings::PaperSize Settings::paperSize() const
{
    const QString s = value(Key::PaperSize).toString();
    if (s == toString(PaperSize::A4))
        return PaperSize::A4;
    if (s == toString(PaperSize::Letter))
        return PaperSize::Letter;
    return PaperSize::Auto;
}

QPageSize::PageSizeId Settings::pageSizeId(const QLocale& locale) const
{
    switch (paperSize()) {
    case PaperSize::A4:
        return QPageSize::A4;
    case PaperSize::Letter:
        return QPageSize::Letter;
    case PaperSize::Auto:
        break;
    }
    return locale.measurementSystem() == QLocale::ImperialUSSystem ? QPageSize::Letter : QPageSize::A4;
}

bool Settings::setPaperSize(PaperSize size)
{
    return setValue(Key::PaperSize, toString(size));
}

Settings::Language Settings::language() const
{
    const QString s = value(Key::Language).toString();
    if (s == toString(Language::English))
        return Language::English;
    if (s == toString(Language::Spanish))
        return Language::Spanish;
    return Language::System;
}

bool Settings::setLanguage(Language language)
{
    return setValue(Key::Language, toString(language));
}

QString Settings::languageCode() const
{
    const Language l = language();
    return l == Language::System ? QString() : toString(l);
}

QString Settings::defaultArchivePath() const
{
    return value(Key::DefaultArchivePath).toString();
}

bool Settings::setDefaultArchivePath(const QString& path)
{
    return setValue(Key::DefaultArchivePath, path);
}

QString Settings::effectiveArchivePath() const
{
    const QString stored = defaultArchivePath();
    return stored.isEmpty() ? standardArchivePath() : stored;
}

QString Settings::standardArchivePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("archive.sqlite"));
}

int Settings::backupsToKeep() const
{
    return value(Key::BackupsToKeep).toInt();
}

bool Settings::setBackupsToKeep(int count)
{
    return setValue(Key::BackupsToKeep, count);
}

int Settings::versionsThinAfterDays() const
{
    return value(Key::VersionsThinAfterDays).toInt();
}

bool Settings::setVersionsThinAfterDays(int days)
{
    return setValue(Key::VersionsThinAfterDays, days);
}

QStringList Settings::recentArchives() const
{
    return value(Key::RecentArchives).toStringList();
}

bool Settings::setRecentArchives(const QStringList& paths)
{
    return setValue(Key::RecentArchives, paths);
}

void Settings::addRecentArchive(const QString& path)
{
    const QString clean = recentEntry(path);
    if (clean.isEmpty())
        return;
    QStringList list = recentArchives();
    list.removeAll(clean);
    list.prepend(clean);
    setRecentArchives(list.mid(0, maxRecentArchives()));
}

void Settings::removeRecentArchive(const QString& path)
{
    QStringList list = recentArchives();
    if (list.removeAll(recentEntry(path)) > 0)
        setRecentArchives(list);
}

QStringList Settings::teamNames() const
{
    return value(Key::TeamNames).toStringList();
}

bool Settings::setTeamNames(const QStringList& names)
{
    return setValue(Key::TeamNames, names);
}

int Settings::maxTeamNames()
{
    return 500;
}

bool Settings::isMarkedTeam(const QString& name) const
{
    const QString n = name.simplified();
    return !n.isEmpty() && teamNames().contains(n, Qt::CaseInsensitive);
}

bool Settings::setMarkedTeam(const QString& name, bool team)
{
    const QString n = name.simplified();
    if (n.isEmpty() || n.size() > 200)
        return false;
    QStringList names = teamNames();
    if (team) {
        if (names.contains(n, Qt::CaseInsensitive))
            return true;
        if (names.size() >= maxTeamNames())
            return false;
        names.append(n);
    } else if (names.removeIf([&n](const QString& t) { return t.compare(n, Qt::CaseInsensitive) == 0; }) == 0) {
        return true;
    }
    return setTeamNames(names);
}

QStringList Settings::redactHostPatterns() const
{
    return value(Key::RedactHostPatterns).toStringList();
}

bool Settings::setRedactHostPatterns(const QStringList& patterns)
{
    return setValue(Key::RedactHostPatterns, patterns);
}

QStringList Settings::internalDomains() const
{
    return value(Key::InternalDomains).toStringList();
}

bool Settings::setInternalDomains(const QStringList& domains)
{
    return setValue(Key::InternalDomains, domains);
}

int Settings::maxRecentArchives()
{
    return 10;
}

bool Settings::isValidWindowName(const QString& window) const
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_.-]{1,64}$"));
    return re.match(window).hasMatch();
}

QByteArray Settings::windowGeometry(const QString& window) const
{
    if (!isValidWindowName(window))
        return {};
    return m_settings->value(windowKey(window, "geometry")).toByteArray();
}

bool Settings::setWindowGeometry(const QString& window, const QByteArray& geometry)
{
    if (!isValidWindowName(window))
        return false;
    m_settings->setValue(windowKey(window, "geometry"), geometry);
    return true; // written on the next sync() or at destruction: blobs change often
}

QByteArray Settings::windowState(const QString& window) const
{
    if (!isValidWindowName(window))
        return {};
    return m_settings->value(windowKey(window, "state")).toByteArray();
}

bool Settings::setWindowState(const QString& window, const QByteArray& state)
{
    if (!isValidWindowName(window))
        return false;
    m_settings->setValue(windowKey(window, "state"), state);
    return true;
}

void Settings::clearWindowStates()
{
    m_settings->remove(QStringLiteral("windows"));
    sync();
}

namespace {
const QString requirementsKey = QStringLiteral("analysis/requiredBySeverity");
}

templates::Requirements Settings::requirements() const
{
    const QByteArray json = m_settings->value(requirementsKey).toString().toUtf8();
    if (json.isEmpty())
        return templates::Requirements::methodDefaults();
    QStringList errors;
    return templates::requirementsFromJson(QJsonDocument::fromJson(json).object(), QStringLiteral("$"), &errors);
}

void Settings::setRequirements(const templates::Requirements& requirements)
{
    if (requirements == this->requirements())
        return;
    if (requirements == templates::Requirements::methodDefaults())
        m_settings->remove(requirementsKey);
    else
        m_settings->setValue(requirementsKey, QString::fromUtf8(QJsonDocument(templates::toJson(requirements))
                                                                    .toJson(QJsonDocument::Compact)));
    sync();
    emit requirementsChanged();
}

void Settings::resetRequirements()
{
    setRequirements(templates::Requirements::methodDefaults());
}

int Settings::migrate(const QList<Migration>& migrations)
{
    int moved = 0;
    for (const Migration& m : migrations) {
        const QString oldName = QLatin1String(m.oldName);
        if (!m_settings->contains(oldName))
            continue;
        QVariant v = m_settings->value(oldName);
        m_settings->remove(oldName);
        if (m.convert)
            v = m.convert(v);
        const KeyInfo& k = info(m.newKey);
        const QString newName = QLatin1String(k.name);
        if (m_settings->contains(newName) || !v.isValid())
            continue;
        const QVariant normalized = k.normalize(k, v);
        if (!normalized.isValid())
            continue;
        m_settings->setValue(newName, normalized);
        ++moved;
    }
    if (!migrations.isEmpty())
        sync();
    return moved;
}

bool Settings::sync(QString* error)
{
    m_settings->sync();
    if (m_settings->status() == QSettings::NoError)
        return true;
    if (error)
        *error = tr("The settings could not be saved to %1.").arg(QDir::toNativeSeparators(m_path));
    return false;
}

} // namespace hindsight

// The meta-object code in this file, not in one object for all of them:
// the command line links only what it uses (app/CMakeLists.txt).
#include "moc_Settings.cpp"
