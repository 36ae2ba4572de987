// SPDX-License-Identifier: MIT
#include "editor/pages/SummaryPage.h"

#include "document/StatusChange.h"
#include "settings/Settings.h"
#include "widgets/Dialogs.h"

#include "analysis/CheckReport.h"
#include "domain/DisplayNames.h"
#include "editor/TeamMarking.h"
#include "widgets/MarkdownEdit.h"
#include "widgets/TimeZoneComboBox.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>

namespace hindsight {

using F = CoeDocument::Field;

SummaryPage::SummaryPage(CoeDocument* document, QWidget* parent)
    : EditorPage(document, analysis::Section::Summary, parent)
{
    QWidget* content = scrollingContent();
    auto* form = new QFormLayout(content);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    auto* title = new QLineEdit(content);
    title->setObjectName(QStringLiteral("titleLineEdit"));
    title->setPlaceholderText(tr("Checkout API returned HTTP 503 after a configuration rollout"));
    title->setAccessibleName(tr("Title"));
    bindLineEdit(title, F::Title);
    form->addRow(tr("&Title:"), title);
    registerField(QStringLiteral("title"), title);

    m_severity = new QComboBox(content);
    m_severity->setObjectName(QStringLiteral("severityComboBox"));
    m_severity->setAccessibleName(tr("Severity"));
    m_severity->addItem(tr("Not set"), QVariant());
    for (int s = 1; s <= 5; ++s)
        m_severity->addItem(severityName(s), s);
    connect(m_severity, &QComboBox::activated, this,
            [this](int i) { m_doc->setField(F::Severity, m_severity->itemData(i)); });
    form->addRow(tr("Sever&ity:"), m_severity);
    registerField(QStringLiteral("severity"), m_severity);

    m_status = new QComboBox(content);
    m_status->setObjectName(QStringLiteral("statusComboBox"));
    m_status->setAccessibleName(tr("Status"));
    for (Status s : allValues<Status>())
        m_status->addItem(displayName(s), int(s));
    connect(m_status, &QComboBox::activated, this, &SummaryPage::chooseStatus);
    form->addRow(tr("Stat&us:"), m_status);
    registerField(QStringLiteral("status"), m_status);

    auto* owner = new QLineEdit(content);
    owner->setObjectName(QStringLiteral("ownerLineEdit"));
    owner->setPlaceholderText(tr("Dana Ortiz"));
    owner->setAccessibleName(tr("Owner"));
    bindLineEdit(owner, F::Owner);
    teams::addMarkActionToContextMenu(owner); // "S3 team" is not a person: the review leaves it alone
    form->addRow(tr("&Owner:"), owner);
    registerField(QStringLiteral("owner"), owner);

    auto addList = [&](const QString& label, const QString& name, const QString& placeholder, F field,
                       const QString& key, const QString& accessible) {
        auto* edit = new QLineEdit(content);
        edit->setObjectName(name);
        edit->setPlaceholderText(placeholder);
        edit->setAccessibleName(accessible);
        edit->setToolTip(tr("Separate several with commas."));
        bindListEdit(edit, field);
        form->addRow(label, edit);
        registerField(key, edit);
    };
    addList(tr("Revie&wers:"), QStringLiteral("reviewersLineEdit"), tr("Sam Lee, Priya Natarajan"), F::Reviewers,
            QStringLiteral("reviewers"), tr("Reviewers"));
    addList(tr("Servi&ces:"), QStringLiteral("servicesLineEdit"), tr("checkout-api, config-service"), F::Services,
            QStringLiteral("services"), tr("Services"));
    addList(tr("T&ags:"), QStringLiteral("tagsLineEdit"), tr("deployment, configuration"), F::Tags,
            QStringLiteral("tags"), tr("Tags"));

    m_zone = new TimeZoneComboBox(content);
    m_zone->setObjectName(QStringLiteral("timeZoneComboBox"));
    m_zone->setAccessibleName(tr("Display time zone"));
    m_zone->setToolTip(tr("Times are stored in UTC and shown in this zone."));
    connect(m_zone, &TimeZoneComboBox::zoneChosen, this,
            [this](const QTimeZone& z) { m_doc->setDisplayTimeZone(z); });
    form->addRow(tr("Time &zone:"), m_zone);
    registerField(QStringLiteral("display_time_zone"), m_zone);

    auto* summary = new MarkdownEdit(content);
    summary->setObjectName(QStringLiteral("summaryEdit"));
    summary->setAccessibleName(tr("Summary"));
    summary->setPlaceholderText(tr("On 2024-03-07 between 14:02 and 15:11 UTC, 38% of checkout requests failed… "
                                   "Who was affected, for how long, how we found out, how we fixed it, what we "
                                   "will change."));
    summary->setMinimumHeight(fontMetrics().lineSpacing() * 12);
    bindMarkdown(summary, F::Summary);
    form->addRow(tr("Su&mmary:"), summary);
    registerField(QStringLiteral("summary"), summary);

    connect(m_doc, &CoeDocument::fieldChanged, this, &SummaryPage::refresh);
    connect(m_doc, &CoeDocument::reset, this, &SummaryPage::refresh);
    refresh();
}

QString SummaryPage::statusConfirmationText(Status status, const QList<analysis::Finding>& findings)
{
    if (status != Status::InReview && status != Status::Approved)
        return {};
    QStringList errors;
    for (const analysis::Finding& f : analysis::errorsIn(findings))
        errors << f.message;
    if (errors.isEmpty())
        return {};
    constexpr int kShown = 10;
    QString text = tr("The review check still finds %n errors in this COE:", nullptr, int(errors.size()));
    text += QLatin1Char('\n');
    for (int i = 0; i < errors.size() && i < kShown; ++i)
        text += QStringLiteral("\n\u2022 ") + errors[i];
    if (errors.size() > kShown)
        text += QLatin1Char('\n') + tr("and %n more", nullptr, int(errors.size() - kShown));
    text += QStringLiteral("\n\n");
    text += status == Status::InReview ? tr("Send it to review anyway?") : tr("Approve it anyway?");
    return text;
}

void SummaryPage::chooseStatus(int index)
{
    const auto status = Status(m_status->itemData(index).toInt());
    if (status == m_doc->coe().status)
        return;
    // An approval names its approver (remembered for the next one).
    QString approver;
    if (status == Status::Approved) {
        const std::optional<QString> name = TextInput::getText(
            this, tr("Approve COE"), tr("Approved by (the name recorded with this approval):"),
            Settings::instance()->approverName());
        approver = name ? name->trimmed() : QString();
        if (approver.isEmpty()) {
            refresh(); // cancelled, or no name: the status stays
            return;
        }
        Settings::instance()->setApproverName(approver);
    }
    const QList<analysis::Finding> findings = analysis::reviewCheck(m_doc->coe(), m_options);
    const QString question = statusConfirmationText(status, findings);
    if (!question.isEmpty()) {
        const QString title = status == Status::InReview ? tr("Send to Review with Errors?")
                                                         : tr("Approve with Errors?");
        if (MessageBox::question(this, title, question, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            != QMessageBox::Yes) {
            refresh(); // the combo box goes back to the status the COE has
            return;
        }
    }
    if (status == Status::Approved) {
        emit approvalRequested(approver,
                               StatusChange::approvalNote(approver, int(analysis::errorsIn(findings).size())));
        refresh(); // shows Approved once the editor has approved it
        return;
    }
    m_doc->setField(F::Status, int(status));
}

void SummaryPage::refresh()
{
    const Coe& c = m_doc->coe();
    m_severity->setCurrentIndex(c.severity ? *c.severity : 0);
    m_status->setCurrentIndex(m_status->findData(int(c.status)));
    if (m_zone->zone() != c.displayTimeZone && !m_zone->hasFocus())
        m_zone->setZone(c.displayTimeZone);
}

} // namespace hindsight
