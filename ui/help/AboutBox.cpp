// SPDX-License-Identifier: MIT
#include "help/AboutBox.h"

#include "clinical/Guidelines.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QWidget>

namespace bb::ui {

QString aboutText()
{
    QString rows;
    for (const clinical::Guideline &g : clinical::guidelines()) {
        rows +=
            QStringLiteral("<tr><td><b>%1</b>&nbsp;&nbsp;</td><td>%2&nbsp;&nbsp;</td>"
                           "<td>%3</td></tr>")
                .arg(g.name.toHtmlEscaped(), g.title.toHtmlEscaped(), g.version.toHtmlEscaped());
    }
    return QCoreApplication::translate(
               "bb::ui::AboutBox",
               "<h3>Better Births Clinic %1</h3>"
               "<p>Maternity records, care plans and continuity of carer for community "
               "midwives.</p>"
               "<p>Free software under the MIT licence: you may use, copy, change and pass it "
               "on, with no warranty. The licence is installed with the app.</p>"
               "<p>Built with Qt %2, running on Qt %3.</p>"
               "<p>Its clinical rules follow version %4 of the rules page, which draws on:</p>")
               .arg(QCoreApplication::applicationVersion().toHtmlEscaped(),
                    QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()))
               .arg(clinical::clinicalRulesVersion()) +
           QStringLiteral("<table>%1</table>").arg(rows);
}

void showAboutBox(QWidget *parent)
{
    QMessageBox::about(
        parent, QCoreApplication::translate("bb::ui::AboutBox", "About Better Births Clinic"),
        aboutText());
}

} // namespace bb::ui
