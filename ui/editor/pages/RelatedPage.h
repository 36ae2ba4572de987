// SPDX-License-Identifier: MIT
#pragma once

#include "editor/EditorPage.h"
#include "storage/CoeRepository.h"

class QLabel;
class QLineEdit;
class QListWidget;
class QTableView;
class QVBoxLayout;

namespace hindsight {

class RelatedModel;
class SimilarLookup;
class SimilarPanel;

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
    // Shows "Has this happened before?" (SimilarPanel) above the pickers.
    void showSimilar(SimilarLookup* lookup);
    SimilarPanel* similarPanel() const { return m_similar; }

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
    QVBoxLayout* m_layout = nullptr;
    SimilarPanel* m_similar = nullptr;
};

} // namespace hindsight
