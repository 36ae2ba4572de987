// SPDX-License-Identifier: MIT
#include "archive/TeamArchiveDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace hindsight {
namespace {

QLineEdit* lineEdit(QWidget* parent, const char* name, const QString& placeholder)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(QLatin1String(name));
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(true);
    return edit;
}

} // namespace

TeamArchiveDialog::TeamArchiveDialog(QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("teamArchiveDialog"));
    setWindowTitle(tr("Open Team Archive"));
    auto* layout = new QVBoxLayout(this);

    auto* intro = new QLabel(
        tr("A team archive lives in a PostgreSQL database that everyone on the team opens."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_serverChoice = new QRadioButton(tr("Connect to a se&rver"), this);
    m_serverChoice->setObjectName(QStringLiteral("serverRadioButton"));
    m_serverChoice->setChecked(true);
    layout->addWidget(m_serverChoice);
    auto* server = new QFormLayout;
    m_host = lineEdit(this, "hostLineEdit", tr("localhost, a name, an address, or a socket folder"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("portSpinBox"));
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("Default (5432)"));
    m_database = lineEdit(this, "databaseLineEdit", tr("The database of the archive"));
    m_user = lineEdit(this, "userLineEdit", tr("Your login name when empty"));
    m_sslMode = new QComboBox(this);
    m_sslMode->setObjectName(QStringLiteral("sslModeComboBox"));
    m_sslMode->addItem(tr("Default (prefer)"), QString());
    m_sslMode->addItem(tr("disable: never encrypted"), QStringLiteral("disable"));
    m_sslMode->addItem(tr("prefer: encrypted when the server can"), QStringLiteral("prefer"));
    m_sslMode->addItem(tr("require: always encrypted"), QStringLiteral("require"));
    m_sslMode->addItem(tr("verify-ca: encrypted, server certificate checked"), QStringLiteral("verify-ca"));
    m_sslMode->addItem(tr("verify-full: encrypted, certificate and host name checked"),
                       QStringLiteral("verify-full"));
    server->addRow(tr("&Host:"), m_host);
    server->addRow(tr("&Port:"), m_port);
    server->addRow(tr("&Database:"), m_database);
    server->addRow(tr("&User:"), m_user);
    server->addRow(tr("SSL &mode:"), m_sslMode);
    layout->addLayout(server);

    m_serviceChoice = new QRadioButton(tr("Use a &service from pg_service.conf"), this);
    m_serviceChoice->setObjectName(QStringLiteral("serviceRadioButton"));
    layout->addWidget(m_serviceChoice);
    auto* service = new QFormLayout;
    m_service = lineEdit(this, "serviceLineEdit", tr("The name of a section of pg_service.conf"));
    service->addRow(tr("Service &name:"), m_service);
    layout->addLayout(service);

    m_uri = new QLabel(this);
    m_uri->setObjectName(QStringLiteral("uriLabel"));
    m_uri->setTextFormat(Qt::PlainText);
    m_uri->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_uri->setWordWrap(true);
    layout->addWidget(m_uri);
    auto* note =
        new QLabel(tr("Hindsight never stores a password. The server's password comes from ~/.pgpass, "
                      "PGPASSWORD or the service file; when none of them has it, Hindsight asks for it "
                      "and keeps it only until it quits."),
                   this);
    note->setWordWrap(true);
    layout->addWidget(note);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (isComplete())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    for (QLineEdit* edit : {m_host, m_database, m_user, m_service})
        connect(edit, &QLineEdit::textChanged, this, &TeamArchiveDialog::update);
    connect(m_port, &QSpinBox::valueChanged, this, &TeamArchiveDialog::update);
    connect(m_sslMode, &QComboBox::currentIndexChanged, this, &TeamArchiveDialog::update);
    connect(m_serverChoice, &QRadioButton::toggled, this, &TeamArchiveDialog::update);
    update();
}

void TeamArchiveDialog::setParameters(const PostgresParameters& p)
{
    const bool byService = !p.service.isEmpty() && p.host.isEmpty();
    (byService ? m_serviceChoice : m_serverChoice)->setChecked(true);
    m_host->setText(p.host);
    m_port->setValue(p.port.toInt()); // a port list is not for this dialog: default
    m_database->setText(p.database);
    m_user->setText(p.user);
    m_sslMode->setCurrentIndex(std::max(0, m_sslMode->findData(p.sslMode)));
    m_service->setText(p.service);
    m_options = p.options;
    update();
}

PostgresParameters TeamArchiveDialog::parameters() const
{
    PostgresParameters p;
    p.database = m_database->text().trimmed();
    p.user = m_user->text().trimmed();
    if (m_serviceChoice->isChecked()) {
        p.service = m_service->text().trimmed();
    } else {
        p.host = m_host->text().trimmed();
        if (m_port->value() > 0)
            p.port = QString::number(m_port->value());
        p.sslMode = m_sslMode->currentData().toString();
    }
    p.options = m_options;
    return p;
}

QString TeamArchiveDialog::uri() const
{
    return ArchiveLocation::buildUri(parameters());
}

bool TeamArchiveDialog::isComplete() const
{
    const PostgresParameters p = parameters();
    return m_serviceChoice->isChecked() ? !p.service.isEmpty() : !p.database.isEmpty();
}

void TeamArchiveDialog::update()
{
    const bool byServer = m_serverChoice->isChecked();
    for (QWidget* w : std::initializer_list<QWidget*>{m_host, m_port, m_sslMode})
        w->setEnabled(byServer);
    m_service->setEnabled(!byServer);
    m_uri->setText(tr("Connects to %1").arg(uri()));
    m_buttons->button(QDialogButtonBox::Open)->setEnabled(isComplete());
}

} // namespace hindsight
