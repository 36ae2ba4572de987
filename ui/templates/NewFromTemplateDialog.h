// SPDX-License-Identifier: MIT
#pragma once

#include "templates/Template.h"

#include <QDialog>

class QLabel;
class QListWidget;

namespace hindsight {

// File › New COE from Template…: a list of the templates (built-in first),
// and what the chosen one brings (questions per area, tags, services).
class NewFromTemplateDialog : public QDialog
{
    Q_OBJECT
public:
    // `current`: the id to select first (a COE's template when changing it).
    NewFromTemplateDialog(const QList<templates::Template>& templates, const QString& current,
                          QWidget* parent = nullptr);

    // The template chosen; nullopt when none is selected.
    std::optional<templates::Template> chosen() const;
    // Selects by id; false when there is none.
    bool select(const QString& id);

private:
    void showDetails();

    QList<templates::Template> m_templates;
    QListWidget* m_list = nullptr;
    QLabel* m_details = nullptr;
};

} // namespace hindsight
