// SPDX-License-Identifier: MIT
#include "editor/HistoryDialog.h"

#include "document/CoeDocument.h"
#include "document/TimeParser.h"
#include "domain/DisplayNames.h"
#include "itemmodels/ToolTip.h"
#include "settings/Settings.h"
#include "storage/Archive.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace hindsight {

namespace {

enum HistoryColumn
{
    NumberColumn,
    TimeColumn,
    AuthorColumn,
    HistoryReasonColumn,
    StatusColumn,
    SummaryColumn,
    HistoryColumnCount
};

// Shows rich text made here and loads nothing: no image, no style sheet, no
// link target, whatever a piece of user text might have become.
class DiffBrowser : public QTextBrowser
{
public:
    using QTextBrowser::QTextBrowser;
    QVariant loadResource(int, const QUrl&) override { return {}; }
};

QString esc(const QString& text)
{
    QString s = text.toHtmlEscaped();
    s.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return s;
}

// Added and removed text: underlined or struck through, and coloured.
QString added(const QString& text)
{
    return QStringLiteral(
               "<span style=\"color:#0a5d0a; background-color:#dcf2dc; text-decoration:underline\">%1</span>")
        .arg(esc(text));
}

QString removed(const QString& text)
{
    return QStringLiteral("<span style=\"color:#9c1010; background-color:#fbe0e0; "
                          "text-decoration:line-through\">%1</span>")
        .arg(esc(text));
}

QString emptyOr(const QString& value)
{
    return value.isEmpty() ? HistoryDialog::tr("(none)") : value;
}

// How a header field or text of CoeDiff reads as a heading.
QString fieldLabel(const QString& key)
{
    static const QHash<QString, const char*> names = {
        {QStringLiteral("title"), QT_TRANSLATE_NOOP("hindsight::HistoryDialog", "Title")},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("hindsight::HistoryDialog", "Status")},
        {QStringLiteral("severity"), QT_TRANSLATE_NOOP("hindsight::HistoryDialog", "Severity")},
        {QStringLiteral("owner"), QT_TRANSLATE_NOOP("hindsight::HistoryDialog", "Owner")},
        {QStringLiteral("reviewers"), QT_TRANSLATE_NOOP("hindsight::HistoryDialog", "Reviewers")},
        {QStringLiteral("services"), QT_TRANSLATE_NOOP("hindsight::HistoryDialog", "Services")},
        {QStringLiteral("tags"), QT_TRANSLATE_NOOP("hindsight::HistoryDialog", "Tags")},
        {QStringLiteral("created_at"), QT_TRANSLATE_NOOP("hindsight::HistoryDialog", "Created")},
        {QStringLiteral("updated_at"), QT_TRANSLATE_NOOP("hindsight::HistoryDialog", "Last changed")},
        {QStringLiteral("display_time_zone"), QT_TRANSLATE_NOOP("hindsight::HistoryDialog", "Time zone")},
        {QStringLiteral("summary"), QT_TRANSLATE_NOOP("hindsight::HistoryDialog", "Summary")},
        {QStringLiteral("problem"), QT_TRANSLATE_NOOP("hindsight::HistoryDialog", "Problem statement")},
        {QStringLiteral("impact.customers_affected"),
         QT_TRANSLATE_NOOP("hindsight::HistoryDialog", "Customers affected")},
        {QStringLiteral("impact.financial_impact"), QT_TRANSLATE_NOOP("hindsight::HistoryDialog", "Financial impact")},
        {QStringLiteral("impact.sla_breached"), QT_TRANSLATE_NOOP("hindsight::HistoryDialog", "SLA breached")},
        {QStringLiteral("impact.pillars"), QT_TRANSLATE_NOOP("hindsight::HistoryDialog", "Pillars")},
        {QStringLiteral("template"), QT_TRANSLATE_NOOP("hindsight::HistoryDialog", "Template")},
        {QStringLiteral("detection.source"), QT_TRANSLATE_NOOP("hindsight::HistoryDialog", "Detected by")},
        {QStringLiteral("detection.description"),
         QT_TRANSLATE_NOOP("hindsight::HistoryDialog", "How it was detected")},
    };
    if (key == QLatin1String("impact.description"))
        return fieldName(TextField::ImpactDescription);
    if (key == QLatin1String("impact.consequences"))
        return fieldName(TextField::Consequences);
    if (key == QLatin1String("impact.second_order"))
        return fieldName(TextField::SecondOrder);
    if (key == QLatin1String("impact.customer_sentiment"))
        return fieldName(TextField::CustomerSentiment);
    const auto it = names.constFind(key);
    return it == names.constEnd() ? key : HistoryDialog::tr(*it);
}

QString sectionLabel(const QString& key)
{
    if (key == QLatin1String("timeline"))
        return HistoryDialog::tr("Timeline");
    if (key == QLatin1String("metrics"))
        return HistoryDialog::tr("Metrics");
    if (key == QLatin1String("questions"))
        return HistoryDialog::tr("Questions");
    if (key == QLatin1String("whys"))
        return HistoryDialog::tr("Five whys");
    if (key == QLatin1String("action_items"))
        return HistoryDialog::tr("Action items");
    if (key == QLatin1String("contributing_factors"))
        return HistoryDialog::tr("Contributing factors");
    return HistoryDialog::tr("Related items");
}

// The fields of an item that changed, as the user reads them.
QString itemFieldLabel(const QString& key)
{
    static const QHash<QString, const char*> names = {
        {QStringLiteral("at"), QT_TRANSLATE_NOOP("hindsight::HistoryDialog", "time")},
        {QStringLiteral("text"), QT_TRANSLATE_NOOP("hindsight::HistoryDialog", "text")},
        {QStringLiteral("milestone"), QT_TRANSLATE_NOOP("hindsight::HistoryDialog", "milestone")},
        {QStringLiteral("approximate"), QT_TRANSLATE_NOOP("hindsight::HistoryDialog", "approximate")},
        {QStringLiteral("source"), QT_TRANSLATE_NOOP("hindsight::HistoryDialog", "source")},
        {QStringLiteral("gap_explanation"), QT_TRANSLATE_NOOP("hindsight::HistoryDialog", "gap explanation")},
        {QStringLiteral("highlight"), QT_TRANSLATE_NOOP("hindsight::HistoryDialog", "key moment")},
        {QStringLiteral("category"), QT_TRANSLATE_NOOP("hindsight::HistoryDialog", "category")},
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("hindsight::HistoryDialog", "name")},
        {QStringLiteral("role"), QT_TRANSLATE_NOOP("hindsight::HistoryDialog", "role")},
        {QStringLiteral("description"), QT_TRANSLATE_NOOP("hindsight::HistoryDialog", "description")},
        {QStringLiteral("source_url"), QT_TRANSLATE_NOOP("hindsight::HistoryDialog", "source link")},
        {QStringLiteral("images"), QT_TRANSLATE_NOOP("hindsight::HistoryDialog", "images replaced")},
        {QStringLiteral("series"), QT_TRANSLATE_NOOP("hindsight::HistoryDialog", "data series")},
        {QStringLiteral("threshold"), QT_TRANSLATE_NOOP("hindsight::HistoryDialog", "alarm threshold")},
        {QStringLiteral("window"), QT_TRANSLATE_NOOP("hindsight::HistoryDialog", "chart window")},
        {QStringLiteral("area"), QT_TRANSLATE_NOOP("hindsight::HistoryDialog", "area")},
        {QStringLiteral("question"), QT_TRANSLATE_NOOP("hindsight::HistoryDialog", "question")},
        {QStringLiteral("answer"), QT_TRANSLATE_NOOP("hindsight::HistoryDialog", "answer")},
        {QStringLiteral("parent"), QT_TRANSLATE_NOOP("hindsight::HistoryDialog", "parent why")},
        {QStringLiteral("why"), QT_TRANSLATE_NOOP("hindsight::HistoryDialog", "why")},
        {QStringLiteral("because"), QT_TRANSLATE_NOOP("hindsight::HistoryDialog", "because")},
        {QStringLiteral("root_cause"), QT_TRANSLATE_NOOP("hindsight::HistoryDialog", "root cause")},
        {QStringLiteral("human_error"), QT_TRANSLATE_NOOP("hindsight::HistoryDialog", "human error")},
        {QStringLiteral("title"), QT_TRANSLATE_NOOP("hindsight::HistoryDialog", "title")},
        {QStringLiteral("priority"), QT_TRANSLATE_NOOP("hindsight::HistoryDialog", "priority")},
        {QStringLiteral("owner"), QT_TRANSLATE_NOOP("hindsight::HistoryDialog", "owner")},
        {QStringLiteral("due"), QT_TRANSLATE_NOOP("hindsight::HistoryDialog", "due date")},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("hindsight::HistoryDialog", "status")},
        {QStringLiteral("kind"), QT_TRANSLATE_NOOP("hindsight::HistoryDialog", "kind")},
        {QStringLiteral("whys"), QT_TRANSLATE_NOOP("hindsight::HistoryDialog", "linked whys")},
        {QStringLiteral("link"), QT_TRANSLATE_NOOP("hindsight::HistoryDialog", "link")},
        {QStringLiteral("uuid"), QT_TRANSLATE_NOOP("hindsight::HistoryDialog", "COE")},
        {QStringLiteral("url"), QT_TRANSLATE_NOOP("hindsight::HistoryDialog", "address")},
        {QStringLiteral("author"), QT_TRANSLATE_NOOP("hindsight::HistoryDialog", "author")},
        {QStringLiteral("target"), QT_TRANSLATE_NOOP("hindsight::HistoryDialog", "place")},
        {QStringLiteral("reply_to"), QT_TRANSLATE_NOOP("hindsight::HistoryDialog", "answered comment")},
        {QStringLiteral("resolved"), QT_TRANSLATE_NOOP("hindsight::HistoryDialog", "resolved")},
        {QStringLiteral("facilitator"), QT_TRANSLATE_NOOP("hindsight::HistoryDialog", "facilitator")},
        {QStringLiteral("attendees"), QT_TRANSLATE_NOOP("hindsight::HistoryDialog", "attendees")},
        {QStringLiteral("notes"), QT_TRANSLATE_NOOP("hindsight::HistoryDialog", "notes")},
        {QStringLiteral("decisions"), QT_TRANSLATE_NOOP("hindsight::HistoryDialog", "decisions")},
        {QStringLiteral("action"), QT_TRANSLATE_NOOP("hindsight::HistoryDialog", "action item")},
    };
    const auto it = names.constFind(key);
    return it == names.constEnd() ? key : HistoryDialog::tr(*it);
}

QString wordsHtml(const QList<analysis::WordRun>& runs)
{
    QString words;
    for (const analysis::WordRun& r : runs) {
        switch (r.op) {
        case analysis::WordRun::Op::Same:
            words += esc(r.text);
            break;
        case analysis::WordRun::Op::Added:
            words += added(r.text);
            break;
        case analysis::WordRun::Op::Removed:
            words += removed(r.text);
            break;
        }
    }
    return words;
}

// Whether a word diff reads well: the texts share at least half of the
// shorter one. A text written anew reads better as the old one struck
// through and the new one underlined than as words interleaved.
bool wordsReadWell(const QList<analysis::WordRun>& runs, const QString& before, const QString& after)
{
    qsizetype same = 0;
    for (const analysis::WordRun& r : runs) {
        if (r.op == analysis::WordRun::Op::Same)
            same += r.text.trimmed().size();
    }
    return same > 0 && same * 2 >= std::min(before.trimmed().size(), after.trimmed().size());
}

// One text that changed, shown inline: as words, or before → after.
QString inlineTextChange(const QString& before, const QString& after)
{
    const QList<analysis::WordRun> runs = analysis::wordDiff(before, after);
    if (!before.isEmpty() && !after.isEmpty() && wordsReadWell(runs, before, after))
        return wordsHtml(runs);
    return QStringLiteral("%1 → %2").arg(removed(emptyOr(before)), added(emptyOr(after)));
}

QString headerValue(const QString& key, const QString& value)
{
    if (key == QLatin1String("status")) {
        if (const std::optional<Status> s = enumFromString<Status>(value))
            return displayName(*s);
    }
    return value;
}

QString yesNo(bool v)
{
    return v ? HistoryDialog::tr("yes") : HistoryDialog::tr("no");
}

// Item `index` of `section` in `coe`, its fields as shown, by CoeDiff's keys.
QHash<QString, QString> itemFields(const Coe& coe, const QString& section, int index)
{
    QHash<QString, QString> f;
    auto in = [index](const auto& list) { return index >= 0 && index < list.size(); };
    if (section == QLatin1String("timeline") && in(coe.timeline)) {
        const TimelineEntry& e = coe.timeline[index];
        f = {{QStringLiteral("at"), TimeParser::format(e.at, coe.displayTimeZone, e.approximate)},
             {QStringLiteral("text"), e.text},
             {QStringLiteral("milestone"), displayName(e.milestone)},
             {QStringLiteral("approximate"), yesNo(e.approximate)},
             {QStringLiteral("source"), e.source},
             {QStringLiteral("gap_explanation"), e.gapExplanation},
             {QStringLiteral("highlight"), yesNo(e.highlight)}};
    } else if (section == QLatin1String("contributing_factors") && in(coe.factors)) {
        const ContributingFactor& x = coe.factors[index];
        f = {{QStringLiteral("category"), x.category},
             {QStringLiteral("description"), x.description},
             {QStringLiteral("whys"), x.whys.join(QStringLiteral(", "))}};
    } else if (section == QLatin1String("metrics") && in(coe.metrics)) {
        const Metric& m = coe.metrics[index];
        f = {{QStringLiteral("name"), m.name},
             {QStringLiteral("role"), displayName(m.role)},
             {QStringLiteral("description"), m.description},
             {QStringLiteral("source_url"), m.sourceUrl}};
    } else if (section == QLatin1String("questions") && in(coe.questions)) {
        const Question& q = coe.questions[index];
        f = {{QStringLiteral("area"), displayName(q.area)},
             {QStringLiteral("question"), q.question},
             {QStringLiteral("answer"), q.answer}};
    } else if (section == QLatin1String("whys") && in(coe.whys)) {
        const WhyStep& w = coe.whys[index];
        f = {{QStringLiteral("parent"), w.parentId},
             {QStringLiteral("why"), w.why},
             {QStringLiteral("because"), w.because},
             {QStringLiteral("root_cause"), yesNo(w.rootCause)},
             {QStringLiteral("human_error"), yesNo(w.humanError)}};
    } else if (section == QLatin1String("action_items") && in(coe.actionItems)) {
        const ActionItem& a = coe.actionItems[index];
        f = {{QStringLiteral("title"), a.title},
             {QStringLiteral("description"), a.description},
             {QStringLiteral("priority"), displayName(a.priority)},
             {QStringLiteral("owner"), a.owner},
             {QStringLiteral("due"), a.due.isValid() ? a.due.toString(Qt::ISODate) : QString()},
             {QStringLiteral("status"), displayName(a.status)},
             {QStringLiteral("kind"), displayName(a.kind)},
             {QStringLiteral("whys"), a.whys.join(QStringLiteral(", "))},
             {QStringLiteral("link"), a.link}};
    } else if (section == QLatin1String("related") && in(coe.related)) {
        const RelatedItem& r = coe.related[index];
        f = {{QStringLiteral("kind"), displayName(r.kind)},
             {QStringLiteral("title"), r.title},
             {QStringLiteral("uuid"), r.uuid},
             {QStringLiteral("url"), r.url}};
    }
    return f;
}

// The changed fields of an item, one line each: texts as a word diff, other
// values before → after.
QString changedFields(const analysis::ItemChange& c, const QString& section, const Coe& before,
                      const Coe& after)
{
    static const QStringList texts = {
        QStringLiteral("text"),     QStringLiteral("gap_explanation"), QStringLiteral("description"),
        QStringLiteral("question"), QStringLiteral("answer"),          QStringLiteral("why"),
        QStringLiteral("because"),  QStringLiteral("title"),           QStringLiteral("name")};
    const QHash<QString, QString> a = itemFields(before, section, c.fromIndex);
    const QHash<QString, QString> b = itemFields(after, section, c.toIndex);
    QString html;
    for (const QString& key : c.fields) {
        if (!a.contains(key) || !b.contains(key))
            continue; // images: said as "images replaced"
        const QString& x = a.value(key);
        const QString& y = b.value(key);
        const QString change = texts.contains(key)
                                   ? inlineTextChange(x, y)
                                   : QStringLiteral("%1 → %2").arg(removed(emptyOr(x)), added(emptyOr(y)));
        html +=
            QStringLiteral("<br>&nbsp;&nbsp;&nbsp;&nbsp;<i>%1</i>: %2").arg(esc(itemFieldLabel(key)), change);
    }
    return html;
}

QString itemLine(const analysis::ItemChange& c)
{
    using K = analysis::ItemChange::Kind;
    const QString label = c.label.isEmpty() ? HistoryDialog::tr("(empty)") : c.label;
    QStringList fields;
    for (const QString& f : c.fields)
        fields << itemFieldLabel(f);
    switch (c.kind) {
    case K::Added:
        return QStringLiteral("<b>%1</b> %2").arg(esc(HistoryDialog::tr("Added:")), added(label));
    case K::Removed:
        return QStringLiteral("<b>%1</b> %2").arg(esc(HistoryDialog::tr("Removed:")), removed(label));
    case K::Changed: {
        QString line =
            QStringLiteral("<b>%1</b> %2 — %3")
                .arg(esc(HistoryDialog::tr("Changed:")), esc(label), esc(fields.join(QStringLiteral(", "))));
        if (c.alsoMoved)
            line += QStringLiteral(" (%1)").arg(
                esc(HistoryDialog::tr("moved from place %1 to %2").arg(c.fromIndex + 1).arg(c.toIndex + 1)));
        return line;
    }
    case K::Moved:
        break;
    }
    return QStringLiteral("<b>%1</b> %2 (%3)")
        .arg(esc(HistoryDialog::tr("Moved:")), esc(label),
             esc(HistoryDialog::tr("from place %1 to %2").arg(c.fromIndex + 1).arg(c.toIndex + 1)));
}

} // namespace

HistoryDialog::HistoryDialog(Archive& archive, CoeDocument* document, QWidget* parent)
    : QDialog(parent), m_archive(archive), m_doc(document), m_uuid(document->coe().uuid)
{
    setObjectName(QStringLiteral("historyDialog"));
    const QString title = document->coe().title.trimmed();
    setWindowTitle(title.isEmpty() ? tr("History") : tr("History — %1").arg(title));

    auto* layout = new QVBoxLayout(this);
    auto* hint = new QLabel(tr("Select a version to see what changed from it to the current document, or two "
                               "versions (Ctrl+click) to see what changed between them."),
                            this);
    hint->setWordWrap(true);
    layout->addWidget(hint);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    m_list = new QTreeWidget(splitter);
    m_list->setObjectName(QStringLiteral("historyVersionList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setHeaderLabels(
        {tr("Version"), tr("Time"), tr("Author"), tr("Reason"), tr("Status"), tr("Changes")});
    m_list->header()->setStretchLastSection(true);
    m_list->setAccessibleName(tr("Versions"));

    auto* bottom = new QWidget(splitter);
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    m_status = new QLabel(bottom);
    m_status->setObjectName(QStringLiteral("historyDiffTitle"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    bottomLayout->addWidget(m_status);
    m_diff = new DiffBrowser(bottom);
    m_diff->setObjectName(QStringLiteral("historyDiffView"));
    m_diff->setOpenLinks(false);
    m_diff->setOpenExternalLinks(false);
    m_diff->setAccessibleName(tr("Changes"));
    bottomLayout->addWidget(m_diff);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_restore = buttons->addButton(tr("&Restore This Version…"), QDialogButtonBox::ActionRole);
    m_restore->setObjectName(QStringLiteral("historyRestoreButton"));
    m_restore->setToolTip(tr("Make the selected version the current document (Edit ▸ Undo takes it back)"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_restore, &QPushButton::clicked, this, [this] {
        const QList<int> selected = selectedVersions();
        if (selected.size() == 1)
            emit restoreRequested(selected.first());
    });
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &HistoryDialog::showSelection);

    // Edits in the window change "the current document": compare again a moment later.
    auto* refresh = new QTimer(this);
    refresh->setSingleShot(true);
    refresh->setInterval(500);
    connect(refresh, &QTimer::timeout, this, [this] {
        if (selectedVersions().size() == 1) {
            const int scrolled = m_diff->verticalScrollBar()->value(); // keep the reader's place
            showSelection();
            m_diff->verticalScrollBar()->setValue(scrolled);
        }
    });
    connect(document, &CoeDocument::changed, refresh, qOverload<>(&QTimer::start));

    resize(980, 720);
    reload();
}

QString HistoryDialog::reasonName(VersionReason reason)
{
    switch (reason) {
    case VersionReason::Close:
        return tr("Window closed");
    case VersionReason::Status:
        return tr("Status changed");
    case VersionReason::Import:
        return tr("Before import");
    case VersionReason::Periodic:
        return tr("While editing");
    case VersionReason::Restore:
        return tr("Restored");
    case VersionReason::Manual:
        break;
    }
    return tr("Recorded");
}

void HistoryDialog::reload()
{
    const QList<int> keep = selectedVersions();
    QString error;
    const QList<CoeVersionInfo> versions = CoeVersions(m_archive).list(m_uuid, &error);
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    const QTimeZone zone = Settings::instance()->displayTimeZone();
    QList<QTreeWidgetItem*> items;
    for (auto it = versions.crbegin(); it != versions.crend(); ++it) {
        const CoeVersionInfo& v = *it;
        auto* item = new QTreeWidgetItem;
        item->setData(NumberColumn, Qt::UserRole, v.number);
        item->setText(NumberColumn, QString::number(v.number));
        item->setTextAlignment(NumberColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(TimeColumn, TimeParser::format(v.at, zone));
        item->setText(AuthorColumn, v.author);
        item->setToolTip(AuthorColumn, plainToolTip(v.author));
        item->setText(HistoryReasonColumn, reasonName(v.reason));
        item->setText(StatusColumn, displayName(v.status)); // an approved version's status is Approved
        item->setText(SummaryColumn, v.summary);
        item->setToolTip(SummaryColumn, plainToolTip(v.summary));
        items << item;
    }
    m_list->addTopLevelItems(items);
    for (int c = 0; c < SummaryColumn; ++c)
        m_list->resizeColumnToContents(c);
    for (QTreeWidgetItem* item : std::as_const(items)) {
        if (keep.contains(item->data(NumberColumn, Qt::UserRole).toInt()))
            item->setSelected(true);
    }
    if (!error.isEmpty()) {
        m_restore->setEnabled(false);
        m_status->setText(error);
        m_diff->clear();
        return;
    }
    showSelection();
}

QList<int> HistoryDialog::listedVersions() const
{
    QList<int> out;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        out << m_list->topLevelItem(i)->data(NumberColumn, Qt::UserRole).toInt();
    return out;
}

void HistoryDialog::selectVersions(const QList<int>& numbers)
{
    {
        const QSignalBlocker blocker(m_list);
        m_list->clearSelection();
        for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
            QTreeWidgetItem* item = m_list->topLevelItem(i);
            if (numbers.contains(item->data(NumberColumn, Qt::UserRole).toInt())) {
                item->setSelected(true);
                m_list->setCurrentItem(item, 0, QItemSelectionModel::Select);
            }
        }
    }
    showSelection();
}

QList<int> HistoryDialog::selectedVersions() const
{
    QList<int> out;
    for (QTreeWidgetItem* item : m_list->selectedItems())
        out << item->data(NumberColumn, Qt::UserRole).toInt();
    std::sort(out.begin(), out.end());
    return out;
}

QString HistoryDialog::diffText() const
{
    return m_diff->toPlainText();
}

QString HistoryDialog::diffHtml() const
{
    return m_diff->toHtml();
}

std::optional<Coe> HistoryDialog::version(int number, QString* error)
{
    const auto it = m_loaded.constFind(number);
    if (it != m_loaded.constEnd())
        return *it;
    std::optional<Coe> coe = CoeVersions(m_archive).load(m_uuid, number, error);
    if (coe)
        m_loaded.insert(number, *coe);
    return coe;
}

void HistoryDialog::showSelection()
{
    const QList<int> selected = selectedVersions();
    m_restore->setEnabled(selected.size() == 1 && m_doc);
    if (m_list->topLevelItemCount() == 0) {
        m_status->setText(tr("No versions yet. A version is recorded when the window closes after changes, "
                             "when the status changes, and every 10 minutes while you edit."));
        m_diff->clear();
        return;
    }
    if (selected.isEmpty() || selected.size() > 2 || !m_doc) {
        m_status->setText(selected.size() > 2 ? tr("Select one version, or two to compare them.")
                                              : tr("Select a version to see what changed since."));
        m_diff->clear();
        return;
    }
    QString error;
    const std::optional<Coe> from = version(selected.first(), &error);
    std::optional<Coe> to;
    QString toName;
    if (from && selected.size() == 2) {
        to = version(selected.last(), &error);
        toName = tr("version %1").arg(selected.last());
    } else if (from) {
        to = m_doc->coe();
        toName = tr("the current document");
    }
    if (!from || !to) {
        m_status->setText(tr("Cannot read the version: %1").arg(error));
        m_diff->clear();
        return;
    }
    const analysis::CoeDiff diff = analysis::compareCoes(*from, *to);
    const QString fromName = tr("version %1").arg(selected.first());
    m_status->setText(tr("From %1 to %2: %3").arg(fromName, toName, diff.summaryLine()));
    m_diff->setHtml(diffToHtml(diff, fromName, toName, &*from, &*to));
}

QString HistoryDialog::diffToHtml(const analysis::CoeDiff& diff, const QString& fromName,
                                  const QString& toName, const Coe* before, const Coe* after)
{
    QString html;
    html +=
        QStringLiteral("<p>%1 %2 %3</p>")
            .arg(esc(tr("Key:")), added(tr("added (underlined)")), removed(tr("removed (struck through)")));
    if (diff.isEmpty()) {
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(tr("No differences between %1 and %2.").arg(fromName, toName)));
        return html;
    }
    auto heading = [](const QString& text) { return QStringLiteral("<h3>%1</h3>").arg(esc(text)); };
    QList<analysis::FieldChange> header;
    for (const analysis::FieldChange& f : diff.header) {
        if (f.field != QLatin1String("updated_at")) // every save changes it
            header << f;
    }
    if (!header.isEmpty()) {
        html += heading(tr("Header"));
        for (const analysis::FieldChange& f : std::as_const(header)) {
            if (f.field == QLatin1String("title")) {
                html += QStringLiteral("<p><b>%1</b>: %2</p>")
                            .arg(esc(fieldLabel(f.field)), inlineTextChange(f.before, f.after));
                continue;
            }
            html += QStringLiteral("<p><b>%1</b>: %2 → %3</p>")
                        .arg(esc(fieldLabel(f.field)), removed(emptyOr(headerValue(f.field, f.before))),
                             added(emptyOr(headerValue(f.field, f.after))));
        }
    }
    for (const analysis::FieldChange& f : diff.texts) {
        html += heading(fieldLabel(f.field));
        if (!f.longText) {
            html += QStringLiteral("<p>%1 → %2</p>").arg(removed(emptyOr(f.before)), added(emptyOr(f.after)));
            continue;
        }
        if (f.before.isEmpty() || f.after.isEmpty() || wordsReadWell(f.words, f.before, f.after))
            html += QStringLiteral("<p>%1</p>").arg(wordsHtml(f.words));
        else // written anew
            html += QStringLiteral("<p>%1</p><p>%2</p>").arg(removed(f.before), added(f.after));
    }
    for (const analysis::SectionDiff& s : diff.sections) {
        QString counts = tr("%1 added, %2 removed, %3 changed").arg(s.added).arg(s.removed).arg(s.changed);
        if (s.moved > 0)
            counts += tr(", %1 moved").arg(s.moved);
        html += heading(tr("%1 (%2)").arg(sectionLabel(s.section), counts));
        html += QStringLiteral("<ul>");
        for (const analysis::ItemChange& c : s.items)
            html += QStringLiteral("<li>%1%2</li>")
                        .arg(itemLine(c), before && after && c.kind == analysis::ItemChange::Kind::Changed
                                              ? changedFields(c, s.section, *before, *after)
                                              : QString());
        html += QStringLiteral("</ul>");
    }
    if (diff.imagesReplaced > 0)
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("Images replaced: %1").arg(diff.imagesReplaced)));
    if (!diff.review.isEmpty()) {
        html += heading(tr("Review record"));
        for (const analysis::FieldChange& f : diff.review.approval) {
            const QString name = f.field == QLatin1String("approved_by")   ? tr("Approved by")
                                 : f.field == QLatin1String("approved_at") ? tr("Approved at")
                                                                          : tr("Approved version");
            html += QStringLiteral("<p><b>%1</b>: %2 → %3</p>")
                        .arg(esc(name), removed(emptyOr(f.before)), added(emptyOr(f.after)));
        }
        for (const analysis::SectionDiff& s : diff.review.sections) {
            const QString name = s.section == QLatin1String("comments") ? tr("Comments")
                                 : s.section == QLatin1String("meetings") ? tr("Meetings")
                                                                          : tr("Review questions");
            const QString counts = tr("%1 added, %2 removed, %3 changed").arg(s.added).arg(s.removed).arg(s.changed);
            html += QStringLiteral("<p><b>%1</b></p><ul>").arg(esc(tr("%1 (%2)").arg(name, counts)));
            for (const analysis::ItemChange& c : s.items)
                html += QStringLiteral("<li>%1</li>").arg(itemLine(c));
            html += QStringLiteral("</ul>");
        }
    }
    return html;
}

} // namespace hindsight
