#pragma once

class QLabel;

namespace Berth {

// Keeps a word-wrapped label as tall as its text needs at its width, also where the layout
// above it asks only for size hints (a form in a scroll area): whenever the label is resized,
// and when its text changes (call fitWrappedLabel after setText).
void keepWrappedLabelFitted(QLabel *label);
void fitWrappedLabel(QLabel *label);

} // namespace Berth
