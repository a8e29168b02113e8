// Times the letter pipeline in-process: fill and write both sample letters (warm), the glyph check, and
// rendering one page for the preview. Not a test: run it by hand and read the numbers.
#include "letters/LetterFonts.h"
#include "letters/LetterLayout.h"
#include "letters/LetterManifest.h"
#include "letters/LetterNeeds.h"
#include "letters/LetterPreview.h"
#include "letters/LetterTemplates.h"
#include "letters/LetterWriter.h"
#include "letters/ToUnicodeRepair.h"
#include "storage/ProjectFile.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTextDocument>
#include <QTextStream>

#include <algorithm>
#include <ctime>
#include <functional>

using namespace Qt::StringLiterals;
using namespace mpdesk;

namespace {

double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

// The median CPU time of the last median() call: on a shared machine the wall time also counts the
// time other processes held the cores.
double lastCpuMedian = 0;

// The median of `runs` wall-clock timings, in milliseconds.
double median(int runs, const std::function<void()> &work)
{
    QList<double> times;
    QList<double> cpu;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        const double cpuStart = threadCpuMs();
        timer.start();
        work();
        times.append(timer.nsecsElapsed() / 1e6);
        cpu.append(threadCpuMs() - cpuStart);
    }
    std::sort(times.begin(), times.end());
    std::sort(cpu.begin(), cpu.end());
    lastCpuMedian = cpu.at(cpu.size() / 2);
    return times.at(times.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    Result<Filing> loaded =
        ProjectFile::read(QStringLiteral(MPDESK_SOURCE_DIR) + u"/resources/samples/sample-filing.json"_s);
    if (!loaded) {
        out << loaded.error().text() << Qt::endl;
        return 2;
    }
    const Filing filing = std::move(loaded).value();
    const LetterTemplates templates(LetterManifest::shipped(), QString());
    const Clock clock = Clock::fixedOn(QDate(2026, 11, 27));
    QList<LetterSpec> needed;
    for (const LetterNeed &need : LetterNeeds::assess(filing)) {
        if (need.needed)
            needed.append(need.spec);
    }

    QByteArray pdf;
    auto writeBoth = [&] {
        const LetterWriter writer(filing, clock, templates);
        for (const LetterSpec &spec : needed)
            pdf = writer.writePdf(spec).pdf;
    };
    QElapsedTimer cold;
    cold.start();
    writeBoth();
    const double coldMs = cold.nsecsElapsed() / 1e6;
    // `bench_letters write N`: only the writing, N times, for a profiler (perf record).
    if (app.arguments().value(1) == u"write"_s) {
        const int times = app.arguments().value(2, u"100"_s).toInt();
        const double wall = median(times, writeBoth);
        out << u"fill+write both letters (warm, median of %1): %2 ms wall, %3 ms CPU"_s.arg(times)
                   .arg(wall, 0, 'f', 2)
                   .arg(lastCpuMedian, 0, 'f', 2)
            << Qt::endl;
        return 0;
    }
    const int runs = 30;
    const double both = median(runs, writeBoth);
    const double bothCpu = lastCpuMedian;
    const LetterWriter writer(filing, clock, templates);
    const QString text = LetterLayout(writer.fill(needed.constFirst()).value()).drawnText();
    const double glyphs = median(runs, [&] { (void)LetterFonts::missingCharacters(text); });
    const double page96 = median(runs, [&] { (void)LetterPreview::renderPage(pdf, 0, 96); });
    const double page150 = median(runs, [&] { (void)LetterPreview::renderPage(pdf, 0, 150); });

    // The glyphs of a long paragraph are collected line by line: the time per character stays the same
    // as the paragraph grows (it grew with the paragraph's length when each character searched the block).
    QList<std::pair<int, double>> perCharacter;
    for (const int length : {25000, 100000, 400000}) {
        QTextDocument document;
        document.setDefaultFont(LetterFonts::font(u"\u9752\u79be"_s, 14));
        document.setPlainText(QString(length, QChar(0x9752)));
        document.setTextWidth(600);
        (void)document.size(); // lays the paragraph out
        QList<ToUnicodeRepair::Glyph> collected;
        QElapsedTimer timer;
        timer.start();
        ToUnicodeRepair::collect(document, collected);
        perCharacter.append({length, timer.nsecsElapsed() / double(length)});
    }

    out << u"letters: %1 (%2 needed by the sample)"_s.arg(needed.size()).arg(needed.size()) << Qt::endl;
    out << u"first fill+write of both letters (cold, fonts loading): %1 ms"_s.arg(coldMs, 0, 'f', 1) << Qt::endl;
    out << u"fill+write both letters (warm, median of %1): %2 ms wall, %3 ms CPU"_s.arg(runs)
               .arg(both, 0, 'f', 2)
               .arg(bothCpu, 0, 'f', 2)
        << Qt::endl;
    out << u"glyph check of one letter (warm): %1 ms"_s.arg(glyphs, 0, 'f', 3) << Qt::endl;
    out << u"render page 1 at 96 dpi: %1 ms"_s.arg(page96, 0, 'f', 2) << Qt::endl;
    out << u"render page 1 at 150 dpi: %1 ms"_s.arg(page150, 0, 'f', 2) << Qt::endl;
    for (const auto &[length, ns] : perCharacter)
        out << u"collect the glyphs of a %1-character paragraph: %2 ns per character"_s.arg(length).arg(ns, 0, 'f', 0)
            << Qt::endl;
    return 0;
}
