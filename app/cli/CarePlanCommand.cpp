// SPDX-License-Identifier: MIT
#include "CarePlanCommand.h"

#include "cli/CommandSupport.h"
#include "clinical/CarePlanner.h"
#include "documents/CarePlanDocument.h"
#include "interop/BookingJson.h"
#include "interop/CarePlanJson.h"
#include "util/Clock.h"

#include <QDate>
#include <QJsonDocument>
#include <QSaveFile>

#include <optional>

namespace bb::cli {
namespace {

struct Options
{
    QString booking;
    QString format = QStringLiteral("json");
    QString out;
    QString today;
    bool todayGiven = false; ///< otherwise the rules take the clock's date
};

const char kUsage[] = "usage: bbclinic-cli careplan --booking FILE|- [--format json|html|pdf] "
                      "[--out FILE] [--today YYYY-MM-DD]";

// Accepts `--name value` and `--name=value`; reports every problem, not just the first.
std::optional<Options> parseOptions(const QStringList &args, QTextStream &err)
{
    Options options;
    bool ok = true;
    bool haveBooking = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        QString name = args.at(i);
        QString value;
        bool haveValue = false;
        if (const qsizetype eq = name.indexOf(QLatin1Char('='));
            name.startsWith(QLatin1String("--")) && eq > 0) {
            value = name.mid(eq + 1);
            name = name.left(eq);
            haveValue = true;
        }
        QString *target = nullptr;
        if (name == QLatin1String("--booking"))
            target = &options.booking;
        else if (name == QLatin1String("--format"))
            target = &options.format;
        else if (name == QLatin1String("--out"))
            target = &options.out;
        else if (name == QLatin1String("--today"))
            target = &options.today;
        if (target == nullptr) {
            err << name << ": unknown option\n";
            ok = false;
            continue;
        }
        if (!haveValue) {
            if (i + 1 >= args.size()) {
                err << name << ": needs a value\n";
                ok = false;
                continue;
            }
            value = args.at(++i);
        }
        *target = value;
        if (target == &options.booking)
            haveBooking = true;
        if (target == &options.today)
            options.todayGiven = true;
    }
    if (!haveBooking || options.booking.isEmpty()) {
        err << "--booking: is required (a file, or - for standard input)\n";
        ok = false;
    }
    static const QStringList kFormats{QStringLiteral("json"), QStringLiteral("html"),
                                      QStringLiteral("pdf")};
    if (!kFormats.contains(options.format)) {
        err << "--format: unknown format '" << options.format << "' (json, html or pdf)\n";
        ok = false;
    }
    if (options.todayGiven && !isoDate(options.today).isValid()) {
        err << notADate("today", options.today) << '\n';
        ok = false;
    }
    if (options.format == QLatin1String("pdf") && options.out.isEmpty()) {
        err << "--out: is required with --format pdf\n";
        ok = false;
    }
    if (!ok) {
        err << kUsage << '\n';
        return std::nullopt;
    }
    return options;
}

std::optional<QByteArray> readBooking(const QString &path, QTextStream &err)
{
    QString why;
    auto data = readFileOrStdin(path, &why);
    if (!data)
        err << "--booking: cannot read '" << path << "': " << why << '\n';
    return data;
}

bool writeFile(const QString &path, const QByteArray &data, QTextStream &err)
{
    // QSaveFile writes to a temporary and renames on commit, so a failure leaves no half file.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        err << "--out: cannot write '" << path << "': " << file.errorString() << '\n';
        return false;
    }
    return true;
}

} // namespace

int runCarePlanCommand(const QStringList &args, const Clock &clock, QTextStream &out,
                       QTextStream &err)
{
    const std::optional<Options> options = parseOptions(args, err);
    if (!options)
        return kBadInput;
    const std::optional<QByteArray> input = readBooking(options->booking, err);
    if (!input)
        return kBadInput;

    const QDate today = options->todayGiven ? isoDate(options->today) : clock.today();
    const interop::BookingParseResult parsed = interop::parseBooking(*input, today);
    if (!parsed.errors.isEmpty() || !parsed.booking) {
        for (const FieldError &error : parsed.errors)
            err << error.toString() << '\n';
        return kBadInput;
    }
    const Booking &booking = *parsed.booking;
    const clinical::CarePlanResult result = clinical::planCare(booking);
    if (const auto *errors = std::get_if<FieldErrors>(&result)) {
        for (const FieldError &error : *errors)
            err << error.toString() << '\n';
        return kBadInput;
    }
    const CarePlan &plan = std::get<CarePlan>(result);
    for (const QString &warning : plan.warnings)
        err << "warning: " << warning << '\n';

    // Her copy, html or pdf, is the printed plan from its one writer. No midwife is known here,
    // so the plan says "not yet assigned".
    documents::CarePlanPrintInput print;
    print.booking = booking;
    print.plan = plan;
    print.settings = documents::demoPrintSettings();
    print.printedOn = today;

    QByteArray document;
    if (options->format == QLatin1String("json")) {
        document =
            QJsonDocument(interop::carePlanToJson(booking, plan)).toJson(QJsonDocument::Indented);
    } else if (options->format == QLatin1String("html")) {
        document = documents::carePlanHtmlPage(print).toUtf8();
    } else {
        QString error;
        if (!documents::writeCarePlanPdf(options->out, print, &error)) {
            err << "--out: cannot write '" << options->out << "': " << error << '\n';
            return kFailed;
        }
        return kDone;
    }

    if (!options->out.isEmpty())
        return writeFile(options->out, document, err) ? kDone : kFailed;
    out << QString::fromUtf8(document);
    out.flush();
    return kDone;
}

} // namespace bb::cli
