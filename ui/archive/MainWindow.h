// SPDX-License-Identifier: MIT
#pragma once

#include <QMainWindow>
#include <QUuid>
#include <memory>

class QStackedWidget;
class QTableView;
class QLabel;
class QSortFilterProxyModel;

namespace hindsight {

class Archive;
class Banner;
class CoeListModel;
class CoeRepository;

// The archive window: hosts the list of COEs and the actions on them.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens (or creates) an archive; on refusal the window says why in its
    // banner and keeps the archive it had.
    bool openArchive(const QString& path);
    Archive* archive() const { return m_archive.get(); }
    CoeRepository* repository() const { return m_repository.get(); }

    void reload();
    void offerImport(const QStringList& files);
    // Creates a new COE in the archive and opens it; returns its uuid.
    QUuid newCoe();
    // Opens the COE's editor window; page and row (-1: remembered/none) select
    // where it opens, e.g. the Actions page with one action item selected.
    void openCoe(const QUuid& uuid, int page = -1, int row = -1);

private:
    void createActions();
    void updateActions();
    void importFiles();
    void exportJson();
    void chooseArchive(bool create);
    QUuid currentUuid() const;

    std::unique_ptr<Archive> m_archive;
    std::unique_ptr<CoeRepository> m_repository;
    CoeListModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    Banner* m_banner = nullptr;
    QStackedWidget* m_stack = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_countLabel = nullptr;
    QLabel* m_archiveLabel = nullptr;
    QAction* m_openAction = nullptr;
    QAction* m_exportJsonAction = nullptr;
    QAction* m_newAction = nullptr;
    QAction* m_importAction = nullptr;
};

} // namespace hindsight
