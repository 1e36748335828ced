// pd-generate-large OUT.sqlite [SCALE]: writes the benchmark database (see LargeDatabase.h).

#include "LargeDatabase.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream err(stderr);
    if (args.size() < 2 || args.size() > 3) {
        err << "usage: pd-generate-large OUT.sqlite [SCALE]" << Qt::endl;
        return 2;
    }
    bool ok = true;
    const double scale = args.size() == 3 ? args.at(2).toDouble(&ok) : 1.0;
    if (!ok || scale <= 0) {
        err << "pd-generate-large: SCALE must be a positive number" << Qt::endl;
        return 2;
    }
    QElapsedTimer timer;
    timer.start();
    const QString error = pd::bench::generateLargeDatabase(args.at(1), scale);
    if (!error.isEmpty()) {
        err << "pd-generate-large: " << error << Qt::endl;
        return 1;
    }
    QTextStream(stdout) << "wrote " << args.at(1) << " in " << timer.elapsed() << " ms" << Qt::endl;
    return 0;
}
