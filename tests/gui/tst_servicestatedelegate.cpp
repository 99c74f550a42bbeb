// The services table's state dot: which states get which tone, and that the four tones stay
// apart and visible on a light and on a dark palette.
#include "services/servicestatedelegate.h"

#include <QApplication>
#include <QPalette>
#include <QTest>

using namespace Qt::StringLiterals;
using Berth::ServiceStateDelegate;
using Tone = Berth::ServiceStateDelegate::Tone;

namespace {
double luminance(const QColor &c)
{
    const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}
double contrast(const QColor &a, const QColor &b)
{
    const double x = luminance(a), y = luminance(b);
    return (std::max(x, y) + 0.05) / (std::min(x, y) + 0.05);
}
QPalette palette(bool dark)
{
    QPalette p;
    p.setColor(QPalette::Base, dark ? QColor(0x23, 0x26, 0x29) : Qt::white);
    p.setColor(QPalette::Text, dark ? QColor(0xfc, 0xfc, 0xfc) : QColor(0x23, 0x26, 0x29));
    p.setColor(QPalette::Disabled, QPalette::Text, dark ? QColor(0x80, 0x80, 0x80) : QColor(0xa0, 0xa0, 0xa0));
    return p;
}
} // namespace

class TestServiceStateDelegate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tones_data();
    void tones();
    void coloursStayApartAndVisible();
};

void TestServiceStateDelegate::tones_data()
{
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("health");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<int>("tone");
    QTest::newRow("running healthy") << u"running"_s << u"healthy"_s << 0 << int(Tone::Good);
    QTest::newRow("running, no check") << u"running"_s << QString() << 0 << int(Tone::Good);
    QTest::newRow("starting") << u"running"_s << u"starting"_s << 0 << int(Tone::Busy);
    QTest::newRow("restarting") << u"restarting"_s << QString() << 1 << int(Tone::Busy);
    QTest::newRow("unhealthy") << u"running"_s << u"unhealthy"_s << 0 << int(Tone::Bad);
    QTest::newRow("crashed") << u"exited"_s << QString() << 137 << int(Tone::Bad);
    QTest::newRow("dead") << u"dead"_s << QString() << 0 << int(Tone::Bad);
    QTest::newRow("done") << u"exited"_s << QString() << 0 << int(Tone::Idle);
    QTest::newRow("not created") << QString() << QString() << 0 << int(Tone::Idle);
}

void TestServiceStateDelegate::tones()
{
    QFETCH(QString, state);
    QFETCH(QString, health);
    QFETCH(int, exitCode);
    QFETCH(int, tone);
    QCOMPARE(int(ServiceStateDelegate::tone(state, health, exitCode)), tone);
}

void TestServiceStateDelegate::coloursStayApartAndVisible()
{
    for (const bool dark : {false, true}) {
        const QPalette p = palette(dark);
        const QList<QColor> colours = {ServiceStateDelegate::colour(Tone::Good, p), ServiceStateDelegate::colour(Tone::Busy, p),
                                       ServiceStateDelegate::colour(Tone::Bad, p), ServiceStateDelegate::colour(Tone::Idle, p)};
        for (qsizetype i = 0; i < colours.size(); ++i) {
            // A coloured dot needs 3:1 against its background (WCAG 1.4.11); the idle grey is
            // quieter on purpose (its words say "exited (0)"), but still seen at 2:1.
            const double needed = i == 3 ? 2.0 : 3.0;
            QVERIFY2(contrast(colours[i], p.color(QPalette::Base)) >= needed,
                     qPrintable(u"tone %1 on %2: %3"_s.arg(i).arg(dark ? u"dark"_s : u"light"_s).arg(contrast(colours[i], p.color(QPalette::Base)))));
            for (qsizetype j = i + 1; j < colours.size(); ++j)
                QVERIFY2(colours[i] != colours[j], qPrintable(u"tones %1 and %2"_s.arg(i).arg(j)));
        }
        // Good and Bad differ in hue, not only in lightness (red and green, the usual pair).
        QVERIFY(std::abs(colours[0].hslHue() - colours[2].hslHue()) > 90);
    }
}

QTEST_MAIN(TestServiceStateDelegate)
#include "tst_servicestatedelegate.moc"
