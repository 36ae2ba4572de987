// SPDX-License-Identifier: MIT
#include "editor/pages/ImpactPage.h"

#include "domain/DisplayNames.h"
#include "widgets/MarkdownEdit.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QRegularExpressionValidator>

namespace hindsight {

using F = CoeDocument::Field;

namespace {

// Digits with optional group separators: "41200", "41,200", "41.200", "41 200".
std::optional<qint64> parseCount(const QString& text)
{
    QString digits = text;
    digits.remove(QRegularExpression(QStringLiteral("[\\s,.'’]")));
    if (digits.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 n = digits.toLongLong(&ok);
    return ok ? std::optional<qint64>(n) : std::nullopt;
}

} // namespace

ImpactPage::ImpactPage(CoeDocument* document, QWidget* parent) : EditorPage(document, analysis::Section::Impact, parent)
{
    QWidget* content = scrollingContent();
    auto* form = new QFormLayout(content);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_customers = new QLineEdit(content);
    m_customers->setObjectName(QStringLiteral("customersLineEdit"));
    m_customers->setAccessibleName(tr("Customers affected"));
    m_customers->setPlaceholderText(tr("41,200 — leave empty when unknown"));
    m_customers->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9 ,.'’]*")), m_customers));
    connect(m_customers, &QLineEdit::textEdited, this,
            [this](const QString& t) { m_doc->setCustomersAffected(parseCount(t)); });
    form->addRow(tr("&Customers affected:"), m_customers);
    registerField(QStringLiteral("customers_affected"), m_customers);

    auto* money = new QWidget(content);
    auto* moneyLayout = new QHBoxLayout(money);
    moneyLayout->setContentsMargins(0, 0, 0, 0);
    m_amount = new QLineEdit(money);
    m_amount->setObjectName(QStringLiteral("financialAmountLineEdit"));
    m_amount->setAccessibleName(tr("Financial impact amount"));
    m_amount->setPlaceholderText(tr("183000 — leave empty when none or unknown"));
    m_amount->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]*([.][0-9]{0,2})?")), m_amount));
    m_currency = new QComboBox(money);
    m_currency->setObjectName(QStringLiteral("currencyComboBox"));
    m_currency->setAccessibleName(tr("Currency"));
    m_currency->setEditable(true);
    m_currency->addItems({QStringLiteral("USD"), QStringLiteral("EUR"), QStringLiteral("GBP"), QStringLiteral("JPY"),
                          QStringLiteral("CAD"), QStringLiteral("AUD"), QStringLiteral("CHF"), QStringLiteral("COP"),
                          QStringLiteral("INR"), QStringLiteral("BRL")});
    m_currency->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z]{0,3}")), m_currency));
    moneyLayout->addWidget(m_amount, 1);
    moneyLayout->addWidget(m_currency);
    connect(m_amount, &QLineEdit::textEdited, this, &ImpactPage::commitFinancial);
    connect(m_currency, &QComboBox::currentTextChanged, this, [this] {
        if (m_currency->hasFocus() || m_currency->view()->isVisible())
            commitFinancial();
    });
    form->addRow(tr("Financial i&mpact:"), money);
    registerField(QStringLiteral("financial_impact"), m_amount);

    m_sla = new QComboBox(content);
    m_sla->setObjectName(QStringLiteral("slaComboBox"));
    m_sla->setAccessibleName(tr("SLA breached"));
    m_sla->addItem(tr("Unknown"), QVariant());
    m_sla->addItem(tr("Yes, an SLA or contract was breached"), true);
    m_sla->addItem(tr("No"), false);
    connect(m_sla, &QComboBox::activated, this, [this](int i) { m_doc->setField(F::SlaBreached, m_sla->itemData(i)); });
    form->addRow(tr("S&LA breached:"), m_sla);
    registerField(QStringLiteral("sla_breached"), m_sla);

    auto* pillars = new QWidget(content);
    pillars->setAccessibleName(tr("Pillars affected"));
    auto* grid = new QGridLayout(pillars);
    grid->setContentsMargins(0, 0, 0, 0);
    const auto all = allValues<Pillar>();
    for (int i = 0; i < all.size(); ++i) {
        auto* box = new QCheckBox(displayName(all[i]), pillars);
        box->setObjectName(QStringLiteral("pillarCheckBox_%1").arg(toString(all[i])));
        box->setAccessibleName(displayName(all[i]));
        grid->addWidget(box, i / 2, i % 2);
        m_pillars << box;
        connect(box, &QCheckBox::clicked, this, [this, all] {
            // Keep the author's order for pillars already chosen; add new ones at the end.
            QList<Pillar> chosen;
            for (Pillar p : m_doc->coe().impact.pillars)
                if (m_pillars[int(p)]->isChecked())
                    chosen << p;
            for (int k = 0; k < all.size(); ++k)
                if (m_pillars[k]->isChecked() && !chosen.contains(all[k]))
                    chosen << all[k];
            m_doc->setPillars(chosen);
        });
    }
    form->addRow(tr("Pillars affected:"), pillars);
    registerField(QStringLiteral("pillars"), m_pillars.first());

    auto addMarkdown = [&](const QString& label, const QString& name, const QString& placeholder, F field,
                           const QString& key, const QString& accessible) {
        auto* edit = new MarkdownEdit(content);
        edit->setObjectName(name);
        edit->setAccessibleName(accessible);
        edit->setPlaceholderText(placeholder);
        edit->setMinimumHeight(fontMetrics().lineSpacing() * 6);
        bindMarkdown(edit, field);
        form->addRow(label, edit);
        registerField(key, edit);
    };
    addMarkdown(tr("&Description:"), QStringLiteral("impactDescriptionEdit"),
                tr("41,200 customers got an error at checkout; 12,950 orders were abandoned."), F::ImpactDescription,
                QStringLiteral("description"), tr("Impact description"));
    addMarkdown(tr("C&onsequences:"), QStringLiteral("consequencesEdit"),
                tr("Did it cause other incidents, lost deals, penalties?"), F::Consequences,
                QStringLiteral("consequences"), fieldName(TextField::Consequences));
    addMarkdown(tr("Second-order &impact:"), QStringLiteral("secondOrderEdit"),
                tr("How were our customers' own businesses affected?"), F::SecondOrder,
                QStringLiteral("second_order"), fieldName(TextField::SecondOrder));
    addMarkdown(tr("Customer sen&timent:"), QStringLiteral("customerSentimentEdit"),
                tr("Social mentions, support tickets, escalations."), F::CustomerSentiment,
                QStringLiteral("customer_sentiment"), fieldName(TextField::CustomerSentiment));

    // Format 1.1: how the incident was detected, counted across the archive.
    m_detectionSource = new QComboBox(content);
    m_detectionSource->setObjectName(QStringLiteral("detectionSourceComboBox"));
    m_detectionSource->setAccessibleName(tr("Detected by"));
    m_detectionSource->addItem(tr("Not said"), int(DetectionSource::None));
    for (DetectionSource source : allValues<DetectionSource>())
        m_detectionSource->addItem(displayName(source), int(source));
    m_detectionSource->setToolTip(tr("Who or what noticed first: an alarm, a customer, someone inside, an audit."));
    connect(m_detectionSource, &QComboBox::activated, this, [this](int i) {
        m_doc->setField(F::DetectionSource, m_detectionSource->itemData(i).toInt());
    });
    form->addRow(tr("Detected b&y:"), m_detectionSource);
    registerField(QStringLiteral("detection.source"), m_detectionSource);
    addMarkdown(tr("Ho&w it was detected:"), QStringLiteral("detectionDescriptionEdit"),
                tr("The 5xx alarm fired after 15 one-minute datapoints above 2%."), F::DetectionDescription,
                QStringLiteral("detection.description"), tr("How it was detected"));

    connect(m_doc, &CoeDocument::fieldChanged, this, &ImpactPage::refresh);
    connect(m_doc, &CoeDocument::reset, this, &ImpactPage::refresh);
    refresh();
}

void ImpactPage::commitFinancial()
{
    const QString amount = m_amount->text().trimmed();
    if (amount.isEmpty()) {
        m_doc->setFinancialImpact(std::nullopt);
        return;
    }
    m_doc->setFinancialImpact(FinancialImpact{amount.toDouble(), m_currency->currentText().trimmed().toUpper()});
}

void ImpactPage::refresh()
{
    const Impact& i = m_doc->coe().impact;
    if (parseCount(m_customers->text()) != i.customersAffected)
        m_customers->setText(i.customersAffected ? QString::number(*i.customersAffected) : QString());
    const std::optional<FinancialImpact> shown =
        m_amount->text().trimmed().isEmpty()
            ? std::nullopt
            : std::optional<FinancialImpact>(
                  FinancialImpact{m_amount->text().toDouble(), m_currency->currentText().trimmed().toUpper()});
    if (shown != i.financialImpact) {
        m_amount->setText(i.financialImpact ? QString::number(i.financialImpact->amount, 'f', 2).remove(
                                                  QRegularExpression(QStringLiteral("\\.?0+$")))
                                            : QString());
        if (i.financialImpact)
            m_currency->setCurrentText(i.financialImpact->currency);
    }
    m_sla->setCurrentIndex(!i.slaBreached ? 0 : (*i.slaBreached ? 1 : 2));
    for (int k = 0; k < m_pillars.size(); ++k)
        m_pillars[k]->setChecked(i.pillars.contains(Pillar(k)));
    m_detectionSource->setCurrentIndex(m_detectionSource->findData(int(m_doc->coe().detection.source)));
}

} // namespace hindsight
