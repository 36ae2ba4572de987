// SPDX-License-Identifier: MIT
#include "settings/PreferencesDialog.h"

#include "settings/Settings.h"
#include "settings/SettingsEditor.h"
#include "settings/TemplatesPage.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QStyle>
#include <QStyleOptionTabWidgetFrame>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace hindsight {

namespace {
const QString geometryName = QStringLiteral("preferencesDialog");
}

PreferencesDialog::PreferencesDialog(QWidget* parent) : PreferencesDialog(*Settings::instance(), parent) {}

PreferencesDialog::PreferencesDialog(Settings& settings, QWidget* parent)
    : QDialog(parent), m_settings(settings)
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    auto* layout = new QVBoxLayout(this);

    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("settingsLoadProblemLabel"));
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setWordWrap(true);
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setMargin(6);
    m_banner->setText(settings.loadProblem());
    m_banner->setVisible(!settings.loadProblem().isEmpty());
    layout->addWidget(m_banner);

    m_editor = new SettingsEditor(this);
    m_editor->load(settings);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("preferencesScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_editor);
    m_pages = new QTabWidget(this);
    m_pages->setObjectName(QStringLiteral("preferencesPages"));
    m_pages->addTab(scroll, tr("&General"));
    // In a scroll area of its own, so that its size does not make the
    // General tab taller than its form; the dialog grows when it is shown.
    m_templates = new TemplatesPage(templates::TemplateStore());
    m_templates->load(settings);
    auto* templatesScroll = new QScrollArea(m_pages);
    templatesScroll->setObjectName(QStringLiteral("templatesScrollArea"));
    templatesScroll->setWidgetResizable(true);
    templatesScroll->setFrameShape(QFrame::NoFrame);
    templatesScroll->setWidget(m_templates);
    m_pages->addTab(templatesScroll, tr("Te&mplates"));
    connect(m_pages, &QTabWidget::currentChanged, this, [this, templatesScroll](int index) {
        if (m_pages->widget(index) != templatesScroll)
            return;
        QSize wanted = size().expandedTo(m_templates->sizeHint() + QSize(40, pagesOverhead() + 120));
        if (const QScreen* screen = this->screen())
            wanted = wanted.boundedTo(screen->availableGeometry().size() * 9 / 10);
        if (wanted != size())
            resize(wanted);
    });
    layout->addWidget(m_pages, 1);

    m_buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    m_buttons->setObjectName(QStringLiteral("preferencesButtonBox"));
    QPushButton* ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("okButton"));
    ok->setAccessibleName(tr("Save the preferences and close"));
    QPushButton* cancel = m_buttons->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setAccessibleName(tr("Close without saving"));
    QPushButton* restore = m_buttons->button(QDialogButtonBox::RestoreDefaults);
    restore->setObjectName(QStringLiteral("restoreDefaultsButton"));
    restore->setAccessibleName(tr("Restore the default preferences"));
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
    connect(restore, &QPushButton::clicked, m_editor, &SettingsEditor::restoreDefaults);
    connect(m_editor, &SettingsEditor::validityChanged, ok, &QPushButton::setEnabled);
    ok->setEnabled(m_editor->isValid());

    const QByteArray geometry = settings.windowGeometry(geometryName);
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(fittingSize());
}

int PreferencesDialog::pagesOverhead() const
{
    // The height the General/Templates tabs take around a page: the tab bar
    // and the frame, as the style lays them out (QTabWidget's own).
    QStyleOptionTabWidgetFrame option;
    option.initFrom(m_pages);
    option.shape = QTabBar::RoundedNorth;
    option.lineWidth = m_pages->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, nullptr, m_pages);
    option.tabBarSize = m_pages->tabBar()->sizeHint();
    option.rect = QRect(0, 0, 1000, 1000);
    option.tabBarRect = QRect(QPoint(0, 0), option.tabBarSize);
    const QRect contents = m_pages->style()->subElementRect(QStyle::SE_TabWidgetTabContents, &option, m_pages);
    return option.rect.height() - contents.height();
}

QSize PreferencesDialog::fittingSize() const
{
    // Its content's height: the form, the buttons, the banner when shown and
    // the layout's margins and spacing (a fixed 100 px for them left about
    // 50 px empty under the form). The scroll area's own size hint stops at
    // 24 lines, so it is not asked. No taller than the screen: the form scrolls.
    const QMargins margins = layout()->contentsMargins();
    const int spacing = std::max(0, layout()->spacing());
    const int width = std::max(m_editor->sizeHint().width(), 560) + 40;
    int height = margins.top() + pagesOverhead() + m_editor->sizeHint().height() + spacing
                 + m_buttons->sizeHint().height() + margins.bottom();
    if (!m_banner->isHidden())
        height += m_banner->heightForWidth(width - margins.left() - margins.right()) + spacing;
    if (const QScreen* screen = this->screen())
        height = std::min(height, screen->availableGeometry().height() * 9 / 10);
    return {width, height};
}

void PreferencesDialog::accept()
{
    QString error;
    if (!m_editor->apply(m_settings, &error) || !m_templates->apply(m_settings, &error)) {
        m_banner->setText(error);
        m_banner->show();
        return;
    }
    QDialog::accept();
}

void PreferencesDialog::done(int result)
{
    m_settings.setWindowGeometry(geometryName, saveGeometry());
    QDialog::done(result);
}

} // namespace hindsight
