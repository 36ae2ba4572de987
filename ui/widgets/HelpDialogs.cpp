// SPDX-License-Identifier: MIT
#include "widgets/HelpDialogs.h"

#include "analysis/ReviewCheck.h"
#include "document/Guidance.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QGuiApplication>
#include <QHeaderView>
#include <QMessageBox>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace hindsight {
namespace {

QDialog* makeDialog(QWidget* parent, const QString& title, QWidget* content, const QString& name)
{
    auto* dialog = new QDialog(parent);
    dialog->setObjectName(name);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(content, 1);
    layout->addWidget(buttons);
    dialog->resize(640, 560);
    return dialog;
}

} // namespace

void HelpDialogs::showAbout(QWidget* parent, const QString& archivePath)
{
    QMessageBox box(parent);
    box.setObjectName(QStringLiteral("aboutDialog"));
    box.setWindowTitle(tr("About Hindsight"));
    box.setIconPixmap(QGuiApplication::windowIcon().pixmap(64, 64));
    box.setTextFormat(Qt::RichText);
    // Rich text for the heading; the archive path is user data, so it is escaped.
    const QString archive = archivePath.isEmpty()
        ? tr("No archive is open.")
        : tr("Archive: %1").arg(QDir::toNativeSeparators(archivePath));
    box.setText(tr("<h3>Hindsight %1</h3><p>Write Correction of Error (COE) documents offline: blameless "
                   "post-incident analyses that end in corrective actions.</p><p>Released under the MIT "
                   "licence.</p>")
                    .arg(QCoreApplication::applicationVersion().toHtmlEscaped())
                + QStringLiteral("<p>") + archive.toHtmlEscaped() + QStringLiteral("</p>"));
    box.exec();
}

QString HelpDialogs::guideMarkdown()
{
    using analysis::Section;
    QString text = tr("# Writing a COE\n\nA COE is blameless: it asks how the system let an incident happen, "
                      "never who is at fault. Work through the steps in order and write the summary last.\n\n");
    for (Section s : {Section::Summary, Section::Impact, Section::Timeline, Section::Metrics, Section::Questions,
                      Section::Whys, Section::Actions, Section::Related, Section::Review}) {
        QString part = guidanceMarkdown(s).trimmed();
        // Step texts start at heading level 1 or 2; nest them under the guide's title.
        if (part.startsWith(QLatin1String("# ")))
            part.prepend(QLatin1Char('#'));
        text += part + QStringLiteral("\n\n");
    }
    return text;
}

void HelpDialogs::showGuide(QWidget* parent)
{
    auto* browser = new QTextBrowser;
    browser->setObjectName(QStringLiteral("guideBrowser"));
    browser->setOpenExternalLinks(false);
    browser->setMarkdown(guideMarkdown()); // our own text, from resources
    makeDialog(parent, tr("COE Writing Guide"), browser, QStringLiteral("guideDialog"))->show();
}

void HelpDialogs::showShortcuts(QWidget* window)
{
    auto* table = new QTableWidget(0, 2);
    table->setObjectName(QStringLiteral("shortcutsTable"));
    table->setHorizontalHeaderLabels({tr("Action"), tr("Shortcut")});
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (QAction* action : window->findChildren<QAction*>()) {
        if (action->shortcut().isEmpty() || action->text().isEmpty())
            continue;
        const int row = table->rowCount();
        table->insertRow(row);
        table->setItem(row, 0, new QTableWidgetItem(action->text().remove(QLatin1Char('&'))));
        table->setItem(row, 1, new QTableWidgetItem(action->shortcut().toString(QKeySequence::NativeText)));
    }
    table->sortItems(0);
    makeDialog(window, tr("Keyboard Shortcuts"), table, QStringLiteral("shortcutsDialog"))->show();
}

} // namespace hindsight
