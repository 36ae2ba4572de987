// SPDX-License-Identifier: MIT
#pragma once

#include <QGroupBox>
#include <QUuid>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace hindsight {

class CoeDocument;
class SimilarLookup;

// "Has this happened before?" in the Related step: the similar past COEs of
// the document (SimilarLookup) with why each is offered. Add as Related adds
// the selected one to the related items (one undo step); Not Related hides
// it for this COE (kept in the archive), with Undo until the next one is
// hidden; double-click or Enter opens it.
class SimilarPanel : public QGroupBox
{
    Q_OBJECT
public:
    SimilarPanel(CoeDocument* document, SimilarLookup* lookup, QWidget* parent = nullptr);

    QTreeWidget* list() const { return m_list; }
    // The selected COE's actions (also the buttons').
    bool addSelectedAsRelated();
    bool markSelectedNotRelated();
    bool undoNotRelated();

signals:
    void openCoeRequested(const QUuid& uuid);

private:
    void showResults();
    QUuid selected() const;

    CoeDocument* m_doc;
    SimilarLookup* m_lookup;
    QTreeWidget* m_list;
    QLabel* m_status;
    QPushButton* m_add;
    QPushButton* m_notRelated;
    QPushButton* m_undo;
    QUuid m_lastHidden;
};

} // namespace hindsight
