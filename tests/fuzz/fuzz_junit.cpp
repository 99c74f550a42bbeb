// pytest's JUnit XML report, read from the tests container's bind mount: TestResultModel::loadXml,
// then everything the results tree asks of the model.
#include "fuzzcheck.h"
#include "models/testresultmodel.h"

using namespace Berth;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    TestResultModel model;
    QString error;
    if (!model.loadXml(FuzzInput::bytes(data, size), &error)) {
        FUZZ_CHECK(!error.isEmpty());
        FUZZ_CHECK(model.rowCount() == 0);
        return 0;
    }
    // The summary counts what the tree shows.
    TestResultModel::Summary counted;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex group = model.index(row, 0);
        FUZZ_CHECK(group.isValid());
        FUZZ_CHECK(!model.parent(group).isValid());
        for (int column = 0; column < model.columnCount(); ++column)
            (void)model.data(model.index(row, column), Qt::DisplayRole);
        for (int child = 0; child < model.rowCount(group); ++child) {
            const QModelIndex test = model.index(child, 0, group);
            FUZZ_CHECK(test.isValid());
            FUZZ_CHECK(model.parent(test) == group);
            FUZZ_CHECK(model.rowCount(test) == 0);
            for (int column = 0; column < model.columnCount(); ++column)
                (void)model.data(model.index(child, column, group), Qt::DisplayRole);
            for (int role : {int(Qt::ToolTipRole), int(TestResultModel::DetailRole), int(TestResultModel::MessageRole),
                             int(TestResultModel::NodeIdRole)})
                (void)model.data(test, role);
            ++counted.tests;
            switch (model.data(test, TestResultModel::OutcomeRole).toInt()) {
            case TestResultModel::Failed: ++counted.failed; break;
            case TestResultModel::Error: ++counted.errors; break;
            case TestResultModel::Skipped: ++counted.skipped; break;
            default: break;
            }
        }
    }
    const TestResultModel::Summary summary = model.summary();
    FUZZ_CHECK(summary.tests == counted.tests);
    FUZZ_CHECK(summary.failed == counted.failed);
    FUZZ_CHECK(summary.errors == counted.errors);
    FUZZ_CHECK(summary.skipped == counted.skipped);
    FUZZ_CHECK(summary.passed() >= 0);
    return 0;
}
