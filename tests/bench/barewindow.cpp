// The startup reference: a bare QApplication + QMainWindow + QPlainTextEdit that exits after its
// first paint, exactly as `berth --first-paint-exit` does, printing the CLOCK_MONOTONIC time of
// that paint for the benchmark.
#include <QApplication>
#include <QMainWindow>
#include <QPlainTextEdit>
#include <QTimer>

#include <cstdio>
#include <ctime>

namespace {
class FirstPaint : public QObject
{
public:
    explicit FirstPaint(QWidget *w)
        : QObject(w)
    {
        w->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            timespec now {};
            clock_gettime(CLOCK_MONOTONIC, &now);
            std::printf("first-paint-ns %lld\n", static_cast<long long>(now.tv_sec) * 1000000000LL + now.tv_nsec);
            std::fflush(stdout);
            QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(0); });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_done = false;
};
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setCentralWidget(new QPlainTextEdit(&window));
    window.resize(1200, 780);
    new FirstPaint(&window);
    window.show();
    return QApplication::exec();
}
