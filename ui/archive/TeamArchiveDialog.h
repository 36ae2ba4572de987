// SPDX-License-Identifier: MIT
#pragma once

#include "storage/ArchiveLocation.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace hindsight {

// File › Open Team Archive…: an archive on a PostgreSQL server, given as a
// server (host, port, database, user, SSL mode) or as a service of
// pg_service.conf. It builds the connection URI (values percent-encoded) that
// MainWindow::openArchive() opens and the recent archives remember. It has no
// password field: passwords are never stored (libpq reads ~/.pgpass,
// PGPASSWORD or the service file; otherwise PasswordDialog asks once per session).
class TeamArchiveDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TeamArchiveDialog(QWidget* parent = nullptr);

    // Fills the fields (a service without host chooses the service form).
    void setParameters(const PostgresParameters& parameters);
    // What the fields say, without password. Options of a URI given to
    // setParameters() that have no field are kept.
    PostgresParameters parameters() const;
    QString uri() const;
    // Whether Open is enabled: a database for a server, a name for a service.
    bool isComplete() const;

private:
    void update();

    QRadioButton* m_serverChoice = nullptr;
    QRadioButton* m_serviceChoice = nullptr;
    QLineEdit* m_host = nullptr;
    QSpinBox* m_port = nullptr;
    QLineEdit* m_database = nullptr;
    QLineEdit* m_user = nullptr;
    QComboBox* m_sslMode = nullptr;
    QLineEdit* m_service = nullptr;
    QLabel* m_uri = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QList<QPair<QString, QString>> m_options;
};

} // namespace hindsight
