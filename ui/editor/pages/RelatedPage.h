// SPDX-License-Identifier: MIT
#pragma once

#include "editor/EditorPage.h"
#include "storage/CoeRepository.h"

class QLabel;
class QLineEdit;
class QListWidget;
class QTableView;

namespace hindsight {

class RelatedModel;

// Links to other COEs of the archive (picked from a searchable list) and to
// documents (http, https or file addresses only).
class RelatedPage : public EditorPage
{
    Q_OBJECT
public:
    RelatedPage(CoeDocument* document, CoeRepository* repository, QWidget* parent = nullptr);

    // Reloads the list of other COEs from the archive.
    void reloadArchiveList();
    bool addLink(const QString& title, const QString& url);
    // Opens the selected item: a COE asks the window, a link goes to the desktop.
    void openSelected();
    static bool isAllowedUrl(const QUrl& url);
    void focusLocation(const analysis::Location& location) override;

signals:
    void openCoeRequested(const QUuid& uuid);

private:
    void filterArchiveList(const QString& text);

    CoeRepository* m_repository;
    RelatedModel* m_model;
    QLineEdit* m_search;
    QListWidget* m_coes;
    QLineEdit* m_linkTitle;
    QLineEdit* m_linkUrl;
    QLabel* m_problem;
    QTableView* m_view;
};

} // namespace hindsight
