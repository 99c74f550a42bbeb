// The startup reference: a bare QApplication + QMainWindow + QPlainTextEdit that exits after its
// first paint, exactly as `berth --self-test` does.
#include <QApplication>
#include <QMainWindow>
#include <QPlainTextEdit>
#include <QTimer>

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
