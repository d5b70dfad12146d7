// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Audit.h"

#include <QDialog>

class QTreeWidget;

namespace bb::ui {

struct ClinicContext;

/// Who has looked at and changed her record: every audit row of her, newest first, with who,
/// in what role, on which computer, what happened and how it ended, and for a change the old
/// and new value of each field. Opening it is itself recorded (care::Audit::ofRecord).
class RecordAuditDialog : public QDialog
{
    Q_OBJECT
public:
    RecordAuditDialog(ClinicContext &context, qint64 womanId, const QString &whose,
                      QWidget *parent = nullptr);

    /// False, with why in `problem`, when her rows could not be read or were refused.
    bool load(QString *problem);
    QTreeWidget *tree() const { return m_tree; }

private:
    ClinicContext &m_context;
    qint64 m_womanId;
    QTreeWidget *m_tree;
};

} // namespace bb::ui
